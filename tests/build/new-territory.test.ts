/**
 * A new territory is content only: the files of tests/fixtures/territory/ (a territory, a document,
 * two CSV tables) added to a copy of the project, with nothing changed under src/, give it a full
 * page — headline figures, charts with their tables, sentences and CSV, timeline, its RSS feed — and a card.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { paths } from '../../src/lib/paths';
import { projectCopy, projectRoot } from '../support/project-copy';
import { distFile } from '../support/site';
import { plainSpaces } from '../support/text';

/** The fixture's territory and its document, as tests/fixtures/territory/ names them. */
const TESTVILLE = 'testville';
const TESTVILLE_AVENANT = 'testville-avenant-2021-2023';

const copy = projectCopy();
afterAll(() => copy.dispose());

test('a territory added by its content files gets its page and its charts', () => {
	cpSync(join(projectRoot, 'tests/fixtures/territory'), copy.root, { recursive: true });
	const { status, output } = copy.build();
	expect(status, output).toBe(0);

	const page = plainSpaces(copy.read(distFile(paths.territory(TESTVILLE))));
	expect(page).toMatch(/<h1[^>]*>Testville Agglomération<\/h1>/);
	expect(page.match(/<figure class="chart"/g)).toHaveLength(3);
	expect(page.match(/<chart-figure>/g)).toHaveLength(3);
	// Headline figures: a dataset cell and a quote, each linked to its source part.
	expect(page).toContain('780 k€');
	expect(page).toContain('420 logements');
	expect(page).toContain(`href="${paths.document(TESTVILLE_AVENANT, 'article-1')}"`);
	// Sentences and tables, converted to one unit: 0,75 M€ of forecast is 750 k€.
	expect(page).toContain('De 2018 à 2020, 780 k€ au total : 150 k€ en 2018, 260 k€ en 2019 et 370 k€ en 2020.');
	expect(page).toContain('Total : 780 k€ contre 750 k€ (0,75 M€)');
	expect(copy.read(distFile(paths.territoryChartCsv(TESTVILLE, 'bilan-prevision')))).toBe(
		'Ligne,Bilan 2018-2020 (k€),Prévision 2021-2023 (k€)\nLogement,600,500\nServices,180,250\nTotal,780,750\n',
	);
	expect(page).toContain(`href="${paths.document(TESTVILLE_AVENANT)}"`);
	expect(copy.read(distFile(paths.territories))).toContain(`href="${paths.territory(TESTVILLE)}"`);

	// Its own RSS feed, declared and linked on its page: empty until its first communiqué, but there to subscribe to.
	const feedPath = paths.territoryFeed(TESTVILLE);
	const feed = copy.read(distFile(feedPath));
	expect(feed).toMatch(new RegExp(`<atom:link href="https?://[^/"]+${feedPath}" rel="self"`));
	expect(feed).toContain('<title>Communiqués de presse : Testville Agglomération · Partenariats Action Logement</title>');
	expect(feed).not.toContain('<item>');
	expect(page).toMatch(
		new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]*Testville Agglomération[^"]*" href="${feedPath}">`),
	);
	expect(page).toContain(`<a href="${feedPath}" type="application/rss+xml">`);
});
