/** /donnees/<id>-excel.csv: a dataset as « CSV pour Excel » (BOM, `;`, decimal comma), the same rows as /donnees/<id>.csv. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCorpus } from '../../queries';
import { datasetExcelCsv } from '../../lib/open-data';

export const getStaticPaths = (async () =>
	(await getCorpus()).catalogue.map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
	new Response(datasetExcelCsv(props.entry), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
