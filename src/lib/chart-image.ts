/**
 * The downloadable image of a chart: its title on top, the chart, then its source, data date,
 * licence and the site's address at the bottom, so that a PNG copied off the site still says what
 * it shows and where it comes from. Pure layout (text is measured by the caller's canvas), so that
 * src/components/chart/image.ts only paints what this module places.
 */

/** Sizes in CSS pixels, multiplied by the canvas's pixel ratio. */
export const IMAGE_STYLE = {
	padding: 16,
	titleFont: 18,
	footerFont: 12,
	lineHeight: 1.35,
	/** Between the title and the chart, and between the chart and the footer. */
	gap: 12,
	fontFamily: 'system-ui, sans-serif',
} as const;

export interface TextBlock {
	lines: string[];
	/** CSS font shorthand, in device pixels. */
	font: string;
	/** Baseline of the first line, then one `lineHeight` per line. */
	y: number;
	lineHeight: number;
}

export interface ImageLayout {
	width: number;
	height: number;
	padding: number;
	title: TextBlock;
	chart: { x: number; y: number; width: number; height: number };
	footer: TextBlock;
}

/** Words in lines no wider than `maxWidth` (a word longer than that stands on its own line). */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	return line ? [...lines, line] : lines;
}

/**
 * Where each part of the image goes, for a chart canvas of `chartWidth` × `chartHeight` device
 * pixels drawn at `scale` device pixels per CSS pixel. `measure(text, font)` is the canvas's.
 */
export function imageLayout(input: {
	chartWidth: number;
	chartHeight: number;
	scale: number;
	title: string;
	footer: string;
	measure: (text: string, font: string) => number;
}): ImageLayout {
	const s = input.scale;
	const padding = IMAGE_STYLE.padding * s;
	const gap = IMAGE_STYLE.gap * s;
	const width = input.chartWidth + 2 * padding;
	const textWidth = input.chartWidth;
	const block = (text: string, size: number, weight: string, top: number): TextBlock => {
		const font = `${weight} ${Math.round(size * s)}px ${IMAGE_STYLE.fontFamily}`;
		const lineHeight = size * s * IMAGE_STYLE.lineHeight;
		// A line break starts a paragraph (the footer's notes, then its source line).
		const lines = text.split('\n').flatMap((paragraph) => wrapText(paragraph, textWidth, (t) => input.measure(t, font)));
		// The baseline sits about four fifths down the line box.
		return { lines, font, lineHeight, y: top + lineHeight * 0.8 };
	};
	const title = block(input.title, IMAGE_STYLE.titleFont, '700', padding);
	const chartY = padding + title.lines.length * title.lineHeight + gap;
	const footer = block(input.footer, IMAGE_STYLE.footerFont, '400', chartY + input.chartHeight + gap);
	const height = chartY + input.chartHeight + gap + footer.lines.length * footer.lineHeight + padding;
	return {
		width: Math.ceil(width),
		height: Math.ceil(height),
		padding,
		title,
		chart: { x: padding, y: chartY, width: input.chartWidth, height: input.chartHeight },
		footer,
	};
}
