/**
 * Readers on small screens, zoomed in, or in a dark colour scheme: every page type fits 320 CSS px and
 * 200 % zoom of 1280 px with no sideways scrolling (RGAA 10.11, WCAG 1.4.10), the header stays
 * compact, wide tables scroll in a labelled region reachable by keyboard; the charts follow the colour
 * scheme (axe checks every page in both schemes: gates.spec.ts). Screenshots go to /tmp/shots-c/ (outside the repository) to be looked at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { contractPages } from '../support/site';
import { paths } from '../../src/lib/paths';

const shots = process.env['SHOTS_DIR'] ?? '/tmp/shots-c';
mkdirSync(shots, { recursive: true });

/** One page of each type; the search page with results shown, and an unknown address for the 404. */
const pages = [
	...contractPages.filter((path) => path !== paths.search()),
	paths.search('visale'),
	paths.data.catalogue,
	'/page-introuvable/',
] as const;

/** A file name for a page's screenshot: `/documents/x/` → `documents-x`. */
const shotName = (path: string) => path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'accueil';

async function open(page: Page, path: string) {
	await page.goto(path);
	// The search page shows its results only once Pagefind has answered.
	if (path.startsWith(paths.search())) await expect(page.locator('.search-result').first()).toBeVisible();
}

/**
 * The elements that stick out of the viewport, outermost first: each one whose right edge passes the
 * viewport while its parent's does not, outside any region that scrolls on its own (a table's).
 */
const overflowing = (page: Page) =>
	page.evaluate(() => {
		const width = window.innerWidth;
		const scrollWidth = document.documentElement.scrollWidth;
		// The search for the culprits walks every element: only when there is one to find.
		if (scrollWidth <= width) return { scrollWidth, innerWidth: width, offenders: [] };
		const scrolls = (el: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX);
		const out: string[] = [];
		for (const el of document.body.querySelectorAll('*')) {
			const right = el.getBoundingClientRect().right;
			if (right <= width + 0.5) continue;
			const parent = el.parentElement;
			if (parent && parent !== document.body && parent.getBoundingClientRect().right > width + 0.5) continue;
			let inScroller = false;
			for (let a = parent; a && a !== document.body; a = a.parentElement) if (scrolls(a)) inScroller = true;
			if (inScroller) continue;
			const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
			out.push(`${name} (bord droit à ${Math.round(right)} px) « ${(el.textContent ?? '').trim().slice(0, 60)} »`);
		}
		return { scrollWidth, innerWidth: width, offenders: out.slice(0, 10) };
	});

async function expectNoSidewaysScroll(page: Page) {
	const { scrollWidth, innerWidth, offenders } = await overflowing(page);
	expect(scrollWidth, `la page défile de côté : ${offenders.join(' ; ') || '(aucun élément trouvé)'}`).toBeLessThanOrEqual(innerWidth);
}

/** Each table's scroll region: a region named by its caption, in the Tab order, scrolled by the arrow keys. */
async function expectKeyboardTables(page: Page) {
	const regions = page.locator('.table-scroll');
	for (let i = 0; i < (await regions.count()); i++) {
		const region = regions.nth(i);
		await expect(region).toHaveRole('region');
		await expect(region).toHaveAttribute('tabindex', '0');
		const caption = region.locator('caption');
		await expect(caption).toBeVisible();
		const captionText = ((await caption.textContent()) ?? '').replace(/\s+/g, ' ').trim();
		await expect(region).toHaveAccessibleName(captionText);
		// Tab from the element just before the region reaches the region itself.
		await region.evaluate((el) => {
			const before = document.createElement('button');
			before.dataset['tabStart'] = '';
			before.textContent = 'avant';
			el.before(before);
			before.focus();
		});
		await page.keyboard.press('Tab');
		await expect(region).toBeFocused();
		await page.locator('[data-tab-start]').evaluate((el) => el.remove());
		const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
		if (scrollWidth > clientWidth) {
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
			// Back to the start once the arrow's smooth scroll is over, for the screenshot.
			await page.waitForTimeout(300);
			await region.evaluate((el) => el.scrollTo({ left: 0, behavior: 'instant' }));
		}
	}
	return regions.count();
}

test.describe('320 px wide', () => {
	test.use({ viewport: { width: 320, height: 256 } });
	for (const path of pages) {
		test(`${path}: no sideways scrolling at 320 px nor at 200 % zoom, a compact header, tables by keyboard`, async ({ page }) => {
			await open(page, path);
			await expectNoSidewaysScroll(page);
			const header = await page.locator('.site-header').boundingBox();
			expect(header!.height, 'hauteur de l’en-tête à 320 px').toBeLessThanOrEqual(100);
			// Compact, yet every link and button at least 24 × 24 px or spaced so (WCAG 2.2 2.5.8, Lighthouse's target-size).
			const targets = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
			expect(targets.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
			await page.screenshot({ path: join(shots, `320-${shotName(path)}.png`) });
			if ((await expectKeyboardTables(page)) > 0) {
				await page.locator('.table-scroll').first().scrollIntoViewIfNeeded();
				await page.screenshot({ path: join(shots, `320-${shotName(path)}-tableau.png`) });
			}
			// Then 200 % zoom of a 1280 × 800 window: a 640 × 400 CSS px viewport (the same page, resized,
			// lays out as at twice the density; the screenshot is at one).
			await page.setViewportSize({ width: 640, height: 400 });
			await expectNoSidewaysScroll(page);
			await page.screenshot({ path: join(shots, `zoom200-${shotName(path)}.png`) });
		});
	}
});

test('the Dijon bilan and prévision table scrolls at 375 px, and says so', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 667 });
	await open(page, paths.territory('dijon'));
	const hint = page.locator('.table-scroll-hint').first();
	await expect(hint).toBeVisible();
	await expect(hint).toHaveText('Faire défiler le tableau horizontalement');
	// At a desktop width the hint is not shown.
	await page.setViewportSize({ width: 1280, height: 800 });
	await expect(hint).toBeHidden();
});

test('a chart takes its colours from the colour scheme, and redraws when it changes', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await open(page, paths.territory('dijon'));
	// Charts draw once in view.
	await page.locator('chart-figure').first().scrollIntoViewIfNeeded();
	const canvas = page.locator('.chart-canvas canvas').first();
	await expect(canvas).toBeVisible();
	// The colour of the canvas's top-left pixel: the chart's background.
	const corner = () => canvas.evaluate((el: HTMLCanvasElement) => [...el.getContext('2d')!.getImageData(1, 1, 1, 1).data.slice(0, 3)]);
	// How many pixels have the first series' colour of a scheme (global.css, --chart-1): the bars repaint too.
	const pixelsOf = (hex: string) =>
		canvas.evaluate(
			(el: HTMLCanvasElement, rgb) => {
				const { data } = el.getContext('2d')!.getImageData(0, 0, el.width, el.height);
				let n = 0;
				for (let i = 0; i < data.length; i += 4) if (data[i] === rgb[0] && data[i + 1] === rgb[1] && data[i + 2] === rgb[2]) n++;
				return n;
			},
			[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)),
		);
	const light = await corner();
	expect(Math.min(...light)).toBeGreaterThan(200);
	expect(await pixelsOf('#1d3b6b')).toBeGreaterThan(1000);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect.poll(async () => Math.max(...(await corner()))).toBeLessThan(60);
	expect(await pixelsOf('#1d3b6b')).toBe(0);
	expect(await pixelsOf('#7fa8ef')).toBeGreaterThan(1000);
	await page.screenshot({ path: join(shots, 'sombre-graphique-dijon.png') });
});
