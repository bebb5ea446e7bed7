import { describe, expect, test } from 'vitest';
import { isFormulaLike, numberIn, parseNumber, readNumber, sum } from './cell';

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

describe('readNumber', () => {
	const problem = (cell: string, mark?: ',' | '.') => {
		const reading = readNumber(cell, mark);
		return 'problem' in reading ? reading.problem : undefined;
	};

	test('-0 is 0, not a figure that reads « -0 M€ »', () => {
		expect(Object.is(parseNumber('-0'), 0)).toBe(true);
		expect(Object.is(parseNumber('-0,0'), 0)).toBe(true);
	});

	test('a figure with more digits than a number keeps is refused, named by its beginning', () => {
		expect(problem('9'.repeat(310))).toBe(`« ${'9'.repeat(20)}… » : 310 chiffres, plus que les 15 qu'un nombre garde exactement`);
		expect(problem('1234567890123456')).toContain('16 chiffres');
		expect(readNumber('123456789012345')).toEqual({ value: 123456789012345 });
		expect(readNumber('0,000000000000001')).toEqual({ value: 1e-15 });
	});

	test('« 12,345 » is ambiguous without a declared decimal mark', () => {
		expect(problem('12,345')).toBe(
			'« 12,345 » : virgule suivie de trois chiffres, ambiguë (12 et 345 millièmes, ou 12 345 ?) ; écrire 12345 ou 12.345, ou déclarer "decimalMark": "," dans les métadonnées du tableau',
		);
		expect(problem('-1,234')).toContain('ambiguë');
		// A comma that cannot stand between thousands is a decimal one.
		expect(readNumber('0,236')).toEqual({ value: 0.236 });
		expect(readNumber('1234,567')).toEqual({ value: 1234.567 });
		expect(readNumber('15 428,500')).toEqual({ value: 15428.5 });
		expect(readNumber('4,25')).toEqual({ value: 4.25 });
	});

	test('a declared decimal mark reads « 12,345 » and refuses the other mark', () => {
		expect(readNumber('12,345', ',')).toEqual({ value: 12.345 });
		expect(problem('12.345', ',')).toBe("« 12.345 » : « . », alors que les décimales de ce tableau s'écrivent avec « , » (decimalMark)");
		expect(problem('4,2', '.')).toContain("« , », alors que les décimales de ce tableau s'écrivent avec « . »");
		expect(readNumber('4.2', '.')).toEqual({ value: 4.2 });
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
