/**
 * Excerpts read as written: every word of the text Pagefind indexed (its fragments, the text an
 * excerpt is cut from) is a word of the page as a reader sees it. Two words joined across elements
 * ("Collectivité partenaireMetz Métropole", a caption run into its first header) are not, so any
 * join fails here, on every indexed page of the site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { distDir } from '../support/site';

interface Fragment {
	url: string;
	content: string;
}

/** Pagefind's fragments: gzip, a `pagefind_dcd` signature, then JSON. */
function fragments(): Fragment[] {
	const dir = join(distDir, 'pagefind', 'fragment');
	return readdirSync(dir).map((file) => {
		const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
		return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
	});
}

/**
 * Words without the punctuation around them (the index and the page may cut a sentence differently),
 * an elision apart from its word and the glossary's bracketed values apart from each other.
 */
const words = (text: string) =>
	text
		.split(/[\s[\]'’]+/)
		.map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
		.filter(Boolean);

const all = fragments();

test('the index holds the site’s pages', () => {
	expect(all.length).toBeGreaterThanOrEqual(5);
});

for (const { url, content } of all) {
	test(`${url}: no two words joined across elements in the indexed text`, async ({ page }) => {
		await page.goto(url);
		// innerText puts a line break between blocks and a tab between cells: the words a reader reads.
		const text = await page.locator('body').innerText();
		// The expansions of acronyms are indexed from their attributes (data-pagefind-index-attrs), not shown as text.
		const attributes = await page.locator('[data-pagefind-index-attrs]').evaluateAll((elements) =>
			elements.flatMap((el) =>
				el
					.getAttribute('data-pagefind-index-attrs')!
					.split(',')
					.map((name) => el.getAttribute(name.trim()) ?? ''),
			),
		);
		const shown = new Set(words([text, ...attributes].join(' ')));
		const joined = [...new Set(words(content))].filter((w) => !shown.has(w));
		expect(joined, 'words of the index that the page does not show').toEqual([]);
	});
}
