/**
 * "Mise à jour de la page" comes from git: the last commit of the document's text or of its tables.
 * Where the project has no git history (an export, an archive), the files' modification time stands in.
 */
import { execFileSync } from 'node:child_process';
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { projectCopy } from '../support/project-copy';

const copy = projectCopy();
afterAll(() => copy.dispose());

const updated = (slug: string) =>
	/Mise à jour de la page<\/dt><dd><time datetime="(\d{4}-\d{2}-\d{2})">/.exec(copy.read(`dist/documents/${slug}/index.html`))?.[1];

test('without git, the page gives the day its files last changed; with git, the day of their last commit', () => {
	// A copy outside any repository: the files' times decide. The avenant's table changed last.
	const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
	utimesSync(join(copy.root, 'content/documents/dijon/dijon-avenant-2020-2022.mdx'), day('2021-03-04'), day('2021-03-04'));
	for (const file of ['annexe-1.csv', 'annexe-1.meta.json', 'annexe-2.csv', 'annexe-2.meta.json', 'article-2-1.csv', 'article-2-1.meta.json']) {
		utimesSync(join(copy.root, `data/dijon/dijon-avenant-2020-2022-${file}`), day('2021-02-01'), day('2021-02-01'));
	}
	utimesSync(join(copy.root, 'data/dijon/dijon-avenant-2020-2022-annexe-2.csv'), day('2022-05-06'), day('2022-05-06'));
	const alone = copy.build();
	expect(alone.status, alone.output).toBe(0);
	expect(updated('dijon-avenant-2020-2022')).toBe('2022-05-06');

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
	expect(updated('dijon-avenant-2020-2022')).toBe('2020-01-02');
	expect(updated('metz-communique-2019-10-02')).toBe('2020-01-02');
});
