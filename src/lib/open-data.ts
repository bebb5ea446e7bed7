/**
 * The open data of /donnees/: a dataset as CSV (written by papaparse) and as typed JSON, its
 * licence, its addresses and how to cite it. Pure: the routes of src/pages/donnees/ give it the
 * datasets collection, the one source of the tables of the pages and of the downloads.
 */
import Papa from 'papaparse';
import { partLabel } from './anchors';
import { SPREADSHEET_FORMULA } from './cell';
import type { Cell, Dataset, DatasetColumn } from './dataset-schema';
import { datasetNatureLabels, unitLabels, type Unit } from './domain';
import { excelCsv } from './excel-csv';
import { footnotesFor } from './footnotes';
import { formatPeriod } from './format';
import type { DatasetFacts } from './jsonld';
import { absolute, paths } from './paths';
import { LICENCE, LICENCE_SHORT, SITE_NAME } from './site';

export { SPREADSHEET_FORMULA };

/** Names of files of /donnees/ that are not datasets: a dataset may not take them. */
export const RESERVED_DATA_IDS = ['deliberations', 'datapackage'] as const;

/** What the downloads say of a column. */
export type DataColumn = Pick<DatasetColumn, 'name' | 'label' | 'type' | 'unit' | 'description'>;

/** A dataset with what the catalogue says of it: where it comes from (the document and territory, resolved) and what it holds. */
export type CatalogueEntry = Pick<
	Dataset,
	'title' | 'description' | 'nature' | 'period' | 'rows' | 'totalRow' | 'footnotes' | 'notes' | 'anchor'
> & {
	id: string;
	columns: readonly DataColumn[];
	territory: { id: string; name: string };
	document: { id: string; shortTitle: string; title: string; issuer: string };
};

/**
 * A table as CSV (RFC 4180): UTF-8 text without BOM, comma, CRLF, header row, numbers as JavaScript
 * writes them (point decimals, no thousands separator), empty cell for null. A text cell that a spreadsheet would run
 * gets an apostrophe in front, which spreadsheets read as "this is text" (the JSON keeps the text).
 */
export function toCsv(fields: readonly string[], rows: readonly Readonly<Record<string, Cell | boolean>>[]): string {
	// papaparse's own `escapeFormulae: true` ends its pattern with `.*$`, which misses a cell holding a line break.
	const text = Papa.unparse(
		{ fields: [...fields], data: rows.map((row) => fields.map((field) => row[field] ?? null)) },
		{ escapeFormulae: SPREADSHEET_FORMULA, newline: '\r\n' },
	);
	// A last line break, so that line-based tools (wc, cat, diff) see the last row whole.
	return `${text}\r\n`;
}

/** A JSON download, indented for the people who open it in a browser or an editor. */
export function jsonText(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The suffix a figure's column takes in the downloads, so that its unit travels with its name (a
 * total in k€ beside one in M€ is a 1,000× error waiting): `total_2017_2019` -> `total_2017_2019_k_euros`.
 */
export const unitSuffixes = {
	'k€': 'k_euros',
	'M€': 'm_euros',
	'€': 'euros',
	nombre: undefined,
	'%': 'pourcent',
} as const satisfies Record<Unit, string | undefined>;

/** A column's name in the downloads: its source name, with its unit's suffix for a figure (unless the name has it already). */
export function publishedName(column: Pick<DataColumn, 'name' | 'type' | 'unit'>): string {
	const suffix = column.type === 'number' && column.unit ? unitSuffixes[column.unit] : undefined;
	return suffix === undefined || column.name.endsWith(`_${suffix}`) ? column.name : `${column.name}_${suffix}`;
}

/** A dataset's columns and rows under their published names (`publishedName`): what every download and the catalogue show. */
export function publishedTable<C extends DataColumn>(
	columns: readonly C[],
	rows: readonly Readonly<Record<string, Cell>>[],
): { columns: C[]; rows: Record<string, Cell>[] } {
	return {
		columns: columns.map((c) => ({ ...c, name: publishedName(c) })),
		rows: rows.map((row) => Object.fromEntries(columns.map((c) => [publishedName(c), row[c.name] ?? null]))),
	};
}

/** The column of the CSV downloads that marks a dataset's total row, when it has one. */
export const TOTAL_ROW_COLUMN = 'ligne_total';

/** What the Table Schema says of the total-row column. */
export function totalRowColumnDescription(totalRow: string): string {
	return `Vrai (true) pour la ligne « ${totalRow} », qui donne les totaux des autres lignes, faux (false) pour les autres : filtrez-la avant d'additionner une colonne.`;
}

/** The table the CSV downloads hold: the dataset's columns, then `ligne_total` (true or false) when it has a total row. */
export function downloadTable(entry: Pick<CatalogueEntry, 'columns' | 'rows' | 'totalRow'>): {
	fields: string[];
	rows: Record<string, Cell | boolean>[];
} {
	const fields = entry.columns.map((c) => c.name);
	const label = fields[0];
	if (entry.totalRow === undefined || label === undefined) return { fields, rows: [...entry.rows] };
	return {
		fields: [...fields, TOTAL_ROW_COLUMN],
		rows: entry.rows.map((row) => ({ ...row, [TOTAL_ROW_COLUMN]: row[label] === entry.totalRow })),
	};
}

/** The CSV download of a dataset: its columns in the order of its source file, and `ligne_total`. */
export function datasetCsv(entry: Pick<CatalogueEntry, 'columns' | 'rows' | 'totalRow'>): string {
	const table = downloadTable(entry);
	return toCsv(table.fields, table.rows);
}

/** The « CSV pour Excel » download of a dataset: the same columns and rows as its CSV, in French Excel's dialect. */
export function datasetExcelCsv(entry: Pick<CatalogueEntry, 'columns' | 'rows' | 'totalRow'>): string {
	const table = downloadTable(entry);
	return excelCsv(table.fields, table.rows);
}

/** The units of a dataset's figures, in the order of its columns. */
export function datasetUnits(columns: readonly DataColumn[]): Unit[] {
	return [...new Set(columns.flatMap((c) => (c.type === 'number' && c.unit ? [c.unit] : [])))];
}

/** A column's description for data users, its unit spelled out: "…, en milliers d'euros. Unité : k€ (milliers d'euros)." */
export function columnDescription(column: Pick<DataColumn, 'description' | 'unit'>): string {
	const text = /[.!?]$/.test(column.description) ? column.description : `${column.description}.`;
	if (!column.unit) return text;
	const words = unitLabels[column.unit];
	return `${text} Unité : ${column.unit === words ? words : `${column.unit} (${words})`}.`;
}

/** "annexe-1" -> "annexe 1", "article-2-1" -> "article 2.1": the part of a text, as a reader names it. */
export function partName(anchor: string): string {
	return partLabel(anchor) ?? `partie « ${anchor} »`;
}

/** What a data user must know before summing a column: which row already is the total. */
export function totalRowNote(entry: Pick<CatalogueEntry, 'totalRow'>): string | undefined {
	return entry.totalRow === undefined
		? undefined
		: `La ligne « ${entry.totalRow} » (${TOTAL_ROW_COLUMN} = true dans les CSV) donne les totaux des autres lignes : ne l'additionnez pas avec elles.`;
}

/** The source's footnotes that the dataset's rows call ("(1)"), as its table shows them. */
export function entryFootnotes(entry: Pick<CatalogueEntry, 'columns' | 'rows' | 'footnotes'>): string[] {
	const label = entry.columns[0]?.name;
	return footnotesFor(entry.footnotes, label === undefined ? [] : entry.rows.map((row) => String(row[label] ?? '')));
}

/** The address of the part of the document a dataset comes from. */
export function sourcePath(entry: Pick<CatalogueEntry, 'document' | 'anchor'>): string {
	return paths.document(entry.document.id, entry.anchor);
}

/** How to cite a dataset: who issued the text, which text and part, the dataset, where, under which licence. */
export function datasetCitation(entry: CatalogueEntry, site: URL): string {
	return (
		`${entry.document.issuer}, « ${entry.document.shortTitle} », ${partName(entry.anchor)} : « ${entry.title} ». ` +
		`${SITE_NAME}, ${absolute(paths.data.entry(entry.id), site)}. ${LICENCE_SHORT}.`
	);
}

/** What the catalogue's JSON-LD says of a dataset: at its entry of /donnees/, with its CSV and JSON downloads. */
export function datasetFacts(entry: CatalogueEntry, site: URL): DatasetFacts {
	const url = (path: string) => absolute(path, site);
	return {
		url: url(paths.data.entry(entry.id)),
		name: entry.title,
		description: entry.description,
		issuer: entry.document.issuer,
		territory: entry.territory.name,
		period: entry.period,
		document: url(paths.document(entry.document.id)),
		downloads: [
			{ url: url(paths.data.csv(entry.id)), format: 'text/csv' },
			{ url: url(paths.data.json(entry.id)), format: 'application/json' },
		],
	};
}

/** The JSON download of a dataset: the same rows, typed (numbers, null where the source gives no figure), with what describes them. */
export function datasetJson(entry: CatalogueEntry, site: URL) {
	const url = (path: string) => absolute(path, site);
	return {
		id: entry.id,
		title: entry.title,
		description: entry.description,
		territory: entry.territory,
		period: { ...entry.period, label: formatPeriod(entry.period) },
		nature: entry.nature,
		natureLabel: datasetNatureLabels[entry.nature],
		source: {
			document: entry.document.id,
			title: entry.document.title,
			issuer: entry.document.issuer,
			part: partName(entry.anchor),
			url: url(sourcePath(entry)),
		},
		licence: LICENCE,
		citation: datasetCitation(entry, site),
		catalogue: url(paths.data.entry(entry.id)),
		csv: url(paths.data.csv(entry.id)),
		excelCsv: url(paths.data.excelCsv(entry.id)),
		columns: entry.columns.map((c) => ({
			name: c.name,
			label: c.label,
			type: c.type,
			unit: c.unit ?? null,
			description: columnDescription(c),
		})),
		totalRow: entry.totalRow ?? null,
		footnotes: entry.footnotes,
		notes: entry.notes,
		rows: entry.rows,
	};
}
