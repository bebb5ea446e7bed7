/** /donnees/deliberations.json: the same rows as deliberations.csv, typed, with the standard's columns. */
import type { APIRoute } from 'astro';
import { getDeliberations } from '../../queries';
import { deliberationRow, deliberationsJson } from '../../lib/deliberations';
import { jsonText } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
	const rows = (await getDeliberations()).map((d) => deliberationRow(d, site!));
	return new Response(jsonText(deliberationsJson(rows)), { headers: { 'Content-Type': 'application/json' } });
};
