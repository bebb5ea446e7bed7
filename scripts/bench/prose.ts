/**
 * The words the synthetic documents are made of: the paragraphs, lists and heading titles of the
 * real documents of `content/documents/`. Their MDX bodies are the repaired text of `sources/*.txt`
 * (lines joined, lists rebuilt, `{ } <` escaped), so every block is already valid MDX.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Prose {
	/** Plain paragraphs of at least a few words. */
	paragraphs: readonly string[];
	/** Markdown lists (`- …` items, nested or not), a dozen items at most. */
	lists: readonly string[];
	/** Heading texts without their numbering ("ARTICLE 2.1 :", "2.3.1", "ANNEXE 1"…). */
	titles: readonly string[];
}

const LIST_LINE = /^(?: {2})*(?:-|\d+\.) \S/;
const NUMBERING = /^(?:article\s+[\d.\s]+(?:<sup>er<\/sup>|er)?|annexe\s+\d+(?:\s+de\s+l[’']avenant)?|\d+(?:\.\d+)+\.?)\s*[:.—–-]?\s*/i;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The MDX body of a document, without its frontmatter. */
function bodyOf(mdx: string): string {
	const match = /^---\n[\s\S]*?\n---\n/.exec(mdx);
	return match ? mdx.slice(match[0].length) : mdx;
}

export function harvestProse(documentsDir: string): Prose {
	const paragraphs: string[] = [];
	const lists: string[] = [];
	const titles = new Set<string>();
	const files = readdirSync(documentsDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.sort();
	for (const file of files) {
		let insideComponent = false;
		for (const block of bodyOf(readFileSync(join(documentsDir, file), 'utf8')).split(/\n\s*\n/)) {
			const text = block.trim();
			if (insideComponent || /^<(EditorialNote|Signatures)\b/.test(text)) {
				// Components hold our notes or the signature block: not the running text.
				insideComponent = !/<\/(EditorialNote|Signatures)>\s*$/.test(text);
				continue;
			}
			const heading = /^#{2,5} (.+)$/.exec(text);
			if (heading) {
				const title = heading[1]!.replace(NUMBERING, '').trim();
				if (wordCount(title) >= 2 && !/[<:]$|[<{]/.test(title)) titles.add(title);
				continue;
			}
			if (text.startsWith('<') || text.startsWith('|')) continue;
			const lines = text.split('\n');
			if (lines.every((line) => LIST_LINE.test(line))) {
				if (lines.length <= 12) lists.push(text);
			} else if (!lines.some((line) => LIST_LINE.test(line)) && wordCount(text) >= 8) {
				paragraphs.push(text);
			}
		}
	}
	if (paragraphs.length === 0 || lists.length === 0 || titles.size === 0) {
		throw new Error(`bench: no prose to reuse in ${documentsDir}`);
	}
	return { paragraphs, lists, titles: [...titles] };
}
