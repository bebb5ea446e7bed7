import { describe, expect, test } from 'vitest';
import { BuildError } from './build-error';
import {
	count,
	errorProblems,
	excerpt,
	fidelityLines,
	fieldOf,
	formatShare,
	loadFailureLines,
	meetsMinimum,
	reportLines,
	type ContentReport,
	type DocumentFidelity,
} from './content-check';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const ROOT = '/projet';

describe('formatShare and meetsMinimum', () => {
	test.each([
		[1000, 1000, '100,0 %', true],
		[995, 1000, '99,5 %', true],
		[199, 200, '99,5 %', true],
		[9949, 10000, '99,4 %', false],
		[1989, 2000, '99,4 %', false],
		[0, 0, '100,0 %', true],
	])('%i of %i words: %s', (found, total, share, enough) => {
		expect(plain(formatShare(found, total))).toBe(share);
		expect(meetsMinimum({ found, total })).toBe(enough);
	});
});

test('count: French puts 0 and 1 in the singular', () => {
	expect([0, 1, 2, 1234].map((n) => plain(count(n, 'problème', 'problèmes')))).toEqual([
		'0 problème',
		'1 problème',
		'2 problèmes',
		'1 234 problèmes',
	]);
});

test('excerpt cuts a long passage at a space', () => {
	expect(excerpt('court')).toBe('court');
	expect(excerpt('un deux trois quatre', 15)).toBe('un deux trois …');
});

const avenant: DocumentFidelity = {
	slug: 'dijon-avenant',
	file: 'content/documents/dijon/dijon-avenant.mdx',
	source: 'sources/a.txt',
	found: 998,
	total: 1000,
};
const communique: DocumentFidelity = {
	slug: 'dijon-communique',
	file: 'content/documents/dijon/dijon-communique.mdx',
	source: 'sources/communique-long.txt',
	found: 950,
	total: 1000,
	firstMissing: { line: 35, text: 'Forts du bilan positif' },
	longestMissing: { line: 36, text: 'de la convention de territoire signée en avril 2017' },
};

describe('fidelityLines', () => {
	test('one line per document, aligned; below the minimum, its missing passages with their lines', () => {
		expect(fidelityLines([avenant, communique]).map(plain)).toEqual([
			'  dijon-avenant     sources/a.txt                 99,8 %',
			'  dijon-communique  sources/communique-long.txt   95,0 %  sous 99,5 %',
			'      premier passage absent de la page (sources/communique-long.txt:35) : « Forts du bilan positif »',
			'      plus long passage absent de la page (sources/communique-long.txt:36) : « de la convention de territoire signée en avril 2017 »',
		]);
	});
});

describe('reportLines', () => {
	const counts = { documents: 2, territories: 1, datasets: 3, glossary: 1 };

	test('all good: the shares, then the summary', () => {
		const { lines, ok } = reportLines({ counts, problems: [], fidelity: [avenant] }, 2345);
		expect(ok).toBe(true);
		expect(plain(lines.at(-1)!)).toBe(
			'Contenu valide : 2 documents, 1 territoire, 3 jeux de données et 1 entrée du glossaire vérifiés en 2,3 s.',
		);
		expect(lines).toHaveLength(3);
	});

	test('problems and documents below the minimum: listed, counted, not ok', () => {
		const report: ContentReport = {
			counts,
			problems: [{ file: 'content/documents/dijon/x.mdx', field: 'relations[0].target', message: 'document « y » introuvable' }],
			fidelity: [avenant, communique],
		};
		const { lines, ok } = reportLines(report, 3000);
		expect(ok).toBe(false);
		expect(lines.map(plain)).toContain('  - content/documents/dijon/x.mdx: champ « relations[0].target » : document « y » introuvable');
		expect(plain(lines.at(-1)!)).toMatch(/^Contenu refusé : 1 problème, 1 document sous 99,5 % ; 2 documents, /);
	});

	test('a document below the minimum alone is enough to refuse', () => {
		const { lines, ok } = reportLines({ counts, problems: [], fidelity: [communique] }, 3000);
		expect(ok).toBe(false);
		expect(plain(lines.at(-1)!)).toMatch(/^Contenu refusé : 1 document sous 99,5 % ;/);
	});
});

test('loadFailureLines: the problems, and what is left to check', () => {
	const lines = loadFailureLines([{ file: 'data/dijon/a.csv', line: 3, message: 'total faux' }], 2100).map(plain);
	expect(lines.slice(0, 2)).toEqual(['Contenu invalide :', '  - data/dijon/a.csv:3: total faux']);
	expect(lines[2]).toMatch(/^Contenu refusé : 1 problème au chargement du contenu, en 2,1 s ;/);
});

describe('errorProblems', () => {
	test("a BuildError's problems, whichever module instance threw it", () => {
		const problems = [{ file: 'content/documents/dijon/x.mdx', line: 12, message: "« 2021-02-30 » n'est pas une date du calendrier" }];
		expect(errorProblems(new BuildError(problems), ROOT)).toEqual(problems);
		expect(errorProblems({ name: 'BuildError', message: '…', problems }, ROOT)).toEqual(problems);
		expect(errorProblems(new Error('wrapped', { cause: new BuildError(problems) }), ROOT)).toEqual(problems);
	});

	test('an entry its schema refuses: one problem per issue, with its field', () => {
		const error = {
			name: 'InvalidContentEntryDataError',
			message: [
				'**documents → x** data does not match collection schema.',
				'',
				"  **kind**: « circulaire » n'est pas une valeur de la liste",
				'  **relations.0.target**: attendu',
				'  une chaîne',
				'  ****: objet invalide',
				'',
			].join('\n'),
			loc: { file: `${ROOT}/content/documents/dijon/x.mdx`, line: 0, column: 0 },
		};
		expect(errorProblems(error, ROOT)).toEqual([
			{ file: 'content/documents/dijon/x.mdx', field: 'kind', message: "« circulaire » n'est pas une valeur de la liste" },
			{ file: 'content/documents/dijon/x.mdx', field: 'relations[0].target', message: 'attendu une chaîne' },
			{ file: 'content/documents/dijon/x.mdx', message: 'objet invalide' },
		]);
	});

	test("another error of Astro's about a file: its line when Astro has one, its message without Markdown", () => {
		const error = {
			name: 'MarkdownError',
			message: 'missed comma between **flow** collection entries',
			loc: { file: `${ROOT}/content/t.md`, line: 7 },
		};
		expect(errorProblems(error, ROOT)).toEqual([
			{ file: 'content/t.md', line: 7, message: 'missed comma between flow collection entries' },
		]);
	});

	test('anything else is no problem of the content', () => {
		expect(errorProblems(new TypeError('x is undefined'), ROOT)).toBeUndefined();
		expect(errorProblems('texte', ROOT)).toBeUndefined();
	});
});

test('fieldOf writes the indexes of a zod path as the build does', () => {
	expect(fieldOf('relations.0.target')).toBe('relations[0].target');
	expect(fieldOf('dates.10')).toBe('dates[10]');
	expect(fieldOf('source.file')).toBe('source.file');
});
