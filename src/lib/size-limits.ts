/**
 * How large a page may grow before the build warns. A text is published whole, whatever its length:
 * the build does not refuse it, but names the page whose weight readers and the search will feel.
 * - A page's HTML over 1 Mo is slow to open on a phone and to print.
 * - A search result downloads its page's fragment (its whole indexed text, compressed): over 64 Ko,
 *   one result outweighs the rest of a first query (110 Ko in all, tests/e2e/search.spec.ts).
 */
import { formatFileSize } from './originals';

/** In decimal units, as the site writes sizes (1 Mo = 1 000 000 octets). */
export const PAGE_HTML_LIMIT = 1_000_000;
export const SEARCH_FRAGMENT_LIMIT = 64_000;

export interface Weighed {
	/** The page's address (`/documents/x/`). */
	url: string;
	bytes: number;
}

/** The warnings for the pages over their limits, heaviest first, one line each. */
export function sizeWarnings(pages: readonly Weighed[], fragments: readonly Weighed[]): string[] {
	const over = (items: readonly Weighed[], limit: number, what: string) =>
		items
			.filter((item) => item.bytes > limit)
			.sort((a, b) => b.bytes - a.bytes)
			.map(
				(item) => `${item.url} : ${what} de ${formatFileSize(item.bytes)}, au-delà de ${formatFileSize(limit)} (src/lib/size-limits.ts)`,
			);
	return [
		...over(pages, PAGE_HTML_LIMIT, 'page HTML'),
		...over(fragments, SEARCH_FRAGMENT_LIMIT, 'fragment de recherche compressé, téléchargé par chaque résultat,'),
	];
}
