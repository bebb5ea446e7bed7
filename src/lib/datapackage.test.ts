import { describe, expect, test } from 'vitest';
import { dataPackage, datasetExcelResource, datasetResource, deliberationsResource, valueProblem, type TableField } from './datapackage';
import { scdlFields } from './deliberations';
import type { CatalogueEntry } from './open-data';

const site = new URL('https://partenariats.example/');

const entry: CatalogueEntry = {
	id: 'dijon-avenant-2020-2022-annexe-2',
	title: 'Concours financiers prévisionnels à Dijon, 2020-2022',
	description: 'Prévisions 2020-2022, en millions d’euros.',
	nature: 'prevision',
	period: { start: 2020, end: 2022 },
	columns: [
		{ name: 'ligne', label: 'PRETS, AIDES ET SERVICES', type: 'string', description: 'Ligne de financement' },
		{
			name: 'total_2020_2022',
			label: 'Total 2020 - 2022 (en k€)',
			type: 'number',
			unit: 'M€',
			description: 'Montant prévisionnel, en millions d’euros',
		},
	],
	rows: [{ ligne: 'Total Général', total_2020_2022: 30 }],
	totalRow: 'Total Général',
	footnotes: [],
	notes: [],
	territory: { id: 'dijon', name: 'Dijon Métropole' },
	document: {
		id: 'dijon-avenant-2020-2022',
		title: 'AVENANT',
		shortTitle: 'Avenant 2020-2022',
		issuer: 'Dijon Métropole et Action Logement',
	},
	anchor: 'annexe-2',
};

const deliberation = {
	id: 'dijon-deliberation-2020-12-17',
	data: { title: 'Action Logement : avenant', source: { issuer: 'Dijon Métropole' } },
};

describe('datasetResource', () => {
	const resource = datasetResource(entry, site);

	test('is a tabular CSV resource beside the descriptor, in UTF-8', () => {
		expect(resource).toMatchObject({
			profile: 'tabular-data-resource',
			name: 'dijon-avenant-2020-2022-annexe-2',
			path: 'dijon-avenant-2020-2022-annexe-2.csv',
			format: 'csv',
			mediatype: 'text/csv',
			encoding: 'utf-8',
		});
	});

	test('its description says which row is the total', () => {
		expect(resource.description).toBe(
			"Prévisions 2020-2022, en millions d’euros. La ligne « Total Général » (ligne_total = true dans les CSV) donne les totaux des autres lignes : ne l'additionnez pas avec elles.",
		);
		expect(datasetResource({ ...entry, totalRow: undefined }, site).description).toBe(entry.description);
	});

	test('its description ends with the source’s footnotes its rows call', () => {
		const noted = {
			...entry,
			rows: [{ ligne: 'Production (1)', total_2020_2022: 15 }, ...entry.rows],
			footnotes: ['(1) cette ligne comprend la production', '(2) cette ligne comprend les services'],
		};
		expect(datasetResource(noted, site).description).toMatch(
			/ne l'additionnez pas avec elles\. Notes de la source : \(1\) cette ligne comprend la production\.$/,
		);
	});

	test('its schema: names, types, the source’s labels as titles, units in a property and in words', () => {
		expect(resource.schema.fields).toEqual([
			{ name: 'ligne', type: 'string', title: 'PRETS, AIDES ET SERVICES', description: 'Ligne de financement.' },
			{
				name: 'total_2020_2022',
				type: 'number',
				// The source's header says k€; its cells, and the data, are in M€: the unit says so.
				title: 'Total 2020 - 2022 (en k€)',
				unit: 'M€',
				description: "Montant prévisionnel, en millions d’euros. Unité : M€ (millions d'euros).",
			},
			{
				name: 'ligne_total',
				type: 'boolean',
				title: 'Ligne de total',
				description:
					"Vrai (true) pour la ligne « Total Général », qui donne les totaux des autres lignes, faux (false) pour les autres : filtrez-la avant d'additionner une colonne.",
			},
		]);
		expect(datasetResource({ ...entry, totalRow: undefined }, site).schema.fields.map((f) => f.name)).toEqual(['ligne', 'total_2020_2022']);
		expect(resource.schema.missingValues).toEqual(['']);
	});

	test('names the licence and the part of the document the figures come from', () => {
		expect(resource.licenses).toEqual([
			{
				name: 'etalab-2.0',
				title: 'Licence Ouverte / Open Licence version 2.0',
				path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
			},
		]);
		expect(resource.sources).toEqual([
			{
				title: 'AVENANT (Dijon Métropole et Action Logement), annexe 2',
				path: 'https://partenariats.example/documents/dijon-avenant-2020-2022/#annexe-2',
			},
		]);
	});
});

describe('datasetExcelResource', () => {
	const excel = datasetExcelResource(entry, site);
	const plain = datasetResource(entry, site);

	test('is the « CSV pour Excel » beside the CSV: UTF-8 with a BOM, « ; », decimal comma for each number', () => {
		expect(excel).toMatchObject({
			profile: 'tabular-data-resource',
			name: 'dijon-avenant-2020-2022-annexe-2-excel',
			path: 'dijon-avenant-2020-2022-annexe-2-excel.csv',
			format: 'csv',
			mediatype: 'text/csv',
			encoding: 'utf-8',
			dialect: { delimiter: ';' },
		});
		expect(excel.schema.fields.map((f) => f.decimalChar)).toEqual([undefined, ',', undefined]);
	});

	test('has the same fields as the CSV, and says which file it mirrors', () => {
		expect(excel.schema.fields.map(({ decimalChar: _, ...f }) => f)).toEqual(plain.schema.fields);
		expect(excel.description).toContain('dijon-avenant-2020-2022-annexe-2.csv');
		expect(excel.description).toContain(plain.description);
	});

	test('the two resources of a dataset fit in one package', () => {
		expect(dataPackage(site, [plain, excel]).resources).toHaveLength(2);
	});
});

describe('deliberationsResource', () => {
	test('has the SCDL columns and one source per délibération', () => {
		const resource = deliberationsResource([deliberation], site);
		expect(resource.path).toBe('deliberations.csv');
		expect(resource.schema.fields.map((f) => f.name)).toEqual(scdlFields.map((f) => f.name));
		expect(resource.schema.fields.find((f) => f.name === 'VOTE_POUR')?.type).toBe('integer');
		expect(resource.schema.fields.find((f) => f.name === 'DELIB_DATE')?.type).toBe('date');
		expect(resource.sources).toEqual([
			{
				title: 'Action Logement : avenant (Dijon Métropole)',
				path: 'https://partenariats.example/documents/dijon-deliberation-2020-12-17/',
			},
		]);
	});
});

describe('dataPackage', () => {
	test('is a tabular data package with the licence and every resource', () => {
		const pkg = dataPackage(site, [datasetResource(entry, site), deliberationsResource([deliberation], site)]);
		expect(pkg.profile).toBe('tabular-data-package');
		expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
		expect(pkg.homepage).toBe('https://partenariats.example/donnees/');
		expect(pkg.licenses[0]!.name).toBe('etalab-2.0');
		expect(pkg.resources.map((r) => r.name)).toEqual(['dijon-avenant-2020-2022-annexe-2', 'deliberations']);
	});

	test.each([
		['a dataset named like the délibérations table', { ...entry, id: 'deliberations' }, /« deliberations » : identifiant déjà pris/],
		['a name the standard refuses', { ...entry, id: 'Annexe 1' }, /« Annexe 1 » : identifiant attendu en minuscules/],
	])('refuses %s', (_, bad, message) => {
		expect(() => dataPackage(site, [datasetResource(bad, site), deliberationsResource([], site)])).toThrow(message);
	});
});

describe('valueProblem', () => {
	const field = (type: TableField['type'], format?: 'uri') => (format ? { type, format } : { type });
	test.each([
		[field('number'), '15428', true],
		[field('number'), '0.236', true],
		[field('number'), '-3', true],
		[field('number'), '', true],
		[field('number'), '15,2', false],
		[field('number'), '15 428', false],
		[field('number'), '1e3', false],
		[field('number'), 'NaN', false],
		[field('integer'), '83', true],
		[field('integer'), '8.3', false],
		[field('date'), '2020-12-17', true],
		[field('date'), '2021-02-30', false],
		[field('date'), '17/12/2020', false],
		[field('string'), "'=1+1", true],
		[field('string', 'uri'), 'https://partenariats.example/documents/x/', true],
		[field('string', 'uri'), 'pas une adresse', false],
		[field('boolean'), 'true', true],
		[field('boolean'), 'false', true],
		[field('boolean'), 'oui', false],
		[{ type: 'number' as const, decimalChar: ',' as const }, '15,2', true],
		[{ type: 'number' as const, decimalChar: ',' as const }, '15428', true],
		[{ type: 'number' as const, decimalChar: ',' as const }, '15.2', false],
	])('%j %j reads as its type: %s', (f, text, ok) => {
		expect(valueProblem(f, text) === undefined).toBe(ok);
	});
});
