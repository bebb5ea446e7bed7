import { describe, expect, test } from 'vitest';
import { coverage, fromExtraction, normalizedWords, passageAt, wordSpans } from './fidelity';

describe('normalizedWords', () => {
	test.each([
		['L’Agence Nationale de l’Habitat (Anah)', ['l', 'agence', 'nationale', 'de', 'l', 'habitat', 'anah']],
		['Mise en œuvre', ['mise', 'en', 'oeuvre']],
		['30 603 k€', ['30', '603', 'k']],
		['« Éco-habitat » ; RÉNOVATION', ['eco', 'habitat', 'renovation']],
	])('%s', (text, words) => {
		expect(normalizedWords(text)).toEqual(words);
	});
});

describe('fromExtraction', () => {
	test('glues superscripts the extraction wrote as ^{…}', () => {
		expect(fromExtraction('ARTICLE 1^{ER} — le 1^{er} janvier')).toBe('ARTICLE 1ER — le 1er janvier');
	});

	test('blanks the page furniture, keeping the lines where they are', () => {
		const page = (n: number) => `En-tête de la convention\ntexte ${n}\nPage ${n}/2`;
		expect(fromExtraction(`${page(1)}\f${page(2)}`)).toBe('\ntexte 1\n\f\ntexte 2\n');
		expect(fromExtraction('Sans pages\r\nni en-têtes')).toBe('Sans pages\r\nni en-têtes');
	});
});

describe('coverage', () => {
	test('counts the source words found in order', () => {
		const c = coverage('un deux trois quatre', 'titre un deux — trois quatre pied');
		expect(c).toMatchObject({ total: 4, found: 4, ratio: 1, missing: [] });
	});
	test('a word moved out of order counts as missing', () => {
		const c = coverage('un deux trois quatre', 'quatre un deux trois');
		expect(c.found).toBe(3);
		expect(c.missing).toEqual(['quatre']);
	});
	test('an edited word counts as missing', () => {
		const c = coverage('Dominique BOURGOIS, Président', 'Dominique BOURGEOIS, Président');
		expect(c.ratio).toBeCloseTo(2 / 3);
		expect(c.missing).toEqual(['bourgois']);
	});
	test('an empty source is fully covered', () => {
		expect(coverage('', 'x').ratio).toBe(1);
	});
	test('says where each missing run stands among the source words', () => {
		const c = coverage('un deux trois quatre cinq six', 'un trois quatre six');
		expect(c.missing).toEqual(['deux', 'cinq']);
		expect(c.missingAt).toEqual([
			{ start: 1, count: 1 },
			{ start: 4, count: 1 },
		]);
	});
});

describe('wordSpans', () => {
	test('each compared word at its place in the text', () => {
		const text = 'L’État, 1ER ½';
		const spans = wordSpans(text)!;
		expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['L', 'État', '1ER', '½', '½']);
		expect(spans).toHaveLength(normalizedWords(text).length);
	});
	test('accents written as combining marks stay in their word', () => {
		expect(wordSpans('Re\u0301gion')).toEqual([{ start: 0, end: 7 }]);
	});
});

describe('passageAt', () => {
	const source = 'ARTICLE 1\nLa présente   convention\na pour objet.';
	test('gives a run of words as the source writes them, with its line', () => {
		expect(passageAt(source, { start: 3, count: 3 })).toEqual({ line: 2, text: 'présente convention a' });
	});
	test('nothing for a run outside the text', () => {
		expect(passageAt(source, { start: 7, count: 2 })).toBeUndefined();
	});
	test('finds what coverage() says is missing', () => {
		const c = coverage(source, 'ARTICLE 1 La convention a pour objet.');
		expect(passageAt(source, c.missingAt[0]!)).toEqual({ line: 2, text: 'présente' });
	});
});
