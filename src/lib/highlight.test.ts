import { describe, expect, test } from 'vitest';
import { highlightsTypedWord, isFormOf, markedWords, typedWords, typedWordsFound, wordKeys } from './highlight';

/** The marks Pagefind puts in the real site's excerpts for a query, and which of them the page keeps. */
const kept = (query: string, marks: string[]) => marks.filter((mark) => highlightsTypedWord(mark, typedWords(query)));

describe('wordKeys', () => {
	test('folds accents and case, splits at apostrophes, hyphens and punctuation', () => {
		expect(wordKeys('COMMUNIQUÉ')).toEqual(['communique']);
		expect(wordKeys('[Agence')).toEqual(['agence']);
		expect(wordKeys('l’Habitat].')).toEqual(['l', 'habitat']);
		expect(wordKeys('AVANCE LOCA-PASS®')).toEqual(['avance', 'loca', 'pass']);
		expect(wordKeys('15 428 k€')).toEqual(['15', '428', 'k']);
	});
});

describe('isFormOf', () => {
	test('the same word, its plural or singular, masculine or feminine, or a word it begins', () => {
		expect(isFormOf('communique', 'communique')).toBe(true);
		expect(isFormOf('communiques', 'communique')).toBe(true);
		expect(isFormOf('communique', 'communiques')).toBe(true);
		expect(isFormOf('garanties', 'garantie')).toBe(true);
		expect(isFormOf('nationales', 'national')).toBe(true);
		expect(isFormOf('urbaine', 'urbain')).toBe(true);
		expect(isFormOf('logement', 'logements')).toBe(true);
		expect(isFormOf('visale', 'visa')).toBe(true);
	});

	test('not another word of the same stem', () => {
		expect(isFormOf('communes', 'communique')).toBe(false);
		expect(isFormOf('communication', 'communique')).toBe(false);
		expect(isFormOf('communaute', 'communique')).toBe(false);
		expect(isFormOf('garantir', 'garantie')).toBe(false);
		expect(isFormOf('renouvellent', 'renouvellement')).toBe(false);
		expect(isFormOf('actionlogement', 'logement')).toBe(false);
	});

	test('a figure is only itself: « 15 » does not highlight 150', () => {
		expect(isFormOf('15', '15')).toBe(true);
		expect(isFormOf('150', '15')).toBe(false);
	});
});

describe('typedWords', () => {
	test('leaves out the small words when the query has others', () => {
		expect(typedWords('communiqués de presse')).toEqual(['communiques', 'presse']);
		expect(typedWords("Agence Nationale de l'Habitat")).toEqual(['agence', 'nationale', 'habitat']);
		expect(typedWords('15 millions')).toEqual(['15', 'millions']);
	});

	test('keeps them when the query has nothing else', () => {
		expect(typedWords('de la')).toEqual(['de', 'la']);
	});
});

describe('highlightsTypedWord, on the marks Pagefind gives on the real site', () => {
	test('« communiqué »: the press releases’ word, not « communes » nor « Communication »', () => {
		expect(kept('communiqué', ['COMMUNIQUÉ', 'communes', 'Communication', 'COMMUNIQUE', 'Communauté'])).toEqual([
			'COMMUNIQUÉ',
			'COMMUNIQUE',
		]);
	});

	test('« communiqués de presse »: the two words, not every « de » and « des »', () => {
		expect(kept('communiqués de presse', ['COMMUNIQUE', 'DE', 'PRESSE.', 'des', 'de', 'communes', 'communiqué'])).toEqual([
			'COMMUNIQUE',
			'PRESSE.',
			'communiqué',
		]);
	});

	test('« garantie visale »: « garanties VISALE, », not « garantir »', () => {
		expect(kept('garantie visale', ['garanties', 'VISALE,', '(Garantie', 'Visale,', 'garantir'])).toEqual([
			'garanties',
			'VISALE,',
			'(Garantie',
			'Visale,',
		]);
	});

	test('an expansion typed in full: its words, not the verb of one of them', () => {
		expect(kept('Nouveau Programme National de Renouvellement Urbain', ['Nouveau', 'Urbaine]', 'Nationale', 'RENOUVELLENT', 'de'])).toEqual(
			['Nouveau', 'Urbaine]', 'Nationale'],
		);
	});

	test('an acronym in brackets or parentheses, with the punctuation Pagefind leaves on it', () => {
		expect(kept('NPNRU', ['(NPNRU).', '[NPNRU]'])).toEqual(['(NPNRU).', '[NPNRU]']);
		expect(kept('Loca-Pass', ['LOCA-PASS®'])).toEqual(['LOCA-PASS®']);
	});
});

describe('typedWordsFound', () => {
	test('the highlighted words are the typed ones, their stems or their plurals', () => {
		expect(typedWordsFound('VISALE', markedWords(['la garantie <mark>VISALE</mark>, gratuite']))).toBe(true);
		expect(typedWordsFound('logement', ['logements'])).toBe(true);
		expect(typedWordsFound('logements', ['logement'])).toBe(true);
		expect(typedWordsFound('15 millions', ['15', 'millions'])).toBe(true);
		expect(typedWordsFound('chenove', ['Chenôve,'])).toBe(true);
	});
	test('another word highlighted: the typed one is not in the texts', () => {
		expect(typedWordsFound('visael', ['VISALE'])).toBe(false);
		expect(typedWordsFound('visael', ['Visa', 'vise'])).toBe(false);
		expect(typedWordsFound('anrou', ['ANS', 'ans,'])).toBe(false);
		expect(typedWordsFound('rebsamin', ['ré-équilibre'])).toBe(false);
		expect(typedWordsFound('logement rebsamin', ['logement'])).toBe(false);
	});
});
