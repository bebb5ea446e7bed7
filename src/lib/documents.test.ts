import { describe, expect, test } from 'vitest';
import { documentDate, indexRelations, sortByDate } from './documents';
import type { DateKind, RelationType } from './domain';

const make = (
	id: string,
	dates: { kind: DateKind; date?: string; wording?: string }[],
	relations: { type: RelationType; target: string }[] = [],
) => ({ id, data: { dates, relations: relations.map((r) => ({ type: r.type, target: { id: r.target } })) } });

const convention = make('convention', [
	{ kind: 'approbation', date: '2017-03-30' },
	{ kind: 'signature', date: '2017-04-10', wording: 'Fait à Dijon, le 2017' },
]);
const deliberation = make(
	'deliberation',
	[
		{ kind: 'convocation', date: '2020-12-11' },
		{ kind: 'seance', date: '2020-12-17' },
	],
	[{ type: 'approuve', target: 'avenant' }],
);
const avenant = make(
	'avenant',
	[{ kind: 'signature', date: '2020-12-23', wording: 'XX décembre 2020' }],
	[{ type: 'modifie', target: 'convention' }],
);
const communique = make('communique', [{ kind: 'publication', date: '2021-01-26' }], [{ type: 'annonce', target: 'avenant' }]);
const undated = make('undated', [{ kind: 'signature', wording: 'Le …..' }]);

describe('documentDate', () => {
	test.each([
		[convention, '2017-04-10'],
		[deliberation, '2020-12-17'],
		[communique, '2021-01-26'],
		[undated, undefined],
	])('%o', (doc, expected) => {
		expect(documentDate(doc)).toBe(expected);
	});
});

describe('sortByDate', () => {
	test('puts the newest first and undated documents last', () => {
		expect(sortByDate([convention, undated, communique, avenant, deliberation]).map((d) => d.id)).toEqual([
			'communique',
			'avenant',
			'deliberation',
			'convention',
			'undated',
		]);
	});
});

describe('indexRelations', () => {
	const index = indexRelations([convention, deliberation, avenant, communique]);
	test('reads an avenant’s relations both ways', () => {
		expect(index.get('avenant')!.map((r) => `${r.label} ${r.id}`)).toEqual([
			'Modifie convention',
			'Approuvé par deliberation',
			'Annoncé par communique',
		]);
	});
	test('a convention is modified by its avenant', () => {
		expect(index.get('convention')).toEqual([{ id: 'avenant', relation: 'modifie', direction: 'backward', label: 'Modifié par' }]);
	});
	test('a communiqué announces, and nothing names it', () => {
		expect(index.get('communique')).toEqual([{ id: 'avenant', relation: 'annonce', direction: 'forward', label: 'Annonce' }]);
	});
});
