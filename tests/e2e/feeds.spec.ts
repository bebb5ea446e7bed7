/**
 * The RSS feeds a journalist subscribes to: every press release (`/communiques/rss.xml`) and each
 * territory's own (`/territoires/<t>/rss.xml`). Every built page declares the site's feed; each
 * territory's pages declare and link its own; each feed parses as RSS (rss-parser, as a feed reader
 * would), names its own address on the built site's address, is in French, and holds that
 * territory's communiqués of content/ only, each filed under its territory and its kind.
 */
import { Parser as HtmlParser } from 'htmlparser2';
import RssParser from 'rss-parser';
import { expect, test } from './fixtures';
import { BUILT_SITE_URL } from '../support/built-site-url';
import { corpus, type CorpusDocument } from '../support/corpus';
import { builtPages, readBuilt } from '../support/site';
import { documentKindLabels } from '../../src/lib/domain';
import { absolute, paths } from '../../src/lib/paths';

interface Declared {
	title: string;
	/** The feed's address as a path of the site, whether the page wrote it absolute or root-relative. */
	path: string;
	/** Whether an absolute `href` names the built site's own host (a root-relative one always does). */
	onSite: boolean;
}

/** The feeds a built page declares in its `<head>` (`<link rel="alternate" type="application/rss+xml">`). */
function declaredFeeds(html: string): Declared[] {
	const found: Declared[] = [];
	let inHead = false;
	const parser = new HtmlParser({
		onopentag(name, attributes) {
			if (name === 'head') inHead = true;
			const rel = (attributes['rel'] ?? '').toLowerCase().split(/\s+/);
			if (!inHead || name !== 'link' || !rel.includes('alternate') || attributes['type'] !== 'application/rss+xml') return;
			const url = new URL(attributes['href'] ?? '', BUILT_SITE_URL);
			found.push({ title: attributes['title'] ?? '', path: url.pathname, onSite: url.origin === new URL(BUILT_SITE_URL).origin });
		},
		onclosetag(name) {
			if (name === 'head') inHead = false;
		},
	});
	parser.write(html);
	parser.end();
	return found;
}

const communiques = corpus.documents.filter((d) => d.kind === 'communique');
const territoryName = (id: string) => corpus.territories.find((t) => t.id === id)!.name;

/** Each feed, and the communiqués of content/ it must hold. */
const feeds: { path: string; territory?: string; documents: CorpusDocument[] }[] = [
	{ path: paths.communiquesFeed, documents: communiques },
	...corpus.territories.map((t) => ({
		path: paths.territoryFeed(t.id),
		territory: t.id,
		documents: communiques.filter((d) => d.territory === t.id),
	})),
];

interface ParsedFeed {
	language?: string;
}

const rssParser = new RssParser<ParsedFeed>();

test('every built page declares the feed of all the communiqués, in French', () => {
	const pages = builtPages();
	expect(pages.length).toBeGreaterThan(corpus.documents.length);
	const missing = pages.filter((page) => {
		const site = declaredFeeds(readBuilt(page)).filter((feed) => feed.path === paths.communiquesFeed);
		return site.length !== 1 || !site[0]!.onSite || !/^Communiqués de presse/.test(site[0]!.title);
	});
	expect(missing, 'pages without one <link rel="alternate"> to the communiqués’ feed, titled in French').toEqual([]);
});

test('each territory’s page, and its list of communiqués, declares and links the territory’s own feed', async ({ page }) => {
	expect(corpus.territories.length).toBeGreaterThan(0);
	for (const territory of corpus.territories) {
		const feed = paths.territoryFeed(territory.id);
		const lists = communiques.some((d) => d.territory === territory.id) ? [paths.territoryCommuniques(territory.id)] : [];
		for (const path of [paths.territory(territory.id), ...lists]) {
			const declared = declaredFeeds(readBuilt(path));
			// The site's feed, then the territory's own: no other territory's.
			expect(
				declared.map((d) => d.path),
				path,
			).toEqual([paths.communiquesFeed, feed]);
			expect(declared[1]!.title, path).toContain(territory.name);
			await page.goto(path);
			const link = page.locator(`main a[href="${feed}"]`);
			await expect(link, path).toHaveCount(1);
			await expect(link, path).toBeVisible();
			await expect(link, path).toHaveText(/S'abonner aux communiqués .*\(flux RSS\)/);
		}
	}
});

for (const feed of feeds) {
	test(`${feed.path}: RSS with its own address as Atom self link, in French, that territory’s communiqués newest first, with their categories`, async ({
		request,
	}) => {
		const response = await request.get(feed.path);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toMatch(/xml/);
		const xml = await response.text();
		expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
		const parsed = await rssParser.parseString(xml);
		expect(parsed.paginationLinks?.self).toBe(absolute(feed.path, BUILT_SITE_URL));
		expect(parsed.language).toBe('fr-FR');
		// The title a page declares is the feed's own.
		const declaring = feed.territory ? paths.territory(feed.territory) : paths.home;
		expect(declaredFeeds(readBuilt(declaring)).find((d) => d.path === feed.path)?.title).toBe(parsed.title);
		if (feed.territory) expect(parsed.title).toContain(territoryName(feed.territory));

		// Exactly the communiqués of content/ it must hold, and nothing else.
		const links = parsed.items.map((item) => item.link ?? '');
		expect(
			links.every((link) => link.startsWith(BUILT_SITE_URL)),
			links.join(', '),
		).toBe(true);
		expect(links.map((link) => new URL(link).pathname).sort()).toEqual(feed.documents.map((d) => paths.document(d.slug)).sort());
		const dates = parsed.items.map((item) => item.isoDate ?? '');
		expect(dates).toEqual([...dates].sort().reverse());

		for (const item of parsed.items) {
			const path = new URL(item.link!).pathname;
			const document = communiques.find((d) => paths.document(d.slug) === path)!;
			expect(item.categories, path).toEqual([territoryName(document.territory), documentKindLabels.communique]);
			expect((await request.get(path)).status(), path).toBe(200);
		}
	});
}

test('the territories’ feeds together hold every communiqué, each once', async ({ request }) => {
	const all: string[] = [];
	for (const territory of corpus.territories) {
		const parsed = await rssParser.parseString(await (await request.get(paths.territoryFeed(territory.id))).text());
		all.push(...parsed.items.map((item) => new URL(item.link!).pathname));
	}
	expect(all.sort()).toEqual(communiques.map((d) => paths.document(d.slug)).sort());
});
