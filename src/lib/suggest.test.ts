import { describe, expect, test } from 'vitest';
import { buildVocabulary, editDistance, foldWord, nearestWord, shardOf, shardsOf, suggestQuery, wordsOf } from './suggest';

describe('wordsOf and foldWord', () => {
	test('letters with inner hyphens, elisions apart, short words left out', () => {
		expect(wordsOf('l’Agence de Chenôve-le-Haut, 15 M€ et PLAI')).toEqual(['Agence', 'Chenôve-le-Haut', 'PLAI']);
	});
	test('accents and case folded', () => {
		expect(foldWord('Sécurisation')).toBe('securisation');
		expect(shardOf('Élus')).toBe('e');
		expect(shardOf('2017')).toBe('_');
	});
});

describe('buildVocabulary', () => {
	const shards = buildVocabulary(['REBSAMEN signe.', 'François REBSAMEN, Rebsamen', 'Chenôve et Chenôve', 'un DatasetTable']);
	test('one entry a folded word, in its most frequent spelling, with its count', () => {
		expect(shards['r']).toEqual([['REBSAMEN', 3]]);
		expect(shards['c']).toEqual([['Chenôve', 2]]);
	});
	test('markup in camel case is not a word of the texts', () => {
		expect(shards['d']).toBeUndefined();
	});
});

describe('editDistance', () => {
	test.each([
		['rebsamin', 'rebsamen', 1],
		['chenvoe', 'chenove', 1],
		['visael', 'visale', 1],
		['kitten', 'sitting', 3],
		['', 'abc', 3],
	])('%s → %s: %i', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
	});
	test('stops once past the allowed distance', () => {
		expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
	});
});

describe('suggestions', () => {
	const shards = buildVocabulary(['REBSAMEN VISALE Chenôve Chenôve logement logements sécurisation Métropole']);
	const shardFor = (s: string) => shards[s];
	test('a misspelt name, an acronym, a word without its accents or with two letters wrong', () => {
		expect(suggestQuery('rebsamin', shardFor)).toBe('REBSAMEN');
		expect(suggestQuery('visael', shardFor)).toBe('VISALE');
		expect(suggestQuery('securisaton', shardFor)).toBe('sécurisation');
		expect(suggestQuery('metropol', shardFor)).toBe('Métropole');
	});
	test('a word of the texts is not corrected, accents aside; the rest of the query is kept', () => {
		expect(suggestQuery('chenove', shardFor)).toBeUndefined();
		expect(suggestQuery('logement rebsamin', shardFor)).toBe('logement REBSAMEN');
	});
	test('the most frequent of two words as near', () => {
		expect(
			nearestWord('logemant', [
				['logement', 5],
				['logemest', 1],
			]),
		).toBe('logement');
	});
	test('nothing near enough: no suggestion', () => {
		expect(suggestQuery('zzzz', shardFor)).toBeUndefined();
	});
	test('the pieces a query needs', () => {
		expect(shardsOf('rebsamin à Dijon 15 M€')).toEqual(['r', 'd']);
	});
});
