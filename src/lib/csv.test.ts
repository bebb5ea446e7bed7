import { describe, expect, test } from 'vitest';
import { formatProblem } from './build-error';
import { issueProblem, parseTable, type ColumnSpec } from './csv';

const columns: ColumnSpec[] = [
	{ name: 'ligne', type: 'string' },
	{ name: 'a2017', type: 'number' },
	{ name: 'total', type: 'number' },
];

describe('parseTable', () => {
	test('reads plain CSV to typed rows with their lines', () => {
		const table = parseTable('ligne,a2017,total\nA,1,1\n\nB,2.5,2.5\n', columns);
		expect(table.issues).toEqual([]);
		expect(table.rows).toEqual([
			{ ligne: 'A', a2017: 1, total: 1 },
			{ ligne: 'B', a2017: 2.5, total: 2.5 },
		]);
		expect(table.lines).toEqual([2, 4]);
	});

	test('reads a French spreadsheet export to the same numbers', () => {
		const plain = parseTable('ligne,a2017,total\nProduction,7385,15428.5\n', columns);
		const excel = parseTable('\uFEFFligne;a2017;total\r\nProduction;7\u00a0385;15 428,5\r\n', columns);
		expect(excel.issues).toEqual([]);
		expect(excel.rows).toEqual(plain.rows);
	});

	test('keeps quoted cells with separators', () => {
		const table = parseTable('ligne,a2017,total\n"Aides, dont VISALE",1,1\n', columns);
		expect(table.rows[0]?.ligne).toBe('Aides, dont VISALE');
	});

	test('an empty cell of a number column is null', () => {
		const table = parseTable('ligne,a2017,total\nA,,1\n', columns);
		expect(table.issues).toEqual([]);
		expect(table.rows[0]?.a2017).toBeNull();
	});

	test.each([
		['an empty file', '', /le fichier est vide/, 1],
		['a file of blank lines', '\n\n', /le fichier est vide/, 1],
		['a missing column', 'ligne,a2017\nA,1\n', /colonne\(s\) manquante\(s\) : total/, 1],
		['an extra column', 'ligne,a2017,total,x\nA,1,1,2\n', /colonne\(s\) en trop : x/, 1],
		['columns out of order', 'ligne,total,a2017\nA,1,1\n', /ordre différent/, 1],
		['a header only', 'ligne,a2017,total\n', /aucune ligne/, 2],
		['a short row', 'ligne,a2017,total\nA,1,1\nB,2\n', /2 cellule\(s\) au lieu de 3/, 3],
		['a non-numeric amount', 'ligne,a2017,total\nA,1,1\nB,deux,2\n', /« deux » n'est pas un nombre/, 3],
		['an amount with its unit', 'ligne,a2017,total\nA,15 M€,1\n', /« 15 M€ » n'est pas un nombre/, 2],
		['a formula in a text cell', 'ligne,a2017,total\n=HYPERLINK("x"),1,1\n', /formule/, 2],
		['a + in a text cell', 'ligne,a2017,total\n+A,1,1\n', /formule/, 2],
		['an @ in a text cell', 'ligne,a2017,total\n@A,1,1\n', /formule/, 2],
		['a - in a text cell', 'ligne,a2017,total\n-A,1,1\n', /formule/, 2],
		['a full-width ＝ in a text cell', 'ligne,a2017,total\n＝A,1,1\n', /formule/, 2],
	])('rejects %s', (_, text, message, line) => {
		const { issues } = parseTable(text, columns);
		expect(issues.length).toBeGreaterThan(0);
		expect(issues[0]!.message).toMatch(message);
		expect(issues[0]!.line).toBe(line);
	});
});

test('reads a negative figure in a number column as a number, not as a formula', () => {
	const table = parseTable('ligne,a2017,total\nSolde,-12,-12\n', columns);
	expect(table.issues).toEqual([]);
	expect(table.rows).toEqual([{ ligne: 'Solde', a2017: -12, total: -12 }]);
});

describe('issueProblem', () => {
	test.each([
		[{ line: 4, column: 'total', message: 'faux' }, 'data/dijon/x.csv:4: colonne « total » : faux'],
		[{ message: 'vide' }, 'data/dijon/x.csv: vide'],
	])('%j reads %j', (issue, text) => {
		expect(formatProblem(issueProblem('data/dijon/x.csv', issue))).toBe(text);
	});
});
