import { describe, expect, test } from 'vitest';
import { checkTotals, type TotalsSpec } from './totals';
import type { Row } from './csv';

/** Annexe 1 of the Dijon avenant, as the source gives it. */
const annexe1: Row[] = [
	{ ligne: 'Production de logement social et intermédiaire (1)', a2017: 7385, a2018: 4567, a2019: 3476, total: 15428 },
	{ ligne: 'Services et aides aux salariés (2)', a2017: 5836, a2018: 5678, a2019: 3661, total: 15175 },
	{ ligne: 'Total Général', a2017: 13221, a2018: 10245, a2019: 7137, total: 30603 },
];
const lines = [2, 3, 4];
const spec: TotalsSpec = {
	columns: [
		{ name: 'ligne', type: 'string' },
		{ name: 'a2017', type: 'number' },
		{ name: 'a2018', type: 'number' },
		{ name: 'a2019', type: 'number' },
		{ name: 'total', type: 'number', sumOf: ['a2017', 'a2018', 'a2019'] },
	],
	totalRow: 'Total Général',
};

const withCell = (rowIndex: number, column: string, value: number | null): Row[] =>
	annexe1.map((row, i) => (i === rowIndex ? { ...row, [column]: value } : row));

describe('checkTotals', () => {
	test('accepts the source figures: 15 428 + 15 175 = 30 603 and 13 221 + 10 245 + 7 137 = 30 603', () => {
		expect(checkTotals(annexe1, lines, spec)).toEqual([]);
	});

	test.each([
		['a row total off by one', withCell(0, 'total', 15429), 2, 'total', /15 429.*15 428/],
		['a year that breaks its row total', withCell(1, 'a2018', 5679), 3, 'total', /15 175.*15 176/],
		['a column total off', withCell(2, 'a2019', 7138), 4, 'a2019', /Total Général.*7 138.*7 137/],
		['the grand total off', withCell(2, 'total', 30600), 4, 'total', /30 600/],
	])('reports %s with its line and column', (_, rows, line, column, message) => {
		const issues = checkTotals(rows, lines, spec);
		const issue = issues.find((i) => i.line === line && i.column === column);
		expect(issue, JSON.stringify(issues)).toBeDefined();
		expect(issue!.message.replace(/[\u00a0\u202f]/g, ' ')).toMatch(message);
	});

	test('allows the gap a rounding source declares, and no more', () => {
		const rounded: TotalsSpec = {
			columns: [
				{ name: 'aide', type: 'string' },
				{ name: 'montant', type: 'number', tolerance: 0.05 },
			],
			totalRow: 'Total',
		};
		const rows = (total: number): Row[] => [
			{ aide: 'accession', montant: 4.2 },
			{ aide: 'sécurisation', montant: 8.6 },
			{ aide: 'mobilité', montant: 2.2 },
			{ aide: 'difficulté', montant: 0.236 },
			{ aide: 'ménages logés', montant: null },
			{ aide: 'Total', montant: total },
		];
		expect(checkTotals(rows(15.2), [2, 3, 4, 5, 6, 7], rounded)).toEqual([]);
		expect(checkTotals(rows(15.1), [2, 3, 4, 5, 6, 7], rounded)).toHaveLength(1);
	});

	test('reports a missing total row and unknown summed columns', () => {
		expect(checkTotals(annexe1.slice(0, 2), lines, spec)[0]?.message).toMatch(/introuvable/);
		const bad: TotalsSpec = {
			columns: [
				{ name: 'l', type: 'string' },
				{ name: 't', type: 'number', sumOf: ['x'] },
			],
		};
		expect(checkTotals([{ l: 'a', t: 1 }], [2], bad)[0]?.message).toMatch(/colonnes inconnues : x/);
	});
});
