/** /donnees/deliberations.json: the same rows as deliberations.csv, typed, with the standard's columns. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../queries';
import { deliberationRow, deliberationsJson } from '../../lib/deliberations';
import { jsonText } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
	const rows = (await getCorpus()).deliberations.map((d) => deliberationRow(d, site!));
	return new Response(jsonText(deliberationsJson(rows)), { headers: { 'Content-Type': 'application/json' } });
};
