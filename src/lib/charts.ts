/**
 * Charts as data: each chart kind turns its datasets into one `ChartData` — categories, series, one
 * unit — that the chart component draws, tabulates, describes in a sentence and offers as CSV.
 * Units are converted here (through format.ts) and only here; a chart never mixes two units.
 */
import Papa from 'papaparse';
import { BuildError, type Problem } from './build-error';
import { excelCsv } from './excel-csv';
import { numberIn as cellNumber, sum } from './cell';
import type { Dataset, DatasetColumn, Row } from './dataset-schema';
import type { Unit } from './domain';
import { footnotesFor } from './footnotes';
import { partLabel } from './anchors';
import { convertAmount, formatDate, formatPeriod, formatValue, isMoneyUnit } from './format';
import { absolute, anchors, paths } from './paths';
import { LICENCE_SHORT, SITE_NAME } from './site';
import { tableOf, type TableView } from './table';

/** What a chart needs of a dataset: its cells, its period, and where it comes from. */
export type ChartDataset = Pick<Dataset, 'caption' | 'document' | 'anchor' | 'period' | 'rows' | 'totalRow'> & {
	id: string;
	/** The source's notes on its rows ("(1) cette ligne comprend…"): a chart of those rows shows them. */
	footnotes?: readonly string[];
	columns: readonly Pick<DatasetColumn, 'name' | 'label' | 'short' | 'type' | 'unit'>[];
};

export type ChartSpec =
	| { kind: 'series'; id: string; title: string; dataset: string; columns: readonly string[]; categoryLabel: string }
	| {
			kind: 'comparison';
			id: string;
			title: string;
			unit: Unit;
			bilan: { dataset: string; column: string };
			prevision: { dataset: string; column: string };
	  }
	| { kind: 'breakdown'; id: string; title: string; dataset: string; column: string };

export interface ChartSeries {
	label: string;
	values: (number | null)[];
}

export interface ChartData {
	id: string;
	kind: ChartSpec['kind'];
	title: string;
	unit: Unit;
	/** Header of the table's first column: what the categories are. */
	categoryLabel: string;
	categories: string[];
	series: ChartSeries[];
	/**
	 * The stated total row (one value per series), shown in the table and the CSV but not drawn:
	 * a total among its parts would set the scale and flatten them.
	 */
	total?: { label: string; values: (number | null)[] };
	/** The source's footnotes whose call ("(1)") the chart's categories or series show. */
	notes: string[];
	/** One French sentence saying what the chart shows: its text alternative. */
	description: string;
	/** Where the figures come from, for links and the citation. */
	sources: { dataset: string; document: string; anchor: string; caption: string }[];
}

/** Where a chart is declared, for its errors: the territory's file and the field (`charts[0]`). */
export type ChartPlace = Pick<Problem, 'file' | 'field'>;

/** A chart called without its place (in tests) is named by its id. */
const unplaced = (spec: ChartSpec): ChartPlace => ({ file: `graphique « ${spec.id} »` });

const chartError = (at: ChartPlace, message: string) => new BuildError({ ...at, message });

const labelColumn = (dataset: ChartDataset) => dataset.columns[0]!.name;

function numericColumn(dataset: ChartDataset, name: string, at: ChartPlace) {
	const column = dataset.columns.find((c) => c.name === name);
	if (!column) {
		throw chartError(
			at,
			`jeu de données « ${dataset.id} » : pas de colonne « ${name} » (colonnes : ${dataset.columns.map((c) => c.name).join(', ')})`,
		);
	}
	if (column.type !== 'number' || !column.unit) {
		throw chartError(at, `jeu de données « ${dataset.id} » : la colonne « ${name} » n'est pas une colonne de nombres avec une unité`);
	}
	return column as typeof column & { unit: Unit };
}

const isTotal = (dataset: ChartDataset, row: Row) => dataset.totalRow !== undefined && row[labelColumn(dataset)] === dataset.totalRow;

const sourceOf = (dataset: ChartDataset) => ({
	dataset: dataset.id,
	document: dataset.document.id,
	anchor: dataset.anchor,
	caption: dataset.caption,
});

/** The footnotes of `datasets` that the chart's labels call, once each. */
function notesOf(datasets: readonly ChartDataset[], labels: readonly string[]): string[] {
	return [...new Set(datasets.flatMap((d) => footnotesFor(d.footnotes ?? [], labels)))];
}

/** "a, b et c". */
export function frenchList(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

const span = (period: { start: number; end: number }) =>
	period.start === period.end ? `En ${period.start}` : `De ${period.start} à ${period.end}`;

/** Bars per column (e.g. per year), one series per row of the dataset (e.g. per financing line). */
export function seriesChart(
	spec: Extract<ChartSpec, { kind: 'series' }>,
	dataset: ChartDataset,
	at: ChartPlace = unplaced(spec),
): ChartData {
	const columns = spec.columns.map((name) => numericColumn(dataset, name, at));
	const units = new Set(columns.map((c) => c.unit));
	if (units.size > 1) {
		throw chartError(at, `graphique « ${spec.id} » : unités mélangées (${[...units].join(', ')}) : une seule unité par graphique`);
	}
	const unit = columns[0]!.unit;
	const rows = dataset.rows.filter((row) => !isTotal(dataset, row));
	const totalRow = dataset.rows.find((row) => isTotal(dataset, row));
	const series = rows.map((row) => ({
		label: String(row[labelColumn(dataset)]),
		values: columns.map((c) => cellNumber(row, c.name)),
	}));
	const categories = columns.map((c) => c.short ?? c.label);
	const perCategory = columns.map((c, i) => (totalRow ? cellNumber(totalRow, c.name) : null) ?? sum(series.map((s) => s.values[i]!)));
	const grandTotal = sum(perCategory);
	const perSeries = series.map((s) => `${s.label} : ${formatValue(sum(s.values), unit)}`);
	const description =
		`${span(dataset.period)}, ${formatValue(grandTotal, unit)} au total : ` +
		`${frenchList(categories.map((category, i) => `${formatValue(perCategory[i]!, unit)} en ${category}`))}. ` +
		`Par ligne : ${perSeries.join(' ; ')}.`;
	return {
		id: spec.id,
		kind: spec.kind,
		title: spec.title,
		unit,
		categoryLabel: spec.categoryLabel,
		categories,
		series,
		notes: notesOf([dataset], [...categories, ...series.map((s) => s.label)]),
		description,
		sources: [sourceOf(dataset)],
	};
}

/** A bilan against a prévision, row by row (matched by their labels), converted to `spec.unit`. */
export function comparisonChart(
	spec: Extract<ChartSpec, { kind: 'comparison' }>,
	bilan: ChartDataset,
	prevision: ChartDataset,
	at: ChartPlace = unplaced(spec),
): ChartData {
	const bilanColumn = numericColumn(bilan, spec.bilan.column, at);
	const previsionColumn = numericColumn(prevision, spec.prevision.column, at);
	for (const unit of [bilanColumn.unit, previsionColumn.unit, spec.unit]) {
		if (!isMoneyUnit(unit)) throw chartError(at, `graphique « ${spec.id} » : « ${unit} » n'est pas une unité monétaire convertible`);
	}
	const to = (value: number | null, from: Unit) => (value === null ? null : convertAmount(value, from as 'k€', spec.unit as 'k€'));
	const previsionByLabel = new Map(prevision.rows.map((row) => [String(row[labelColumn(prevision)]), row]));
	const categories: string[] = [];
	const bilanValues: (number | null)[] = [];
	const previsionValues: (number | null)[] = [];
	const parts: string[] = [];
	let total: ChartData['total'];
	for (const row of bilan.rows) {
		const label = String(row[labelColumn(bilan)]);
		const match = previsionByLabel.get(label);
		if (!match) {
			throw chartError(
				at,
				`graphique « ${spec.id} » : la ligne « ${label} » de « ${bilan.id} » n'a pas d'équivalent dans « ${prevision.id} »`,
			);
		}
		const b = to(cellNumber(row, bilanColumn.name), bilanColumn.unit);
		const rawPrevision = cellNumber(match, previsionColumn.name);
		const p = to(rawPrevision, previsionColumn.unit);
		// The total row goes to the table, not among the bars: 30 603 k€ beside 15 428 k€ would flatten the lines.
		if (isTotal(bilan, row)) total = { label, values: [b, p] };
		else {
			categories.push(label);
			bilanValues.push(b);
			previsionValues.push(p);
		}
		const converted =
			previsionColumn.unit !== spec.unit && rawPrevision !== null ? ` (${formatValue(rawPrevision, previsionColumn.unit)})` : '';
		parts.push(
			`${label} : ${b === null ? 'non précisé' : formatValue(b, spec.unit)} contre ${p === null ? 'non précisé' : formatValue(p, spec.unit)}${converted}`,
		);
	}
	const bilanLabel = `Bilan ${formatPeriod(bilan.period)}`;
	const previsionLabel = `Prévision ${formatPeriod(prevision.period)}`;
	const description = `${bilanLabel} et ${previsionLabel.toLowerCase()}, en ${spec.unit} : ${parts.join(' ; ')}.`;
	return {
		id: spec.id,
		kind: spec.kind,
		title: spec.title,
		unit: spec.unit,
		categoryLabel: bilan.columns[0]!.label,
		categories,
		series: [
			{ label: bilanLabel, values: bilanValues },
			{ label: previsionLabel, values: previsionValues },
		],
		...(total ? { total } : {}),
		notes: notesOf([bilan, prevision], categories),
		description,
		sources: [sourceOf(bilan), sourceOf(prevision)],
	};
}

/** The rows of one column, largest first: the parts that make a whole. */
export function breakdownChart(
	spec: Extract<ChartSpec, { kind: 'breakdown' }>,
	dataset: ChartDataset,
	at: ChartPlace = unplaced(spec),
): ChartData {
	const column = numericColumn(dataset, spec.column, at);
	const rows = dataset.rows
		.filter((row) => !isTotal(dataset, row))
		.map((row) => ({ label: String(row[labelColumn(dataset)]), value: cellNumber(row, column.name) }))
		.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
	const totalRow = dataset.rows.find((row) => isTotal(dataset, row));
	const total = (totalRow ? cellNumber(totalRow, column.name) : null) ?? sum(rows.map((r) => r.value));
	const description =
		`${span(dataset.period)}, ${formatValue(total, column.unit)} au total : ` +
		`${frenchList(rows.map((r) => `${r.label} (${r.value === null ? 'non précisé' : formatValue(r.value, column.unit)})`))}.`;
	return {
		id: spec.id,
		kind: spec.kind,
		title: spec.title,
		unit: column.unit,
		categoryLabel: dataset.columns[0]!.label,
		categories: rows.map((r) => r.label),
		series: [{ label: column.short ?? column.label, values: rows.map((r) => r.value) }],
		...(totalRow ? { total: { label: String(totalRow[labelColumn(dataset)]), values: [cellNumber(totalRow, column.name)] } } : {}),
		notes: notesOf(
			[dataset],
			rows.map((r) => r.label),
		),
		description,
		sources: [sourceOf(dataset)],
	};
}

/** Builds any chart from its spec, finding its datasets with `dataset(id)`; a BuildError says what is wrong, `at` the spec. */
export function buildChart(spec: ChartSpec, dataset: (id: string) => ChartDataset, at: ChartPlace = unplaced(spec)): ChartData {
	switch (spec.kind) {
		case 'series':
			return seriesChart(spec, dataset(spec.dataset), at);
		case 'comparison':
			return comparisonChart(spec, dataset(spec.bilan.dataset), dataset(spec.prevision.dataset), at);
		case 'breakdown':
			return breakdownChart(spec, dataset(spec.dataset), at);
	}
}

/** The chart's data as a table: one row per category, one column per series, in the chart's unit. */
export function chartTable(chart: ChartData): TableView {
	const totals = chart.total ? [{ category: chart.total.label, values: chart.total.values }] : [];
	return tableOf({
		...(chart.total ? { totalRow: chart.total.label } : {}),
		columns: [
			{ name: 'category', label: chart.categoryLabel, type: 'string' },
			...chart.series.map((s, i) => ({ name: `s${i}`, label: s.label, type: 'number' as const, unit: chart.unit })),
		],
		rows: [
			...chart.categories.map((category, i) => ({
				category,
				...Object.fromEntries(chart.series.map((s, j) => [`s${j}`, s.values[i] ?? null])),
			})),
			...totals.map((t) => ({ category: t.category, ...Object.fromEntries(t.values.map((v, j) => [`s${j}`, v])) })),
		],
	});
}

/** The chart's table as CSV: plain numbers with a point, empty cells for missing figures. */
export function chartCsv(chart: ChartData): string {
	const header = [chart.categoryLabel, ...chart.series.map((s) => `${s.label} (${chart.unit})`)];
	const rows = chart.categories.map((category, i) => [category, ...chart.series.map((s) => s.values[i] ?? '')]);
	if (chart.total) rows.push([chart.total.label, ...chart.total.values.map((v) => v ?? '')]);
	return `${Papa.unparse([header, ...rows], { newline: '\n' })}\n`;
}

/** The chart's table as « CSV pour Excel »: the same header and rows as `chartCsv`, BOM, `;`, decimal comma. */
export function chartExcelCsv(chart: ChartData): string {
	const header = [chart.categoryLabel, ...chart.series.map((s) => `${s.label} (${chart.unit})`)];
	const row = (label: string, values: readonly (number | null | undefined)[]) =>
		Object.fromEntries([label, ...values.map((v) => v ?? null)].map((cell, i) => [header[i]!, cell]));
	const rows = chart.categories.map((category, i) =>
		row(
			category,
			chart.series.map((s) => s.values[i]),
		),
	);
	if (chart.total) rows.push(row(chart.total.label, chart.total.values));
	return excelCsv(header, rows);
}

/** "Citer" text: the chart, the source document and its part, the datasets of /donnees/, the licence. */
export function chartCitation(chart: ChartData, pageUrl: string, documentTitle: (id: string) => string, site: URL): string {
	const sources = chart.sources.map(
		(s) => `${documentTitle(s.document)}, ${s.caption} (${absolute(paths.document(s.document, s.anchor), site)})`,
	);
	const data = chart.sources.map((s) => absolute(paths.data.entry(s.dataset), site));
	return (
		`« ${chart.title} », ${SITE_NAME}, ${pageUrl}#${anchors.chart(chart.id)}. Source : ${[...new Set(sources)].join(' ; ')}. ` +
		`Données : ${[...new Set(data)].join(' ; ')}. ${LICENCE_SHORT}.`
	);
}

/**
 * The line drawn under the chart in its PNG: "Source : <document>, annexe 1 et annexe 2 · Données du
 * <day> · Licence Ouverte 2.0 (Etalab) · <address>", so that the image still names its source off the site.
 */
export function chartImageFooter(
	chart: Pick<ChartData, 'id' | 'sources' | 'notes'>,
	pageUrl: string,
	documentTitle: (id: string) => string,
	dataDay: string | undefined,
): string {
	const parts = new Map<string, string[]>();
	for (const source of chart.sources) {
		const part = partLabel(source.anchor) ?? source.caption;
		const list = parts.get(source.document) ?? [];
		if (!list.includes(part)) list.push(part);
		parts.set(source.document, list);
	}
	const sources = [...parts].map(([document, list]) => `${documentTitle(document)}, ${frenchList(list)}`);
	const line = [
		`Source : ${sources.join(' ; ')}`,
		...(dataDay ? [`Données du ${formatDate(dataDay)}`] : []),
		LICENCE_SHORT,
		`${pageUrl}#${anchors.chart(chart.id)}`,
	].join(' · ');
	// The notes its labels call ("(1) cette ligne…") go with the image too, one paragraph each, above the source.
	return [...chart.notes, line].join('\n');
}
