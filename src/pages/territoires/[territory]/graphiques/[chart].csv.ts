/** The data of each chart as CSV: what its table shows, in plain numbers. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv, type ChartData } from '../../../../lib/charts';
import { chartPaths } from '../../../../route-data';

export const getStaticPaths = chartPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ChartData }> = ({ props }) =>
	new Response(chartCsv(props.chart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
