import { describe, expect, test } from 'vitest';
import { IMAGE_STYLE, imageLayout, wrapText } from './chart-image';

/** A monospace measure: 10 px a character, whatever the font. */
const measure = (text: string) => text.length * 10;

describe('wrapText', () => {
	test.each([
		['un deux trois', 1000, ['un deux trois']],
		['un deux trois', 70, ['un deux', 'trois']],
		['un deux trois', 20, ['un', 'deux', 'trois']],
		['  espaces   multiples ', 1000, ['espaces multiples']],
		['', 100, []],
	])('%j in %d px -> %j', (text, width, lines) => {
		expect(wrapText(text, width, measure)).toEqual(lines);
	});
});

describe('imageLayout', () => {
	const base = { chartWidth: 800, chartHeight: 400, scale: 1, title: 'Titre', footer: 'Source : avenant', measure };

	test('title above the chart, footer below, all inside the image', () => {
		const layout = imageLayout(base);
		expect(layout.width).toBe(800 + 2 * IMAGE_STYLE.padding);
		expect(layout.title.y).toBeLessThan(layout.chart.y);
		expect(layout.footer.y).toBeGreaterThan(layout.chart.y + layout.chart.height);
		expect(layout.height).toBeGreaterThan(layout.footer.y);
		expect(layout.height).toBeGreaterThan(base.chartHeight + 50);
		expect(layout.chart).toMatchObject({ x: IMAGE_STYLE.padding, width: 800, height: 400 });
	});

	test('a long footer wraps and makes the image taller', () => {
		const short = imageLayout(base);
		const long = imageLayout({ ...base, footer: 'Source : avenant · '.repeat(20) });
		expect(long.footer.lines.length).toBeGreaterThan(1);
		for (const line of long.footer.lines) expect(measure(line)).toBeLessThanOrEqual(800);
		expect(long.height - short.height).toBeCloseTo((long.footer.lines.length - 1) * short.footer.lineHeight, -1);
	});

	test('a line break starts a paragraph: the notes, then the source line', () => {
		const layout = imageLayout({ ...base, footer: '(1) une note\n(2) une autre\nSource : avenant' });
		expect(layout.footer.lines).toEqual(['(1) une note', '(2) une autre', 'Source : avenant']);
	});

	test('scales with the pixel ratio', () => {
		const double = imageLayout({ ...base, chartWidth: 1600, chartHeight: 800, scale: 2 });
		expect(double.title.font).toContain(`${IMAGE_STYLE.titleFont * 2}px`);
		expect(double.chart.x).toBe(2 * IMAGE_STYLE.padding);
	});
});
