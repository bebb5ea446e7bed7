/**
 * « CSV pour Excel »: the same columns and rows as an open-data CSV, in the dialect that French
 * Excel opens by a double click: UTF-8 with a byte order mark (else Excel reads Windows-1252),
 * `;` between cells (the comma is the French decimal separator), decimal comma, CRLF.
 */
import Papa from 'papaparse';
import { SPREADSHEET_FORMULA } from './cell';
import type { Cell } from './dataset-schema';

/** The dialect, as the Data Package describes it (`dialect`, `encoding`, each number field's `decimalChar`). */
export const EXCEL_CSV = {
	bom: '\uFEFF',
	delimiter: ';',
	decimalChar: ',',
	newline: '\r\n',
	/**
	 * The encoding's name, as the Data Package standard asks: the IANA name. The BOM is UTF-8's own
	 * signature, which Frictionless (Python) reads as `utf-8-sig` when it sees it.
	 */
	encoding: 'utf-8',
} as const;

/** A cell as Excel reads it: a number with a decimal comma and no thousands separator, a text cell that would run as a formula behind an apostrophe. */
export function excelCell(value: Cell | boolean | undefined): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return String(value).replace('.', EXCEL_CSV.decimalChar);
	if (typeof value === 'boolean') return String(value);
	return SPREADSHEET_FORMULA.test(value) ? `'${value}` : value;
}

/** A table as « CSV pour Excel »: header row of `fields`, then one line per row, ending with CRLF. */
export function excelCsv(fields: readonly string[], rows: readonly Readonly<Record<string, Cell | boolean>>[]): string {
	// Cells are formatted first, so papaparse only quotes (a cell holding `;`, `"`, or a line break).
	const text = Papa.unparse(
		{ fields: [...fields], data: rows.map((row) => fields.map((field) => excelCell(row[field]))) },
		{ delimiter: EXCEL_CSV.delimiter, newline: EXCEL_CSV.newline, escapeFormulae: false },
	);
	return `${EXCEL_CSV.bom}${text}${EXCEL_CSV.newline}`;
}
