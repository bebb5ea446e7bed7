/**
 * The pages a French public site owes (mentions légales, accessibility declaration, site map,
 * personal data), linked from every page's footer; whether a convention or an avenant is in force;
 * the "Signaler une erreur" link of each document.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { AVENANT_DIJON, CONVENTION_DIJON, DELIBERATION_DIJON, COMMUNIQUE_DIJON, corpus } from '../support/corpus';
import { pageTypeOf } from '../support/page-types';
import { builtPages, distDir } from '../support/site';
import { absolute, paths } from '../../src/lib/paths';
import { ACCESSIBILITY, CONTACT, PUBLISHER } from '../../src/lib/site';
import { BUILT_SITE_URL } from '../support/built-site-url';

const owed = [paths.legalNotice, paths.accessibility, paths.siteMap, paths.personalData] as const;
const footerTargets = [...owed, paths.glossary];
const pages = builtPages();

test('the four pages answer 200, in French, with one h1, and are in the sitemap', async ({ page }) => {
	const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
	const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => readFileSync(join(distDir, new URL(m[1]!).pathname), 'utf8'));
	for (const path of owed) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.locator('h1')).toHaveCount(1);
		expect(
			sitemaps.some((xml) => xml.includes(`<loc>${absolute(path, BUILT_SITE_URL)}</loc>`)),
			`${path} in the sitemap`,
		).toBe(true);
	}
});

test('every built page’s footer links the four pages and the glossary, and states the accessibility', () => {
	expect(pages.length).toBeGreaterThan(10);
	const missing: string[] = [];
	for (const path of pages) {
		const html = readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
		const footer = html.match(/<footer class="site-footer"[\s\S]*?<\/footer>/)?.[0] ?? '';
		for (const target of footerTargets) if (!footer.includes(`href="${target}"`)) missing.push(`${path} → ${target}`);
		if (!footer.includes(`Accessibilité : ${ACCESSIBILITY.state}`)) missing.push(`${path} : « Accessibilité : ${ACCESSIBILITY.state} »`);
	}
	expect(missing).toEqual([]);
});

test('the footer’s accessibility line leads to the declaration, which states the same and its recourse', async ({ page }) => {
	await page.goto(paths.home);
	await page
		.locator('.site-footer')
		.getByRole('link', { name: `Accessibilité : ${ACCESSIBILITY.state}` })
		.click();
	await expect(page).toHaveURL(new RegExp(`${paths.accessibility}$`));
	const main = page.locator('main');
	await expect(main).toContainText(
		`est ${ACCESSIBILITY.state} avec le référentiel général d'amélioration de l'accessibilité (RGAA version 4.1)`,
	);
	await expect(main).toContainText("aucun résultat d'audit en cours de validité");
	// The version of axe-core the gates actually run, as @axe-core/playwright loads it.
	const fromAxeRunner = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
	const axe = JSON.parse(readFileSync(fromAxeRunner.resolve('axe-core/package.json'), 'utf8')) as { version: string };
	await expect(main).toContainText(`axe-core ${axe.version}`);
	await expect(main).toContainText('Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07');
	await expect(main.getByRole('link', { name: 'Défenseur des droits', exact: true })).toHaveAttribute(
		'href',
		'https://formulaire.defenseurdesdroits.fr/',
	);
	await expect(main.locator('time')).toHaveAttribute('datetime', ACCESSIBILITY.declaredOn);
	await expect(main.locator(`a[href^="mailto:${CONTACT.email}?"]`)).toHaveCount(1);
});

test('the legal notice quotes the publisher from its document, word for word, and marks what is to complete', async ({ page }) => {
	await page.goto(paths.legalNotice);
	const quote = page.locator('main blockquote');
	await expect(quote).toHaveText(PUBLISHER.quote);
	await expect(page.locator('main').getByRole('link', { name: AVENANT_DIJON.shortTitle })).toHaveAttribute(
		'href',
		paths.document(PUBLISHER.quotedFrom),
	);
	await page.goto(paths.document(PUBLISHER.quotedFrom));
	await expect(page.locator('.official-text')).toContainText(PUBLISHER.quote);
	await page.goto(paths.legalNotice);
	if (PUBLISHER.director === null) await expect(page.locator('main .to-complete').first()).toBeVisible();
	await expect(page.locator('main a[rel="license"]')).toHaveCount(1);
});

test('the site map links every territory and every section, not every document', async ({ page }) => {
	await page.goto(paths.siteMap);
	const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	for (const territory of corpus.territories) expect(hrefs).toContain(paths.territory(territory.id));
	for (const section of [paths.territories, paths.documents(), paths.communiques(), paths.data.catalogue, paths.search(), paths.glossary]) {
		expect(hrefs).toContain(section);
	}
	expect(hrefs.filter((h) => h && pageTypeOf(h) === 'document')).toEqual([]);
});

test('the personal data page: no cookie, no tracking, no third party; the host’s logs; the contact', async ({ page, context }) => {
	await page.goto(paths.personalData);
	const main = page.locator('main');
	await expect(main).toContainText('ne dépose aucun cookie');
	await expect(main).toContainText('aucun service tiers');
	await expect(main).toContainText("Ces journaux sont ceux de l'hébergeur");
	await expect(main.locator(`a[href^="mailto:${CONTACT.email}?"]`)).toHaveCount(1);
	for (const path of [paths.home, paths.document(AVENANT_DIJON.slug), paths.territory('dijon'), paths.search('logement')]) {
		await page.goto(path);
	}
	expect(await context.cookies()).toEqual([]);
});

test('conventions and avenants say whether they are in force; délibérations and communiqués say nothing', async ({ page }) => {
	const status = page.locator('.document-meta .in-force');
	await page.goto(paths.document(AVENANT_DIJON.slug));
	await expect(status).toHaveText('Terminée le 31 décembre 2022');
	await page.goto(paths.document(CONVENTION_DIJON.slug));
	// Ended, and modified for the next period by its avenant, linked.
	await expect(status).toHaveText(`Terminée le 31 décembre 2019 ; modifiée pour 2020-2022 par ${AVENANT_DIJON.shortTitle}`);
	await expect(status.getByRole('link')).toHaveAttribute('href', paths.document(AVENANT_DIJON.slug));
	for (const doc of [DELIBERATION_DIJON, COMMUNIQUE_DIJON]) {
		await page.goto(paths.document(doc.slug));
		await expect(status).toHaveCount(0);
	}
	await page.goto(paths.territory('dijon'));
	const timeline = page.locator('.timeline > li');
	await expect(timeline.filter({ hasText: AVENANT_DIJON.shortTitle }).locator('.in-force')).toHaveText('Terminée le 31 décembre 2022');
	await expect(timeline.locator('.in-force')).toHaveCount(2);
});

test('each document page offers « Signaler une erreur dans ce texte », a mailto naming the text and its address', async ({ page }) => {
	for (const doc of corpus.documents) {
		await page.goto(paths.document(doc.slug));
		const link = page.getByRole('link', { name: 'Signaler une erreur dans ce texte' });
		const href = (await link.getAttribute('href'))!;
		const mail = new URL(href);
		expect(mail.protocol).toBe('mailto:');
		expect(mail.pathname).toBe(CONTACT.email);
		const subject = new URLSearchParams(mail.search).get('subject')!;
		expect(subject).toContain(doc.shortTitle);
		expect(subject).toContain(absolute(paths.document(doc.slug), BUILT_SITE_URL));
	}
});
