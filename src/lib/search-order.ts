/**
 * The date order of the search, kept out of Pagefind's metadata. Pagefind stores a sort key as one
 * list of every page in its metadata, which every first query downloads (about 5 KB at 2,000
 * documents, growing with them); the order is only needed to list results newest first. So the
 * build writes it apart (`/pagefind/ordre-chronologique.json`: the result ids, newest first), and
 * the search page fetches it only for a date order.
 */

/** Where the build writes the order, in Pagefind's bundle folder. */
export const DATE_ORDER_FILE = 'ordre-chronologique.json';

export interface DatedResult {
	/** Pagefind's id of the result (its fragment's name). */
	id: string;
	/** `YYYY-MM-DD`, from the page's `date` metadata; absent for a territory or a glossary entry. */
	date?: string | undefined;
}

/** The ids of the dated results, newest first; one date's results in the order of their ids (stable builds). */
export function dateOrder(results: readonly DatedResult[]): string[] {
	return results
		.filter((r): r is DatedResult & { date: string } => r.date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(r.date))
		.sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1))
		.map((r) => r.id);
}

/**
 * Results put in date order, newest first, by the ids of `order`; those it does not list (no date)
 * come after, in their order of relevance.
 */
export function byDate<T extends { id: string }>(results: readonly T[], order: readonly string[]): T[] {
	const rank = new Map(order.map((id, i) => [id, i]));
	const last = order.length;
	return results
		.map((result, i) => ({ result, i, rank: rank.get(result.id) ?? last }))
		.sort((a, b) => a.rank - b.rank || a.i - b.i)
		.map((r) => r.result);
}
