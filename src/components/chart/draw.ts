/**
 * Chart.js, tree-shaken: only the bar chart and what it uses are registered, so the chart pages
 * load no more than they draw. Loaded on demand by <chart-figure>.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type Plugin } from 'chart.js';
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

/** A white background, so that the PNG download is readable on any viewer. */
const whiteBackground: Plugin<'bar'> = {
	id: 'white-background',
	beforeDraw(chart) {
		const { ctx, width, height } = chart;
		ctx.save();
		ctx.globalCompositeOperation = 'destination-over';
		ctx.fillStyle = '#ffffff';
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

export function drawChart(canvas: HTMLCanvasElement, data: ChartPayload): Chart<'bar'> {
	return new Chart(canvas, {
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
}
