/** The data of each chart as « CSV pour Excel » (BOM, `;`, decimal comma), beside its CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartExcelCsv, type ChartData } from '../../../../lib/charts';
import { chartPaths } from '../../../../route-data';

export const getStaticPaths = chartPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ChartData }> = ({ props }) =>
	new Response(chartExcelCsv(props.chart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
