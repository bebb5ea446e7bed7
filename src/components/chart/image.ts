/**
 * Paints a chart's PNG: an offscreen canvas with the title on top, the drawn chart, then the source
 * line (src/lib/chart-image.ts places them). Loaded by <chart-figure> only when a reader asks for it.
 */
import { imageLayout, type TextBlock } from '../../lib/chart-image';

/** A download is read off the site, on any viewer: dark text on white, whatever the page's scheme. */
const IMAGE_COLOURS = { background: '#ffffff', text: '#1a1a1a', muted: '#4a4a4a' } as const;

function paint(context: CanvasRenderingContext2D, block: TextBlock, x: number, colour: string) {
	context.font = block.font;
	context.fillStyle = colour;
	block.lines.forEach((line, i) => context.fillText(line, x, block.y + i * block.lineHeight));
}

/** The chart's canvas, titled and sourced, as a PNG. */
export function chartImage(chart: HTMLCanvasElement, text: { title: string; footer: string }): Promise<Blob | null> {
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d')!;
	const scale = chart.clientWidth > 0 ? chart.width / chart.clientWidth : window.devicePixelRatio || 1;
	const layout = imageLayout({
		chartWidth: chart.width,
		chartHeight: chart.height,
		scale,
		...text,
		measure: (line, font) => {
			context.font = font;
			return context.measureText(line).width;
		},
	});
	canvas.width = layout.width;
	canvas.height = layout.height;
	context.fillStyle = IMAGE_COLOURS.background;
	context.fillRect(0, 0, layout.width, layout.height);
	paint(context, layout.title, layout.padding, IMAGE_COLOURS.text);
	context.drawImage(chart, layout.chart.x, layout.chart.y, layout.chart.width, layout.chart.height);
	paint(context, layout.footer, layout.padding, IMAGE_COLOURS.muted);
	return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
