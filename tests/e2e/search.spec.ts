/**
 * The search, as journalists and citizens use it, on the built site: what they type finds what they
 * mean (accents, plurals, acronyms both ways), the page announces the count, filters work without
 * words, the address holds the search (links, back button), the keyboard alone is enough, and a
 * first query stays light (the bytes are printed).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import * as texts from '../support/corpus';
import { watchPagefindDownloads } from '../support/pagefind-downloads';
import { paths } from '../../src/lib/paths';

// What the queries must find: the texts whose words they are, and the glossary entries.
const AVENANT = paths.document(texts.AVENANT_DIJON.slug);
const CONVENTION = paths.document(texts.CONVENTION_DIJON.slug);
const DELIBERATION = paths.document(texts.DELIBERATION_DIJON.slug);
const COMMUNIQUE_DIJON = paths.document(texts.COMMUNIQUE_DIJON.slug);
const COMMUNIQUE_METZ = paths.document(texts.COMMUNIQUE_METZ.slug);
const glossaryEntry = (id: string) => `${paths.glossary}#${id}`;

const status = (page: Page) => page.locator('[data-search-status]');
const resultLinks = (page: Page) => page.locator('.search-result h2 a');

/** Runs a search from its address; returns the results' paths, best first. */
async function search(page: Page, query: string): Promise<string[]> {
	await page.goto(query.startsWith('?') ? `${paths.search()}${query}` : paths.search(query));
	await expect(status(page)).toHaveText(/résultat/);
	return resultLinks(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
}

/** Runs a search, then asks for more results until there are none: all the results' paths, best first. */
async function searchAll(page: Page, query: string): Promise<string[]> {
	let results = await search(page, query);
	while (await page.locator('[data-search-more]').isVisible()) {
		await page.locator('[data-search-more]').click();
		await expect(resultLinks(page)).not.toHaveCount(results.length);
		results = await resultLinks(page).evaluateAll((ls) => ls.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
	}
	return results;
}

/**
 * Each query, the document it must return first, or in its top three, and the documents it must
 * find at all. The synonym cases find a text that only has the other half of the acronym. `marks`:
 * what every highlighted word of the results must be (its punctuation aside), and must be at least once.
 */
const queries: {
	query: string;
	why: string;
	first?: string;
	leading?: string[];
	top3?: string[];
	finds?: string[];
	marks?: RegExp;
}[] = [
	{
		query: 'communiqué',
		why: 'un genre de document : les communiqués avant les textes qui disent « communes »',
		leading: [COMMUNIQUE_DIJON, COMMUNIQUE_METZ],
		marks: /^communiqu[eé]e?s?$/i,
	},
	{
		query: 'communiqués de presse',
		why: 'au pluriel',
		leading: [COMMUNIQUE_DIJON, COMMUNIQUE_METZ],
		marks: /^(communiqu[eé]e?s?|presse)$/i,
	},
	{ query: 'chenove', why: 'sans accent', top3: [COMMUNIQUE_DIJON, AVENANT], finds: [DELIBERATION, CONVENTION] },
	{ query: 'Chenôve', why: 'avec accent, trouve aussi « Chenove »', finds: [COMMUNIQUE_DIJON, AVENANT, DELIBERATION, CONVENTION] },
	{ query: 'securisation', why: 'sans accent', top3: [DELIBERATION, COMMUNIQUE_DIJON], finds: [AVENANT] },
	{ query: 'VISALE', why: 'un nom de dispositif', first: glossaryEntry('visale'), top3: [DELIBERATION, AVENANT], finds: [CONVENTION] },
	{
		query: 'garantie visale',
		why: 'singulier, les textes disent « garanties VISALE »',
		top3: [DELIBERATION, AVENANT],
		marks: /^(garanties?|visale)$/i,
	},
	{ query: '15 millions', why: 'un montant', top3: [AVENANT, COMMUNIQUE_DIJON] },
	{ query: 'Rebsamen', why: 'un nom', top3: [COMMUNIQUE_DIJON] },
	{ query: 'Metz', why: 'un lieu', first: COMMUNIQUE_METZ, finds: [paths.territory(texts.COMMUNIQUE_METZ.territory)] },
	{ query: 'NPNRU', why: 'un sigle', first: glossaryEntry('npnru'), top3: [CONVENTION], finds: [AVENANT, COMMUNIQUE_DIJON, DELIBERATION] },
	{
		query: 'Nouveau Programme National de Renouvellement Urbain',
		why: 'le développement du sigle',
		first: glossaryEntry('npnru'),
		finds: [CONVENTION, AVENANT, COMMUNIQUE_DIJON, DELIBERATION],
		marks: /^(nouveau|programmes?|nationale?s?|renouvellements?|urbaine?s?)$/i,
	},
	{ query: "Participation des Employeurs à l'Effort de Construction", why: 'l’avenant n’écrit que « PEEC »', top3: [AVENANT] },
	{ query: "prêt locatif aidé d'intégration", why: 'les textes n’écrivent que « PLAI »', top3: [AVENANT, DELIBERATION] },
	{ query: "Agence Nationale de l'Habitat", why: 'Metz n’écrit que « ANAH »', finds: [COMMUNIQUE_METZ] },
	{ query: 'CRAL', why: 'Metz n’écrit que « Comité régional Action Logement »', finds: [COMMUNIQUE_METZ] },
];

for (const { query, why, first, leading = [], top3 = [], finds = [], marks } of queries) {
	test(`« ${query} » (${why}) finds what it means`, async ({ page }) => {
		const results = await searchAll(page, query);
		console.log(`« ${query} » : ${results.slice(0, 3).join(', ')}${results.length > 3 ? ` … (${results.length})` : ''}`);
		if (first) expect(results[0], 'first result').toBe(first);
		expect(results.slice(0, leading.length).sort(), 'the first results').toEqual([...leading].sort());
		for (const path of top3) expect(results.slice(0, 3), `${path} in the top three`).toContain(path);
		for (const path of finds) expect(results, `${path} found`).toContain(path);
		if (marks) {
			// Every result's highlights, passages included: the words typed, not others of their stem.
			const highlighted = await page.locator('.search-result mark').allTextContents();
			const words = highlighted.map((mark) => mark.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''));
			expect(words.length, 'some words highlighted').toBeGreaterThan(0);
			expect(
				words.filter((word) => !marks.test(word)),
				'highlighted words that are not the query’s',
			).toEqual([]);
			// A passage is listed for the words typed: each one quoted shows one of them.
			const quoted = page.locator('.search-sections li > .search-excerpt');
			for (const passage of await quoted.all()) await expect(passage.locator('mark').first()).toBeAttached();
		}
	});
}

test('the count is announced in a live region, and each result says what, where and when', async ({ page }) => {
	await search(page, 'VISALE');
	await expect(status(page)).toHaveAttribute('role', 'status');
	const shown = await page.locator('.search-result').count();
	await expect(status(page)).toHaveText(new RegExp(`^\\d+ résultats pour « VISALE »\\. Les ${shown} premiers sont affichés\\.$`));
	const count = (await searchAll(page, 'VISALE')).length;
	await expect(status(page)).toHaveText(`${count} résultats pour « VISALE ».`);
	const avenant = page.locator('.search-result', { has: page.locator(`h2 a[href="${AVENANT}"]`) });
	await expect(avenant.locator('h2')).toHaveText('Avenant 2020-2022 à la convention-cadre');
	await expect(avenant.locator('.card-meta')).toHaveText('Avenant · 23 décembre 2020 · Dijon Métropole');
	await expect(avenant.locator('.card-meta time')).toHaveAttribute('datetime', '2020-12-23');
	// The word is highlighted in the excerpt (Pagefind marks it with the punctuation that sticks to it).
	await expect(avenant.locator(':scope > .search-excerpt mark').first()).toHaveText(/^visale[,.;:]?$/i);
});

test('the page furniture is not indexed: citation and download links find nothing', async ({ page }) => {
	for (const query of ['"Citer ce document"', '"Télécharger les données"', '"Copier la référence"']) {
		expect(await search(page, query), query).toEqual([]);
	}
});

test('results, filters and passages have no accessibility violation (axe, WCAG 2.1 AA)', async ({ page }) => {
	await search(page, 'logement');
	await expect(page.locator('[data-search-more]')).toBeVisible();
	await expect(page.locator('.search-sections').first()).toBeVisible();
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a result links to the sections where the words are, and the anchors lead there', async ({ page }) => {
	await search(page, '15 millions');
	const avenant = page.locator('.search-result', { has: page.locator(`h2 a[href="${AVENANT}"]`) });
	await expect(avenant.locator(':scope > .search-excerpt mark').first()).toHaveText(/^(15|millions)$/);
	const sections = avenant.locator('.search-sections a');
	const hrefs = await sections.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash));
	expect(hrefs).toContain('#article-3');
	await sections.filter({ hasText: /^ARTICLE 3 : RESERVATION/ }).click();
	await expect(page).toHaveURL(`${AVENANT}#article-3`);
	await expect(page.locator('#article-3')).toBeInViewport();
});

test('filters work without words: all the press releases of Metz, newest first', async ({ page }) => {
	await page.goto(paths.territoryCommuniques(texts.COMMUNIQUE_METZ.territory));
	const metz = await page.locator('.cards h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
	expect(metz.length).toBeGreaterThan(0);

	await page.goto(paths.search());
	await page.getByLabel('Territoire').selectOption('metz');
	await page.getByLabel('Type de document').selectOption('communique');
	await expect(page).toHaveURL(`${paths.search()}?territoire=metz&type=communique`);
	await expect(status(page)).toHaveText(
		`${metz.length === 1 ? '1 résultat' : `${metz.length} résultats`}, territoire : Metz Métropole, type : Communiqué de presse${metz.length > 1 ? ', du plus récent au plus ancien' : ''}.`,
	);
	expect(await resultLinks(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))).toEqual(metz);
});

test('the year filter and the date order', async ({ page }) => {
	expect(await search(page, '?annee=2020')).toEqual([AVENANT, DELIBERATION]);
	const byDate = await searchAll(page, '?q=NPNRU&tri=date');
	// Newest first; what has no date (the glossary entry) still comes, after the dated texts.
	expect(byDate).toEqual([COMMUNIQUE_DIJON, AVENANT, DELIBERATION, CONVENTION, glossaryEntry('npnru')]);
	const dates = await page.locator('.search-result time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
	expect(dates).toEqual([...dates].sort().reverse());
	await expect(page.getByLabel('Ordre')).toHaveValue('date');
});

test('the header field of every page leads to the results; a ?q= link loads them', async ({ page }) => {
	await page.goto(paths.documents());
	await page.getByRole('search', { name: 'Recherche sur le site' }).getByLabel('Rechercher').fill('VISALE');
	await page.getByRole('search', { name: 'Recherche sur le site' }).getByLabel('Rechercher').press('Enter');
	await expect(page).toHaveURL(paths.search('VISALE'));
	await expect(status(page)).toHaveText(/^\d+ résultats pour « VISALE »/);
	await expect(page.getByLabel('Mots, nom, lieu, sigle ou montant')).toHaveValue('VISALE');
	await expect(page).toHaveTitle(/^« VISALE » — Recherche/);
});

test('the back button returns to the previous search, and forward to the next', async ({ page }) => {
	await search(page, 'VISALE');
	const field = page.getByLabel('Mots, nom, lieu, sigle ou montant');
	await field.fill('Rebsamen');
	await field.press('Enter');
	await expect(page).toHaveURL(paths.search('Rebsamen'));
	await expect(status(page)).toHaveText(/pour « Rebsamen »/);
	await page.getByLabel('Territoire').selectOption('dijon');
	await expect(page).toHaveURL(`${paths.search('Rebsamen')}&territoire=dijon`);

	await page.goBack();
	await expect(page).toHaveURL(paths.search('Rebsamen'));
	await expect(page.getByLabel('Territoire')).toHaveValue('');
	await page.goBack();
	await expect(page).toHaveURL(paths.search('VISALE'));
	await expect(field).toHaveValue('VISALE');
	await expect(status(page)).toHaveText(/pour « VISALE »/);
	await expect(resultLinks(page).first()).toHaveAttribute('href', glossaryEntry('visale'));
	await page.goForward();
	await expect(field).toHaveValue('Rebsamen');
	await expect(status(page)).toHaveText(/pour « Rebsamen »/);
});

test('the keyboard alone: field, filters, results, more results', async ({ page }) => {
	await page.goto(paths.search());
	const field = page.getByLabel('Mots, nom, lieu, sigle ou montant');
	for (let i = 0; i < 20 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(field).toBeFocused();
	await page.keyboard.type('logement');
	await page.keyboard.press('Enter');
	await expect(status(page)).toHaveText(/résultats pour « logement »/);
	// Tab reaches the button, then the filters; the arrow keys choose a territory.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Rechercher', exact: true })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Territoire')).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/territoire=/);
	await expect(status(page)).toHaveText(/territoire : /);
	// "More results" takes the focus to the first result it adds.
	await page.goto(paths.search('logement'));
	const more = page.locator('[data-search-more]');
	await expect(more).toBeVisible();
	await more.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.search-result').nth(3).locator('h2 a')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).not.toHaveURL(new RegExp(paths.search()));
});

test('without JavaScript the page says so and links the list of documents', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
	const page = await context.newPage();
	await page.goto(paths.search('VISALE'));
	const notice = page.locator('.search-notice', { hasText: 'La recherche a besoin de JavaScript' });
	await expect(notice).toBeVisible();
	await expect(notice.getByRole('link', { name: 'liste des documents' })).toHaveAttribute('href', paths.documents());
	await context.close();
});

/** What a first query downloads from pagefind/, each file at its gzip size (the index files already are). */
async function firstQueryBytes(browser: Browser, baseURL: string, query: string) {
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	const files = watchPagefindDownloads(page);
	await page.goto(paths.search(query));
	await expect(status(page)).toHaveText(/résultat/);
	await page.waitForLoadState('networkidle');
	const downloaded = await Promise.all(files.map(async (f) => ({ file: f.file, bytes: await f.bytes })));
	await context.close();
	return { files: downloaded, total: downloaded.reduce((n, f) => n + f.bytes, 0) };
}

/** The budget of a first query, in bytes (gzip): the engine, its WebAssembly, index chunks, results. */
const FIRST_QUERY_BUDGET = 110_000;
const ko = (bytes: number) => `${(bytes / 1000).toFixed(1)} ko`;

test('a first query downloads at most 110 KB gzip (the bytes are printed)', async ({ browser, baseURL }) => {
	const lines: string[] = [];
	const over: string[] = [];
	for (const query of ['VISALE', 'chenove', 'securisation', '15 millions', 'NPNRU', 'Rebsamen']) {
		const { files, total } = await firstQueryBytes(browser, baseURL!, query);
		expect(files.some((f) => f.file.startsWith('wasm.'))).toBe(true);
		lines.push(
			`  « ${query} » : ${ko(total)} gzip en ${files.length} fichiers (${files.map((f) => `${f.file.replace(/\?.*$/, '')} ${ko(f.bytes)}`).join(', ')})`,
		);
		if (total > FIRST_QUERY_BUDGET) over.push(`« ${query} » : ${total} octets`);
	}
	console.log(`Octets d'une première recherche (budget ${ko(FIRST_QUERY_BUDGET)} gzip) :\n${lines.join('\n')}`);
	expect(over).toEqual([]);
});
