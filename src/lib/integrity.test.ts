import { describe, expect, test } from 'vitest';
import { formatProblem } from './build-error';
import { corpusProblems, type DocumentFacts } from './integrity';

const doc = (over: Partial<DocumentFacts> = {}): DocumentFacts => ({
	id: 'dijon-avenant-2020-2022',
	filePath: 'content/documents/dijon/dijon-avenant-2020-2022.mdx',
	territory: 'dijon',
	relations: [],
	statedBy: [],
	dates: [],
	...over,
});
const convention = doc({
	id: 'dijon-convention-cadre-2017-2019',
	filePath: 'content/documents/dijon/dijon-convention-cadre-2017-2019.mdx',
});
/** A document of Dijon named by its id, with its relations (`modifie` each target) and its days. */
const named = (id: string, targets: readonly string[] = [], dates: readonly string[] = []) =>
	doc({ id, filePath: `content/documents/dijon/${id}.mdx`, relations: targets.map((target) => ({ type: 'modifie', target })), dates });

/** The Dijon corpus as it is: the délibération approves the avenant on the day the avenant is approved. */
const dijon = {
	convention: doc({ ...convention, dates: ['2017-03-30', '2017-04-10'] }),
	avenant: doc({ relations: [{ type: 'modifie', target: convention.id }], dates: ['2020-12-23', '2020-12-17'] }),
	deliberation: doc({
		id: 'dijon-deliberation-2020-12-17',
		filePath: 'content/documents/dijon/dijon-deliberation-2020-12-17.mdx',
		relations: [{ type: 'approuve', target: 'dijon-avenant-2020-2022' }],
		dates: ['2020-12-17', '2020-12-11'],
	}),
	communique: doc({
		id: 'dijon-communique-2021-01-26',
		filePath: 'content/documents/dijon/dijon-communique-2021-01-26.mdx',
		relations: [{ type: 'annonce', target: 'dijon-avenant-2020-2022' }],
		dates: ['2021-01-26'],
	}),
};

describe('corpusProblems', () => {
	test('accepts a consistent corpus', () => {
		const avenant = doc({ relations: [{ type: 'modifie', target: convention.id }] });
		expect(corpusProblems(['dijon', 'metz'], [convention, avenant])).toEqual([]);
	});

	test.each([
		[
			'an unknown territory',
			[doc({ territory: 'lyon' })],
			/dijon-avenant-2020-2022\.mdx: champ « territory » : territoire « lyon » inconnu \(attendu l'un de : dijon, metz\)/,
		],
		[
			'a document filed in another territory',
			[doc({ territory: 'metz' })],
			/champ « territory » : « metz », mais le fichier est rangé dans content\/documents\/dijon\//,
		],
		[
			'a relation to a missing document',
			[doc({ relations: [{ type: 'modifie', target: 'dijon-convention-1999' }] })],
			/champ « relations\[0\]\.target » : document « dijon-convention-1999 » introuvable/,
		],
		[
			'a relation to itself',
			[doc({ relations: [{ type: 'modifie', target: 'dijon-avenant-2020-2022' }] })],
			/relations\[0\]\.target » : un document ne peut se viser lui-même/,
		],
		[
			'a date stated by a missing document',
			[doc({ statedBy: ['dijon-communique-2099-01-01'] })],
			/dates\[\]\.statedBy » : document « dijon-communique-2099-01-01 » introuvable/,
		],
	])('reports %s with the file and field', (_, documents, message) => {
		const problems = corpusProblems(['dijon', 'metz'], documents).map(formatProblem);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(message);
	});

	test('accepts the Dijon corpus: an approval on the same day as the act approved, relations of every type', () => {
		expect(corpusProblems(['dijon'], Object.values(dijon))).toEqual([]);
	});

	test('reports two documents that relate to each other, once', () => {
		const problems = corpusProblems(['dijon'], [named('x', ['y']), named('y', ['x'])]).map(formatProblem);
		expect(problems).toEqual([
			'content/documents/dijon/x.mdx: champ « relations[0].target » : les relations forment un cycle : x → y → x (content/documents/dijon/y.mdx)',
		]);
	});

	test('reports a longer loop once, from its first document by id, whatever the types', () => {
		const documents = [
			named('b', ['c']),
			doc({ ...named('c'), relations: [{ type: 'annonce', target: 'a' }] }),
			doc({
				...named('a', ['d']),
				relations: [
					{ type: 'approuve', target: 'd' },
					{ type: 'modifie', target: 'b' },
				],
			}),
			named('d'),
		];
		expect(corpusProblems(['dijon'], documents).map(formatProblem)).toEqual([
			'content/documents/dijon/a.mdx: champ « relations[1].target » : les relations forment un cycle : a → b → c → a (content/documents/dijon/b.mdx, content/documents/dijon/c.mdx)',
		]);
	});

	test('reports each of two loops, and a loop closed by two relations once', () => {
		const documents = [
			doc({
				...named('x'),
				relations: [
					{ type: 'modifie', target: 'y' },
					{ type: 'annonce', target: 'y' },
				],
			}),
			named('y', ['x']),
			named('z', ['w']),
			named('w', ['z']),
		];
		expect(corpusProblems(['dijon'], documents).map((p) => p.file)).toEqual([
			'content/documents/dijon/w.mdx',
			'content/documents/dijon/x.mdx',
		]);
	});

	test('reports a relation written on the earlier act, with both files and both days', () => {
		const reversed = doc({ ...dijon.convention, relations: [{ type: 'modifie', target: dijon.avenant.id }] });
		const problems = corpusProblems(['dijon'], [reversed, doc({ ...dijon.avenant, relations: [] })]).map(formatProblem);
		expect(problems).toEqual([
			'content/documents/dijon/dijon-convention-cadre-2017-2019.mdx: champ « relations[0].target » : « modifie » vise dijon-avenant-2020-2022 ' +
				'(content/documents/dijon/dijon-avenant-2020-2022.mdx), daté au plus tôt du 17 décembre 2020, postérieur à ce document ' +
				"(au plus tard le 10 avril 2017) : une relation s'écrit sur l'acte le plus récent",
		]);
	});

	test('accepts a relation to an act of the same day', () => {
		expect(corpusProblems(['dijon'], [named('x', ['y'], ['2021-02-01']), named('y', [], ['2021-02-01'])])).toEqual([]);
	});

	test('does not check the chronology of a document without a known day, on either side', () => {
		const documents = [
			named('dated-2017', ['undated-target'], ['2017-04-10']),
			named('undated-target'),
			named('undated-source', ['dated-2021']),
			named('dated-2021', [], ['2021-01-01']),
		];
		expect(corpusProblems(['dijon'], documents)).toEqual([]);
	});

	test('reports datasets pointing to a missing document or territory', () => {
		const problems = corpusProblems(
			['dijon'],
			[convention],
			[{ id: 'x', filePath: 'data/dijon/x.csv', territory: 'lille', document: 'nope' }],
		).map(formatProblem);
		expect(problems).toEqual([
			'data/dijon/x.csv: champ « territory » : territoire « lille » inconnu',
			'data/dijon/x.csv: champ « document » : document « nope » introuvable dans content/documents/',
		]);
	});
});
