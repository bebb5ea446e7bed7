import { describe, expect, test } from 'vitest';
import { coverage, fromExtraction, normalizedWords } from './fidelity';

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
});
