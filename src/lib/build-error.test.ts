import { describe, expect, test } from 'vitest';
import { assertNoProblems, BuildError, buildErrorProblems, formatProblem } from './build-error';

describe('formatProblem', () => {
	test.each([
		[{ file: 'data/dijon/a.csv', line: 3, message: 'total faux' }, 'data/dijon/a.csv:3: total faux'],
		[
			{ file: 'content/documents/dijon/x.mdx', field: 'relations[0].target', message: 'introuvable' },
			'content/documents/dijon/x.mdx: champ « relations[0].target » : introuvable',
		],
		[{ file: 'content/territoires/metz.md', line: 0, message: 'vide' }, 'content/territoires/metz.md:0: vide'],
	])('%o', (problem, expected) => expect(formatProblem(problem)).toBe(expected));
});

describe('BuildError', () => {
	test('one problem is its own message; several are listed under a heading', () => {
		expect(new BuildError({ file: 'a.md', message: 'm' }).message).toBe('a.md: m');
		const error = new BuildError([
			{ file: 'a.md', message: 'm' },
			{ file: 'b.md', line: 2, message: 'n' },
		]);
		expect(error.message).toBe('Contenu invalide :\n  - a.md: m\n  - b.md:2: n');
		expect(error.problems).toHaveLength(2);
		expect(error.name).toBe('BuildError');
	});

	test('assertNoProblems throws only when there is a problem', () => {
		expect(() => assertNoProblems([])).not.toThrow();
		expect(() => assertNoProblems([{ file: 'x', message: 'y' }], 'Glossaire invalide')).toThrow('x: y');
		expect(() =>
			assertNoProblems(
				[
					{ file: 'x', message: 'y' },
					{ file: 'z', message: 'w' },
				],
				'Glossaire invalide',
			),
		).toThrow('Glossaire invalide :\n  - x: y\n  - z: w');
	});
});

test('buildErrorProblems knows a BuildError by its name, from another copy of the module or another thread, and nothing else', () => {
	const problems = [{ file: 'content/documents/x.mdx', line: 3, message: 'refusé' }];
	expect(buildErrorProblems(new BuildError(problems))).toEqual(problems);
	expect(buildErrorProblems({ name: 'BuildError', problems })).toEqual(problems);
	expect(buildErrorProblems(Object.assign(new Error('x'), { problems }))).toBeUndefined();
	expect(buildErrorProblems({ name: 'BuildError', problems: 'non' })).toBeUndefined();
	expect(buildErrorProblems(null)).toBeUndefined();
});
