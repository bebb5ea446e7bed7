/**
 * Every built page is valid HTML (html-validate) and every link of the site leads somewhere,
 * `#fragment` included (linkinator). Node-side checks of dist/, run with the end-to-end suite
 * because they need the build.
 */
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { projectRoot } from '../support/project-copy';
import { builtPages, distDir, distFile } from '../support/site';

test('every page is valid HTML', async () => {
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const report = await validator.validateMultipleFiles(builtPages().map((path) => join(projectRoot, distFile(path))));
	const text = formatterFactory('text')(report.results);
	expect(report.errorCount, text).toBe(0);
	console.log(`html-validate : ${report.results.length === 0 ? builtPages().length : report.results.length} page(s) lues, 0 erreur`);
});

test('no broken link, fragments included', async () => {
	const checker = new LinkChecker();
	const result = await checker.check({
		path: distDir,
		recurse: true,
		checkFragments: true,
		// Other hosts are not reachable from here; their links are checked by hand, not by CI.
		linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(link),
	});
	const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (depuis ${l.parent}) : ${l.status}`);
	expect(broken).toEqual([]);
	const checked = result.links.filter((l) => l.state === 'OK').length;
	console.log(`linkinator : ${checked} lien(s) vérifié(s), 0 cassé`);
	expect(checked).toBeGreaterThan(builtPages().length);
});
