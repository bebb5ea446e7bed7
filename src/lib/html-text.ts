/**
 * The text a reader gets from HTML, as a browser's `innerText` gives it: text nodes outside scripts,
 * styles and templates, entities decoded (by htmlparser2, the HTML parser linkinator uses), the
 * elements of a sentence (`<sup>`, `<strong>`, `<abbr>`…) inside its words, every other element
 * between words, spaces collapsed. `npm run check:content` measures a page's text with it; the
 * tests' weight budget of a document page and `npm run bench` weigh a page's text with it.
 *
 * Node runs this module as it is (`npm run bench`, `npm run check:content`): its imports name their
 * files with the extension.
 */
import { Parser } from 'htmlparser2';
import { normalizeSpaces } from './text.ts';

/** Elements whose content is no text a reader gets. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);

/** The elements of a line of text (HTML's phrasing content): `1<sup>er</sup>` is one word, « 1er ». */
const INLINE = new Set([
	'a',
	'abbr',
	'b',
	'bdi',
	'bdo',
	'cite',
	'code',
	'data',
	'del',
	'dfn',
	'em',
	'i',
	'ins',
	'kbd',
	'mark',
	'q',
	's',
	'samp',
	'small',
	'span',
	'strong',
	'sub',
	'sup',
	'time',
	'u',
	'var',
]);

/** The text of `html`, one space between blocks (paragraphs, headings, cells, line breaks), runs of space as one, trimmed. */
export function textOf(html: string): string {
	const parts: string[] = [];
	let hidden = 0;
	const parser = new Parser(
		{
			onopentagname(name) {
				if (NOT_TEXT.has(name)) hidden++;
				if (!INLINE.has(name)) parts.push(' ');
			},
			onclosetag(name) {
				if (NOT_TEXT.has(name) && hidden > 0) hidden--;
				if (!INLINE.has(name)) parts.push(' ');
			},
			ontext(text) {
				if (hidden === 0) parts.push(text);
			},
		},
		{ decodeEntities: true },
	);
	parser.write(html);
	parser.end();
	return normalizeSpaces(parts.join(''));
}
