/** /donnees/deliberations.csv: the délibérations in the columns of SCDL « Délibérations ». */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../queries';
import { deliberationRow, deliberationsCsv } from '../../lib/deliberations';

export const GET: APIRoute = async ({ site }) => {
	const rows = (await getCorpus()).deliberations.map((d) => deliberationRow(d, site!));
	return new Response(deliberationsCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
