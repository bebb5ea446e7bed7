/**
 * Chart.js, tree-shaken: only the bar chart and what it uses are registered, so the chart pages
 * load no more than they draw. Loaded on demand by <chart-figure>.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type Plugin } from 'chart.js';
import { merge } from 'chart.js/helpers';
import { formatValue } from '../../lib/format';
import type { ChartSeries } from '../../lib/charts';
import type { Unit } from '../../lib/domain';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface ChartPayload {
	title: string;
	unit: Unit;
	categories: string[];
	series: ChartSeries[];
}

/** Colours with at least 3:1 contrast against white, told apart also by the legend and the table. */
const COLOURS = ['#1d3b6b', '#c2410c', '#2f7d4f', '#6b3fa0', '#8a6d00'];

/** A background of the scheme's paper (white in the light one), so that the PNG download is readable on any viewer. */
const whiteBackground: Plugin<'bar'> = {
	id: 'white-background',
	beforeDraw(chart) {
		const { ctx, width, height } = chart;
		ctx.save();
		ctx.globalCompositeOperation = 'destination-over';
		ctx.fillStyle = schemeColours(chart.canvas).paper;
		ctx.fillRect(0, 0, width, height);
		ctx.restore();
	},
};

/** Long category labels wrap on words, so that the axis stays readable. */
function wrap(label: string, width = 28): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of label.split(' ')) {
		if (line && `${line} ${word}`.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	return line ? [...lines, line] : lines;
}

/**
 * The chart's colours in the reader's scheme, from the custom properties of global.css (--chart-*),
 * read at draw time so that the dark scheme needs no second list here. The constants, the light
 * scheme's values, are the fallback and what a chart prints in: paper stays light.
 */
function schemeColours(canvas: HTMLCanvasElement) {
	const style = getComputedStyle(canvas);
	const read = (name: string, fallback: string) => (printing ? '' : style.getPropertyValue(name).trim()) || fallback;
	return {
		ink: read('--chart-ink', '#1b1f24'),
		grid: read('--chart-grid', 'rgb(0 0 0 / 12%)'),
		paper: read('--chart-paper', '#ffffff'),
		series: COLOURS.map((fallback, i) => read(`--chart-${i + 1}`, fallback)),
	};
}

/** Whether the page is being printed: `beforeprint` comes while the screen's styles still apply. */
let printing = false;
/** The charts drawn so far, repainted when the scheme changes or the page prints. */
const charts = new Set<Chart<'bar'>>();

/** Paints a chart in the current scheme's colours (the light ones while printing). */
function paint(c: Chart<'bar'>): void {
	const { ink, grid, series } = schemeColours(c.canvas);
	const axis = { grid: { color: grid }, border: { color: grid }, ticks: { color: ink }, title: { color: ink } };
	merge(c.options, { color: ink, scales: { x: axis, y: axis }, plugins: { legend: { labels: { color: ink } } } });
	// A function, not a colour: Chart.js would keep a plain colour in the options it shares between bars.
	c.data.datasets.forEach((dataset, i) => (dataset.backgroundColor = () => series[i % series.length]!));
	c.update('none');
}

/** Paints a chart now; all of them again when the scheme changes, or for printing. */
function followColourScheme(chart: Chart<'bar'>): void {
	if (charts.size === 0) {
		const repaint = (print: boolean) => () => {
			printing = print;
			charts.forEach(paint);
		};
		matchMedia('(prefers-color-scheme: dark)').addEventListener('change', repaint(false));
		addEventListener('beforeprint', repaint(true));
		addEventListener('afterprint', repaint(false));
	}
	charts.add(chart);
	paint(chart);
}

/**
 * Runs `use` while the chart of `canvas` is painted in its light colours, as on paper, then paints it
 * back: a downloaded PNG (image.ts copies the canvas synchronously) is dark on white in either scheme.
 */
export function inLightColours<T>(canvas: HTMLCanvasElement, use: () => T): T {
	const chart = Chart.getChart(canvas) as Chart<'bar'> | undefined;
	if (!chart || printing) return use();
	printing = true;
	paint(chart);
	try {
		return use();
	} finally {
		printing = false;
		paint(chart);
	}
}

export function drawChart(canvas: HTMLCanvasElement, data: ChartPayload): Chart<'bar'> {
	const chart = new Chart(canvas, {
		type: 'bar',
		data: {
			labels: data.categories.map((c) => wrap(c)),
			datasets: data.series.map((s, i) => ({
				label: s.label,
				data: s.values,
				backgroundColor: COLOURS[i % COLOURS.length],
			})),
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			// No animation: the chart is complete as soon as it is drawn, on screen and in print.
			animation: false,
			locale: 'fr-FR',
			plugins: {
				legend: { display: data.series.length > 1, position: 'bottom' },
				tooltip: {
					callbacks: {
						title: (items) => data.categories[items[0]?.dataIndex ?? 0] ?? '',
						label: (item) => `${item.dataset.label} : ${formatValue(item.parsed.y ?? 0, data.unit)}`,
					},
				},
			},
			scales: {
				y: {
					beginAtZero: true,
					title: { display: true, text: data.unit === 'nombre' ? 'Nombre' : `en ${data.unit}` },
					ticks: { callback: (value) => formatValue(Number(value), data.unit) },
				},
			},
		},
		plugins: [whiteBackground],
	});
	followColourScheme(chart);
	return chart;
}
