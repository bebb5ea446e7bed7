import { describe, expect, test } from 'vitest';
import { absolute, anchors, paths } from './paths';

describe('paths: the URL contract', () => {
	test.each([
		[paths.home, '/'],
		[paths.territories, '/territoires/'],
		[paths.territory('dijon'), '/territoires/dijon/'],
		[paths.territory('dijon', 'graphiques'), '/territoires/dijon/#graphiques'],
		[paths.territoryChartCsv('dijon', 'bilan'), '/territoires/dijon/graphiques/bilan.csv'],
		[paths.territoryChartExcelCsv('dijon', 'bilan'), '/territoires/dijon/graphiques/bilan-excel.csv'],
		[paths.documents(), '/documents/'],
		[paths.documents(1), '/documents/'],
		[paths.documents(2), '/documents/2/'],
		[paths.document('dijon-avenant-2020-2022'), '/documents/dijon-avenant-2020-2022/'],
		[paths.document('dijon-avenant-2020-2022', 'article-2-1'), '/documents/dijon-avenant-2020-2022/#article-2-1'],
		[paths.documentSourceText('dijon-avenant-2020-2022'), '/documents/dijon-avenant-2020-2022/texte-source.txt'],
		[paths.originalPdf('originaux/dijon-avenant-2020-2022.pdf'), '/originaux/dijon-avenant-2020-2022.pdf'],
		[paths.communiques(), '/communiques/'],
		[paths.communiques(3), '/communiques/3/'],
		[paths.territoryCommuniques('metz'), '/communiques/territoire/metz/'],
		[paths.territoryCommuniques('metz', 2), '/communiques/territoire/metz/2/'],
		[paths.communiquesFeed, '/communiques/rss.xml'],
		[paths.territoryFeed('dijon'), '/territoires/dijon/rss.xml'],
		[paths.search(), '/recherche/'],
		[paths.search('15 millions'), '/recherche/?q=15+millions'],
		[paths.search('Chenôve'), '/recherche/?q=Chen%C3%B4ve'],
		[paths.searchVocabulary('r'), '/recherche/vocabulaire/r.json'],
		[paths.glossary, '/glossaire/'],
		[paths.data.catalogue, '/donnees/'],
		[paths.data.entry('annexe-1'), '/donnees/#annexe-1'],
		[paths.data.csv('annexe-1'), '/donnees/annexe-1.csv'],
		[paths.data.excelCsv('annexe-1'), '/donnees/annexe-1-excel.csv'],
		[paths.excelCsvOf('/territoires/dijon/graphiques/bilan.csv'), '/territoires/dijon/graphiques/bilan-excel.csv'],
		[paths.data.json('annexe-1'), '/donnees/annexe-1.json'],
		[paths.data.dataPackage, '/donnees/datapackage.json'],
		[paths.legalNotice, '/mentions-legales/'],
		[paths.accessibility, '/accessibilite/'],
		[paths.siteMap, '/plan-du-site/'],
		[paths.personalData, '/donnees-personnelles/'],
	])('%s', (built, expected) => expect(built).toBe(expected));

	test('the anchors of tables and charts', () => {
		expect(anchors.table('dijon-annexe-1')).toBe('tableau-dijon-annexe-1');
		expect(anchors.chart('bilan-prevision')).toBe('graphique-bilan-prevision');
	});

	test('absolute addresses on the site’s address, with or without a path of its own', () => {
		expect(absolute(paths.document('metz-communique-2019-10-02'), 'https://example.org')).toBe(
			'https://example.org/documents/metz-communique-2019-10-02/',
		);
		expect(absolute(paths.data.catalogue, new URL('https://example.org/'))).toBe('https://example.org/donnees/');
	});
});
