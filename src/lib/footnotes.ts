/**
 * A dataset's footnotes, as its source writes them ("(1) cette ligne comprend…"), shown wherever its
 * rows are: under its table, under a chart drawn from it, in the catalogue. A note goes only where
 * its call ("(1)") appears in the rows shown, so that a chart without that row carries no stray note.
 */

/** "(1) cette ligne…" -> "(1)"; a note without a call has none. */
const CALL = /^\s*(\(\d+\))/;

export function footnoteCall(note: string): string | undefined {
	return CALL.exec(note)?.[1];
}

/**
 * The notes whose call appears in one of `texts` (row labels, categories, series names), in their
 * order; a note without a call applies to the whole table and is always kept.
 */
export function footnotesFor(footnotes: readonly string[], texts: readonly string[]): string[] {
	return footnotes.filter((note) => {
		const call = footnoteCall(note);
		return call === undefined || texts.some((text) => text.includes(call));
	});
}

/** The notes as one paragraph for a data description (datapackage.json, which holds no list). */
export function footnotesSentence(footnotes: readonly string[]): string {
	return footnotes.length === 0 ? '' : `Notes de la source : ${footnotes.join(' ; ')}.`;
}
