/**
 * A failed build never leaves a half-built site: the last good dist/ stays, whole, until a new
 * build has fully succeeded — even when the failure comes while pages are being written.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { paths } from '../../src/lib/paths';
import { AVENANT_DIJON, corpus } from '../support/corpus';
import { withFrontmatter } from '../support/fixture-document';
import { projectCopy } from '../support/project-copy';
import { distFile } from '../support/site';

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

/** A valid head, whose body cites a dataset that does not exist: the error comes while pages are being written. */
const unknownDataset = withFrontmatter({ relations: undefined }, (body) => `${body}\n<DatasetTable id="dijon-tableau-inexistant" />\n`);
const NEW_DOCUMENT = 'content/documents/dijon/dijon-test.mdx';
/** Any territory: its page is rebuilt with the change once the bad document is gone. */
const territory = corpus.territories[0]!;

const copy = projectCopy();
afterAll(() => copy.dispose());

test('a build that fails while writing pages leaves the last good dist/ untouched', () => {
	const first = copy.build();
	expect(first.status, first.output).toBe(0);
	const good = snapshot(join(copy.root, 'dist'));
	expect(good.has(relative('dist', distFile(paths.document(AVENANT_DIJON.slug))))).toBe(true);

	copy.write(NEW_DOCUMENT, unknownDataset);
	const failed = copy.build();
	expect(failed.status, failed.output).not.toBe(0);
	expect(failed.output).toContain('« dijon-tableau-inexistant » introuvable');
	// Pages were being written when it failed: the staging folder holds some, dist/ none of them.
	expect(snapshot(join(copy.root, 'dist'))).toEqual(good);

	copy.remove(NEW_DOCUMENT);
	copy.edit(territory.file, `name: ${territory.name}`, `name: ${territory.name} (modifié)`);
	const fixed = copy.build();
	expect(fixed.status, fixed.output).toBe(0);
	expect(copy.read(distFile(paths.territory(territory.id)))).toContain(`${territory.name} (modifié)`);
});
