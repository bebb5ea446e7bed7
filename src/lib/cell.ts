/**
 * A table cell, read once: its text as a number (the French spreadsheet formats included), a stored
 * cell as a number, and whether a text cell would run as a formula in a spreadsheet. The CSV reader
 * (csv.ts), the totals (totals.ts), the charts and the open-data downloads share these.
 */
import type { Cell, Row } from './dataset-schema';

/**
 * Characters that make a spreadsheet run a text cell as a formula (OWASP, "CSV injection"), with
 * their full-width forms, which some spreadsheets also run. No `$`: a whole multi-line cell counts.
 * Numbers are not text: `-12` in a number column is a number, read by `parseNumber`.
 */
export const SPREADSHEET_FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Whether a text cell would run as a formula when the CSV is opened in a spreadsheet. */
export function isFormulaLike(cell: string): boolean {
	return SPREADSHEET_FORMULA.test(cell);
}

/** Spaces may only group thousands: "15 428" yes, "1 5428" no (`\s` holds NBSP and narrow NBSP). */
const GROUPED_THOUSANDS = /^-?\d{1,3}(\s\d{3})*([.,]\d+)?$/;
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

/** "15 428", "15 428", "4,2", "4.2", "-3" -> number; "" -> null; anything else -> undefined. */
export function parseNumber(cell: string): number | null | undefined {
	const text = cell.trim();
	if (text === '') return null;
	if (/\s/.test(text) && !GROUPED_THOUSANDS.test(text)) return undefined;
	const compact = text.replace(/\s/g, '');
	if (!PLAIN_NUMBER.test(compact)) return undefined;
	return Number(compact.replace(',', '.'));
}

/** A stored cell as a number: null when it holds text or nothing. */
export function numberIn(row: Readonly<Row>, column: string): number | null {
	const value: Cell | undefined = row[column];
	return typeof value === 'number' ? value : null;
}

/** The sum of figures, missing ones as 0, rounded to 12 significant digits so that 0.1 + 0.2 is 0.3. */
export function sum(values: readonly (number | null | undefined)[]): number {
	return Number(values.reduce<number>((total, value) => total + (value ?? 0), 0).toPrecision(12));
}
