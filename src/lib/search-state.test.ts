import { describe, expect, test } from 'vitest';
import {
	blankState,
	describeResults,
	isBlank,
	pagefindRequest,
	readSearchState,
	writeSearchState,
	yearsOf,
	type FilterOptions,
	type SearchState,
} from './search-state';

const options: FilterOptions = {
	territoire: [
		{ value: 'dijon', label: 'Dijon Métropole' },
		{ value: 'metz', label: 'Metz Métropole' },
	],
	type: [
		{ value: 'avenant', label: 'Avenant' },
		{ value: 'communique', label: 'Communiqué de presse' },
	],
	annee: [
		{ value: '2019', label: '2019' },
		{ value: '2021', label: '2021' },
	],
};

const state = (s: Partial<SearchState>): SearchState => ({ ...blankState, ...s });

describe('readSearchState', () => {
	test.each([
		['', blankState],
		['?q=visale', state({ q: 'visale' })],
		['?q=%2015%20%20millions%20', state({ q: '15 millions' })],
		['?q=S%C3%A9curisation+locative', state({ q: 'Sécurisation locative' })],
		['?territoire=metz&type=communique', state({ territoire: 'metz', type: 'communique' })],
		['?q=NPNRU&annee=2021&tri=date', state({ q: 'NPNRU', annee: '2021', tri: 'date' })],
		['?territoire=paris&type=circulaire&annee=1900', blankState],
		['?tri=alphabetique', blankState],
	])('%s', (query, expected) => {
		expect(readSearchState(query, options)).toEqual(expected);
	});

	test('without the options, every value is kept', () => {
		expect(readSearchState('?territoire=paris').territoire).toBe('paris');
	});

	test('a pasted page of text is cut', () => {
		expect(readSearchState(`?q=${'mot '.repeat(100)}`).q.length).toBe(200);
	});
});

describe('writeSearchState', () => {
	test.each([
		[blankState, ''],
		[state({ q: 'visale' }), '?q=visale'],
		[state({ q: '15 millions' }), '?q=15+millions'],
		[state({ annee: '2019', territoire: 'metz', type: 'communique' }), '?territoire=metz&type=communique&annee=2019'],
		[state({ q: 'NPNRU', tri: 'date' }), '?q=NPNRU&tri=date'],
	])('%o -> %s', (s, query) => {
		expect(writeSearchState(s)).toBe(query);
	});

	test('reads back what it writes', () => {
		const s = state({ q: 'Chenôve « Le Mail » & co', territoire: 'dijon', annee: '2021', tri: 'date' });
		expect(readSearchState(writeSearchState(s), options)).toEqual(s);
	});
});

test.each([
	[blankState, true],
	[state({ tri: 'date' }), true],
	[state({ q: 'x' }), false],
	[state({ territoire: 'metz' }), false],
])('isBlank %o', (s, blank) => {
	expect(isBlank(s)).toBe(blank);
});

describe('pagefindRequest', () => {
	test.each([
		[state({ q: 'visale' }), { term: 'visale', filters: {}, byDate: false }],
		[state({ q: 'visale', tri: 'date' }), { term: 'visale', filters: {}, byDate: true }],
		[state({ territoire: 'metz', type: 'communique' }), { term: null, filters: { territoire: 'metz', type: 'communique' }, byDate: true }],
		[state({ q: 'PLH', annee: '2019' }), { term: 'PLH', filters: { annee: '2019' }, byDate: false }],
	])('%o', (s, request) => {
		expect(pagefindRequest(s)).toEqual(request);
	});
});

describe('describeResults', () => {
	test.each([
		[3, 3, state({ q: 'visale' }), '3 résultats pour « visale ».'],
		[1, 1, state({ q: 'visale' }), '1 résultat pour « visale ».'],
		[0, 0, state({ q: 'zzz' }), "Aucun résultat pour « zzz ». Essayez d'autres mots, ou moins de filtres."],
		[25, 10, state({ q: 'logement' }), '25 résultats pour « logement ». Les 10 premiers sont affichés.'],
		[
			2,
			2,
			state({ territoire: 'metz', type: 'communique' }),
			'2 résultats, territoire : Metz Métropole, type : Communiqué de presse, du plus récent au plus ancien.',
		],
		[4, 4, state({ q: 'PLH', annee: '2019', tri: 'date' }), '4 résultats pour « PLH », année : 2019, du plus récent au plus ancien.'],
	])('%i of %i', (count, shown, s, sentence) => {
		expect(describeResults(count, shown, s, options)).toBe(sentence);
	});
});

test('yearsOf: each year once, newest first, undated documents left out', () => {
	expect(yearsOf(['2020-12-23', undefined, '2017-04-10', '2020-12-17', '2021-01-26'])).toEqual(['2021', '2020', '2017']);
});
