import { describe, expect, test } from 'vitest';
import { parseTable } from './csv';
import {
	columnDescription,
	datasetCitation,
	datasetCsv,
	datasetFacts,
	datasetJson,
	datasetExcelCsv,
	datasetUnits,
	downloadTable,
	partName,
	publishedName,
	publishedTable,
	SPREADSHEET_FORMULA,
	toCsv,
	totalRowNote,
	entryFootnotes,
	type CatalogueEntry,
} from './open-data';

const site = new URL('https://partenariats.example/');

const entry: CatalogueEntry = {
	id: 'dijon-avenant-2020-2022-article-2-1',
	title: 'Aides aux ménages',
	description: 'Aides délivrées de 2017 à 2019.',
	nature: 'bilan',
	period: { start: 2017, end: 2019 },
	columns: [
		{ name: 'aide', label: 'Aides et services', type: 'string', description: "Type d'aide" },
		{ name: 'nombre', label: 'Nombre', type: 'number', unit: 'nombre', description: "Nombre d'aides" },
		{ name: 'montant', label: 'Montant (M€)', type: 'number', unit: 'M€', description: 'Montant engagé, en millions d’euros' },
	],
	rows: [
		{ aide: 'Aides à la sécurisation locative, dont 2 072 garanties VISALE', nombre: 5823, montant: 8.6 },
		{ aide: 'Aides aux salariés en difficulté', nombre: 391, montant: 0.236 },
		{ aide: 'Ménages logés', nombre: 1306, montant: null },
		{ aide: 'Total', nombre: 9363, montant: 15.2 },
	],
	totalRow: 'Total',
	footnotes: [],
	notes: ['Arrondis de la source.'],
	territory: { id: 'dijon', name: 'Dijon Métropole' },
	document: {
		id: 'dijon-avenant-2020-2022',
		title: 'AVENANT A LA CONVENTION CADRE',
		shortTitle: 'Avenant 2020-2022',
		issuer: 'Dijon Métropole et Action Logement',
	},
	anchor: 'article-2-1',
};

describe('toCsv', () => {
	test('writes a header row, commas, CRLF, plain numbers with a point, empty cells for null', () => {
		expect(datasetCsv(entry)).toBe(
			[
				'aide,nombre,montant,ligne_total',
				'"Aides à la sécurisation locative, dont 2 072 garanties VISALE",5823,8.6,false',
				'Aides aux salariés en difficulté,391,0.236,false',
				'Ménages logés,1306,,false',
				'Total,9363,15.2,true',
				'',
			].join('\r\n'),
		);
	});

	test('reads back, through the project’s own parser, to the same rows', () => {
		const columns = entry.columns.map(({ name, type }) => ({ name, type }));
		const parsed = parseTable(datasetCsv({ ...entry, totalRow: undefined }), columns);
		expect(parsed.issues).toEqual([]);
		expect(parsed.rows).toEqual(entry.rows);
	});

	test('without a total row, no ligne_total column', () => {
		expect(datasetCsv({ ...entry, totalRow: undefined }).split('\r\n')[0]).toBe('aide,nombre,montant');
	});

	test('quotes what must be quoted: separators, quotes, line breaks', () => {
		expect(toCsv(['a'], [{ a: 'dit "oui", puis\nnon' }])).toBe('a\r\n"dit ""oui"", puis\nnon"\r\n');
	});

	test.each([
		['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
		['+33 6 00 00 00 00', `"'+33 6 00 00 00 00"`],
		['-2 aides', `"'-2 aides"`],
		['@SUM(A1)', `"'@SUM(A1)"`],
		['\tcaché', `"'\tcaché"`],
		['\rcaché', `"'\rcaché"`],
		['＝1+1', `"'＝1+1"`],
		// papaparse's own pattern (`^[=+\-@\t\r].*$`) lets this one through: `.` stops at the line break.
		['=1+1\nsuite', `"'=1+1\nsuite"`],
	])('a text cell %j is written as text, never as a formula: %s', (cell, written) => {
		expect(toCsv(['ligne'], [{ ligne: cell }])).toBe(`ligne\r\n${written}\r\n`);
	});

	test('numbers are numbers: a negative figure keeps its sign, unescaped', () => {
		expect(toCsv(['ligne', 'solde'], [{ ligne: 'Solde', solde: -3.5 }])).toBe('ligne,solde\r\nSolde,-3.5\r\n');
	});

	test.each([
		['Total Général', false],
		['Production de logement (1)', false],
		['(2) Services', false],
		['=', true],
		['-', true],
	])('SPREADSHEET_FORMULA %j -> %s', (cell, formula) => {
		expect(SPREADSHEET_FORMULA.test(cell)).toBe(formula);
	});
});

describe('describing a dataset', () => {
	test('its JSON-LD facts: its entry of the catalogue, its source document, its CSV and JSON', () => {
		expect(datasetFacts(entry, site)).toEqual({
			url: 'https://partenariats.example/donnees/#dijon-avenant-2020-2022-article-2-1',
			name: 'Aides aux ménages',
			description: 'Aides délivrées de 2017 à 2019.',
			issuer: 'Dijon Métropole et Action Logement',
			territory: 'Dijon Métropole',
			period: { start: 2017, end: 2019 },
			document: 'https://partenariats.example/documents/dijon-avenant-2020-2022/',
			downloads: [
				{ url: 'https://partenariats.example/donnees/dijon-avenant-2020-2022-article-2-1.csv', format: 'text/csv' },
				{ url: 'https://partenariats.example/donnees/dijon-avenant-2020-2022-article-2-1.json', format: 'application/json' },
			],
		});
	});

	test.each([
		['annexe-1', 'annexe 1'],
		['article-2-1', 'article 2.1'],
		['article-2-3-1', 'article 2.3.1'],
		['article-5', 'article 5'],
		['preambule', 'préambule'],
		['signatures', 'partie « signatures »'],
	])('partName(%j) -> %j', (anchor, label) => {
		expect(partName(anchor)).toBe(label);
	});

	test.each([
		[{ description: "Type d'aide" }, "Type d'aide."],
		[{ description: 'Montant, en k€', unit: 'k€' as const }, "Montant, en k€. Unité : k€ (milliers d'euros)."],
		[{ description: 'Nombre d’aides.', unit: 'nombre' as const }, 'Nombre d’aides. Unité : nombre.'],
		[{ description: 'Part', unit: '%' as const }, 'Part. Unité : % (pourcentage).'],
	])('columnDescription(%j) -> %j', (column, text) => {
		expect(columnDescription(column)).toBe(text);
	});

	test('warns that the total row is not to be summed, when there is one', () => {
		expect(totalRowNote(entry)).toBe(
			"La ligne « Total » (ligne_total = true dans les CSV) donne les totaux des autres lignes : ne l'additionnez pas avec elles.",
		);
		expect(totalRowNote({})).toBeUndefined();
	});

	test('the footnotes kept are those the rows call', () => {
		const footnotes = ['(1) une', '(2) deux', 'Sans appel'];
		expect(entryFootnotes({ ...entry, footnotes })).toEqual(['Sans appel']);
		const called = { ...entry, footnotes, rows: [{ ...entry.rows[0]!, [entry.columns[0]!.name]: 'Ligne (2)' }] };
		expect(entryFootnotes(called)).toEqual(['(2) deux', 'Sans appel']);
	});

	test('the units are those of the number columns, once each, in column order', () => {
		expect(datasetUnits(entry.columns)).toEqual(['nombre', 'M€']);
		expect(
			datasetUnits([
				{ name: 'a', label: 'A', type: 'number', unit: 'k€', description: 'a' },
				{ name: 'b', label: 'B', type: 'number', unit: 'k€', description: 'b' },
			]),
		).toEqual(['k€']);
	});

	test('the citation names the issuer, the text and its part, the dataset, its address and the licence', () => {
		expect(datasetCitation(entry, site)).toBe(
			'Dijon Métropole et Action Logement, « Avenant 2020-2022 », article 2.1 : « Aides aux ménages ». ' +
				'Partenariats Action Logement, https://partenariats.example/donnees/#dijon-avenant-2020-2022-article-2-1. ' +
				'Licence Ouverte 2.0 (Etalab).',
		);
	});

	test('the JSON holds the same rows, typed, with the columns, the source and the licence', () => {
		const json = datasetJson(entry, site);
		expect(json.rows).toEqual(entry.rows);
		expect(json.rows[2]!.montant).toBeNull();
		expect(json.columns.map((c) => [c.name, c.type, c.unit])).toEqual([
			['aide', 'string', null],
			['nombre', 'number', 'nombre'],
			['montant', 'number', 'M€'],
		]);
		expect(json.source.url).toBe('https://partenariats.example/documents/dijon-avenant-2020-2022/#article-2-1');
		expect(json.csv).toBe('https://partenariats.example/donnees/dijon-avenant-2020-2022-article-2-1.csv');
		expect(json.excelCsv).toBe('https://partenariats.example/donnees/dijon-avenant-2020-2022-article-2-1-excel.csv');
		expect(json.licence.path).toBe('https://www.etalab.gouv.fr/licence-ouverte-open-licence/');
		expect(json.period.label).toBe('2017-2019');
		expect(json.totalRow).toBe('Total');
		expect(datasetJson({ ...entry, totalRow: undefined }, site).totalRow).toBeNull();
		// Plain JSON: what a data tool reads is what the page shows.
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});
});

describe('the downloads’ column names carry their unit', () => {
	test.each([
		[{ name: 'total_2017_2019', type: 'number' as const, unit: 'k€' as const }, 'total_2017_2019_k_euros'],
		[{ name: 'total_2020_2022', type: 'number' as const, unit: 'M€' as const }, 'total_2020_2022_m_euros'],
		[{ name: 'montant', type: 'number' as const, unit: '€' as const }, 'montant_euros'],
		[{ name: 'part', type: 'number' as const, unit: '%' as const }, 'part_pourcent'],
		[{ name: 'nombre', type: 'number' as const, unit: 'nombre' as const }, 'nombre'],
		[{ name: 'montant_m_euros', type: 'number' as const, unit: 'M€' as const }, 'montant_m_euros'],
		[{ name: 'ligne', type: 'string' as const }, 'ligne'],
	])('publishedName(%j) -> %s', (column, name) => {
		expect(publishedName(column)).toBe(name);
	});

	test('publishedTable renames the columns and the rows’ keys alike, figures untouched', () => {
		const table = publishedTable(entry.columns, entry.rows);
		expect(table.columns.map((c) => c.name)).toEqual(['aide', 'nombre', 'montant_m_euros']);
		expect(table.rows[3]).toEqual({ aide: 'Total', nombre: 9363, montant_m_euros: 15.2 });
		expect(table.rows[2]).toEqual({ aide: 'Ménages logés', nombre: 1306, montant_m_euros: null });
	});

	test('downloadTable marks the total row, and only it', () => {
		const table = downloadTable(entry);
		expect(table.fields.at(-1)).toBe('ligne_total');
		expect(table.rows.map((r) => r.ligne_total)).toEqual([false, false, false, true]);
	});
});

describe('datasetExcelCsv', () => {
	test('the same columns and rows as the CSV, with a BOM, « ; », decimal comma and CRLF', () => {
		expect(datasetExcelCsv(entry)).toBe(
			'\uFEFF' +
				[
					'aide;nombre;montant;ligne_total',
					'Aides à la sécurisation locative, dont 2 072 garanties VISALE;5823;8,6;false',
					'Aides aux salariés en difficulté;391;0,236;false',
					'Ménages logés;1306;;false',
					'Total;9363;15,2;true',
					'',
				].join('\r\n'),
		);
	});
});
