/** /donnees/<id>.csv: a dataset as CSV, written from the same collection as the page's table. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCorpus } from '../../queries';
import { datasetCsv } from '../../lib/open-data';

export const getStaticPaths = (async () =>
	(await getCorpus()).catalogue.map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
	new Response(datasetCsv(props.entry), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
