/** /donnees/datapackage.json: the Frictionless Data Package of every download of /donnees/. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../queries';
import { dataPackage, datasetExcelResource, datasetResource, deliberationsResource } from '../../lib/datapackage';
import { jsonText } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
	const { catalogue, deliberations } = await getCorpus();
	// Each dataset's open-data CSV, then its « CSV pour Excel »: the same table in French Excel's dialect.
	const resources = catalogue.flatMap((entry) => [datasetResource(entry, site!), datasetExcelResource(entry, site!)]);
	resources.push(deliberationsResource(deliberations, site!));
	return new Response(jsonText(dataPackage(site!, resources)), { headers: { 'Content-Type': 'application/json' } });
};
