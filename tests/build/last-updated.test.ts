/**
 * "Mise à jour de la page" comes from git: the last commit of the document's text or of its tables.
 * Where the project has no git history (an export, an archive), the files' modification time stands in.
 */
import { execFileSync } from 'node:child_process';
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { paths } from '../../src/lib/paths';
import { AVENANT_DIJON, COMMUNIQUE_METZ } from '../support/corpus';
import { projectCopy } from '../support/project-copy';
import { distFile } from '../support/site';

const copy = projectCopy();
afterAll(() => copy.dispose());

const updated = (slug: string) =>
	/Mise à jour de la page<\/dt><dd><time datetime="(\d{4}-\d{2}-\d{2})">/.exec(copy.read(distFile(paths.document(slug))))?.[1];

test('without git, the page gives the day its files last changed; with git, the day of their last commit', () => {
	// A copy outside any repository: the files' times decide. The avenant's table changed last.
	const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
	const tables = `data/${AVENANT_DIJON.territory}/${AVENANT_DIJON.slug}`;
	utimesSync(join(copy.root, AVENANT_DIJON.file), day('2021-03-04'), day('2021-03-04'));
	for (const file of [
		'annexe-1.csv',
		'annexe-1.meta.json',
		'annexe-2.csv',
		'annexe-2.meta.json',
		'article-2-1.csv',
		'article-2-1.meta.json',
	]) {
		utimesSync(join(copy.root, `${tables}-${file}`), day('2021-02-01'), day('2021-02-01'));
	}
	utimesSync(join(copy.root, `${tables}-annexe-2.csv`), day('2022-05-06'), day('2022-05-06'));
	const alone = copy.build();
	expect(alone.status, alone.output).toBe(0);
	expect(updated(AVENANT_DIJON.slug)).toBe('2022-05-06');

	// Then committed on a known day: git's date wins over the files' times.
	const git = (...args: string[]) =>
		execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
			cwd: copy.root,
			env: { ...process.env, GIT_AUTHOR_DATE: '2020-01-02T10:00:00+01:00', GIT_COMMITTER_DATE: '2020-01-02T10:00:00+01:00' },
		});
	git('init', '-q');
	git('add', 'content', 'data');
	git('commit', '-q', '-m', 'Publication');
	const committed = copy.build();
	expect(committed.status, committed.output).toBe(0);
	expect(updated(AVENANT_DIJON.slug)).toBe('2020-01-02');
	expect(updated(COMMUNIQUE_METZ.slug)).toBe('2020-01-02');
});
