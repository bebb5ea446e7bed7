/**
 * The glossary as data, at /glossaire.json: for reusers, and for the search index, which reads it
 * from the build output (src/integrations/search-index.ts) to pair each acronym with its expansion.
 */
import type { APIRoute } from 'astro';
import { getCorpus } from '../queries';
import type { GlossaryFacts } from '../lib/glossary';

export const GET: APIRoute = async () => {
	const entries: GlossaryFacts[] = (await getCorpus()).glossary.map((e) => ({
		id: e.id,
		sigle: e.data.sigle,
		variantes: e.data.variantes,
		developpement: e.data.developpement,
		autresFormes: e.data.autresFormes,
		source: e.data.source?.id,
		note: e.data.note,
	}));
	return new Response(JSON.stringify(entries, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
