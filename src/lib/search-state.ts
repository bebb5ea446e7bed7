/**
 * A search as its address keeps it: `/recherche/?q=visale&territoire=metz&type=communique&annee=2019&tri=date`.
 * The address is the state, so that a search can be pasted into an article and the back button
 * returns to the previous one. Pure: the search page's script reads and writes through these.
 */

export const filterKeys = ['territoire', 'type', 'annee'] as const;
export type FilterKey = (typeof filterKeys)[number];

export const sorts = ['pertinence', 'date'] as const;
export type Sort = (typeof sorts)[number];

export interface SearchState {
	/** The words typed, spaces collapsed; empty when the search is by filters only. */
	q: string;
	territoire: string;
	type: string;
	annee: string;
	tri: Sort;
}

export interface FilterOption {
	value: string;
	label: string;
}

/** The values each filter accepts, with their labels (territories, kinds of document, years). */
export type FilterOptions = Record<FilterKey, readonly FilterOption[]>;

/** Longer queries are cut: a pasted page of text is not a search. */
const MAX_QUERY = 200;

export const blankState: SearchState = { q: '', territoire: '', type: '', annee: '', tri: 'pertinence' };

/** Reads an address's query string; a filter value the site does not know is dropped, not kept hidden. */
export function readSearchState(query: string | URLSearchParams, options?: FilterOptions): SearchState {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
	const filter = (key: FilterKey) => {
		const value = (params.get(key) ?? '').trim();
		return !options || options[key].some((o) => o.value === value) ? value : '';
	};
	const tri = params.get('tri');
	return {
		q,
		territoire: filter('territoire'),
		type: filter('type'),
		annee: filter('annee'),
		tri: tri === 'date' ? 'date' : 'pertinence',
	};
}

/** The query string of a state, in a fixed order, without empty or default values: "" for a blank search. */
export function writeSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const key of filterKeys) if (state[key]) params.set(key, state[key]);
	if (state.tri !== 'pertinence') params.set('tri', state.tri);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Nothing to search: no words and no filter. */
export function isBlank(state: SearchState): boolean {
	return state.q === '' && filterKeys.every((key) => state[key] === '');
}

export interface PagefindRequest {
	/** `null` lists every page that passes the filters. */
	term: string | null;
	filters: Partial<Record<FilterKey, string>>;
	/** Results newest first (src/lib/search-order.ts), rather than by relevance. */
	byDate: boolean;
}

/** The arguments of Pagefind's `search()`, and the order: without words, the filtered documents come newest first. */
export function pagefindRequest(state: SearchState): PagefindRequest {
	const filters: Partial<Record<FilterKey, string>> = {};
	for (const key of filterKeys) if (state[key]) filters[key] = state[key];
	return { term: state.q || null, filters, byDate: state.tri === 'date' || state.q === '' };
}

const FILTER_NAMES: Record<FilterKey, string> = { territoire: 'territoire', type: 'type', annee: 'année' };

/**
 * The sentence the page announces once results are in: "3 résultats pour « visale », territoire :
 * Metz Métropole, du plus récent au plus ancien. 3 affichés."
 */
export function describeResults(count: number, shown: number, state: SearchState, options: FilterOptions): string {
	const total = count === 0 ? 'Aucun résultat' : count === 1 ? '1 résultat' : `${count} résultats`;
	const parts = [state.q ? `${total} pour « ${state.q} »` : total];
	for (const key of filterKeys) {
		if (!state[key]) continue;
		const label = options[key].find((o) => o.value === state[key])?.label ?? state[key];
		parts.push(`${FILTER_NAMES[key]} : ${label}`);
	}
	if (count > 1 && (state.tri === 'date' || !state.q)) parts.push('du plus récent au plus ancien');
	const sentence = `${parts.join(', ')}.`;
	if (count === 0) return `${sentence} Essayez d'autres mots, ou moins de filtres.`;
	return shown < count ? `${sentence} Les ${shown} premiers sont affichés.` : sentence;
}

/** The years of the year filter, newest first, from the documents' dates ("2021-01-26"). */
export function yearsOf(dates: readonly (string | undefined)[]): string[] {
	return [...new Set(dates.flatMap((d) => (d ? [d.slice(0, 4)] : [])))].sort().reverse();
}
