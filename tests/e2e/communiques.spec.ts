/**
 * The press releases: the list, newest first, with each one's date, territory, title and lead (its
 * text's first paragraph), filtered by territory with plain links, and the RSS feed.
 */
import { expect, test } from './fixtures';
import { corpus } from '../support/corpus';
import { squash } from '../support/text';
import { paths } from '../../src/lib/paths';

/** The press releases of the corpus, and the territories that have some. */
const communiques = corpus.documents.filter((d) => d.kind === 'communique');
const territoriesWithCommuniques = corpus.territories.filter((t) => communiques.some((d) => d.territory === t.id));

interface Listed {
	path: string;
	date: string;
	meta: string;
	lead: string;
}

async function listed(page: import('@playwright/test').Page): Promise<Listed[]> {
	return page.locator('.cards > li').evaluateAll((items) =>
		items.map((li) => ({
			path: (li.querySelector('h2 a') as HTMLAnchorElement).pathname,
			date: li.querySelector('time')?.getAttribute('datetime') ?? '',
			meta: li.querySelector('.card-meta')?.textContent ?? '',
			lead: li.querySelector('.card-lead')?.textContent ?? '',
		})),
	);
}

test('the list of press releases holds every one, newest first, with its date, territory, title and lead', async ({ page }) => {
	await page.goto(paths.communiques());
	const items = await listed(page);
	expect(communiques.length).toBeGreaterThan(0);
	expect(items.map((i) => i.path).sort()).toEqual(communiques.map((d) => paths.document(d.slug)).sort());
	expect(items.map((i) => i.date)).toEqual(
		items
			.map((i) => i.date)
			.sort()
			.reverse(),
	);
	for (const item of items) {
		await page.goto(item.path);
		// The lead is the first paragraph of the text itself, not a summary retyped.
		const first = squash(await page.locator('.official-text > p').first().innerText());
		expect(squash(item.lead), item.path).toBe(first);
		expect(item.meta).toContain(squash(await page.locator('[data-pagefind-meta="territoire"]').innerText()));
	}
});

test('the territory links filter the list, without JavaScript', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
	const page = await context.newPage();
	await page.goto(paths.communiques());
	const all = await listed(page);
	const nav = page.getByRole('navigation', { name: 'Communiqués par territoire' });
	await expect(nav.getByRole('link', { name: /^Tous les territoires/ })).toHaveAttribute('aria-current', 'page');
	const territories = await nav
		.getByRole('link')
		.evaluateAll((links) =>
			links.slice(1).map((a) => ({ href: (a as HTMLAnchorElement).pathname, name: a.textContent!.replace(/\s*\(\d+\)\s*$/, '').trim() })),
		);
	expect(territories.map((t) => t.href)).toEqual(territoriesWithCommuniques.map((t) => paths.territoryCommuniques(t.id)));
	const seen: string[] = [];
	for (const { href, name } of territories) {
		await page.goto(href);
		await expect(page.locator('h1')).toHaveText(`Communiqués de presse : ${name}`);
		await expect(nav.getByRole('link', { name: new RegExp(`^${name}`) })).toHaveAttribute('aria-current', 'page');
		const own = await listed(page);
		expect(own.length).toBeGreaterThan(0);
		for (const item of own) expect(item.meta, item.path).toContain(name);
		seen.push(...own.map((i) => i.path));
	}
	expect(seen.sort()).toEqual(all.map((i) => i.path).sort());
	await context.close();
});

test('the RSS feed: French, newest first, absolute links, the same leads', async ({ page }) => {
	await page.goto(paths.communiques());
	const items = await listed(page);
	const response = await page.request.get(paths.communiquesFeed);
	expect(response.status()).toBe(200);
	const xml = await response.text();
	const feed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		if (doc.querySelector('parsererror')) throw new Error('flux RSS illisible');
		return {
			language: doc.querySelector('channel > language')?.textContent,
			site: doc.querySelector('channel > link')?.textContent ?? '',
			items: [...doc.querySelectorAll('item')].map((item) => ({
				link: item.querySelector('link')?.textContent ?? '',
				date: new Date(item.querySelector('pubDate')?.textContent ?? '').toISOString().slice(0, 10),
				description: item.querySelector('description')?.textContent ?? '',
			})),
		};
	}, xml);
	expect(feed.language).toBe('fr-FR');
	expect(feed.site).toMatch(/^https:\/\//);
	expect(feed.items.map((i) => i.link)).toEqual(items.map((i) => new URL(i.path, feed.site).href));
	expect(feed.items.map((i) => i.date)).toEqual(items.map((i) => i.date));
	expect(feed.items.map((i) => squash(i.description))).toEqual(items.map((i) => squash(i.lead)));
	await expect(page.getByRole('link', { name: /flux RSS/ })).toHaveAttribute('href', paths.communiquesFeed);
});
