/**
 * Territory pages with charts: Dijon's charts draw from the avenant's tables, each with its table,
 * sentence, CSV and PNG; without JavaScript the table and sentence are there; Metz shows no chart
 * and no figure its communiqué does not give. Every "(1)" a table or chart shows comes with its note;
 * totals sit in the tables, not among the bars; the PNG carries its title and source line.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { AVENANT_DIJON, COMMUNIQUE_METZ } from '../support/corpus';
import { projectRoot } from '../support/project-copy';
import { plainSpaces as plain } from '../support/text';
import { anchors, paths } from '../../src/lib/paths';
import { builtPages } from '../support/site';

/** Dijon's page draws the avenant's tables; Metz's communiqué gives figures, and no table. */
const DIJON = paths.territory(AVENANT_DIJON.territory);
const METZ = paths.territory(COMMUNIQUE_METZ.territory);
const CHARTS = ['bilan-par-annee', 'bilan-et-prevision', 'aides-et-services'] as const;
/** A chart's figure on Dijon's page, or something inside it. */
const chartPart = (id: string, inside = '') => `[id="${anchors.chart(id)}"]${inside ? ` ${inside}` : ''}`;
/** A dataset of the avenant, by its part: `annexe-1` → `<avenant>-annexe-1`. */
const avenantTable = (part: string) => `${AVENANT_DIJON.slug}-${part}`;

/** Share of the canvas's pixels that are not white: 0 for a blank chart. */
const inkOf = (canvas: HTMLCanvasElement) => {
	const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
	let ink = 0;
	for (let i = 0; i < data.length; i += 4) if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) ink++;
	return ink / (data.length / 4);
};

test('chart code loads only when a chart comes into view, then each chart draws', async ({ page }) => {
	await page.setViewportSize({ width: 1000, height: 400 });
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto(DIJON);
	await page.waitForLoadState('networkidle');
	expect(
		scripts.filter((url) => /draw/.test(url)),
		'Chart.js before any chart is in view',
	).toEqual([]);
	await expect(page.locator('.chart canvas')).toHaveCount(0);
	for (const id of CHARTS) {
		const figure = page.locator(chartPart(id));
		await figure.locator('chart-figure').scrollIntoViewIfNeeded();
		const canvas = figure.locator('canvas');
		await expect(canvas).toHaveCount(1);
		await expect(canvas).toHaveAttribute('role', 'img');
		await expect(canvas).toHaveAttribute('aria-label', /.{40,}/);
		await expect.poll(() => canvas.evaluate(inkOf), { message: `${id} is drawn` }).toBeGreaterThan(0.02);
	}
	expect(scripts.filter((url) => /draw/.test(url))).toHaveLength(1);
});

test('the charts’ tables hold the source figures, and their sentences say them', async ({ page }) => {
	await page.goto(DIJON);
	const text = async (id: string, part: string) => plain(await page.locator(chartPart(id, part)).innerText());
	const annual = await text('bilan-par-annee', 'table');
	for (const figure of ['7 385 k€', '4 567 k€', '3 476 k€', '5 836 k€', '5 678 k€', '3 661 k€']) expect(annual).toContain(figure);
	expect(await text('bilan-par-annee', '.chart-description')).toContain('De 2017 à 2019, 30 603 k€ au total');
	const comparison = await text('bilan-et-prevision', 'table');
	for (const figure of ['15 428 k€', '15 175 k€', '30 603 k€', '15 000 k€', '30 000 k€']) expect(comparison).toContain(figure);
	const sentence = await text('bilan-et-prevision', '.chart-description');
	expect(sentence).toContain('15 428 k€ contre 15 000 k€ (15 M€)');
	expect(sentence).toContain('30 603 k€ contre 30 000 k€ (30 M€)');
	const aides = await text('aides-et-services', 'table');
	for (const figure of ['268', '5 823', '1 575', '391', '1 306']) expect(aides).toContain(figure);
	expect(await text('aides-et-services', '.chart-description')).toContain('9 363 au total');
});

test('each chart’s CSV download equals its data', async ({ page }) => {
	await page.goto(DIJON);
	for (const id of CHARTS) {
		const href = await page.locator(chartPart(id, 'a[download]:not([href$="-excel.csv"])')).getAttribute('href');
		const response = await page.request.get(href!);
		expect(response.headers()['content-type']).toContain('text/csv');
		const [header, ...rows] = Papa.parse<string[]>((await response.text()).trim()).data;
		const table = page.locator(chartPart(id, 'table'));
		const unit = await unitOf(page, id);
		expect(header).toEqual((await table.locator('thead th').allInnerTexts()).map((h, i) => (i === 0 ? h : `${h} (${unit})`)));
		const shown = await table
			.locator('tbody tr')
			.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText)));
		expect(rows.map((row) => row[0])).toEqual(shown.map((row) => row[0]));
		const numbers = (cells: string[]) =>
			cells.slice(1).map((c) =>
				Number(
					plain(c)
						.replace(/ ?(k€|M€|€)$/, '')
						.replace(/ /g, '')
						.replace(',', '.'),
				),
			);
		expect(rows.map((row) => row.slice(1).map(Number))).toEqual(shown.map(numbers));
	}
	// The first chart is Annexe 1 itself: its CSV holds the avenant's CSV, years as rows.
	const source = Papa.parse<string[]>(
		readFileSync(join(projectRoot, `data/${AVENANT_DIJON.territory}/${avenantTable('annexe-1')}.csv`), 'utf8').trim(),
	).data;
	const chart = Papa.parse<string[]>(
		(await (await page.request.get(paths.territoryChartCsv(AVENANT_DIJON.territory, 'bilan-par-annee'))).text()).trim(),
	).data;
	expect(chart.slice(1).map((row) => row.slice(1))).toEqual([1, 2, 3].map((year) => source.slice(1, 3).map((line) => line[year])));
});

async function unitOf(page: import('@playwright/test').Page, id: string) {
	const caption = await page.locator(chartPart(id, 'caption')).innerText();
	return /\(en (.+)\)$/.exec(caption)![1];
}

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

/** Share of non-white pixels in rows [from, to) of an image, decoded in the page. */
async function inkInRows(page: import('@playwright/test').Page, png: Buffer, bands: [number, number][]) {
	return page.evaluate(
		async ({ base64, bands }) => {
			const image = new Image();
			image.src = `data:image/png;base64,${base64}`;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.naturalWidth;
			canvas.height = image.naturalHeight;
			const context = canvas.getContext('2d')!;
			context.drawImage(image, 0, 0);
			return bands.map(([from, to]) => {
				const { data } = context.getImageData(0, from, canvas.width, to - from);
				let ink = 0;
				for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++;
				return ink / (data.length / 4);
			});
		},
		{ base64: png.toString('base64'), bands },
	);
}

for (const scheme of ['light', 'dark'] as const) {
	test(`the PNG download is the chart with its title on top and its source, date and licence below, dark on white (${scheme} scheme)`, async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(DIJON);
		const figure = page.locator(chartPart('bilan-et-prevision'));
		await figure.locator('chart-figure').scrollIntoViewIfNeeded();
		const canvas = figure.locator('canvas');
		await expect.poll(() => canvas.evaluate(inkOf)).toBeGreaterThan(0.02);
		const drawn = await canvas.evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }));
		const button = figure.getByRole('button', { name: 'Télécharger le graphique (PNG)' });
		await expect(button).toBeEnabled();
		const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(download.suggestedFilename()).toBe('bilan-et-prevision.png');
		const bytes = readFileSync((await download.path())!);
		expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		const size = pngSize(bytes);
		// A band for the title above the chart and one for the source line below: taller and wider than the canvas.
		expect(size.width).toBeGreaterThan(drawn.width);
		expect(size.height).toBeGreaterThan(drawn.height + 60);
		const band = Math.round((size.height - drawn.height) / 3);
		const [top, chart, bottom, topEdge] = await inkInRows(page, bytes, [
			[0, band],
			[band * 2, size.height - band],
			[size.height - band, size.height],
			[0, 4],
		]);
		expect(top, 'the title is drawn in the top band').toBeGreaterThan(0.005);
		expect(chart, 'the chart is drawn').toBeGreaterThan(0.01);
		expect(bottom, 'the source line is drawn in the bottom band').toBeGreaterThan(0.005);
		expect(topEdge, 'a white margin above the title').toBe(0);
		// Light colours whatever the scheme (a dark chart would fill its band), and the page's chart keeps its own.
		expect(chart, 'the chart is dark on white').toBeLessThan(0.5);
		if (scheme === 'dark') expect(await canvas.evaluate(inkOf), 'the page’s chart painted dark again').toBeGreaterThan(0.5);
		// What those bands say is the figure's: its title, and a source line with the licence, in the payload the image is drawn from.
		const payload = JSON.parse((await figure.locator('chart-figure script[type="application/json"]').textContent())!);
		expect(payload.title).toBe(plain(await figure.locator('.chart-title').innerText()));
		// The notes the labels call ("(1)", "(2)"), then the source line.
		const footer = (payload.footer as string).split('\n');
		expect(footer.slice(0, -1)).toEqual([
			expect.stringMatching(/^\(1\) cette ligne comprend/),
			expect.stringMatching(/^\(2\) cette ligne comprend/),
		]);
		expect(footer.at(-1)).toMatch(
			/^Source : .+, annexe 1 et annexe 2 · Données du \d{1,2}(er)? \S+ \d{4} · Licence Ouverte 2\.0 \(Etalab\) · https?:\/\/.+#graphique-bilan-et-prevision$/,
		);
	});
}

test('the download controls are in the HTML before any chart code runs, and the PNG works before the chart is in view', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1000, height: 400 });
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	const html = await (await page.request.get(DIJON)).text();
	for (const id of CHARTS) {
		const figureHtml = html.slice(html.indexOf(`id="${anchors.chart(id)}"`));
		expect(figureHtml).toMatch(/^[^]*?<li class="chart-png"><button type="button" disabled>Télécharger le graphique \(PNG\)<\/button>/);
	}
	await page.goto(DIJON);
	const figure = page.locator(chartPart('aides-et-services'));
	await expect(figure.locator('a[download]', { hasText: 'Télécharger les données (CSV)' })).toHaveAttribute('href', /\.csv$/);
	await expect(figure.locator('a[download]', { hasText: 'CSV pour Excel' })).toHaveAttribute('href', /-excel\.csv$/);
	const button = figure.getByRole('button', { name: 'Télécharger le graphique (PNG)' });
	await expect(button).toBeEnabled();
	expect(scripts.filter((url) => /draw/.test(url))).toEqual([]);
	await expect(figure.locator('canvas')).toHaveCount(0);
	// Clicked by keyboard focus without scrolling to the chart, it draws the chart and downloads it.
	await button.focus();
	const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	expect(download.suggestedFilename()).toBe('aides-et-services.png');
	expect(pngSize(readFileSync((await download.path())!)).height).toBeGreaterThan(100);
});

test('every "(1)" a table or a chart shows has its note in the same figure or right below the table, on every page', async ({ page }) => {
	const calls = /\(\d+\)/g;
	let checked = 0;
	for (const path of builtPages().filter((p) => !p.startsWith('/pagefind'))) {
		await page.goto(path);
		const missing = await page.evaluate((source) => {
			const pattern = new RegExp(source, 'g');
			const notesOf = (scope: Element | null | undefined) =>
				[...(scope?.querySelectorAll('.table-notes p') ?? [])].map((p) => (p.textContent ?? '').trim());
			const problems: string[] = [];
			let seen = 0;
			for (const table of document.querySelectorAll('table')) {
				const shown = [...table.querySelectorAll('th, td')].flatMap((cell) => (cell.textContent ?? '').match(pattern) ?? []);
				if (shown.length === 0) continue;
				seen++;
				// DataTable puts the notes right after its scrolling region; a chart's figure holds them too.
				const region = table.closest('.table-scroll');
				const below = region?.nextElementSibling?.classList.contains('table-notes') ? region.nextElementSibling : null;
				const notes = below ? [...below.querySelectorAll('p')].map((p) => (p.textContent ?? '').trim()) : [];
				for (const call of new Set(shown)) {
					if (!notes.some((note) => note.startsWith(call))) problems.push(`${table.querySelector('caption')?.textContent} : ${call}`);
				}
			}
			// A chart's labels (its ticks and legend) are in its payload: the notes must be in its figure.
			for (const script of document.querySelectorAll('chart-figure script[type="application/json"]')) {
				const data = JSON.parse(script.textContent!) as { title: string; categories: string[]; series: { label: string }[] };
				const shown = [...data.categories, ...data.series.map((s) => s.label)].flatMap((label) => label.match(pattern) ?? []);
				if (shown.length === 0) continue;
				seen++;
				const notes = notesOf(script.closest('figure'));
				for (const call of new Set(shown)) if (!notes.some((note) => note.startsWith(call))) problems.push(`${data.title} : ${call}`);
			}
			return { problems, seen };
		}, calls.source);
		expect(missing.problems, path).toEqual([]);
		checked += missing.seen;
	}
	// The avenant's two annex tables, and on Dijon's page two charts and their two tables.
	expect(checked).toBeGreaterThanOrEqual(6);
});

test('the breakdown’s table ends with its total row, 9 363, and the comparison draws no total among its bars', async ({ page }) => {
	await page.goto(DIJON);
	const total = page.locator(chartPart('aides-et-services', 'tbody tr:last-child'));
	await expect(total).toHaveClass(/\btotal\b/);
	await expect(total.locator('th[scope="row"]')).toHaveText('Total');
	expect(plain(await total.locator('td').innerText())).toBe('9 363');
	const comparison = page.locator(chartPart('bilan-et-prevision'));
	const payload = JSON.parse((await comparison.locator('chart-figure script[type="application/json"]').textContent())!);
	expect(payload.categories).not.toContain('Total Général');
	const last = comparison.locator('tbody tr:last-child');
	await expect(last).toHaveClass(/\btotal\b/);
	expect(plain(await last.innerText())).toMatch(/Total Général\s+30 603 k€\s+30 000 k€/);
	await page.goto(paths.document(AVENANT_DIJON.slug, 'article-2-1'));
	const articleTotal = page.locator(`[id="${anchors.table(avenantTable('article-2-1'))}"] tbody tr.total`);
	await expect(articleTotal.locator('th[scope="row"]')).toHaveText('Total');
	expect(plain(await articleTotal.locator('td').first().innerText())).toBe('9 363');
});

test('without JavaScript, the tables and sentences are there', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
	const page = await context.newPage();
	await page.goto(DIJON);
	for (const id of CHARTS) {
		const figure = page.locator(chartPart(id));
		await expect(figure.locator('.chart-description')).toBeVisible();
		await expect(figure.locator('table')).toBeVisible();
		// The CSV and the « CSV pour Excel ».
		await expect(figure.locator('a[download]')).toHaveCount(2);
		for (const link of await figure.locator('a[download]').all()) await expect(link).toBeVisible();
		// The PNG button is in the page, but drawing needs a script: not shown (`@media (scripting: none)`).
		await expect(figure.locator('.chart-png button')).toHaveCount(1);
		await expect(figure.locator('.chart-png')).toBeHidden();
	}
	await expect(page.locator('canvas')).toHaveCount(0);
	await context.close();
});

test('the chart page’s JavaScript stays within 60 KB gzip', async ({ page }) => {
	const bodies: Buffer[] = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'script') bodies.push(await response.body());
	});
	await page.goto(DIJON);
	for (const id of CHARTS) await page.locator(chartPart(id, 'chart-figure')).scrollIntoViewIfNeeded();
	await expect(page.locator('.chart canvas')).toHaveCount(CHARTS.length);
	await page.waitForLoadState('networkidle');
	const gzip = bodies.reduce((total, body) => total + gzipSync(body).length, 0);
	console.log(`JavaScript de la page de Dijon, graphiques dessinés : ${bodies.length} fichier(s), ${gzip} o gzip`);
	expect(gzip).toBeLessThanOrEqual(60 * 1024);
});

test('Metz shows no chart and no figure its communiqué does not give', async ({ page }) => {
	await page.goto(METZ);
	await expect(page.locator('figure.chart, canvas, chart-figure')).toHaveCount(0);
	await expect(page.locator('.no-data')).toContainText("Aucun tableau de bilan ni de prévision n'a été publié pour ce territoire");
	const figures = await page.locator('.key-figure-value').allInnerTexts();
	expect(figures.length).toBeGreaterThan(0);
	await page.goto(paths.document(COMMUNIQUE_METZ.slug));
	const communique = plain(await page.locator('.official-text').innerText()).replace(/\s+/g, ' ');
	for (const figure of figures) expect(communique).toContain(plain(figure).replace(/^« | »$/g, ''));
});

test('each key figure links to the part of the document it comes from', async ({ page }) => {
	await page.goto(DIJON);
	const links = await page
		.locator('.key-figure-source a')
		.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
	for (const part of ['annexe-1', 'annexe-2', 'article-2-1']) expect(links).toContain(paths.document(AVENANT_DIJON.slug, part));
	await expect(page.locator('.key-figure-value').first()).toHaveText(/^30,6\smillions d'euros$/);
	await expect(page.locator('.key-figure-value data').first()).toHaveAttribute('value', '30603000');
	await expect(page.locator('.key-figure-exact').first()).toHaveText(/30\s603\sk€/);
});

test('charts print: once the chart code is loaded, printing draws the charts not yet in view', async ({ page }) => {
	await page.setViewportSize({ width: 1000, height: 500 });
	await page.goto(DIJON);
	await page.locator(chartPart('bilan-par-annee', 'chart-figure')).scrollIntoViewIfNeeded();
	await expect(page.locator(chartPart('bilan-par-annee', 'canvas'))).toHaveCount(1);
	await expect(page.locator(chartPart('aides-et-services', 'canvas'))).toHaveCount(0);
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	await expect(page.locator('.chart canvas')).toHaveCount(CHARTS.length);
	await expect.poll(() => page.locator(chartPart('aides-et-services', 'canvas')).evaluate(inkOf)).toBeGreaterThan(0.02);
});

test('each chart’s "Citer" names its source part and its datasets on the open-data catalogue, which exist', async ({ page }) => {
	await page.goto(DIJON);
	const citation = await page.locator(chartPart('bilan-et-prevision', '.chart-citation')).innerText();
	expect(citation).toContain(paths.territory(AVENANT_DIJON.territory, anchors.chart('bilan-et-prevision')));
	expect(citation).toContain(paths.document(AVENANT_DIJON.slug, 'annexe-1'));
	expect(citation).toContain(paths.document(AVENANT_DIJON.slug, 'annexe-2'));
	expect(citation).toContain('Licence Ouverte 2.0');
	// The catalogue entries the citation names: these two, in this order, and no other.
	const data = citation
		.split(paths.data.entry(''))
		.slice(1)
		.map((after) => /^[a-z0-9-]+/.exec(after)?.[0]);
	expect(data).toEqual(['annexe-1', 'annexe-2'].map(avenantTable));
	await page.goto(paths.data.catalogue);
	for (const id of data) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
});
