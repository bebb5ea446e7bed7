/**
 * Linkable, citable, printable: what elected officials, journalists and citizens do with a document.
 * Each part has a link to itself; the table of contents leads to each part; related documents link
 * both ways; every page describes itself (canonical URL, Open Graph, JSON-LD, breadcrumb) and is in
 * the sitemap; the avenant prints without the site's furniture; an unknown address answers 404.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test } from './fixtures';
import { AVENANT_DIJON, COMMUNIQUE_DIJON, COMMUNIQUE_METZ, CONVENTION_DIJON, DELIBERATION_DIJON, corpus } from '../support/corpus';
import { pageTypeOf } from '../support/page-types';
import { projectRoot } from '../support/project-copy';
import { builtPages, contractAnchors, distDir, readBuilt } from '../support/site';
import { plainSpaces, textOf } from '../support/text';
import { isPartAnchor, partPhrase } from '../../src/lib/anchors';
import { absolute, paths } from '../../src/lib/paths';
import { OG_IMAGE, SITE_NAME } from '../../src/lib/site';
import { BUILT_SITE_URL as SITE_URL } from '../support/built-site-url';
import { COPY_FAILED_MESSAGE, localDay } from '../../src/lib/copy';
import { formatDate } from '../../src/lib/format';

const pages = builtPages();
const documentPages = pages.filter((p) => pageTypeOf(p) === 'document');
// The texts whose relations, reference and printed pages are checked.
const avenant = paths.document(AVENANT_DIJON.slug);
const convention = paths.document(CONVENTION_DIJON.slug);
const deliberation = paths.document(DELIBERATION_DIJON.slug);
const communique = paths.document(COMMUNIQUE_DIJON.slug);
/** The avenant's territory: its page changes with its own file, its documents and its tables. */
const dijon = corpus.territories.find((t) => t.id === AVENANT_DIJON.territory)!;

/** The ids of the part headings of the page's official text, in order. */
const partIds = async (page: Page) =>
	(await page.locator('.official-text :is(h2, h3, h4, h5, h6)[id]').evaluateAll((hs) => hs.map((h) => h.id))).filter(isPartAnchor);

/** Where a heading stands once the browser has scrolled to it: at the top (its scroll margin), or the page's end reached. */
async function scrolledTo(page: Page, id: string) {
	const heading = page.locator(`[id="${id}"]`);
	await expect(heading).toBeInViewport();
	const { top, atEnd } = await heading.evaluate((h) => ({
		top: h.getBoundingClientRect().top,
		atEnd: Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight,
	}));
	if (!atEnd) expect(Math.abs(top - 16), `#${id} at the top of the window (top: ${top}px)`).toBeLessThanOrEqual(2);
}

test.describe('links to the parts of a text', () => {
	for (const path of documentPages) {
		test(`${path}: each part heading has its link, whose address leads to the heading`, async ({ page }) => {
			await page.goto(path);
			const parts = await partIds(page);
			const links = page.locator('a.part-link');
			expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(parts.map((id) => `#${id}`));
			for (const id of parts) {
				const link = page.locator(`a.part-link[href="#${id}"]`);
				await expect(link).toHaveAccessibleName(`Copier le lien vers ${partPhrase(id)}`);
				// What "Copier l'adresse du lien" copies: the page's full address, with the anchor.
				const address = await link.evaluate((a) => (a as HTMLAnchorElement).href);
				expect(address).toBe(new URL(`${path}#${id}`, page.url()).href);
				await page.evaluate(() => window.scrollTo(0, 0));
				await link.click();
				await expect(page).toHaveURL(address);
				await scrolledTo(page, id);
			}
		});
	}

	for (const [path, anchors] of Object.entries(contractAnchors)) {
		test(`${path}: each anchor of the contract, opened from a pasted address, shows its heading`, async ({ page }) => {
			await page.goto(path);
			const addresses = await page.locator('a.part-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
			for (const anchor of anchors) {
				const address = addresses.find((a) => a.endsWith(`#${anchor}`));
				expect(address, `a link to #${anchor}`).toBeDefined();
				await page.goto(paths.home);
				await page.goto(address!);
				await scrolledTo(page, anchor);
			}
		});
	}
});

/** The avenant's reference, as "Citer ce document" gives it, consulted on `day`, its address on `origin`. */
const citationOf = (path: string, day: string, origin: string) =>
	`Dijon Métropole et Action Logement, « AVENANT A LA CONVENTION CADRE DE TERRITOIRE ENTRE LA METROPOLE DE DIJON ET ACTION LOGEMENT », avenant, 23 décembre 2020. Partenariats Action Logement, ${absolute(path, origin)} (consulté le ${day}).`;

test.describe('copying a link or a reference', () => {
	test.beforeEach(async ({ context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
	});
	const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
	const status = (page: Page) => page.locator('.copy-status');

	test('"Copier le lien" puts the part’s full address, on the origin the reader is on, on the clipboard, and says so, by mouse or keyboard', async ({
		page,
		baseURL,
	}) => {
		// The site is served at http://localhost:<E2E_PORT>, not at its public address: the copied link opens where it was copied.
		expect(new URL(baseURL!).origin).not.toBe(new URL(SITE_URL).origin);
		// Opened with a query and another part in its address: what is copied is the part's own address.
		await page.goto(`${avenant}?depuis=courriel#article-1`);
		await expect(page.locator('.toc-help:visible')).toHaveText(/copie l'adresse de cette partie/);
		for (const [id, how] of [
			['article-2-1', 'click'],
			['annexe-1', 'keyboard'],
			['preambule', 'click'],
		] as const) {
			const link = page.locator(`a.part-link[href="#${id}"]`);
			await expect(link).toHaveText(`Copier le lien vers ${partPhrase(id)}`, { useInnerText: false });
			await expect(link).toBeVisible();
			if (how === 'click') await link.click();
			else {
				await link.focus();
				await page.keyboard.press('Enter');
			}
			const address = absolute(paths.document(AVENANT_DIJON.slug, id), baseURL!);
			await expect.poll(() => clipboard(page), `${id} copied`).toBe(address);
			await expect(status(page)).toHaveText(`Lien vers ${partPhrase(id)} copié : ${address}`);
			await expect(status(page)).toBeVisible();
			await expect(status(page)).toHaveAttribute('role', 'status');
			// The link is followed too: the address bar shows the part.
			await expect(page).toHaveURL(new RegExp(`#${id}$`));
		}
	});

	test('"Copier la référence" copies the reference, dated today, with the address the reader is on', async ({ page, baseURL }) => {
		await page.goto(avenant);
		const button = page.getByRole('button', { name: 'Copier la référence' });
		await button.click();
		// French guillemets hold their text with no-break spaces, as citation.ts writes them.
		await expect.poll(async () => plainSpaces(await clipboard(page))).toBe(citationOf(avenant, formatDate(localDay(new Date())), baseURL!));
		await expect(status(page)).toHaveText('Référence copiée.');
	});

	test('a refused clipboard is said, and the link still leads to its part', async ({ page }) => {
		await page.addInitScript(() => {
			navigator.clipboard.writeText = () => Promise.reject(new DOMException('refusé', 'NotAllowedError'));
		});
		await page.goto(avenant);
		await page.locator('a.part-link[href="#article-3"]').click();
		await expect(status(page)).toHaveText(COPY_FAILED_MESSAGE);
		await expect(page).toHaveURL(/#article-3$/);
		await scrolledTo(page, 'article-3');
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('the part links are plain links, the reference keeps the canonical address and leaves its date to fill in, and no button stands idle', async ({
			page,
		}) => {
			await page.goto(avenant);
			await expect(page.locator('.citation-text')).toHaveText(citationOf(avenant, '[date de consultation]', SITE_URL));
			await expect(page.getByRole('button', { name: 'Copier la référence' })).toBeHidden();
			await expect(page.locator('.toc-help:visible')).toHaveText(/clic droit, « Copier l'adresse du lien »/);
			await page.locator('a.part-link[href="#annexe-2"]').click();
			await expect(page).toHaveURL(/#annexe-2$/);
			await scrolledTo(page, 'annexe-2');
		});
	});
});

test.describe('table of contents', () => {
	test('lists the parts in order and nested, beside the text on a wide screen, and works from the keyboard', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(avenant);
		const toc = page.getByRole('navigation', { name: 'Sommaire' });
		expect(await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
			(await partIds(page)).map((id) => `#${id}`),
		);
		expect(
			await toc.locator('li:has(> a[href="#article-2"]) > ol > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
		).toEqual(['#article-2-1', '#article-2-2']);
		const box = (await toc.boundingBox())!;
		const text = (await page.locator('.official-text').boundingBox())!;
		expect(box.x + box.width, 'the table of contents stands left of the text').toBeLessThanOrEqual(text.x);
		expect(Math.abs(box.y - text.y)).toBeLessThan(5);

		// From the top of the page, Tab reaches the table of contents and goes through its links in order.
		const links = toc.locator('a');
		const first = links.first();
		for (let presses = 0; presses < 40 && !(await first.evaluate((a) => a === document.activeElement)); presses++) {
			await page.keyboard.press('Tab');
		}
		await expect(first).toBeFocused();
		const visited = [await first.getAttribute('href')];
		for (let i = 1; i < (await links.count()); i++) {
			await page.keyboard.press('Tab');
			visited.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null));
		}
		expect(visited).toEqual(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
		// Enter follows the focused link: the last one, to the last annex.
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#annexe-2$/);
		await scrolledTo(page, 'annexe-2');
		// Sticky: still in sight at the end of the text.
		await expect(toc).toBeInViewport();
	});

	test('stands above the text on a phone', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(avenant);
		const box = (await page.getByRole('navigation', { name: 'Sommaire' }).boundingBox())!;
		const text = (await page.locator('.official-text').boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(text.y);
		expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(390);
	});

	test('a text without numbered parts has none', async ({ page }) => {
		await page.goto(communique);
		await expect(page.getByRole('navigation', { name: 'Sommaire' })).toHaveCount(0);
	});
});

test('related documents link to each other, both ways', async ({ page }) => {
	const related = new Map<string, string[]>();
	for (const path of documentPages) {
		await page.goto(path);
		related.set(
			path,
			await page.locator('.document-meta dt:text-is("Documents liés") + dd a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)),
		);
	}
	for (const [from, targets] of related) {
		for (const to of targets) expect(related.get(to), `${to} links back to ${from}`).toContain(from);
	}
	expect(related.get(avenant)?.sort()).toEqual([communique, convention, deliberation].sort());
	expect(related.get(convention)).toEqual([avenant]);
});

test.describe('what a page says of itself', () => {
	for (const path of pages) {
		test(`${path}: canonical address, Open Graph, breadcrumb and JSON-LD`, async ({ page }) => {
			await page.goto(path);
			const home = path === paths.home;
			const notFound = path === '/404.html';
			const canonical = absolute(path, SITE_URL);

			await expect(page.locator('link[rel="canonical"]')).toHaveCount(notFound ? 0 : 1);
			if (!notFound) await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical);
			await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new URL(OG_IMAGE.path, SITE_URL).href);
			await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
			await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');

			const crumbs = page.getByRole('navigation', { name: "Fil d'Ariane" });
			await expect(crumbs).toHaveCount(home ? 0 : 1);
			const trail = home
				? []
				: await crumbs
						.locator('li')
						.evaluateAll((lis) =>
							lis.map((li) => ({ label: li.textContent!.trim(), href: li.querySelector('a')?.getAttribute('href') ?? null })),
						);
			if (!home) {
				expect(trail[0]).toEqual({ label: 'Accueil', href: paths.home });
				await expect(crumbs.locator('li').last().locator('[aria-current="page"]')).toHaveText(trail.at(-1)!.label);
				expect(trail.at(-1)!.href, 'the page itself is not a link').toBeNull();
			}

			const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
			if (notFound) {
				expect(scripts).toEqual([]);
				await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
				return;
			}
			const graph = scripts.flatMap((s) => (JSON.parse(s) as { '@graph': { '@type': string; [k: string]: unknown }[] })['@graph']);
			const ofType = (type: string) => graph.filter((n) => n['@type'] === type);
			if (home) {
				expect(ofType('BreadcrumbList')).toEqual([]);
			} else {
				const [list] = ofType('BreadcrumbList') as unknown as { itemListElement: { position: number; name: string; item: string }[] }[];
				expect(list?.itemListElement.map((i) => i.name)).toEqual(trail.map((c) => c.label));
				expect(list?.itemListElement.map((i) => i.position)).toEqual(trail.map((_, i) => i + 1));
				expect(list?.itemListElement.at(-1)?.item).toBe(canonical);
			}

			if (!documentPages.includes(path)) {
				expect(ofType('Legislation').length + ofType('NewsArticle').length).toBe(0);
				return;
			}
			const kind = (await page.locator('.document-meta dt:text-is("Type") + dd').textContent())!.trim();
			const type = kind === 'Communiqué de presse' ? 'NewsArticle' : 'Legislation';
			const [node] = ofType(type);
			expect(node, `a ${type}`).toMatchObject({ '@id': canonical, url: canonical, inLanguage: 'fr' });
			expect(ofType(type === 'Legislation' ? 'NewsArticle' : 'Legislation')).toEqual([]);
			const updated = await page.locator('.document-meta dt:text-is("Mise à jour de la page") + dd time').getAttribute('datetime');
			expect(node!.dateModified).toBe(updated);
			// Each table shown in the text is described as a Dataset, at its own anchor.
			const tables = await page.locator('.official-text table[id]').evaluateAll((ts) => ts.map((t) => t.id));
			expect(
				ofType('Dataset')
					.map((d) => d.url)
					.sort(),
			).toEqual(tables.map((id) => `${canonical}#${id}`).sort());
		});
	}

	test('the document types are the expected ones', async ({ page }) => {
		const types: Record<string, string> = {
			[avenant]: 'Legislation',
			[convention]: 'Legislation',
			[deliberation]: 'Legislation',
			[communique]: 'NewsArticle',
			[paths.document(COMMUNIQUE_METZ.slug)]: 'NewsArticle',
		};
		for (const [path, type] of Object.entries(types)) {
			await page.goto(path);
			const [json] = await page.locator('script[type="application/ld+json"]').allTextContents();
			expect((JSON.parse(json!) as { '@graph': { '@type': string }[] })['@graph'][0]?.['@type'], path).toBe(type);
		}
		await page.goto(avenant);
		const [json] = await page.locator('script[type="application/ld+json"]').allTextContents();
		expect(json).toContain('"legislationChanges":[{"@id":"' + absolute(convention, SITE_URL));
	});

	test('the page shows the day it last changed, from git: a document, and a territory', async ({ page }) => {
		const pagesAndFiles: [string, string, string[]][] = [
			[avenant, '.document-meta', [AVENANT_DIJON.file, `data/${AVENANT_DIJON.territory}/${AVENANT_DIJON.slug}-*`]],
			[paths.territory(dijon.id), '.document-meta', [dijon.file, `content/documents/${dijon.id}/`, `data/${dijon.id}/`]],
		];
		for (const [path, meta, files] of pagesAndFiles) {
			await page.goto(path);
			const shown = await page.locator(`${meta} dt:text-is("Mise à jour de la page") + dd time`).getAttribute('datetime');
			const fromGit = execFileSync('git', ['log', '-1', '--format=%cs', '--', ...files], { cwd: projectRoot, encoding: 'utf8' }).trim();
			expect(shown, path).toBe(fromGit);
		}
	});

	test('the citation names the issuer, the title, the date, the address and the day it is read', async ({ page, baseURL }) => {
		await page.goto(avenant);
		await expect(page.locator('.citation-text')).toHaveText(citationOf(avenant, formatDate(localDay(new Date())), baseURL!));
	});

	test('the open-data catalogue is a DataCatalog of one Dataset per entry, whose downloads answer', async ({ page, request }) => {
		await page.goto(paths.data.catalogue);
		const [json] = await page.locator('script[type="application/ld+json"]').allTextContents();
		const graph = (JSON.parse(json!) as { '@graph': { '@type': string; [k: string]: unknown }[] })['@graph'];
		const catalogue = graph.find((n) => n['@type'] === 'DataCatalog') as { '@id': string; dataset: { '@id': string }[] } | undefined;
		expect(catalogue?.['@id']).toBe(absolute(paths.data.catalogue, SITE_URL));
		const datasets = graph.filter((n) => n['@type'] === 'Dataset') as unknown as {
			'@id': string;
			isPartOf: { '@id': string };
			distribution: { contentUrl: string; encodingFormat: string }[];
		}[];
		const entries = await page.locator('.dataset-entry[id]').evaluateAll((es) => es.map((e) => e.id));
		expect(entries.length).toBeGreaterThan(0);
		expect(datasets.map((d) => d['@id'])).toEqual(entries.map((id) => absolute(paths.data.entry(id), SITE_URL)));
		expect(catalogue?.dataset).toEqual(datasets.map((d) => ({ '@id': d['@id'] })));
		for (const dataset of datasets) {
			expect(documentPages.map((p) => absolute(p, SITE_URL))).toContain(dataset.isPartOf['@id']);
			expect(dataset.distribution.map((d) => d.encodingFormat)).toEqual(['text/csv', 'application/json']);
			for (const { contentUrl, encodingFormat } of dataset.distribution) {
				const response = await request.get(new URL(contentUrl).pathname);
				expect(response.status(), contentUrl).toBe(200);
				expect(response.headers()['content-type'], contentUrl).toContain(encodingFormat);
			}
		}
	});

	test('the sharing image is the site’s own, at the announced size', () => {
		const png = readFileSync(join(distDir, OG_IMAGE.path));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([OG_IMAGE.width, OG_IMAGE.height]);
	});
});

test('the sitemap lists every page, at /sitemap.xml too, and robots.txt points to it', async ({ request }) => {
	const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
	const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
	const alias = await request.get('/sitemap.xml');
	expect(alias.status()).toBe(200);
	expect(await alias.text()).toBe(index);
	const listed = locs(index).flatMap((sitemap) => locs(readFileSync(join(distDir, new URL(sitemap).pathname), 'utf8')));
	expect(listed.every((url) => url.startsWith(SITE_URL))).toBe(true);
	expect(listed.map((url) => new URL(url).pathname).sort()).toEqual(pages.filter((p) => p !== '/404.html').sort());
	const robots = await request.get('/robots.txt');
	expect(robots.status()).toBe(200);
	expect(await robots.text()).toContain(`Sitemap: ${SITE_URL}sitemap-index.xml`);
});

test('the avenant prints without the site’s navigation, annexes on new pages, tables whole, pages numbered', async ({ page }) => {
	// It prints the avenant to PDF once, then once per table.
	test.slow();
	await page.goto(avenant);
	await page.emulateMedia({ media: 'print' });
	for (const selector of ['.site-header', '.site-footer', '.skip-link', '.breadcrumbs', '.toc', '.part-link', '.dataset-links', 'button']) {
		expect(
			await page
				.locator(selector)
				.first()
				.evaluate((e) => getComputedStyle(e).display),
			selector,
		).toBe('none');
	}
	// At the width of a printed A4 page (less its margins), each table is shorter than a page.
	const mm = (n: number) => Math.floor((n * 96) / 25.4);
	await page.setViewportSize({ width: mm(210 - 32), height: 900 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth), 'nothing wider than the paper').toBeLessThanOrEqual(mm(210 - 32));
	const tables = page.locator('.official-text table');
	expect(await tables.count()).toBeGreaterThan(0);
	for (const box of await tables.evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().height))) {
		expect(box).toBeLessThan(mm(297 - 38));
	}

	// The margins of print.css's @page, as the browser's print dialog applies them by default.
	const print = () => page.pdf({ format: 'A4', margin: { top: '18mm', right: '16mm', bottom: '20mm', left: '16mm' } });
	const pdf = await print();
	expect(pdf.length).toBeGreaterThan(10_000);
	const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
	const printed = text.map((t) => t.replace(/\s+/g, ' ').trim());
	console.log(`avenant imprimé : ${printed.length} pages A4`);
	printed.forEach((t, i) => expect(t, `page ${i + 1}`).toContain(`Page ${i + 1} / ${printed.length}`));
	for (const [i, t] of printed.entries()) {
		for (const furniture of [
			'Aller au contenu',
			'Fil d',
			'Sommaire',
			'Copier le lien',
			'Copier la référence',
			'Textes officiels des conventions',
		]) {
			expect(t, `page ${i + 1}`).not.toContain(furniture);
		}
	}
	for (const n of [1, 2]) {
		const at = printed.findIndex((t) => t.includes(`ANNEXE ${n} DE L’AVENANT`));
		expect(at, `annexe ${n} printed`).toBeGreaterThan(0);
		expect(printed[at]!.replace(/^Page \d+ \/ \d+ /, ''), `annexe ${n} starts its page`).toMatch(new RegExp(`^ANNEXE ${n} `));
	}
	// A table is whole when its caption and its last row are on one page…
	const ends = await tables.evaluateAll((ts) =>
		ts.map((t) => ({
			caption: t.querySelector('caption')!.textContent!,
			last: [...t.querySelector<HTMLTableRowElement>('tbody tr:last-child')!.cells].map((c) => c.textContent!.trim()).join(' '),
		})),
	);
	const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
	const whole = (pages: string[], { caption, last }: (typeof ends)[number]) => {
		const start = pages.findIndex((t) => t.includes(flat(caption).slice(0, 60)));
		expect(start, `caption « ${caption} » printed`).toBeGreaterThanOrEqual(0);
		expect(pages[start], `« ${caption} » ends on its page with « ${last} »`).toContain(flat(last));
	};
	for (const end of ends) whole(printed, end);
	// …even when it starts low on a page: a blank block pushes each table down to the middle of a
	// new page, where it would be cut in two if it were not kept whole.
	const heights = await tables.evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().height));
	for (const [i, end] of ends.entries()) {
		await page.evaluate(
			({ i, top }) => {
				const table = document.querySelectorAll('.official-text table')[i]!;
				const spacer = document.createElement('div');
				spacer.id = 'test-spacer';
				spacer.style.breakBefore = 'page';
				spacer.style.height = `${top}px`;
				(table.closest('.table-scroll') ?? table).before(spacer);
			},
			{ i, top: mm(297 - 38) - heights[i]! / 2 },
		);
		const { text: pushed } = await extractText(await getDocumentProxy(new Uint8Array(await print())), { mergePages: false });
		whole(pushed.map(flat), end);
		await page.evaluate(() => document.getElementById('test-spacer')!.remove());
	}
	// Link addresses are written out on paper, absolute, on the site's address (a long one may wrap after a hyphen).
	const all = printed.join(' ').replaceAll('- ', '-');
	expect(all).toContain(`(${absolute(convention, SITE_URL)})`);
	expect(all).toContain(`(${absolute(paths.territory(dijon.id), SITE_URL)})`);
	expect(all).not.toMatch(/\(\/(documents|territoires)\//);
	// The site's name and the page's address head the first page.
	expect(printed[0]!.replace(/^Page \d+ \/ \d+ /, '').replaceAll('- ', '-')).toMatch(
		new RegExp(`^${SITE_NAME} · ${absolute(avenant, SITE_URL).replaceAll('.', '\\.')} `),
	);
	// No control is printed: no copy button, no download link.
	for (const [i, t] of printed.entries()) {
		for (const control of ['Télécharger', 'Rechercher', 'Voir dans le catalogue', 'Signaler une erreur'])
			expect(t, `page ${i + 1}`).not.toContain(control);
	}
	// The first page is full: the metadata and the text's beginning, not a half-empty page.
	expect(printed[0]!.length, 'text on the first page').toBeGreaterThan(0.6 * printed[1]!.length);
	// … and the official text begins on it, below the metadata (its first line and the note beside it).
	expect(printed[0], 'the text begins on the first page').toContain('XX décembre 2020 Note de la rédaction');
});

test('an unknown address answers 404, in French, with the search field and the main links', async ({ page }) => {
	const response = await page.goto(paths.document('une-adresse-mal-recopiee'));
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page introuvable');
	// The page's own search field, beside the one of the header.
	const search = page.locator('main').getByRole('search');
	const field = search.getByRole('searchbox', { name: /Rechercher/ });
	await expect(field).toHaveAttribute('name', 'q');
	await expect(search.locator('form')).toHaveAttribute('action', paths.search());
	for (const href of [paths.home, paths.territories, paths.documents(), paths.communiques()]) {
		await expect(page.locator(`main a[href="${href}"]`).first()).toBeVisible();
	}
	await field.fill('VISALE');
	await field.press('Enter');
	await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === paths.search('VISALE'));
});

test.describe('weight', () => {
	for (const path of documentPages) {
		test(`${path}: its HTML weighs at most 8 KB gzip beyond its text`, () => {
			const html = readBuilt(path);
			const gzip = (s: string) => gzipSync(s).length;
			const beyond = gzip(html) - gzip(textOf(html));
			console.log(`${path} : ${gzip(html)} o gzip, dont ${beyond} o au-delà du texte`);
			expect(beyond).toBeLessThanOrEqual(8 * 1024);
		});
	}
});
