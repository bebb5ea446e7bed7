/**
 * A failed build never leaves a half-built site: the last good dist/ stays, whole, until a new
 * build has fully succeeded — even when the failure comes while pages are being written.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { projectCopy, projectRoot } from '../support/project-copy';

/** Every file of a folder with its content, to compare two states of dist/. */
function snapshot(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (path: string) => {
		for (const name of readdirSync(path)) {
			const child = join(path, name);
			if (statSync(child).isDirectory()) walk(child);
			else files.set(relative(dir, child), readFileSync(child, 'latin1'));
		}
	};
	walk(dir);
	return files;
}

const copy = projectCopy();
afterAll(() => copy.dispose());

test('a build that fails while writing pages leaves the last good dist/ untouched', () => {
	const first = copy.build();
	expect(first.status, first.output).toBe(0);
	const good = snapshot(join(copy.root, 'dist'));
	expect(good.has('documents/dijon-avenant-2020-2022/index.html')).toBe(true);

	copy.write(
		'content/documents/dijon/dijon-test.mdx',
		readFileSync(join(projectRoot, 'tests/fixtures/bad-input/doc-unknown-dataset.mdx'), 'utf8'),
	);
	const failed = copy.build();
	expect(failed.status, failed.output).not.toBe(0);
	expect(failed.output).toContain('« dijon-tableau-inexistant » introuvable');
	// Pages were being written when it failed: the staging folder holds some, dist/ none of them.
	expect(snapshot(join(copy.root, 'dist'))).toEqual(good);

	copy.remove('content/documents/dijon/dijon-test.mdx');
	copy.edit('content/territoires/dijon.md', 'name: Dijon Métropole', 'name: Dijon Métropole (modifié)');
	const fixed = copy.build();
	expect(fixed.status, fixed.output).toBe(0);
	expect(copy.read('dist/territoires/dijon/index.html')).toContain('Dijon Métropole (modifié)');
});
