/**
 * One piece of the site's vocabulary, the words of one first letter: the search page loads the pieces
 * of a query's words only when it finds little, to offer « Vouliez-vous dire … ? » (src/lib/suggest.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchVocabulary } from '../../../queries';
import { SHARDS } from '../../../lib/suggest';

export const getStaticPaths = (async () => {
	const shards = await getSearchVocabulary();
	// paths.searchVocabulary(lettre) is the address of each piece.
	// Every letter has its piece, empty or not: a query's first letters never ask for a missing file.
	return [...SHARDS].map((lettre) => ({ params: { lettre }, props: { words: shards[lettre] ?? [] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props['words']), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
