/** Text as the tests compare it: spaces made plain, and a page's HTML reduced to what a reader gets. */
import { Parser } from 'htmlparser2';

/** French typography puts no-break and narrow no-break spaces in figures and guillemets; a test writes plain ones. */
export const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Runs of white space as one space, trimmed: text as a reader sees it, whatever the markup's line breaks. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Elements whose content is no text a reader gets. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The text a reader gets from a page: its text nodes outside scripts, styles and templates, entities
 * decoded (by htmlparser2, the HTML parser linkinator uses), spaces collapsed. Used by the weight
 * budget of a document page (publishing.spec.ts) and by `npm run bench`.
 */
export function textOf(html: string): string {
	const parts: string[] = [];
	let hidden = 0;
	const parser = new Parser(
		{
			onopentagname(name) {
				if (NOT_TEXT.has(name)) hidden++;
				parts.push(' ');
			},
			onclosetag(name) {
				if (NOT_TEXT.has(name) && hidden > 0) hidden--;
				parts.push(' ');
			},
			ontext(text) {
				if (hidden === 0) parts.push(text);
			},
		},
		{ decodeEntities: true },
	);
	parser.write(html);
	parser.end();
	// A tag separates words; runs of space are one.
	return squash(parts.join(''));
}
