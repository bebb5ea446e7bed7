/** /donnees/<id>.json: a dataset's rows, typed, with its columns, source, licence and citation. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCorpus } from '../../queries';
import { datasetJson, jsonText } from '../../lib/open-data';

export const getStaticPaths = (async () =>
	(await getCorpus()).catalogue.map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) =>
	new Response(jsonText(datasetJson(props.entry, site!)), { headers: { 'Content-Type': 'application/json' } });
