/**
 * The lead of a press release: the first paragraph of its text, taken from its MDX body at build
 * time, so that the list of communiqués and the RSS feed quote the text itself and nobody retypes it.
 * The body is read by the site's own MDX parser (satteri's syntax tree), not by patterns.
 */
import { mdxToMdast } from 'satteri';

interface MdastNode {
	type: string;
	value?: string;
	children?: MdastNode[];
}

/** The words of a node: its text, line breaks as spaces; markup, components' names and addresses left out. */
function textOf(node: MdastNode): string {
	if (node.type === 'break') return ' ';
	if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
	return (node.children ?? []).map(textOf).join('');
}

const collapse = (text: string) => text.replace(/[ \t\r\n]+/g, ' ').trim();

/** Markdown and MDX inline syntax as plain text: "**1<sup>er</sup>** \{x\}" -> "1er {x}". */
export function plainText(markdown: string): string {
	return collapse(textOf(mdxToMdast(markdown) as MdastNode));
}

/**
 * The first paragraph of running text of an MDX body, as plain text; `undefined` when it has none.
 * Only the body's own paragraphs count: not those inside a component (an editorial note), nor
 * headings, lists, quotes or tables.
 */
export function leadParagraph(body: string): string | undefined {
	for (const node of (mdxToMdast(body) as MdastNode).children ?? []) {
		if (node.type !== 'paragraph') continue;
		const text = collapse(textOf(node));
		if (text) return text;
	}
	return undefined;
}
