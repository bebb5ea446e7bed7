/**
 * Which passages of a result to list under it. Pagefind splits a page at its headings and returns
 * every section that holds any word of the query, in page order; for a query of several words,
 * the sections where those words stand together (the phrase) matter more than the longest ones.
 */
export interface Section {
	url: string;
	/** Positions, in the page, of the words of the query found in the section. */
	locations: readonly number[];
}

/** The longest run of words found next to each other (positions that follow). */
function longestRun(locations: readonly number[]): number {
	const sorted = [...locations].sort((a, b) => a - b);
	let best = sorted.length > 0 ? 1 : 0;
	let run = 1;
	for (let i = 1; i < sorted.length; i++) {
		run = sorted[i]! - sorted[i - 1]! <= 2 ? run + 1 : 1;
		best = Math.max(best, run);
	}
	return best;
}

/**
 * The `limit` sections that best hold the query (longest phrase run, then most words found), in the
 * page's order, leaving out the page itself (`pageUrl`): the result's own link already goes there.
 */
export function bestSections<T extends Section>(sections: readonly T[], pageUrl: string, limit: number): T[] {
	const anchored = sections.filter((s) => s.url !== pageUrl && s.url.includes('#'));
	const ranked = anchored
		.map((section, order) => ({ section, order, run: longestRun(section.locations), count: section.locations.length }))
		.sort((a, b) => b.run - a.run || b.count - a.count || a.order - b.order)
		.slice(0, limit);
	return ranked.sort((a, b) => a.order - b.order).map((r) => r.section);
}
