/**
 * Reading annex tables from CSV: papaparse does the parsing, this module says what a valid
 * table is. It accepts both the plain CSV of the repository (`,`, point decimals) and what
 * officials export from a French spreadsheet (`;`, BOM, spaces between thousands, decimal comma).
 */
import Papa from 'papaparse';
import type { ColumnType } from './domain';

export interface ColumnSpec {
	name: string;
	type: ColumnType;
}

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

/** A problem in a data file, with the line (1-based, as an editor sees it) and the column. */
export interface DataIssue {
	line?: number | undefined;
	column?: string | undefined;
	message: string;
}

export interface ParsedTable {
	rows: Row[];
	/** CSV line of each row. */
	lines: number[];
	issues: DataIssue[];
}

/** Characters that make a spreadsheet run a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+@\t\r]/;

/** "15 428", "15 428", "4,2", "4.2", "-3" -> number; "" -> null; anything else -> undefined. */
export function parseNumber(cell: string): number | null | undefined {
	const text = cell.trim();
	if (text === '') return null;
	const compact = text.replace(/[\s\u00a0\u202f]/g, '');
	// Spaces may only group thousands: "15 428" yes, "1 5428" no.
	if (/\s|\u00a0|\u202f/.test(text) && !/^-?\d{1,3}([\s\u00a0\u202f]\d{3})*([.,]\d+)?$/.test(text)) {
		return undefined;
	}
	if (!/^-?\d+([.,]\d+)?$/.test(compact)) return undefined;
	return Number(compact.replace(',', '.'));
}

/** Whether a text cell would run as a formula when the CSV is opened in a spreadsheet. */
export function isFormulaLike(cell: string): boolean {
	return FORMULA_START.test(cell);
}

/** Parses a CSV text against the columns it must have, in order. */
export function parseTable(text: string, columns: readonly ColumnSpec[]): ParsedTable {
	const issues: DataIssue[] = [];
	const content = text.replace(/^\uFEFF/, '');
	if (content.trim() === '') {
		return { rows: [], lines: [], issues: [{ line: 1, message: 'le fichier est vide' }] };
	}

	const records: { line: number; cells: string[] }[] = [];
	let offset = 0;
	let line = 1;
	const advanceTo = (position: number) => {
		for (; offset < position; offset++) if (content[offset] === '\n') line++;
	};
	const result = Papa.parse<string[]>(content, {
		delimitersToGuess: [',', ';', '\t'],
		skipEmptyLines: 'greedy',
		step: (row) => {
			// Skip the blank lines papaparse passed over to reach the line this row starts on.
			while (offset < content.length && /[\r\n]/.test(content[offset]!)) advanceTo(offset + 1);
			records.push({ line, cells: row.data });
			advanceTo(row.meta.cursor);
		},
	});
	for (const error of result.errors) {
		issues.push({ line: (error.row ?? 0) + 1, message: `CSV illisible : ${error.message}` });
	}

	const [header, ...body] = records;
	if (!header) return { rows: [], lines: [], issues: [{ line: 1, message: 'le fichier est vide' }] };

	const expected = columns.map((c) => c.name);
	const found = header.cells.map((c) => c.trim());
	const missing = expected.filter((name) => !found.includes(name));
	const extra = found.filter((name) => !expected.includes(name));
	if (missing.length > 0 || extra.length > 0 || found.join() !== expected.join()) {
		const parts = [
			missing.length > 0 && `colonne(s) manquante(s) : ${missing.join(', ')}`,
			extra.length > 0 && `colonne(s) en trop : ${extra.join(', ')}`,
		].filter(Boolean);
		issues.push({
			line: header.line,
			message: `en-tête attendu « ${expected.join(', ')} », trouvé « ${found.join(', ')} »${
				parts.length > 0 ? ` (${parts.join(' ; ')})` : ' (ordre différent)'
			}`,
		});
		return { rows: [], lines: [], issues };
	}
	if (body.length === 0) issues.push({ line: header.line + 1, message: "le tableau n'a aucune ligne" });

	const rows: Row[] = [];
	const lines: number[] = [];
	for (const record of body) {
		if (record.cells.length !== columns.length) {
			issues.push({
				line: record.line,
				message: `${record.cells.length} cellule(s) au lieu de ${columns.length}`,
			});
			continue;
		}
		const row: Row = {};
		columns.forEach((column, index) => {
			const cell = record.cells[index]!;
			if (column.type === 'number') {
				const value = parseNumber(cell);
				if (value === undefined) {
					issues.push({
						line: record.line,
						column: column.name,
						message: `« ${cell} » n'est pas un nombre`,
					});
				}
				row[column.name] = value ?? null;
			} else {
				const value = cell.trim();
				if (isFormulaLike(cell)) {
					issues.push({
						line: record.line,
						column: column.name,
						message: `« ${cell} » commence par un caractère qu'un tableur exécuterait comme une formule (=, +, @)`,
					});
				}
				row[column.name] = value === '' ? null : value;
			}
		});
		rows.push(row);
		lines.push(record.line);
	}
	return { rows, lines, issues };
}

/** "data/dijon/x.csv:4: colonne « total » : …" — the form of every data error. */
export function formatIssue(file: string, issue: DataIssue): string {
	const where = issue.line === undefined ? file : `${file}:${issue.line}`;
	const column = issue.column ? `colonne « ${issue.column} » : ` : '';
	return `${where}: ${column}${issue.message}`;
}
