/**
 * `npm run import` on a copy of the project: a new act's text, dropped in sources/ and imported with
 * no other change, gives a document that builds, holds its source's words and is listed; the command
 * refuses an unknown territory (saying how to add one) and never overwrites a file without --force.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { coverage, fromExtraction } from '../../src/lib/fidelity';
import { paths } from '../../src/lib/paths';
import { AVENANT_DIJON, COMMUNIQUE_METZ } from '../support/corpus';
import { projectCopy } from '../support/project-copy';
import { distFile } from '../support/site';
import { textOf } from '../support/text';

const copy = projectCopy();
afterAll(() => copy.dispose());

/** `npm run check:content` in the copy. */
function checking() {
	const result = spawnSync(process.execPath, ['scripts/check-content/run.ts'], {
		cwd: copy.root,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** `npm run import -- …args` in the copy. */
function importing(...args: string[]) {
	const result = spawnSync(process.execPath, ['scripts/import.ts', ...args], {
		cwd: copy.root,
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1' },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

// A new act, as another PDF would give it: the Metz press release re-cut at 50 columns, in pages with a header and footer, CRLF.
const NEW_SOURCE = 'metz-2019-10-02-communique-de-presse-reimprime.txt';
const NEW_SLUG = 'metz-communique-reimprime';
const metz = copy.read(`sources/${COMMUNIQUE_METZ.source.file}`);
const recut = metz
	.split('\n')
	.flatMap((line) =>
		line
			.replace(/(.{1,50})(?:\s+|$)/g, '$1\n')
			.replace(/\n$/, '')
			.split('\n'),
	)
	.join('\n');
const pages = recut.split('\n').reduce<string[][]>((all, line, i) => (i % 40 === 0 ? [...all, [line]] : (all.at(-1)!.push(line), all)), []);
copy.write(
	`sources/${NEW_SOURCE}`,
	pages
		.map((p, n) => `Metz Métropole – Action Logement\n\n${p.join('\n')}\n\nPage ${n + 1}/${pages.length}`)
		.join('\f')
		.replace(/\n/g, '\r\n'),
);

describe('npm run import', () => {
	test('writes the draft, prints its path, what it inferred and what to check', () => {
		const { status, output } = importing(`sources/${NEW_SOURCE}`, '--territory', 'metz', '--kind', 'communique', '--slug', NEW_SLUG);
		expect(status, output).toBe(0);
		expect(output).toContain(`content/documents/metz/${NEW_SLUG}.mdx`);
		expect(output).toMatch(/Déduit du texte :[\s\S]*date \(publication\) : 2 octobre 2019/);
		expect(output).toMatch(/À vérifier :[\s\S]*lignes retirées comme en-têtes, pieds ou numéros de page/);
		expect(output).toMatch(/fidélité : (?:99,\d|100,0)\u00a0% des mots/);
	});

	test('never overwrites a file without --force', () => {
		const path = `content/documents/metz/${NEW_SLUG}.mdx`;
		copy.write(path, `${copy.read(path)}\n{/* relu */}\n`);
		const again = importing(`sources/${NEW_SOURCE}`, '--territory', 'metz', '--kind', 'communique', '--slug', NEW_SLUG);
		expect(again.status).toBe(1);
		expect(again.output).toContain('existe déjà : --force pour remplacer');
		expect(copy.read(path)).toContain('relu');
		expect(importing(`sources/${NEW_SOURCE}`, '--territory', 'metz', '--kind', 'communique', '--slug', NEW_SLUG, '--force').status).toBe(0);
		expect(copy.read(path)).not.toContain('relu');
	});

	test('refuses an unknown territory, an unknown kind, a slug already taken', () => {
		const unknown = importing(`sources/${NEW_SOURCE}`, '--territory', 'lyon', '--kind', 'communique');
		expect(unknown.status).toBe(1);
		expect(unknown.output).toContain('territoire « lyon » inconnu (territoires : dijon, metz)');
		expect(unknown.output).toContain('content/territoires/lyon.md');
		const kind = importing(`sources/${NEW_SOURCE}`, '--territory', 'metz', '--kind', 'circulaire');
		expect(kind.status).toBe(1);
		expect(kind.output).toContain("--kind doit être l'un de : convention-cadre, avenant, deliberation, communique");
		const taken = importing(`sources/${NEW_SOURCE}`, '--territory', 'dijon', '--kind', 'communique', '--slug', NEW_SLUG);
		expect(taken.status).toBe(1);
		expect(taken.output).toContain(`le slug « ${NEW_SLUG} » est déjà pris par content/documents/metz/${NEW_SLUG}.mdx`);
	});

	test('writes the tables found in the text as drafts beside the data, which the build does not publish', () => {
		const slug = 'dijon-avenant-reimprime';
		const { status, output } = importing(
			`sources/${AVENANT_DIJON.source.file}`,
			'--territory',
			'dijon',
			'--kind',
			'avenant',
			'--slug',
			slug,
		);
		expect(status, output).toBe(0);
		expect(existsSync(join(copy.root, `data/dijon/${slug}-tableau-1.draft.csv`))).toBe(true);
		expect(existsSync(join(copy.root, `data/dijon/${slug}-tableau-1.draft.meta.json`))).toBe(true);
	});

	test('the drafts build as they are; the new page holds its source’s words', () => {
		const { status, output } = copy.build();
		expect(status, output).toBe(0);
		expect(output).toContain('brouillon(s) de tableau non publié(s) : data/dijon/dijon-avenant-reimprime-tableau-1.draft.csv');
		expect(existsSync(join(copy.root, distFile(paths.data.csv('dijon-avenant-reimprime-tableau-1'))))).toBe(false);
		for (const [slug, source] of [
			[NEW_SLUG, metz],
			['dijon-avenant-reimprime', copy.read(`sources/${AVENANT_DIJON.source.file}`)],
		] as const) {
			const html = copy.read(distFile(paths.document(slug)));
			const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
			const result = coverage(fromExtraction(source), textOf(main));
			expect(result.ratio, `${slug} : ${result.missing.slice(0, 3).join(' / ')}`).toBeGreaterThanOrEqual(0.995);
			expect(copy.read(distFile(paths.territory(slug.split('-')[0]!)))).toContain(paths.document(slug));
		}
	});

	test('npm run check:content lists the new documents, each with its source, and refuses a value left « À COMPLÉTER »', () => {
		const { status, output } = checking();
		expect(status, output).toBe(0);
		expect(output).toMatch(new RegExp(`${NEW_SLUG} +sources/${NEW_SOURCE.replace(/\./g, '\\.')} +(?:99,[5-9]|100,0)`));
		expect(output).toMatch(/dijon-avenant-reimprime +sources\/dijon-2020-12-avenant-2020-2022\.txt +(?:99,[5-9]|100,0)/);
		copy.edit(`content/documents/metz/${NEW_SLUG}.mdx`, /^shortTitle: .*$/m, 'shortTitle: "À COMPLÉTER"');
		const unfinished = checking();
		expect(unfinished.status, unfinished.output).toBe(1);
		expect(unfinished.output).toContain(`content/documents/metz/${NEW_SLUG}.mdx`);
		expect(unfinished.output).toContain('shortTitle');
		expect(unfinished.output).toContain('« À COMPLÉTER » : valeur laissée à écrire par npm run import');
	});
});
