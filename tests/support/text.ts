/** Text as the tests compare it: spaces made plain, and a page's HTML reduced to what a reader gets. */

/** French typography puts no-break and narrow no-break spaces in figures and guillemets; a test writes plain ones. */
export const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Runs of white space as one space, trimmed: text as a reader sees it, whatever the markup's line breaks. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text a reader gets from a page's HTML (src/lib/html-text.ts, which `npm run check:content` measures with). */
export { textOf } from '../../src/lib/html-text.ts';
