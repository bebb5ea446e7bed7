/**
 * `/documents/<slug>/texte-source.txt`: the plain text extracted from the original PDF that the
 * document's page was established from (`source.file` under sources/), byte for byte, linked from
 * the page's "Source" line. Served as `text/plain; charset=utf-8` (public/_headers).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCorpus } from '../../../queries';
import { BuildError } from '../../../lib/build-error';

export const getStaticPaths = (async () => {
	const { documents } = await getCorpus();
	return documents.map((document) => ({ params: { slug: document.id }, props: { document } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { document } }) => {
	const source = `sources/${document.data.source.file}`;
	let text: Buffer;
	try {
		text = readFileSync(join(process.cwd(), source));
	} catch {
		throw new BuildError({
			file: document.filePath ?? document.id,
			field: 'source.file',
			message: `« ${source} » introuvable : la page renvoie à ce texte source`,
		});
	}
	return new Response(new Uint8Array(text), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
