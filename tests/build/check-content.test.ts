/**
 * `npm run check:content` on copies of the project: the real content passes, every document at
 * 99.5 % of its source or more; content that the build would refuse (a date the calendar has not, a
 * total that does not add up, a relation to a missing document, a field its schema refuses, a
 * missing source) and a text that lost a paragraph of its source exit 1, saying the file and what
 * is wrong, or the missing passage.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { normalizedWords } from '../../src/lib/fidelity';
import { AVENANT_DIJON, COMMUNIQUE_DIJON, corpus, splitFrontmatter } from '../support/corpus';
import { withFrontmatter } from '../support/fixture-document';
import { projectCopy, projectRoot, type ProjectCopy } from '../support/project-copy';
import { plainSpaces } from '../support/text';

const ANNEXE_1 = `data/${AVENANT_DIJON.territory}/${AVENANT_DIJON.slug}-annexe-1.csv`;
const NEW_DOCUMENT = 'content/documents/dijon/dijon-test.mdx';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.dispose());

/** Runs `npm run check:content` in a copy of the project with `change` made; returns its exit status and output, spaces made plain. */
function checkContent(change: (copy: ProjectCopy) => void = () => {}): { status: number | null; output: string } {
	copy = projectCopy();
	cpSync(join(projectRoot, 'scripts/check-content'), join(copy.root, 'scripts/check-content'), { recursive: true });
	change(copy);
	const result = spawnSync('npm', ['run', '--silent', 'check:content'], {
		cwd: copy.root,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		timeout: 60_000,
	});
	return { status: result.status, output: plainSpaces(`${result.stdout}\n${result.stderr}`) };
}

/** Each document's line of the report: its slug, its source and its share, « 99,7 % » as a number. */
function shares(output: string): Map<string, { source: string; percent: number }> {
	const lines = output.matchAll(/^ {2}(\S+) +(sources\/\S+) +(\d+,\d) %/gm);
	return new Map([...lines].map(([, slug, source, share]) => [slug!, { source: source!, percent: Number(share!.replace(',', '.')) }]));
}

test('the real content passes: every document holds at least 99.5 % of its source', () => {
	const { status, output } = checkContent();
	expect(status, output).toBe(0);
	const found = shares(output);
	expect([...found.keys()].sort(), output).toEqual(corpus.documents.map((d) => d.slug).sort());
	for (const document of corpus.documents) {
		expect(found.get(document.slug), output).toMatchObject({ source: `sources/${document.source.file}` });
		expect(found.get(document.slug)!.percent, output).toBeGreaterThanOrEqual(99.5);
	}
	expect(output).toMatch(new RegExp(`Contenu valide : ${corpus.documents.length} documents, ${corpus.territories.length} territoires, `));
	expect(output).not.toMatch(/at .*\.(ts|js):\d+/);
});

describe('content the build refuses exits 1, with the file, the line or field, and what is wrong', () => {
	test.each([
		{
			case: 'a date the calendar has not (the content sync)',
			change: (c: ProjectCopy) => c.write(NEW_DOCUMENT, withFrontmatter({ 'dates.0.date': '2021-02-30' })),
			says: [`${NEW_DOCUMENT}:9: « 2021-02-30 » n'est pas une date du calendrier`, 'Contenu refusé : 1 problème au chargement'],
		},
		{
			case: 'a total that does not add up (the datasets loader)',
			change: (c: ProjectCopy) => c.write(ANNEXE_1, readFileSync(join(projectRoot, 'tests/fixtures/bad-input/csv-total-off.csv'), 'utf8')),
			says: [`${ANNEXE_1}:3: colonne « total_2017_2019 »`, '15 176', '15 175'],
		},
		{
			case: 'a field its schema refuses (zod)',
			change: (c: ProjectCopy) => c.write(NEW_DOCUMENT, withFrontmatter({ kind: 'circulaire' })),
			says: [`${NEW_DOCUMENT}: champ « kind » : « circulaire » n'est pas une valeur de la liste`],
		},
		{
			case: 'a relation to a missing document (getCorpus)',
			change: (c: ProjectCopy) => c.edit(COMMUNIQUE_DIJON.file, /target: [a-z0-9-]+/, 'target: dijon-avenant-2099-2101'),
			says: [`${COMMUNIQUE_DIJON.file}: champ « relations[0].target » : document « dijon-avenant-2099-2101 » introuvable`],
		},
		{
			case: 'a dataset named like the « CSV pour Excel » of another (getCorpus)',
			change: (c: ProjectCopy) => {
				c.copy(ANNEXE_1, ANNEXE_1.replace(/\.csv$/, '-excel.csv'));
				c.copy(ANNEXE_1.replace(/\.csv$/, '.meta.json'), ANNEXE_1.replace(/\.csv$/, '-excel.meta.json'));
			},
			says: [`${ANNEXE_1.replace(/\.csv$/, '-excel.csv')}: le nom « ${AVENANT_DIJON.slug}-annexe-1-excel » est pris par le CSV pour Excel`],
		},
		{
			case: 'a source file that is not in sources/',
			change: (c: ProjectCopy) => c.edit(COMMUNIQUE_DIJON.file, `file: ${COMMUNIQUE_DIJON.source.file}`, 'file: dijon-absent.txt'),
			says: [`${COMMUNIQUE_DIJON.file}: champ « source.file » : « sources/dijon-absent.txt » introuvable`],
		},
	])('$case', ({ change, says }) => {
		const { status, output } = checkContent(change);
		expect(status, output).toBe(1);
		for (const text of says) expect(output).toContain(text);
		expect(output).toContain('Contenu refusé');
		// Said as the build says it, not as a stack trace.
		expect(output).not.toMatch(/at .*\.(ts|js):\d+/);
	});
});

test('a text that lost a paragraph of its source exits 1 and prints the missing passage', () => {
	const { body } = splitFrontmatter(readFileSync(join(projectRoot, COMMUNIQUE_DIJON.file), 'utf8'));
	// Its longest paragraph of plain text (not a list, a heading or a component).
	const paragraph = body
		.split('\n')
		.filter((line) => /^\p{L}/u.test(line))
		.reduce((a, b) => (b.length > a.length ? b : a));
	const { status, output } = checkContent((c) => c.edit(COMMUNIQUE_DIJON.file, `${paragraph}\n`, ''));
	expect(status, output).toBe(1);
	expect(shares(output).get(COMMUNIQUE_DIJON.slug)!.percent, output).toBeLessThan(99.5);
	const source = `sources/${COMMUNIQUE_DIJON.source.file}`;
	const passages = [...output.matchAll(new RegExp(`passage absent de la page \\(${source}:\\d+\\) : « (.*) »$`, 'gm'))].map((m) =>
		normalizedWords(m[1]!.replace(/ …$/, '')).join(' '),
	);
	expect(passages.length, output).toBeGreaterThan(0);
	// What it prints is the paragraph's own words, as the source writes them.
	const lost = normalizedWords(paragraph).join(' ');
	for (const passage of passages) expect(lost, output).toContain(passage);
	expect(output).toMatch(/Contenu refusé : 1 document sous 99,5 %/);
});
