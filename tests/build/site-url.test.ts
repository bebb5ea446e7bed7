/**
 * The site's address comes from SITE_URL at build time: every absolute address of the build follows
 * it (canonical, sitemap, robots.txt, RSS, the print CSS), and a wrong value stops the build, naming
 * the variable. CONTACT_EMAIL, the other address a deployer sets, is given too: no trace of the defaults stays.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { AVENANT_DIJON } from '../support/corpus';
import { projectCopy } from '../support/project-copy';
import { distFile } from '../support/site';
import { paths } from '../../src/lib/paths';
import { DEFAULT_SITE_URL } from '../../src/lib/site';

const copy = projectCopy();
afterAll(() => copy.dispose());

test('SITE_URL=https://exemple.fr (and CONTACT_EMAIL) puts that address everywhere the site names itself', () => {
	const { status, output } = copy.build({ SITE_URL: 'https://exemple.fr', CONTACT_EMAIL: 'contact@exemple.fr' });
	expect(status, output).toBe(0);
	const page = copy.read(distFile(paths.document(AVENANT_DIJON.slug)));
	expect(page).toContain(`<link rel="canonical" href="https://exemple.fr/documents/${AVENANT_DIJON.slug}/">`);
	const old = new URL(DEFAULT_SITE_URL).host;
	expect(page).not.toContain(old);
	expect(page).toContain('href="mailto:contact@exemple.fr?subject=');
	expect(copy.read('dist/sitemap-0.xml')).toContain(`<loc>https://exemple.fr/documents/${AVENANT_DIJON.slug}/</loc>`);
	expect(copy.read('dist/sitemap-index.xml')).toContain('<loc>https://exemple.fr/sitemap-0.xml</loc>');
	expect(copy.read('dist/robots.txt')).toContain('Sitemap: https://exemple.fr/sitemap-index.xml');
	const rss = copy.read(distFile(paths.communiquesFeed));
	expect(rss).toContain('<link>https://exemple.fr/documents/');
	expect(rss).toContain('<atom:link href="https://exemple.fr/communiques/rss.xml" rel="self"');
	expect(rss).not.toContain(old);
	const territoryRss = copy.read(distFile(paths.territoryFeed(AVENANT_DIJON.territory)));
	expect(territoryRss).toContain(`<atom:link href="https://exemple.fr/territoires/${AVENANT_DIJON.territory}/rss.xml" rel="self"`);
	expect(territoryRss).not.toContain(old);
	const css = readdirSync(join(copy.root, 'dist/_astro'))
		.filter((f) => f.endsWith('.css'))
		.map((f) => copy.read(`dist/_astro/${f}`))
		.join('\n');
	expect(css).toContain('--site-url:"https://exemple.fr"');
	expect(css).not.toContain('SITE_URL');
});

test('an invalid SITE_URL stops the build with a French message naming the variable', () => {
	const { status, output } = copy.build({ SITE_URL: 'exemple.fr' });
	expect(status).not.toBe(0);
	expect(output).toContain("La variable d'environnement SITE_URL (« exemple.fr ») n'est pas une adresse absolue");
});
