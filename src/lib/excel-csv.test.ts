import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { EXCEL_CSV, excelCell, excelCsv } from './excel-csv';

describe('excelCsv', () => {
	test('starts with the UTF-8 BOM, separates by « ; », ends each line with CRLF', () => {
		const text = excelCsv(['ligne', 'total'], [{ ligne: 'Production', total: 15428 }]);
		expect(text).toBe('\uFEFFligne;total\r\nProduction;15428\r\n');
		expect(new TextEncoder().encode(text).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
	});

	test.each([
		[15.2, '15,2'],
		[0.236, '0,236'],
		[-3.5, '-3,5'],
		[30603, '30603'],
		[null, ''],
		[true, 'true'],
	])('a cell %j is written %j (decimal comma, no thousands separator)', (cell, written) => {
		expect(excelCell(cell)).toBe(written);
	});

	test.each([
		['a;b', '"a;b"'],
		['dit "oui"', '"dit ""oui"""'],
		['ligne\nsuivante', '"ligne\nsuivante"'],
		['ligne\r\nsuivante', '"ligne\r\nsuivante"'],
		// Commas are no separator here: a text with a comma stays bare.
		['15,2 M€, dont 4,2', '15,2 M€, dont 4,2'],
	])('quotes a text cell %j only when it must: %s', (cell, written) => {
		expect(excelCsv(['t'], [{ t: cell }])).toBe(`\uFEFFt\r\n${written}\r\n`);
	});

	test.each([
		['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
		['+33 6 00 00 00 00', `'+33 6 00 00 00 00`],
		['-2 aides', `'-2 aides`],
		['@SUM(A1)', `'@SUM(A1)`],
		['\tcaché', `'\tcaché`],
		['＝1+1', `'＝1+1`],
		['=1+1\nsuite', `"'=1+1\nsuite"`],
		['=A1;B1', `"'=A1;B1"`],
	])('a text cell %j is written as text, never as a formula: %s', (cell, written) => {
		expect(excelCsv(['t'], [{ t: cell }])).toBe(`\uFEFFt\r\n${written}\r\n`);
	});

	test('a negative figure is a number, not a formula: no apostrophe', () => {
		expect(excelCsv(['solde'], [{ solde: -3.5 }])).toBe('\uFEFFsolde\r\n-3,5\r\n');
	});

	test('reads back with papaparse (« ; », decimal comma) to the same values', () => {
		const rows = [
			{ ligne: 'Production; logement (1)', total: 15.2 },
			{ ligne: 'Total "Général"', total: null },
		];
		const text = excelCsv(['ligne', 'total'], rows);
		const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: EXCEL_CSV.delimiter, skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.data).toEqual([
			['ligne', 'total'],
			['Production; logement (1)', '15,2'],
			['Total "Général"', ''],
		]);
		expect(Number(parsed.data[1]![1]!.replace(',', '.'))).toBe(15.2);
	});
});
