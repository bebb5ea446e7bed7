/**
 * The `test` of every end-to-end spec. Its page fails the test when the site asks another host for
 * anything, breaks its security policy, or throws: the site must work alone and under its CSP.
 */
import { test as base, expect } from '@playwright/test';

export interface Watch {
	/** Requests that left the local server (they are blocked, then reported). */
	external: string[];
	/** CSP violations and uncaught errors seen in the page. */
	errors: string[];
}

export const test = base.extend<{ watch: Watch }>({
	watch: async ({}, use) => {
		await use({ external: [], errors: [] });
	},
	page: async ({ page, baseURL, watch }, use) => {
		const local = new URL(baseURL!).host;
		await page.route('**/*', (route) => {
			const url = new URL(route.request().url());
			if (url.host === local) return route.continue();
			watch.external.push(url.href);
			return route.abort('blockedbyclient');
		});
		page.on('pageerror', (error) => watch.errors.push(`erreur : ${error.message}`));
		page.on('console', (message) => {
			if (/Content Security Policy|Refused to/i.test(message.text())) watch.errors.push(`CSP : ${message.text()}`);
		});
		await use(page);
		expect(watch.external, 'requests to other hosts').toEqual([]);
		expect(watch.errors, 'CSP violations and page errors').toEqual([]);
	},
});

export { expect };
