import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import {
	breakdownChart,
	buildChart,
	chartCitation,
	chartCsv,
	chartImageFooter,
	chartTable,
	comparisonChart,
	frenchList,
	seriesChart,
	type ChartDataset,
} from './charts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** The avenant's tables, as the datasets collection holds them. */
const annexe1: ChartDataset = {
	id: 'annexe-1',
	caption: 'Annexe 1',
	document: { collection: 'documents', id: 'dijon-avenant-2020-2022' },
	anchor: 'annexe-1',
	period: { start: 2017, end: 2019 },
	columns: [
		{ name: 'ligne', label: 'PRETS, AIDES ET SERVICES', type: 'string' },
		{ name: 'a2017', label: 'Année 2017 (en k€)', short: '2017', type: 'number', unit: 'k€' },
		{ name: 'a2018', label: 'Année 2018 (en k€)', short: '2018', type: 'number', unit: 'k€' },
		{ name: 'a2019', label: 'Année 2019 (en k€)', short: '2019', type: 'number', unit: 'k€' },
		{ name: 'total', label: 'Total', type: 'number', unit: 'k€' },
	],
	rows: [
		{ ligne: 'Production (1)', a2017: 7385, a2018: 4567, a2019: 3476, total: 15428 },
		{ ligne: 'Services (2)', a2017: 5836, a2018: 5678, a2019: 3661, total: 15175 },
		{ ligne: 'Total Général', a2017: 13221, a2018: 10245, a2019: 7137, total: 30603 },
	],
	totalRow: 'Total Général',
	footnotes: ['(1) cette ligne comprend la production', '(2) cette ligne comprend les services'],
};
const annexe2: ChartDataset = {
	id: 'annexe-2',
	caption: 'Annexe 2',
	document: { collection: 'documents', id: 'dijon-avenant-2020-2022' },
	anchor: 'annexe-2',
	period: { start: 2020, end: 2022 },
	columns: [
		{ name: 'ligne', label: 'PRETS, AIDES ET SERVICES', type: 'string' },
		{ name: 'total', label: 'Total 2020 - 2022 (en k€)', type: 'number', unit: 'M€' },
	],
	rows: [
		{ ligne: 'Production (1)', total: 15 },
		{ ligne: 'Services (2)', total: 15 },
		{ ligne: 'Total Général', total: 30 },
	],
	totalRow: 'Total Général',
};
const aides: ChartDataset = {
	id: 'article-2-1',
	caption: 'Article 2.1',
	document: { collection: 'documents', id: 'dijon-avenant-2020-2022' },
	anchor: 'article-2-1',
	period: { start: 2017, end: 2019 },
	columns: [
		{ name: 'aide', label: 'Aides et services', type: 'string' },
		{ name: 'nombre', label: 'Nombre', type: 'number', unit: 'nombre' },
	],
	rows: [
		{ aide: 'Accession', nombre: 268 },
		{ aide: 'Sécurisation', nombre: 5823 },
		{ aide: 'Mobilité', nombre: 1575 },
		{ aide: 'Difficulté', nombre: 391 },
		{ aide: 'Ménages logés', nombre: 1306 },
		{ aide: 'Total', nombre: 9363 },
	],
	totalRow: 'Total',
};

const chartSpecOf = (chart: { id: string; title: string }) =>
	({ kind: 'series', id: chart.id, title: chart.title, dataset: 'annexe-1', columns: ['a2017'], categoryLabel: 'Année' }) as const;

describe('seriesChart', () => {
	const chart = seriesChart(
		{ kind: 'series', id: 'annuel', title: 'Par année', dataset: 'annexe-1', columns: ['a2017', 'a2018', 'a2019'], categoryLabel: 'Année' },
		annexe1,
	);
	test('one category per column, one series per line, the total row left out', () => {
		expect(chart.categories).toEqual(['2017', '2018', '2019']);
		expect(chart.series).toEqual([
			{ label: 'Production (1)', values: [7385, 4567, 3476] },
			{ label: 'Services (2)', values: [5836, 5678, 3661] },
		]);
		expect(chart.unit).toBe('k€');
	});
	test('its series call the footnotes: the chart carries them', () => {
		expect(chart.notes).toEqual(annexe1.footnotes);
		expect(seriesChart({ ...chartSpecOf(chart), columns: ['a2017'] }, { ...annexe1, rows: annexe1.rows.slice(1) }).notes).toEqual([
			annexe1.footnotes![1],
		]);
	});
	test('says what it shows', () => {
		expect(plain(chart.description)).toBe(
			'De 2017 à 2019, 30 603 k€ au total : 13 221 k€ en 2017, 10 245 k€ en 2018 et 7 137 k€ en 2019. Par ligne : Production (1) : 15 428 k€ ; Services (2) : 15 175 k€.',
		);
	});
	test('refuses to mix units in one chart', () => {
		const mixed = { ...annexe1, columns: annexe1.columns.map((c) => (c.name === 'a2019' ? { ...c, unit: 'M€' as const } : c)) };
		expect(() =>
			seriesChart({ kind: 'series', id: 'x', title: 'x', dataset: 'annexe-1', columns: ['a2017', 'a2019'], categoryLabel: 'Année' }, mixed),
		).toThrow(/unités mélangées \(k€, M€\)/);
	});
	test('names an unknown column', () => {
		expect(() =>
			seriesChart({ kind: 'series', id: 'x', title: 'x', dataset: 'annexe-1', columns: ['a2020'], categoryLabel: 'Année' }, annexe1),
		).toThrow(/pas de colonne « a2020 »/);
	});
});

/** The bilan of annexe 1 against the forecast of annexe 2, in k€: the spec the comparison tests vary. */
const bilanPrevision = {
	kind: 'comparison',
	id: 'bp',
	title: 't',
	unit: 'k€',
	bilan: { dataset: 'annexe-1', column: 'total' },
	prevision: { dataset: 'annexe-2', column: 'total' },
} as const;

describe('comparisonChart', () => {
	const chart = comparisonChart({ ...bilanPrevision, title: 'Bilan et prévision' }, annexe1, annexe2);
	test('converts the forecast to the chart’s unit, row by row and in total', () => {
		expect(chart.categories).toEqual(['Production (1)', 'Services (2)']);
		expect(chart.series).toEqual([
			{ label: 'Bilan 2017-2019', values: [15428, 15175] },
			{ label: 'Prévision 2020-2022', values: [15000, 15000] },
		]);
	});
	test('keeps the total off the bars, for the table only', () => {
		expect(chart.total).toEqual({ label: 'Total Général', values: [30603, 30000] });
		const table = chartTable(chart);
		expect(table.rows.map((r) => [r.label, r.isTotal])).toEqual([
			['Production (1)', false],
			['Services (2)', false],
			['Total Général', true],
		]);
		expect(plain(table.rows[2]!.cells.map((c) => c.text).join(' | '))).toBe('30 603 k€ | 30 000 k€');
	});
	test('carries the footnotes its rows call, once each', () => {
		expect(chart.notes).toEqual(annexe1.footnotes);
		const onlyServices = comparisonChart(
			bilanPrevision,
			{ ...annexe1, rows: annexe1.rows.slice(1) },
			{ ...annexe2, rows: annexe2.rows.slice(1), footnotes: annexe1.footnotes! },
		);
		expect(onlyServices.notes).toEqual([annexe1.footnotes![1]]);
	});
	test('says both figures and the unit the source used', () => {
		expect(plain(chart.description)).toBe(
			'Bilan 2017-2019 et prévision 2020-2022, en k€ : Production (1) : 15 428 k€ contre 15 000 k€ (15 M€) ; Services (2) : 15 175 k€ contre 15 000 k€ (15 M€) ; Total Général : 30 603 k€ contre 30 000 k€ (30 M€).',
		);
	});
	test('a line without its counterpart stops the build', () => {
		const partial = { ...annexe2, rows: annexe2.rows.slice(1) };
		expect(() => comparisonChart(bilanPrevision, annexe1, partial)).toThrow(/« Production \(1\) » de « annexe-1 » n'a pas d'équivalent/);
	});
	test('only money converts', () => {
		expect(() => comparisonChart({ ...bilanPrevision, bilan: { dataset: 'article-2-1', column: 'nombre' } }, aides, annexe2)).toThrow(
			/« nombre » n'est pas une unité monétaire/,
		);
	});
});

describe('breakdownChart', () => {
	const chart = breakdownChart({ kind: 'breakdown', id: 'aides', title: 'Aides', dataset: 'article-2-1', column: 'nombre' }, aides);
	test('largest first, total left out: 268 + 5 823 + 1 575 + 391 + 1 306 = 9 363', () => {
		expect(chart.categories).toEqual(['Sécurisation', 'Mobilité', 'Ménages logés', 'Difficulté', 'Accession']);
		expect(chart.series[0]!.values).toEqual([5823, 1575, 1306, 391, 268]);
		expect(chart.series[0]!.values.reduce((a, b) => a! + b!, 0)).toBe(9363);
	});
	test('its table ends with the stated total row, 9 363', () => {
		expect(chart.total).toEqual({ label: 'Total', values: [9363] });
		const last = chartTable(chart).rows.at(-1)!;
		expect([last.label, last.isTotal, plain(last.cells[0]!.text)]).toEqual(['Total', true, '9 363']);
		expect(chart.notes).toEqual([]);
	});
	test('says the total and the parts', () => {
		expect(plain(chart.description)).toBe(
			'De 2017 à 2019, 9 363 au total : Sécurisation (5 823), Mobilité (1 575), Ménages logés (1 306), Difficulté (391) et Accession (268).',
		);
	});
});

describe('buildChart', () => {
	test('finds the datasets a spec names, and reports a missing one', () => {
		const datasets = new Map([['annexe-1', annexe1]]);
		const find = (id: string) => {
			const d = datasets.get(id);
			if (!d) throw new Error(`jeu de données « ${id} » introuvable`);
			return d;
		};
		expect(buildChart({ kind: 'breakdown', id: 'x', title: 'x', dataset: 'annexe-1', column: 'total' }, find).categories).toHaveLength(2);
		expect(() => buildChart({ kind: 'breakdown', id: 'x', title: 'x', dataset: 'nope', column: 'total' }, find)).toThrow(
			/« nope » introuvable/,
		);
	});
});

describe('chartTable', () => {
	test('one row per category, one column per series, values with the chart’s unit', () => {
		const chart = comparisonChart(bilanPrevision, annexe1, annexe2);
		const table = chartTable(chart);
		expect(table.headers.map((h) => h.label)).toEqual(['PRETS, AIDES ET SERVICES', 'Bilan 2017-2019', 'Prévision 2020-2022']);
		expect(table.rows.map((r) => [r.label, ...r.cells.map((c) => plain(c.text))])).toEqual([
			['Production (1)', '15 428 k€', '15 000 k€'],
			['Services (2)', '15 175 k€', '15 000 k€'],
			['Total Général', '30 603 k€', '30 000 k€'],
		]);
	});
});

describe('chartCsv', () => {
	test('holds the table, with plain numbers and a header per series', () => {
		const chart = breakdownChart({ kind: 'breakdown', id: 'aides', title: 'Aides', dataset: 'article-2-1', column: 'nombre' }, aides);
		const parsed = Papa.parse<string[]>(chartCsv(chart).trim()).data;
		expect(parsed[0]).toEqual(['Aides et services', 'Nombre (nombre)']);
		expect(parsed.slice(1)).toEqual([
			['Sécurisation', '5823'],
			['Mobilité', '1575'],
			['Ménages logés', '1306'],
			['Difficulté', '391'],
			['Accession', '268'],
			['Total', '9363'],
		]);
	});
});

describe('chartCitation', () => {
	test('names the chart, the page, the source part and the licence', () => {
		const chart = breakdownChart({ kind: 'breakdown', id: 'aides', title: 'Aides', dataset: 'article-2-1', column: 'nombre' }, aides);
		const text = chartCitation(
			chart,
			'https://site.example/territoires/dijon/',
			() => 'Avenant 2020-2022',
			new URL('https://site.example'),
		);
		expect(text).toBe(
			'« Aides », Partenariats Action Logement, https://site.example/territoires/dijon/#graphique-aides. Source : Avenant 2020-2022, Article 2.1 (https://site.example/documents/dijon-avenant-2020-2022/#article-2-1). Données : https://site.example/donnees/#article-2-1. Licence Ouverte 2.0 (Etalab).',
		);
	});
});

describe('frenchList', () => {
	test.each([
		[[], ''],
		[['a'], 'a'],
		[['a', 'b'], 'a et b'],
		[['a', 'b', 'c'], 'a, b et c'],
	])('%j -> %s', (items, text) => {
		expect(frenchList(items)).toBe(text);
	});
});

describe('chartImageFooter', () => {
	const chart = comparisonChart({ ...bilanPrevision, title: 'Bilan et prévision' }, annexe1, annexe2);
	test('names the source parts once per document, the data day, the licence and the chart’s address', () => {
		expect(
			chartImageFooter({ ...chart, notes: [] }, 'https://site.example/territoires/dijon/', () => 'Avenant 2020-2022', '2026-12-03'),
		).toBe(
			'Source : Avenant 2020-2022, annexe 1 et annexe 2 · Données du 3 décembre 2026 · Licence Ouverte 2.0 (Etalab) · https://site.example/territoires/dijon/#graphique-bp',
		);
	});
	test('without a data day, says none', () => {
		expect(chartImageFooter(chart, 'https://s/', (id) => id, undefined)).not.toContain('Données du');
	});
	test('the notes its labels call come first, one paragraph each', () => {
		const noted = { ...chart, notes: ['(1) cette ligne comprend…', '(2) cette ligne comprend…'] };
		expect(chartImageFooter(noted, 'https://s/', (id) => id, undefined).split('\n')).toEqual([
			'(1) cette ligne comprend…',
			'(2) cette ligne comprend…',
			expect.stringMatching(/^Source : /),
		]);
	});
});
