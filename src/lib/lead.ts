/**
 * The lead of a press release: the first paragraph of its text, taken from its MDX body at build
 * time, so that the list of communiqués and the RSS feed quote the text itself and nobody retypes it.
 */

/** Blocks that are not a paragraph of running text: headings, lists, quotes, tables, rules, code. */
const NOT_A_PARAGRAPH = /^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\||-{3,}|\*{3,}|_{3,}|```|import\s|export\s|\{)/;
/** A component or HTML block: `<EditorialNote>`, `<h2 id="preambule">…</h2>`, `<Signatures>`. */
const OPENING_TAG = /^<([A-Za-z][\w.-]*)\b[^>]*?(\/?)>/;

/** Markdown and MDX inline syntax as plain text: "**1<sup>er</sup>** \{x\}" -> "1er {x}". */
export function plainText(markdown: string): string {
	return markdown
		.replace(/\\\n/g, ' ')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, '')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(^|[^\p{L}\p{N}\\])\*(?!\s)(.+?)\*/gu, '$1$2')
		.replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&nbsp;/g, '\u00a0')
		.replace(/&amp;/g, '&')
		.replace(/[ \t\r\n]+/g, ' ')
		.trim();
}

/** The first paragraph of running text of an MDX body, as plain text; `undefined` when it has none. */
export function leadParagraph(body: string): string | undefined {
	let insideComponent: string | undefined;
	for (const raw of body.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
		const block = raw.trim();
		if (block === '') continue;
		if (insideComponent) {
			if (block.includes(`</${insideComponent}>`)) insideComponent = undefined;
			continue;
		}
		const tag = OPENING_TAG.exec(block);
		if (tag) {
			const [, name, selfClosing] = tag as unknown as [string, string, string];
			if (!selfClosing && !block.includes(`</${name}>`)) insideComponent = name;
			continue;
		}
		if (NOT_A_PARAGRAPH.test(block)) continue;
		const text = plainText(block);
		if (text) return text;
	}
	return undefined;
}
