import { describe, expect, test } from 'vitest';
import { collapseSpaces, foldAccents, isApostrophe, NARROW_NBSP, NBSP, normalizeSpaces, plainApostrophes } from './text';

describe('foldAccents', () => {
	test.each([
		['Sécurisation', 'Securisation'],
		['Chenôve', 'Chenove'],
		['ÉLÉMENTS', 'ELEMENTS'],
		['ﬁnancement', 'financement'],
		['déjà-vu ç', 'deja-vu c'],
		['plain', 'plain'],
	])('%j -> %j', (text, expected) => {
		expect(foldAccents(text)).toBe(expected);
	});
});

describe('plainApostrophes', () => {
	test.each([
		['l’État', "l'État"],
		['l‘État', "l'État"],
		['lʼÉtat', "l'État"],
		['l`État', "l'État"],
		["l'État", "l'État"],
	])('%j -> %j', (text, expected) => {
		expect(plainApostrophes(text)).toBe(expected);
	});

	test.each([
		["'", true],
		['’', true],
		['ʼ', true],
		['a', false],
		['’’', false],
	])('isApostrophe(%j) -> %s', (char, expected) => {
		expect(isApostrophe(char)).toBe(expected);
	});
});

describe('spaces', () => {
	test.each([
		[`15${NARROW_NBSP}428`, '15 428'],
		[`30${NBSP}603${NBSP}k€`, '30 603 k€'],
		['a \n\t b', 'a b'],
		['  a  ', ' a '],
	])('collapseSpaces(%j) -> %j', (text, expected) => {
		expect(collapseSpaces(text)).toBe(expected);
	});

	test.each([
		['  a  ', 'a'],
		[`${NBSP}116 000\nlogements `, '116 000 logements'],
		['', ''],
	])('normalizeSpaces(%j) -> %j', (text, expected) => {
		expect(normalizeSpaces(text)).toBe(expected);
	});
});
