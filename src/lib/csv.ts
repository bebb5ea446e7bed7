/**
 * Reading annex tables from CSV: papaparse does the parsing, this module says what a valid
 * table is. It accepts both the plain CSV of the repository (`,`, point decimals) and what
 * officials export from a French spreadsheet (`;`, BOM, spaces between thousands, decimal comma).
 */
import Papa from 'papaparse';
import type { Problem } from './build-error';
import { isFormulaLike, readNumber, type DecimalMark } from './cell';
import type { DatasetColumn, Row } from './dataset-schema';

export type { Cell, Row } from './dataset-schema';

/** What reading a CSV needs of its columns: their names, in order, and which hold numbers. */
export type ColumnSpec = Pick<DatasetColumn, 'name' | 'type'>;

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

/** Parses a CSV text against the columns it must have, in order; `decimalMark` is the dataset's, when it declares one. */
export function parseTable(text: string, columns: readonly ColumnSpec[], decimalMark?: DecimalMark): ParsedTable {
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
				const reading = readNumber(cell, decimalMark);
				if ('problem' in reading) issues.push({ line: record.line, column: column.name, message: reading.problem });
				row[column.name] = 'value' in reading ? reading.value : null;
			} else {
				// Only text cells: a number column reads "-12" as a number above, and the downloads write it as one.
				const value = cell.trim();
				if (isFormulaLike(cell)) {
					issues.push({
						line: record.line,
						column: column.name,
						message: `« ${cell} » commence par un caractère qu'un tableur exécuterait comme une formule (=, +, -, @, tabulation, retour chariot, ou leur forme pleine chasse ＝ ＋ － ＠)`,
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

/** A data issue as the build reports it (`data/dijon/x.csv:4: colonne « total » : …`): the file and line, the column named in the message. */
export function issueProblem(file: string, issue: DataIssue): Problem {
	const column = issue.column ? `colonne « ${issue.column} » : ` : '';
	return { file, ...(issue.line !== undefined && { line: issue.line }), message: `${column}${issue.message}` };
}
