import { getRssString } from '@astrojs/rss';
import { describe, expect, test } from 'vitest';
import { FEED_SIZE, feedOptions, newestFirst, siteFeed, territoryFeed, type FeedEntry } from './feeds';

const SITE = 'https://exemple.fr/';

const entry = (
	path: string,
	date: string | undefined,
	categories: readonly string[] = ['Dijon Métropole', 'Communiqué de presse'],
): FeedEntry => ({
	path,
	title: `Titre ${path}`,
	date,
	description: `Chapeau ${path}`,
	categories,
});

describe('newestFirst', () => {
	test.each([
		['newest first', [entry('/a/', '2019-10-02'), entry('/b/', '2021-01-26')], ['/b/', '/a/']],
		['undated last', [entry('/a/', undefined), entry('/b/', '2019-10-02')], ['/b/', '/a/']],
		['ties by address', [entry('/b/', '2021-01-26'), entry('/a/', '2021-01-26')], ['/a/', '/b/']],
	])('%s', (_, entries, expected) => expect(newestFirst(entries).map((e) => e.path)).toEqual(expected));

	test('leaves its argument as it was', () => {
		const entries = [entry('/a/', '2019-10-02'), entry('/b/', '2021-01-26')];
		newestFirst(entries);
		expect(entries.map((e) => e.path)).toEqual(['/a/', '/b/']);
	});
});

describe('feedOptions', () => {
	const dijon = territoryFeed({ id: 'dijon', name: 'Dijon Métropole' });

	test('the feeds of the site and of a territory: their addresses, titles and pages', () => {
		expect(siteFeed).toMatchObject({ path: '/communiques/rss.xml', page: '/communiques/' });
		expect(siteFeed.title).toBe('Communiqués de presse · Partenariats Action Logement');
		expect(dijon).toMatchObject({ path: '/territoires/dijon/rss.xml', page: '/territoires/dijon/' });
		expect(dijon.title).toBe('Communiqués de presse : Dijon Métropole · Partenariats Action Logement');
	});

	test('items newest first, absolute on the site, with their categories, date and lead', () => {
		const options = feedOptions(dijon, [entry('/documents/a/', '2019-10-02'), entry('/documents/b/', '2021-01-26')], SITE);
		expect(options.site).toBe('https://exemple.fr/territoires/dijon/');
		expect(options.items).toEqual([
			{
				title: 'Titre /documents/b/',
				link: 'https://exemple.fr/documents/b/',
				pubDate: new Date('2021-01-26T00:00:00Z'),
				description: 'Chapeau /documents/b/',
				categories: ['Dijon Métropole', 'Communiqué de presse'],
			},
			{
				title: 'Titre /documents/a/',
				link: 'https://exemple.fr/documents/a/',
				pubDate: new Date('2019-10-02T00:00:00Z'),
				description: 'Chapeau /documents/a/',
				categories: ['Dijon Métropole', 'Communiqué de presse'],
			},
		]);
	});

	test('an entry without date or lead has neither', () => {
		const [item] = feedOptions(siteFeed, [{ ...entry('/documents/a/', undefined), description: undefined }], SITE).items as object[];
		expect(item).not.toHaveProperty('pubDate');
		expect(item).not.toHaveProperty('description');
	});

	test(`the latest ${FEED_SIZE} entries only`, () => {
		const entries = Array.from({ length: FEED_SIZE + 5 }, (_, i) =>
			entry(`/documents/${i}/`, `2020-01-${String((i % 28) + 1).padStart(2, '0')}`),
		);
		const items = feedOptions(siteFeed, entries, SITE).items as { link: string }[];
		expect(items).toHaveLength(FEED_SIZE);
		expect(items.map((i) => i.link)).toEqual(
			newestFirst(entries)
				.slice(0, FEED_SIZE)
				.map((e) => new URL(e.path, SITE).href),
		);
	});

	test('the feed written: its own address as Atom self link, its language, its categories', async () => {
		const xml = await getRssString(feedOptions(dijon, [entry('/documents/a/', '2019-10-02')], new URL('https://exemple.fr/')));
		expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
		expect(xml).toContain('<atom:link href="https://exemple.fr/territoires/dijon/rss.xml" rel="self" type="application/rss+xml"/>');
		expect(xml).toContain('<language>fr-FR</language>');
		expect(xml).toContain('<link>https://exemple.fr/territoires/dijon/</link>');
		expect(xml).toContain('<category>Dijon Métropole</category><category>Communiqué de presse</category>');
		expect(xml).not.toContain('partenariats.actionlogement.example');
	});
});
