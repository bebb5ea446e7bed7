/** The data of each chart as « CSV pour Excel » (BOM, `;`, decimal comma), beside its CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartExcelCsv, type ChartData } from '../../../../lib/charts';
import { getCorpus } from '../../../../queries';

export const getStaticPaths = (async () => {
	const corpus = await getCorpus();
	return corpus.territories.flatMap((territory) =>
		corpus.territoryCharts(territory.id).map((chart) => ({ params: { territory: territory.id, chart: chart.id }, props: { chart } })),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ChartData }> = ({ props }) =>
	new Response(chartExcelCsv(props.chart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
