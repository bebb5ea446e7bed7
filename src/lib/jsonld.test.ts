import { describe, expect, test } from 'vitest';
import {
	breadcrumbList,
	dataCatalogNode,
	datasetNode,
	documentNode,
	jsonLdGraph,
	serializeJsonLd,
	type DatasetFacts,
	type DocumentFacts,
} from './jsonld';

const site = 'https://partenariats.example';
const avenant: DocumentFacts = {
	url: `${site}/documents/dijon-avenant-2020-2022/`,
	title: 'AVENANT A LA CONVENTION CADRE',
	shortTitle: 'Avenant 2020-2022',
	description: 'Un avenant.',
	kind: 'avenant',
	kindLabel: 'Avenant',
	date: '2020-12-23',
	dateModified: '2026-11-25',
	issuer: 'Dijon Métropole et Action Logement',
	territory: 'Dijon Métropole',
	relations: [{ type: 'modifie', url: `${site}/documents/dijon-convention-cadre-2017-2019/` }],
	image: `${site}/og-image.png`,
};

describe('documentNode', () => {
	test.each([
		['convention-cadre', 'Legislation'],
		['avenant', 'Legislation'],
		['deliberation', 'Legislation'],
		['communique', 'NewsArticle'],
	] as const)('a %s is a %s', (kind, type) => {
		expect(documentNode({ ...avenant, kind })['@type']).toBe(type);
	});

	test('an avenant names the convention it changes, its date and its last update', () => {
		expect(documentNode(avenant)).toMatchObject({
			'@id': avenant.url,
			name: 'AVENANT A LA CONVENTION CADRE',
			legislationType: 'Avenant',
			legislationDate: '2020-12-23',
			dateModified: '2026-11-25',
			inLanguage: 'fr',
			legislationChanges: [{ '@id': `${site}/documents/dijon-convention-cadre-2017-2019/` }],
		});
	});

	test('a press release has a headline, a publication date, an image, and is about what it announces', () => {
		const node = documentNode({
			...avenant,
			kind: 'communique',
			relations: [{ type: 'annonce', url: avenant.url }],
		});
		expect(node).toMatchObject({
			headline: 'Avenant 2020-2022',
			datePublished: '2020-12-23',
			image: `${site}/og-image.png`,
			about: [{ '@id': avenant.url }],
		});
		expect(node).not.toHaveProperty('legislationDate');
	});

	test('a document without a known date states none', () => {
		const node = documentNode({ ...avenant, date: undefined, dateModified: undefined });
		expect(node).not.toHaveProperty('legislationDate');
		expect(node).not.toHaveProperty('dateModified');
	});
});

describe('breadcrumbList', () => {
	test('lists the trail in order, with absolute addresses', () => {
		expect(
			breadcrumbList(
				[
					{ label: 'Accueil', href: '/' },
					{ label: 'Documents', href: '/documents/' },
				],
				site,
			),
		).toEqual({
			'@type': 'BreadcrumbList',
			itemListElement: [
				{ '@type': 'ListItem', position: 1, name: 'Accueil', item: `${site}/` },
				{ '@type': 'ListItem', position: 2, name: 'Documents', item: `${site}/documents/` },
			],
		});
	});
});

describe('datasetNode', () => {
	const table: DatasetFacts = {
		url: `${avenant.url}#tableau-x`,
		name: 'Concours financiers',
		description: 'Montants.',
		issuer: avenant.issuer,
		territory: avenant.territory,
		period: { start: 2017, end: 2019 },
		document: avenant.url,
	};

	test('a table is a dataset of its document, over its period', () => {
		expect(datasetNode(table)).toMatchObject({ '@type': 'Dataset', temporalCoverage: '2017/2019', isPartOf: { '@id': avenant.url } });
	});

	test('its downloads are its distribution; a table shown in a text has none', () => {
		expect(datasetNode(table)).not.toHaveProperty('distribution');
		const downloads = [
			{ url: `${site}/donnees/x.csv`, format: 'text/csv' },
			{ url: `${site}/donnees/x.json`, format: 'application/json' },
		] as const;
		expect(datasetNode({ ...table, url: `${site}/donnees/#x`, downloads }).distribution).toEqual([
			{ '@type': 'DataDownload', contentUrl: `${site}/donnees/x.csv`, encodingFormat: 'text/csv' },
			{ '@type': 'DataDownload', contentUrl: `${site}/donnees/x.json`, encodingFormat: 'application/json' },
		]);
	});
});

describe('dataCatalogNode', () => {
	test('a catalogue points to its datasets by their ids', () => {
		expect(
			dataCatalogNode({
				url: `${site}/donnees/`,
				name: 'Données',
				description: 'Tout.',
				publisher: 'Le site',
				datasets: [`${site}/donnees/#a`, `${site}/donnees/#b`],
			}),
		).toMatchObject({
			'@type': 'DataCatalog',
			'@id': `${site}/donnees/`,
			inLanguage: 'fr',
			dataset: [{ '@id': `${site}/donnees/#a` }, { '@id': `${site}/donnees/#b` }],
		});
	});
});

describe('serializeJsonLd', () => {
	test('no text can close the script element, and the JSON reads back the same', () => {
		const data = jsonLdGraph([{ '@type': 'Thing', name: '</script><script>alert(1)</script> & \u2028' }]);
		const text = serializeJsonLd(data);
		expect(text).not.toMatch(/<|>|&|\u2028/);
		expect(JSON.parse(text)).toEqual(data);
	});
});
