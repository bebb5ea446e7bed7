import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { AVENANT_DIJON, COMMUNIQUE_DIJON } from '../support/corpus';
import { builtPages, contractAnchors, contractPages, sourcePages } from '../support/site';
import { projectRoot } from '../support/project-copy';
import { plainSpaces } from '../support/text';
import { partAnchor } from '../../src/lib/anchors';
import { anchors as pageAnchors, paths } from '../../src/lib/paths';
import { coverage, fromExtraction } from '../../src/lib/fidelity';

const sourcesDir = join(projectRoot, 'sources');
const readSource = (file: string) => fromExtraction(readFileSync(join(sourcesDir, file), 'utf8'));

test('the build holds every page of the URL contract', () => {
	const pages = builtPages();
	for (const path of contractPages) expect(pages, path).toContain(path);
});

for (const path of builtPages()) {
	test(`${path} answers, in French, with one h1`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('h1')).not.toBeEmpty();
		await expect(page).toHaveTitle(/Partenariats Action Logement/);
	});
}

for (const [file, path] of Object.entries(sourcePages)) {
	const fromSource = readSource(file)
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => /^(ARTICLE\s+\d|ANNEXE\s+\d|PREAMBULE\b|\d+\.\d+)/i.test(line))
		.flatMap((line) => partAnchor(line) ?? []);
	const anchors = [...new Set([...(contractAnchors[path] ?? []), ...fromSource])];
	if (anchors.length === 0) continue;

	test(`${path} has the anchors of its articles and annexes`, async ({ page }) => {
		await page.goto(path);
		for (const anchor of anchors) {
			const target = page.locator(`[id="${anchor}"]`);
			await expect(target, `#${anchor}`).toHaveCount(1);
			expect(await target.evaluate((el) => /^H[2-6]$/.test(el.tagName)), `#${anchor} is a heading`).toBe(true);
		}
	});
}

test('the avenant’s Annexe 1 is a real table with the source figures', async ({ page }) => {
	await page.goto(paths.document(AVENANT_DIJON.slug, 'annexe-1'));
	const tableId = pageAnchors.table(`${AVENANT_DIJON.slug}-annexe-1`);
	const table = page.locator(`[id="${tableId}"]`);
	// The table stands in Annexe 1, where the damaged table stood: after its heading, before Annexe 2.
	const order = await page.evaluate(
		(ids) => {
			const [annexe1, table, annexe2] = ids.map((id) => document.getElementById(id)!);
			return [annexe1!.compareDocumentPosition(table!), table!.compareDocumentPosition(annexe2!)];
		},
		['annexe-1', tableId, 'annexe-2'],
	);
	const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
	expect(order).toEqual([FOLLOWING, FOLLOWING]);
	await expect(table.locator('caption')).toContainText('en k€');
	const text = plainSpaces(await table.innerText());
	for (const figure of ['7 385', '4 567', '3 476', '15 428', '15 175', '13 221', '10 245', '7 137', '30 603 k€']) {
		expect(text).toContain(figure);
	}
	await expect(table.locator('thead th')).toHaveText([
		'PRETS, AIDES ET SERVICES ACTION LOGEMENT SERVICES',
		'Année 2017 (en k€)',
		'Année 2018 (en k€)',
		'Année 2019 (en k€)',
		'Total 2017 / 2019 (en k€)',
	]);
	await expect(table.locator('tbody th[scope="row"]')).toHaveText([
		'Production de logement social et intermédiaire (1)',
		'Services et aides aux salariés (2)',
		'Total Général',
	]);
});

test('the disagreements between sources are shown as editorial notes', async ({ page }) => {
	await page.goto(paths.document(AVENANT_DIJON.slug));
	const notes = page.locator('[role="note"]');
	await expect(notes.filter({ hasText: 'BOURGEOIS' })).toHaveCount(1);
	await expect(notes.filter({ hasText: '23 décembre 2020' }).first()).toBeVisible();
	await expect(notes.filter({ hasText: '101' })).toHaveCount(1);
	// The official text itself keeps the avenant's spelling.
	await expect(page.locator('.official-text')).toContainText('Dominique BOURGOIS');
	await page.goto(paths.document(COMMUNIQUE_DIJON.slug));
	await expect(page.locator('[role="note"]').filter({ hasText: 'BOURGOIS' })).toHaveCount(1);
	await expect(page.locator('.official-text')).toContainText('Dominique BOURGEOIS');
});

test('every source text is published by a page', () => {
	const files = readdirSync(sourcesDir)
		.filter((f) => f.endsWith('.txt'))
		.sort();
	expect(files).toEqual(Object.keys(sourcePages).sort());
});

for (const [file, path] of Object.entries(sourcePages)) {
	test(`fidelity: ${path} holds at least 99.5 % of the words of ${file}, in order`, async ({ page }) => {
		await page.goto(path);
		const result = coverage(readSource(file), await page.locator('main').innerText());
		const percent = (result.ratio * 100).toFixed(2);
		console.log(`fidélité ${file} -> ${path} : ${percent} % (${result.found}/${result.total} mots)`);
		if (result.missing.length > 0) console.log(`  absents : ${result.missing.map((m) => `« ${m} »`).join(', ')}`);
		expect(result.ratio, `missing: ${result.missing.join(' | ')}`).toBeGreaterThanOrEqual(0.995);
	});
}
