/** The data of each chart as CSV: what its table shows, in plain numbers. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv, type ChartData } from '../../../../lib/charts';
import { getTerritories, getTerritoryCharts } from '../../../../queries';

export const getStaticPaths = (async () => {
	const territories = await getTerritories();
	const paths = await Promise.all(
		territories.map(async (territory) =>
			(await getTerritoryCharts(territory.id)).map((chart) => ({
				params: { territory: territory.id, chart: chart.id },
				props: { chart },
			})),
		),
	);
	return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ChartData }> = ({ props }) =>
	new Response(chartCsv(props.chart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
