import { describe, expect, test } from 'vitest';
import { formatProblem } from './build-error';
import { corpusProblems, type DocumentFacts } from './integrity';

const doc = (over: Partial<DocumentFacts> = {}): DocumentFacts => ({
	id: 'dijon-avenant-2020-2022',
	filePath: 'content/documents/dijon/dijon-avenant-2020-2022.mdx',
	territory: 'dijon',
	relations: [],
	statedBy: [],
	...over,
});
const convention = doc({
	id: 'dijon-convention-cadre-2017-2019',
	filePath: 'content/documents/dijon/dijon-convention-cadre-2017-2019.mdx',
});

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
