/**
 * The quality gates, over every page the build wrote (found in dist/, not in a hand-kept list):
 * accessible in both colour schemes (axe, WCAG 2.1 AA), served under the security headers, and within its JavaScript budget.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { corpus } from '../support/corpus';
import { pageTypeOf } from '../support/page-types';
import { builtPages, distDir, readBuilt } from '../support/site';
import { paths } from '../../src/lib/paths';
import { cspDirectives, searchScriptSources } from '../../src/lib/security';

const pages = builtPages();
/** Any document page: a text page with its copy controls. */
const aDocument = paths.document(corpus.documents[0]!.slug);

/**
 * The axe rules whose result depends on colours: all that the dark scheme changes (src/styles: colours
 * only, through custom properties). The other rules, run in the light scheme, see the same page.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function expectNoAxeViolation(page: Page, rules?: readonly string[]) {
	const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
	const results = await (rules ? axe.withRules([...rules]) : axe).analyze();
	const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(summary).toEqual([]);
}

// Every page, and the search page with its results shown, in both colour schemes.
for (const path of [...pages, paths.search('visale')]) {
	test(`${path}: no accessibility violation, light and dark (axe, WCAG 2.1 AA)`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(path);
		// The search page shows its results only once Pagefind has answered.
		if (path.includes('?q=')) await expect(page.locator('.search-result').first()).toBeVisible();
		await expectNoAxeViolation(page);
		await page.emulateMedia({ colorScheme: 'dark' });
		await expectNoAxeViolation(page, COLOUR_RULES);
	});
}

test('pages are served with the security headers of public/_headers', async ({ page }) => {
	const response = await page.goto(aDocument);
	const headers = response!.headers();
	const csp = headers['content-security-policy'] ?? '';
	expect(csp).toContain("frame-ancestors 'none'");
	expect(csp).toContain("script-src 'self';");
	expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
	for (const directive of cspDirectives) expect(csp).toContain(directive);
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	// Astro writes the same policy, with its hashes, into the page.
	const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	for (const directive of cspDirectives) expect(meta).toContain(directive);
	expect(meta).not.toContain('wasm-unsafe-eval');
});

test('the search page alone may compile WebAssembly (Pagefind), and nothing more', async ({ page }) => {
	const response = await page.goto(paths.search());
	const csp = response!.headers()['content-security-policy'] ?? '';
	const meta = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
	for (const policy of [csp, meta]) {
		expect(policy).toMatch(new RegExp(`script-src 'self'[^;]* ${searchScriptSources.join(' ')}`));
		// 'wasm-unsafe-eval' lets the page compile WebAssembly; it is not 'unsafe-eval' (eval() of
		// JavaScript) nor 'unsafe-inline', which stay refused: hence the lookbehind.
		expect(policy).not.toMatch(/unsafe-inline|(?<!wasm-)unsafe-eval|https?:/);
		for (const directive of cspDirectives) expect(policy).toContain(directive);
	}
	expect(csp).toContain("frame-ancestors 'none'");
	// Only one policy is sent, so that the site's stricter one does not refuse the WebAssembly.
	expect(csp.match(/script-src/g)).toHaveLength(1);
});

test('a text page refuses WebAssembly', async ({ page, watch }) => {
	await page.goto(aDocument);
	// The smallest valid module: the magic number and version 1.
	const compiled = await page.evaluate(() =>
		WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
			() => true,
			() => false,
		),
	);
	expect(compiled).toBe(false);
	watch.errors.length = 0; // the refusal is reported as a violation: expected here
});

test('a page breaking the policy is caught: an inline script is refused', async ({ page, watch }) => {
	await page.goto(paths.home);
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.__ran = true';
		document.body.append(script);
	});
	await expect.poll(() => watch.errors.length).toBeGreaterThan(0);
	expect(await page.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined();
	watch.errors.length = 0; // expected here: the fixture would otherwise fail this test
});

/**
 * What a page type may load before any interaction, in bytes gzip; a type not listed, none. A
 * document page has only its copy controls (CopyLinks.astro); the charts' Chart.js, loaded once in
 * view, is measured by charts.spec.ts, and the search's Pagefind by search.spec.ts. The search page's
 * own code (address, filters, results, highlights, suggestions) is counted in the first query's 110 KB.
 */
const JS_BUDGET: Readonly<Record<string, number>> = { document: 2 * 1024, territory: 4 * 1024, search: 4.5 * 1024 };

/** The module and every module it imports statically (`import … from "./x.js"`), once each. */
function moduleGraph(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	const code = readFileSync(file, 'utf8');
	for (const [, spec] of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
		moduleGraph(join(dirname(file), spec!), seen);
	}
	return seen;
}

test('text pages ship no JavaScript, other pages only their budget; the JS of each page type is printed', () => {
	const byType = new Map<string, { pages: number; raw: number; gzip: number }>();
	const offenders: string[] = [];
	for (const path of pages) {
		const html = readBuilt(path);
		const files = new Set<string>();
		for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) moduleGraph(join(distDir, src!.split('?')[0]!), files);
		const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
			.map((m) => m[1]!)
			.filter((code) => code.trim() !== '');
		const code = [...[...files].map((file) => readFileSync(file)), ...inline.map((c) => Buffer.from(c))];
		const raw = code.reduce((n, b) => n + b.length, 0);
		const gzip = code.reduce((n, b) => n + gzipSync(b).length, 0);
		const type = pageTypeOf(path);
		const entry = byType.get(type) ?? { pages: 0, raw: 0, gzip: 0 };
		byType.set(type, { pages: entry.pages + 1, raw: Math.max(entry.raw, raw), gzip: Math.max(entry.gzip, gzip) });
		const budget = JS_BUDGET[type] ?? 0;
		if (budget === 0 ? raw > 0 : gzip > budget)
			offenders.push(`${path} (${type}) : ${raw} octets de JavaScript, ${gzip} gzip (budget : ${budget})`);
	}
	console.log('JavaScript par type de page, au chargement (maximum sur les pages du type) :');
	for (const [type, { pages: n, raw, gzip }] of [...byType].sort()) {
		console.log(`  ${type.padEnd(24)} ${String(n).padStart(4)} page(s)  ${String(raw).padStart(7)} o  ${String(gzip).padStart(7)} o gzip`);
	}
	expect(offenders).toEqual([]);
	// The types that ship nothing are still measured: a page type that lost its pages would pass unseen.
	expect([...byType.keys()]).toEqual(expect.arrayContaining(['home', 'document', 'territory', 'search', 'communiqués']));
});
