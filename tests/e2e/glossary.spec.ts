/** The glossary: one file of acronyms, a page for citizens, the expansions taken from the texts. */
import { expect, test } from './fixtures';
import { AVENANT_DIJON } from '../support/corpus';
import { paths } from '../../src/lib/paths';

interface Entry {
	id: string;
	sigle: string;
	developpement: string;
	source?: string;
	note?: string;
}

test('every acronym of the glossary has its entry, its expansion, and where it comes from', async ({ page }) => {
	const entries = (await (await page.request.get(paths.glossaryJson)).json()) as Entry[];
	expect(entries.map((e) => e.sigle)).toEqual(
		expect.arrayContaining(['NPNRU', 'QPV', 'PLH', 'PLAI', 'PLUS', 'PLS', 'VISALE', 'CRAL', 'PEEC']),
	);
	await page.goto(paths.glossary);
	await expect(page.locator('.glossary-entry')).toHaveCount(entries.length);
	for (const entry of entries) {
		const item = page.locator(`[id="${entry.id}"]`);
		await expect(item.locator('dt')).toHaveText(entry.sigle);
		await expect(item.locator('.glossary-expansion')).toHaveText(entry.developpement);
		const origin = item.locator('.glossary-source');
		if (entry.source) await expect(origin.getByRole('link').first()).toHaveAttribute('href', paths.document(entry.source));
		else await expect(origin).toContainText(`Note de la rédaction : ${entry.note}`);
		await expect(origin.getByRole('link', { name: `Les textes qui emploient « ${entry.sigle} »` })).toHaveAttribute(
			'href',
			paths.search(entry.sigle),
		);
	}
});

test('an expansion is the words of the text it cites', async ({ page }) => {
	await page.goto(`${paths.glossary}#npnru`);
	await page.locator('#npnru .glossary-source').getByRole('link').first().click();
	await expect(page.locator('.official-text')).toContainText('Nouveau Programme National de Renouvellement Urbain');
});

test('in a text, an acronym gives its expansion to readers and to the search, and the words stay the source’s', async ({ page }) => {
	const entries = (await (await page.request.get(paths.glossaryJson)).json()) as Entry[];
	const peec = entries.find((e) => e.sigle === 'PEEC')!;
	await page.goto(paths.document(AVENANT_DIJON.slug));
	const abbr = page.locator('.official-text abbr', { hasText: /^PEEC$/ }).first();
	await expect(abbr).toHaveAttribute('title', peec.developpement);
	await expect(abbr).toHaveAttribute('data-glossaire', `[${peec.developpement}]`);
	await expect(abbr).toHaveAttribute('data-pagefind-index-attrs', 'data-glossaire');
	// What the search indexes is in attributes only: the text itself has no bracket added.
	expect(await page.locator('.official-text').innerText()).not.toContain(`[${peec.developpement}]`);
});
