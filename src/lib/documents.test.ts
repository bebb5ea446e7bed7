import { describe, expect, test } from 'vitest';
import { dayInFrance, documentDate, inForce, indexRelations, sortByDate } from './documents';
import type { DateKind, DocumentKind, RelationType } from './domain';

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

describe('inForce: from the period and the day, for conventions and avenants only', () => {
	const act = (kind: DocumentKind, period?: { start: number; end: number }) => ({ data: { kind, period } });
	const avenant2020 = act('avenant', { start: 2020, end: 2022 });

	test.each([
		['2020-01-01', 'En vigueur'],
		['2021-06-15', 'En vigueur'],
		['2022-12-31', 'En vigueur'],
		['2023-01-01', 'Terminée le 31 décembre 2022'],
		['2026-12-03', 'Terminée le 31 décembre 2022'],
		['2019-12-31', 'À venir, à partir du 1er janvier 2020'],
	])('an avenant 2020-2022 on %s: %s', (today, label) => {
		expect(inForce(avenant2020, today)?.label).toBe(label);
	});

	test('the end is 31 December of the last year, also for a one-year period', () => {
		expect(inForce(act('convention-cadre', { start: 2017, end: 2019 }), '2020-01-01')).toEqual({
			state: 'terminee',
			label: 'Terminée le 31 décembre 2019',
			end: '2019-12-31',
		});
		expect(inForce(act('convention-cadre', { start: 2024, end: 2024 }), '2024-12-31')?.state).toBe('en-vigueur');
		expect(inForce(act('convention-cadre', { start: 2024, end: 2024 }), '2025-01-01')?.state).toBe('terminee');
	});

	test('nothing for an act without a period, a délibération or a communiqué', () => {
		expect(inForce(act('avenant'), '2021-01-01')).toBeUndefined();
		expect(inForce(act('deliberation', { start: 2020, end: 2022 }), '2021-01-01')).toBeUndefined();
		expect(inForce(act('communique', { start: 2020, end: 2022 }), '2021-01-01')).toBeUndefined();
	});

	test('the build day is the day in France, not in UTC', () => {
		expect(dayInFrance(new Date('2022-12-31T22:30:00Z'))).toBe('2022-12-31');
		expect(dayInFrance(new Date('2022-12-31T23:30:00Z'))).toBe('2023-01-01');
		expect(dayInFrance(new Date('2022-07-01T21:59:00Z'))).toBe('2022-07-01');
		expect(dayInFrance(new Date('2022-07-01T22:00:00Z'))).toBe('2022-07-02');
	});
});
