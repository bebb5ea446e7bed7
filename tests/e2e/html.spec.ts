/**
 * Every built page is valid HTML (html-validate) and every link of the site leads somewhere,
 * `#fragment` included (linkinator), and no page holds an address that runs code (`javascript:`,
 * `data:`) or an inline event handler (htmlparser2). Node-side checks of dist/, run with the end-to-end suite
 * because they need the build.
 */
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { Parser } from 'htmlparser2';
import { readFileSync } from 'node:fs';
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

/** The attributes of a page that hold an address a browser follows, loads or runs. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'srcset', 'cite', 'background']);

/** What in an HTML text would run code: an inline event handler, or an address with a scheme of code or inline content. */
function codeIn(html: string): string[] {
	const found: string[] = [];
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				for (const [attribute, value] of Object.entries(attributes)) {
					if (/^on/i.test(attribute)) found.push(`<${name} ${attribute}="${value}">`);
					// As a browser reads an address: tabs and line breaks inside it ignored, spaces around it too.
					const address = value.replace(/[\t\n\r]/g, '').trim();
					if (URL_ATTRIBUTES.has(attribute.toLowerCase()) && /^(javascript|vbscript|data):/i.test(address))
						found.push(`<${name} ${attribute}="${value}">`);
				}
			},
		},
		{ decodeEntities: true, lowerCaseAttributeNames: true },
	);
	parser.write(html);
	parser.end();
	return found;
}

test('no page holds a javascript: or data: address, nor an inline event handler', () => {
	// The scan finds them (else it would prove nothing), entities and letter case included.
	expect(
		codeIn(
			'<a href="&#106;avascript:alert(1)">a</a><img src="x" OnError="alert(1)"><a href=" JAVA\tSCRIPT:x">b</a><img src="data:image/png;base64,AA">',
		),
	).toHaveLength(4);
	const offenders = builtPages().flatMap((path) =>
		codeIn(readFileSync(join(projectRoot, distFile(path)), 'utf8')).map((what) => `${path} : ${what}`),
	);
	expect(offenders).toEqual([]);
	console.log(`${builtPages().length} page(s) sans adresse javascript: ni data:, ni gestionnaire d’événement`);
});
