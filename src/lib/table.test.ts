import { describe, expect, test } from 'vitest';
import { EMPTY_CELL, tableOf } from './table';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('tableOf', () => {
	const view = tableOf({
		columns: [
			{ name: 'ligne', label: 'PRETS, AIDES ET SERVICES', type: 'string' },
			{ name: 'total', label: 'Total 2017 / 2019 (en k€)', type: 'number', unit: 'k€' },
			{ name: 'montant', label: 'Montant', type: 'number', unit: 'M€' },
		],
		rows: [
			{ ligne: 'Production (1)', total: 15428, montant: 4.2 },
			{ ligne: 'Total Général', total: 30603, montant: null },
		],
		totalRow: 'Total Général',
	});

	test('keeps the source headers and marks numeric columns', () => {
		expect(view.headers).toEqual([
			{ label: 'PRETS, AIDES ET SERVICES', numeric: false },
			{ label: 'Total 2017 / 2019 (en k€)', numeric: true },
			{ label: 'Montant', numeric: true },
		]);
	});

	test('writes values in fr-FR with their unit and marks the total row', () => {
		expect(view.rows.map((r) => [r.label, r.isTotal, ...r.cells.map((c) => plain(c.text))])).toEqual([
			['Production (1)', false, '15 428 k€', '4,2 M€'],
			['Total Général', true, '30 603 k€', EMPTY_CELL],
		]);
		expect(view.rows[1]!.cells[1]!.empty).toBe(true);
	});
});
