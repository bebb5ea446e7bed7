import { describe, expect, test } from 'vitest';
import { PAGE_HTML_LIMIT, SEARCH_FRAGMENT_LIMIT, sizeWarnings } from './size-limits';

/** The warnings with plain spaces (sizes are written with no-break spaces). */
const plain = (lines: string[]) => lines.map((line) => line.replace(/[\u00a0\u202f]/g, ' '));

describe('sizeWarnings', () => {
	test('names each page over its limit, heaviest first, with both sizes', () => {
		expect(
			plain(
				sizeWarnings(
					[
						{ url: '/documents/a/', bytes: PAGE_HTML_LIMIT },
						{ url: '/documents/b/', bytes: 1_200_000 },
						{ url: '/documents/c/', bytes: 5_300_000 },
					],
					[
						{ url: '/documents/c/', bytes: 1_100_000 },
						{ url: '/documents/d/', bytes: SEARCH_FRAGMENT_LIMIT },
					],
				),
			),
		).toEqual([
			'/documents/c/ : page HTML de 5,3 Mo, au-delà de 1 Mo (src/lib/size-limits.ts)',
			'/documents/b/ : page HTML de 1,2 Mo, au-delà de 1 Mo (src/lib/size-limits.ts)',
			'/documents/c/ : fragment de recherche compressé, téléchargé par chaque résultat, de 1,1 Mo, au-delà de 64 ko (src/lib/size-limits.ts)',
		]);
	});

	test('nothing for pages within their limits', () => {
		expect(sizeWarnings([{ url: '/', bytes: 40_000 }], [{ url: '/', bytes: 9_000 }])).toEqual([]);
	});
});
