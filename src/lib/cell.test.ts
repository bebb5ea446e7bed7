import { describe, expect, test } from 'vitest';
import { isFormulaLike, numberIn, parseNumber, sum } from './cell';

describe('parseNumber', () => {
	test.each([
		['15428', 15428],
		['15 428', 15428],
		['15\u00a0428', 15428],
		['15\u202f428', 15428],
		['1 000 000', 1000000],
		['4,2', 4.2],
		['4.2', 4.2],
		['0,236', 0.236],
		['-3', -3],
		['  7385 ', 7385],
		['', null],
		['   ', null],
	])('%j -> %j', (cell, expected) => {
		expect(parseNumber(cell)).toBe(expected);
	});

	test.each([['abc'], ['15 M€'], ['1 5428'], ['4,2,1'], ['1.234,5'], ['12a'], ['=1+1']])('%j is not a number', (cell) => {
		expect(parseNumber(cell)).toBeUndefined();
	});
});

describe('isFormulaLike', () => {
	test.each([
		['=SOMME(A1:A3)', true],
		['+33 6 00', true],
		['@cmd', true],
		['\tcaché', true],
		['\rcaché', true],
		['-2+3', true],
		['＝SOMME(A1)', true],
		['＋1', true],
		['－1', true],
		['＠cmd', true],
		['Total Général', false],
		['Production de logement (1)', false],
		['', false],
	])('%j -> %s', (cell, expected) => {
		expect(isFormulaLike(cell)).toBe(expected);
	});
});

describe('numberIn', () => {
	test.each([
		[{ a: 3 }, 3],
		[{ a: -1.5 }, -1.5],
		[{ a: '3' }, null],
		[{ a: null }, null],
		[{}, null],
	])('%j -> %j', (row, expected) => {
		expect(numberIn(row, 'a')).toBe(expected);
	});
});

describe('sum', () => {
	test.each([
		[[7385, 5836], 13221],
		[[0.1, 0.2], 0.3],
		[[1, null, undefined, 2], 3],
		[[], 0],
	])('%j -> %j', (values, expected) => {
		expect(sum(values)).toBe(expected);
	});
});
