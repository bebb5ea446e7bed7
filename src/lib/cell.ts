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
/** "12,345": a decimal comma, or a comma between thousands? A first group of 1 to 3 digits (not 0), then exactly three. */
const AMBIGUOUS_COMMA = /^-?([1-9]\d{0,2}),(\d{3})$/;

/** The decimal separators a dataset may declare for its CSV (`decimalMark` in its `.meta.json`). */
export const DECIMAL_MARKS = [',', '.'] as const;
export type DecimalMark = (typeof DECIMAL_MARKS)[number];

/** Significant digits a figure may have: past 15, a double no longer holds every one of them. */
export const MAX_DIGITS = 15;

/** A cell read as a figure: its value (null when empty), or what is wrong with it. */
export type NumberReading = { value: number | null } | { problem: string };

/** A cell's text in a message: whole when short, its beginning otherwise. */
const quoted = (cell: string) => `« ${cell.length > 24 ? `${cell.slice(0, 20)}…` : cell} »`;

/**
 * "15 428", "15 428", "4,2", "4.2", "-3" -> their value; "" -> null. Refused: what is not a number,
 * a figure of more than `MAX_DIGITS` digits, and "12,345" unless the dataset says which mark is its
 * decimal one (`decimalMark`): read as 12.345 it would be a thousandth of the 12 345 a spreadsheet
 * with commas between thousands meant. With a mark declared, the other one is refused. "-0" is 0.
 */
export function readNumber(cell: string, decimalMark?: DecimalMark): NumberReading {
	const text = cell.trim();
	if (text === '') return { value: null };
	const notANumber = { problem: `${quoted(cell)} n'est pas un nombre` };
	if (/\s/.test(text) && !GROUPED_THOUSANDS.test(text)) return notANumber;
	const compact = text.replace(/\s/g, '');
	if (!PLAIN_NUMBER.test(compact)) return notANumber;
	const mark = /[.,]/.exec(compact)?.[0];
	if (decimalMark !== undefined && mark !== undefined && mark !== decimalMark) {
		return {
			problem: `${quoted(cell)} : « ${mark} », alors que les décimales de ce tableau s'écrivent avec « ${decimalMark} » (decimalMark)`,
		};
	}
	const ambiguous = decimalMark === undefined ? AMBIGUOUS_COMMA.exec(text) : null;
	if (ambiguous) {
		const [, units, thousandths] = ambiguous;
		return {
			problem: `${quoted(cell)} : virgule suivie de trois chiffres, ambiguë (${units} et ${thousandths} millièmes, ou ${units} ${thousandths} ?) ; écrire ${units}${thousandths} ou ${units}.${thousandths}, ou déclarer "decimalMark": "," dans les métadonnées du tableau`,
		};
	}
	const digits = compact.replace(/[-.,]/g, '').replace(/^0+(?=\d)/, '');
	if (digits.length > MAX_DIGITS) {
		return { problem: `${quoted(cell)} : ${digits.length} chiffres, plus que les ${MAX_DIGITS} qu'un nombre garde exactement` };
	}
	const value = Number(compact.replace(',', '.'));
	// -0 would read "-0 M€" on a page and 0 in the downloads.
	return { value: value === 0 ? 0 : value };
}

/** A cell's value as `readNumber` reads it with no declared mark; undefined when it is not a figure. */
export function parseNumber(cell: string): number | null | undefined {
	const reading = readNumber(cell);
	return 'value' in reading ? reading.value : undefined;
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
