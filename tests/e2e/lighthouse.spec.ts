/**
 * Lighthouse on the four page types, in both colour schemes: accessibility, best practices and SEO
 * at 100. Performance depends on the machine's load (the other specs run beside this one): it is
 * printed here and measured on a quiet machine by `npm run lighthouse`.
 */
import { expect, test } from '@playwright/test';
import {
	colourSchemes,
	launchChromium,
	lighthousePages,
	lighthouseScore,
	schemeMatches,
	type LighthouseCategory,
} from '../support/lighthouse';

const asserted: readonly LighthouseCategory[] = ['accessibility', 'best-practices', 'seo'];

for (const scheme of colourSchemes) {
	test(`Lighthouse: 100 in accessibility, best practices and SEO on the four page types (${scheme === 'dark' ? 'dark' : 'light'} scheme)`, async ({
		baseURL,
	}) => {
		test.setTimeout(240_000);
		const chrome = await launchChromium(scheme);
		try {
			// The scheme asked is the one the pages see (else the dark test would audit the light pages).
			expect(await schemeMatches(chrome, baseURL!, scheme), `prefers-color-scheme: ${scheme}`).toBe(true);
			for (const { type, path } of lighthousePages) {
				const { scores, failing } = await lighthouseScore(chrome, new URL(path, baseURL).href, scheme, [...asserted, 'performance']);
				console.log(`Lighthouse ${scheme} ${type} (${path}) : ${JSON.stringify(scores)}`);
				expect(failing, `${type} ${path}`).toEqual([]);
				for (const category of asserted) expect(scores[category], `${type} ${path} ${category}`).toBe(100);
			}
		} finally {
			chrome.kill();
		}
	});
}
