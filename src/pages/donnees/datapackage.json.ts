/** /donnees/datapackage.json: the Frictionless Data Package of every download of /donnees/. */
import type { APIRoute } from 'astro';
import { getCatalogue, getDeliberations } from '../../queries';
import { dataPackage, datasetResource, deliberationsResource } from '../../lib/datapackage';
import { jsonText } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
	const resources = (await getCatalogue()).map((entry) => datasetResource(entry, site!));
	resources.push(deliberationsResource(await getDeliberations(), site!));
	return new Response(jsonText(dataPackage(site!, resources)), { headers: { 'Content-Type': 'application/json' } });
};
