/**
 * The table of contents of an official text: its parts (preamble, articles, sub-articles, annexes)
 * from the headings `render()` returns, nested as the text nests them. Other headings are left out:
 * they are titles inside a part, not places one links to.
 */
import { isPartAnchor } from './anchors';

export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

export interface TocEntry {
	slug: string;
	text: string;
	children: TocEntry[];
}

export function tableOfContents(headings: readonly Heading[]): TocEntry[] {
	const root: TocEntry[] = [];
	// The open parts, outermost first: a heading goes under the last one that is shallower.
	const open: { depth: number; entry: TocEntry }[] = [];
	for (const heading of headings) {
		if (!isPartAnchor(heading.slug)) continue;
		while (open.length > 0 && open.at(-1)!.depth >= heading.depth) open.pop();
		const entry: TocEntry = { slug: heading.slug, text: heading.text.trim(), children: [] };
		(open.at(-1)?.entry.children ?? root).push(entry);
		open.push({ depth: heading.depth, entry });
	}
	return root;
}
