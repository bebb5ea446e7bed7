/**
 * Lighthouse on the built site, in Debian's Chromium (tests/support/chromium.ts), in the light and in
 * the dark colour scheme: the end-to-end spec (tests/e2e/lighthouse.spec.ts) and `npm run lighthouse`
 * (scripts/lighthouse.ts) share it. Chromium's `--blink-settings=preferredColorScheme=0` (0: dark) makes `prefers-color-scheme: dark`
 * match, as a reader's system setting would; `schemeMatches` proves it did.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { paths } from '../../src/lib/paths.ts';
import { AVENANT_DIJON } from './corpus.ts';

export const colourSchemes = ['light', 'dark'] as const;
export type ColourScheme = (typeof colourSchemes)[number];

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof lighthouseCategories)[number];

/** The four page types a reader meets: home, a document, a territory with its charts, search with results. */
export const lighthousePages = [
	{ type: 'accueil', path: paths.home },
	{ type: 'document', path: paths.document(AVENANT_DIJON.slug) },
	{ type: 'territoire', path: paths.territory('dijon') },
	{ type: 'recherche', path: paths.search('visale') },
] as const;

export interface LighthouseScore {
	path: string;
	scheme: ColourScheme;
	/** 0 to 100, by category. */
	scores: Partial<Record<LighthouseCategory, number>>;
	/** The audits that lost points, with their title: what to fix when a score is below 100. */
	failing: string[];
	/** Performance metrics as Lighthouse displays them (e.g. `LCP 1,2 s`), when performance is measured. */
	metrics: string[];
}

/** The metrics of Lighthouse's performance score. */
const metricAudits = {
	FCP: 'first-contentful-paint',
	LCP: 'largest-contentful-paint',
	TBT: 'total-blocking-time',
	CLS: 'cumulative-layout-shift',
	SI: 'speed-index',
} as const;

/** A Chromium for Lighthouse, in one colour scheme, driven over its debugging port. */
export async function launchChromium(scheme: ColourScheme): Promise<LaunchedChrome> {
	return launch({
		chromePath: chromiumPath,
		chromeFlags: [...chromiumArgs, ...(scheme === 'dark' ? ['--blink-settings=preferredColorScheme=0'] : [])],
		logLevel: 'silent',
	});
}

/** Whether the launched Chromium's pages match `prefers-color-scheme: <scheme>` (the emulation is real). */
export async function schemeMatches(chrome: LaunchedChrome, url: string, scheme: ColourScheme): Promise<boolean> {
	const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
	try {
		const page = await browser.contexts()[0]!.newPage();
		// Playwright emulates the light scheme by default: undo that, to see what Chromium itself gives.
		await page.emulateMedia({ colorScheme: null });
		await page.goto(url);
		const matches = await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme);
		await page.close();
		return matches;
	} finally {
		// Disconnects Playwright only: the browser is chrome-launcher's to stop.
		await browser.close();
	}
}

/** Runs Lighthouse on one page, for the categories asked. */
export async function lighthouseScore(
	chrome: LaunchedChrome,
	url: string,
	scheme: ColourScheme,
	categories: readonly LighthouseCategory[] = lighthouseCategories,
): Promise<LighthouseScore> {
	// A trace Lighthouse could not record (NO_NAVSTART, NO_FCP on a busy machine) is its own failure,
	// not the page's: Lighthouse says to run again, which is done once.
	let result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
	if (result?.lhr.runtimeError)
		result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
	if (!result) throw new Error(`Lighthouse n'a rien rendu pour ${url}`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`Lighthouse, ${url} : ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
	const scores: LighthouseScore['scores'] = {};
	const failing: string[] = [];
	for (const category of categories) {
		const found = lhr.categories[category];
		if (!found || found.score === null) throw new Error(`Lighthouse, ${url} : pas de note « ${category} »`);
		scores[category] = Math.round(found.score * 100);
		if (category === 'performance') continue;
		for (const ref of found.auditRefs) {
			const audit = lhr.audits[ref.id];
			if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.push(`${category} : ${audit.id} (${audit.title})`);
		}
	}
	const metrics = categories.includes('performance')
		? Object.entries(metricAudits).map(([name, id]) => `${name} ${lhr.audits[id]?.displayValue ?? '?'}`)
		: [];
	return { path: new URL(url).pathname + new URL(url).search, scheme, scores, failing, metrics };
}
