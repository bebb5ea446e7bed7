/**
 * « Vouliez-vous dire … ? »: a misspelt name, place or acronym of the texts (a letter or two wrong,
 * accents missing) gets the right word, as a `?q=` link in the live region; a query that finds
 * enough loads no piece of the vocabulary (src/lib/suggest.ts, /recherche/vocabulaire/<lettre>.json).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { paths } from '../../src/lib/paths';

/** Misspellings of words the texts write, and the word each must suggest. */
const misspellings = [
	['rebsamin', 'REBSAMEN'],
	['visael', 'VISALE'],
	['chenvoe', 'Chenôve'],
	['trublot', 'TRUBLET'],
	['martinerei', 'MARTINERIE'],
	['quetigni', 'Quetigny'],
	['longvik', 'Longvic'],
	['npnur', 'NPNRU'],
	['anrou', 'ANRU'],
	['locapass', 'Loca-Pass'],
	['securisaton', 'sécurisation'],
] as const;

const status = (page: Page) => page.locator('[data-search-status]');

/** The bytes of the vocabulary pieces a page downloads. */
function vocabularyBytes(page: Page): { files: string[]; bytes: () => Promise<number> } {
	const files: string[] = [];
	const sizes: Promise<number>[] = [];
	page.on('response', (response) => {
		if (!new URL(response.url()).pathname.startsWith('/recherche/vocabulaire/')) return;
		files.push(new URL(response.url()).pathname);
		sizes.push(
			response.body().then(
				(b) => b.length,
				() => 0,
			),
		);
	});
	return { files, bytes: async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0) };
}

for (const [typed, expected] of misspellings) {
	test(`« ${typed} » suggests « ${expected} », a link in the live region`, async ({ page }) => {
		const loaded = vocabularyBytes(page);
		await page.goto(paths.search(typed));
		const link = status(page).getByRole('link', { name: expected, exact: true });
		await expect(link).toHaveAttribute('href', paths.search(expected));
		await expect(status(page)).toHaveAttribute('role', 'status');
		await expect(status(page)).toContainText(`Vouliez-vous dire ${expected} ?`);
		console.log(`« ${typed} » → « ${expected} » : ${loaded.files.join(', ')} (${await loaded.bytes()} octets)`);
		// The link leads to the search of the word, which finds it.
		await link.click();
		await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(expected).replace(/%20/g, '\\+')}$`));
		await expect(page.locator('.search-result').first()).toBeVisible();
	});
}

test('a word of the texts, even without its accents, is not corrected', async ({ page }) => {
	await page.goto(paths.search('bourgeois'));
	await expect(status(page)).toContainText('résultat');
	await expect(status(page)).not.toContainText('Vouliez-vous dire');
});

for (const query of ['VISALE', 'logement', '15 millions']) {
	test(`« ${query} » finds enough results and loads no vocabulary (0 bytes)`, async ({ page }) => {
		const loaded = vocabularyBytes(page);
		await page.goto(paths.search(query));
		await expect(page.locator('.search-result')).toHaveCount(3);
		await expect(status(page)).not.toContainText('Vouliez-vous dire');
		expect(loaded.files).toEqual([]);
		expect(await loaded.bytes()).toBe(0);
	});
}
