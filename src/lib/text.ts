/**
 * The text normalizations of the site, written once: accents folded, spaces and apostrophes made
 * plain. Matching (glossary, quotes, fidelity), slugs and number reading all fold text the same way.
 */

/** The no-break space that French typography puts before « : » and units. */
export const NBSP = '\u00a0';

/**
 * A space written at the end of a caption, a header cell, a term or its value: invisible (a line's
 * last space), it keeps their words apart in the search index, which reads those elements as inline.
 * A constant, since a formatter trims a literal trailing space inside an element.
 */
export const INDEX_SPACE = ' ';
/** The narrow no-break space that `Intl.NumberFormat('fr-FR')` puts between thousands. */
export const NARROW_NBSP = '\u202f';

/** Typographic apostrophes and the characters that extractions give in their place. */
const APOSTROPHE = /[’ʼ‘`]/g;

/** "Sécurisation" -> "Securisation": the accents and other combining marks removed (NFKD, so "ﬁ" -> "fi"). */
export function foldAccents(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** "l’État" -> "l'État": every apostrophe a straight one. */
export function plainApostrophes(text: string): string {
	return text.replace(APOSTROPHE, "'");
}

/** Whether a one-character string is an apostrophe of any kind (a straight one included). */
export function isApostrophe(char: string): boolean {
	return char === "'" || (char.length === 1 && plainApostrophes(char) === "'");
}

/**
 * Runs of spaces, line breaks and no-break spaces (JavaScript's `\s` holds NBSP and narrow NBSP)
 * as one plain space, the ends kept: a length-sensitive caller trims when it wants to.
 */
export function collapseSpaces(text: string): string {
	return text.replace(/\s+/g, ' ');
}

/** Spaces collapsed and the ends trimmed: "  15 428\u202fk€ " -> "15 428 k€". */
export function normalizeSpaces(text: string): string {
	return collapseSpaces(text).trim();
}
