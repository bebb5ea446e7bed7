import { describe, expect, test } from 'vitest';
import { convertAmount, formatAmountInWords, formatDate, formatNumber, formatPeriod, formatValue } from './format';

/** Intl writes narrow no-break spaces; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatNumber', () => {
	test.each([
		[30603, '30 603'],
		[15428, '15 428'],
		[4.2, '4,2'],
		[0.236, '0,236'],
		[268, '268'],
		[1_000_000, '1 000 000'],
	])('%d -> %s', (value, expected) => {
		expect(plain(formatNumber(value))).toBe(expected);
	});
});

describe('formatValue', () => {
	test.each([
		[30603, 'k€', '30 603 k€'],
		[15, 'M€', '15 M€'],
		[30.6, 'M€', '30,6 M€'],
		[9363, 'nombre', '9 363'],
		[52, '%', '52 %'],
		[12, undefined, '12'],
	] as const)('%d %s -> %s', (value, unit, expected) => {
		expect(plain(formatValue(value, unit))).toBe(expected);
	});

	test('keeps the unit on the same line as the number', () => {
		expect(formatValue(15, 'M€')).toContain('\u00a0M€');
	});
});

describe('convertAmount', () => {
	test.each([
		[15, 'M€', 'k€', 15000],
		[30603, 'k€', 'M€', 30.603],
		[236, 'k€', 'M€', 0.236],
		[80000, '€', 'k€', 80],
		[4.2, 'M€', 'k€', 4200],
	] as const)('%d %s -> %s', (value, from, to, expected) => {
		expect(convertAmount(value, from, to)).toBe(expected);
	});
});

describe('formatDate', () => {
	test.each([
		['2020-12-23', '23 décembre 2020'],
		['2021-01-26', '26 janvier 2021'],
		['2019-10-01', '1er octobre 2019'],
		['2017-04-10', '10 avril 2017'],
	])('%s -> %s', (iso, expected) => {
		expect(formatDate(iso)).toBe(expected);
	});

	test('rejects what is not a date', () => {
		expect(() => formatDate('2020-13-45')).toThrow(/date invalide/);
	});
});

describe('formatPeriod', () => {
	test('writes a span or a single year', () => {
		expect(formatPeriod({ start: 2017, end: 2019 })).toBe('2017-2019');
		expect(formatPeriod({ start: 2020, end: 2020 })).toBe('2020');
	});
});

describe('formatAmountInWords', () => {
	test.each([
		[30.603, 'M€', "30,6 millions d'euros"],
		[30603, 'k€', "30,6 millions d'euros"],
		[30, 'M€', "30 millions d'euros"],
		[1, 'M€', "1 million d'euros"],
		[1.5, 'M€', "1,5 million d'euros"],
		[1.96, 'M€', "2 millions d'euros"],
		[2, 'M€', "2 millions d'euros"],
		[1000, 'M€', "1 milliard d'euros"],
		[2500, 'M€', "2,5 milliards d'euros"],
		[236, 'k€', '236 000 euros'],
		[0, '€', '0 euros'],
	] as const)('%d %s -> %s', (value, unit, expected) => {
		expect(plain(formatAmountInWords(value, unit))).toBe(expected);
	});

	test('keeps the number and its unit on one line', () => {
		expect(formatAmountInWords(15, 'M€')).toBe("15\u00a0millions d'euros");
	});
});
