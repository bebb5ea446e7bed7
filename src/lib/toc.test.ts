import { describe, expect, test } from 'vitest';
import { tableOfContents, type Heading, type TocEntry } from './toc';

const h = (depth: number, slug: string, text = slug): Heading => ({ depth, slug, text });
/** The tree as `slug(child, child)` lines, to compare at a glance. */
const outline = (entries: readonly TocEntry[]): string =>
	entries.map((e) => (e.children.length > 0 ? `${e.slug}(${outline(e.children)})` : e.slug)).join(' ');

describe('tableOfContents', () => {
	test.each([
		['no heading', [], ''],
		['flat articles', [h(2, 'article-1'), h(2, 'article-2')], 'article-1 article-2'],
		[
			'sub-articles under their article, annexes after',
			[h(2, 'preambule'), h(2, 'article-1'), h(2, 'article-2'), h(3, 'article-2-1'), h(3, 'article-2-2'), h(2, 'annexe-1')],
			'preambule article-1 article-2(article-2-1 article-2-2) annexe-1',
		],
		[
			'three levels, then back to the top',
			[h(2, 'article-2'), h(3, 'article-2-3'), h(4, 'article-2-3-1'), h(4, 'article-2-3-2'), h(3, 'article-2-4'), h(2, 'article-3')],
			'article-2(article-2-3(article-2-3-1 article-2-3-2) article-2-4) article-3',
		],
		[
			'headings that are not parts are left out, their part children are kept in place',
			[h(2, 'preambule'), h(3, 'les-enjeux'), h(2, 'article-2'), h(3, 'article-2-1'), h(4, 'services-et-aides'), h(2, 'contact-presse')],
			'preambule article-2(article-2-1)',
		],
		[
			'a part deeper than the one before it by two levels still nests under it',
			[h(2, 'article-2'), h(4, 'article-2-1-1'), h(3, 'article-2-2')],
			'article-2(article-2-1-1 article-2-2)',
		],
		['a text without parts has no table of contents', [h(2, 'membres-presents'), h(2, 'objet')], ''],
	])('%s', (_name, headings, expected) => {
		expect(outline(tableOfContents(headings))).toBe(expected);
	});

	test('keeps the heading’s own text, trimmed', () => {
		expect(tableOfContents([h(2, 'article-1', ' ARTICLE 1ER — OBJET DE LA CONVENTION ')])).toEqual([
			{ slug: 'article-1', text: 'ARTICLE 1ER — OBJET DE LA CONVENTION', children: [] },
		]);
	});
});
