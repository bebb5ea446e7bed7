import { expect, test } from 'vitest';
import { bestSections } from './search-results';

const page = '/documents/x/';
const section = (anchor: string, locations: number[]) => ({ url: anchor ? `${page}#${anchor}` : page, locations });

test.each([
	[
		'the sections holding the phrase, in page order, before the longest ones',
		[
			section('', [3, 4]),
			section('preambule', [10, 40, 90, 120]),
			section('article-1', [200, 201, 202]),
			section('article-2', [300, 301, 302, 303]),
		],
		2,
		['article-1', 'article-2'],
	],
	[
		'a single word: the sections where it is most often',
		[section('a', [1]), section('b', [10, 20, 30]), section('c', [50, 60])],
		2,
		['b', 'c'],
	],
	['the page itself is never a passage', [section('', [1, 2, 3])], 3, []],
	['fewer sections than the limit', [section('a', [1])], 3, ['a']],
])('%s', (_, sections, limit, anchors) => {
	expect(bestSections(sections, page, limit).map((s) => s.url.split('#')[1])).toEqual(anchors);
});

test('a glossary record, whose address is already an anchor, lists no passage of itself', () => {
	expect(bestSections([{ url: '/glossaire/#npnru', locations: [0] }], '/glossaire/#npnru', 3)).toEqual([]);
});
