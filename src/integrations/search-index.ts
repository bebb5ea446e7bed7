/**
 * Builds the search index (Pagefind, through its Node API) over the pages the build has just
 * written, into `pagefind/` beside them. Pagefind reads each page's language from `<html lang="fr">`
 * (French stemming), indexes only the elements marked `data-pagefind-body`, and takes the
 * metadata, filters and sort keys from the `data-pagefind-*` attributes of the components, and the
 * glossary's pairs of acronyms and expansions from the attributes the rendering put on them
 * (src/integrations/glossary-terms.ts). It reads the written folder as it is, in parallel. Must run
 * before atomicPublish, which moves the site into dist/.
 */
import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { BuildError } from '../lib/build-error';
import { glossaryRecords, type GlossaryTerm } from '../lib/glossary';
import { DATE_ORDER_FILE, dateOrder, type DatedResult } from '../lib/search-order';
import { sizeWarnings, type Weighed } from '../lib/size-limits';

/** Where src/pages/glossaire.json.ts writes the glossary, in the build output. */
const GLOSSARY_FILE = 'glossaire.json';

/**
 * The size of Pagefind's index chunks. A first query downloads the metadata, which lists every chunk,
 * then the chunk of each of its words: small chunks make a long list, large ones heavy words.
 * Measured with `npm run bench` (its corpus of generated prose, six queries, the largest first query
 * through /recherche/, gzip): at 100 documents, 106.6 KB with 2,000, 147.3 KB with 10,000, 149.2 KB
 * with 20,000 (Pagefind's default) and 205.8 KB with 40,000, where a chunk holds a whole part of the
 * vocabulary; at 2,000 documents, see the README. Pagefind reads this setting from its environment
 * only, under a name it calls unstable: should it stop working, the first-query budget of
 * tests/e2e/search.spec.ts fails. The bench can try another value: `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=…`.
 */
const INDEX_CHUNK_SIZE = '2000';

/**
 * How many threads Pagefind indexes the pages with (rayon's own setting, read from the environment):
 * one more than the machine's cores. Measured with `npm run bench` on 2 cores: with 2 threads
 * (rayon's default, one a core) Pagefind's process peaked at 1.51–1.52 GiB at 2,000 documents and
 * 4.01 GiB at 6,000; with 3, at 1.35–1.36 GiB and 3.90–3.94 GiB, and its writing took 10–15 % less
 * time; with 4, 6 or 8, more memory again (1.37–1.44 GiB at 2,000). `RAYON_NUM_THREADS=…` overrides it.
 */
const indexThreads = () => String(availableParallelism() + 1);

/** A problem of the index, said of the file it is about (in the build output). */
const indexError = (file: string, message: string) => new BuildError({ file, message: `index de recherche : ${message}` });

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

async function readGlossary(outDir: string): Promise<GlossaryTerm[]> {
	const path = join(outDir, GLOSSARY_FILE);
	const terms: unknown = JSON.parse(await readFile(path, 'utf8'));
	if (!Array.isArray(terms)) throw indexError(GLOSSARY_FILE, 'une liste de sigles attendue');
	return terms as GlossaryTerm[];
}

/**
 * Pagefind's ready-made interfaces, which the site does not use (it has its own, on the JS API):
 * not published, so that no script or stylesheet outside the site's own policy is ever served.
 */
const UNUSED_BUNDLE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** What Pagefind writes before the JSON of a decompressed fragment. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * A result's id, date, address and compressed size, from its fragment: the id is the fragment's
 * name, the date its `date` metadata. Pagefind's fragment format is its own: should it change, the build stops here.
 */
async function datedResult(folder: string, name: string): Promise<DatedResult & Weighed> {
	const compressed = await readFile(join(folder, name));
	const text = gunzipSync(compressed).toString('utf8');
	if (!text.startsWith(FRAGMENT_SIGNATURE))
		throw indexError(`pagefind/fragment/${name}`, 'fragment illisible (format de Pagefind inconnu)');
	const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url?: string; meta?: { date?: string } };
	return { id: name.replace(/\.pf_fragment$/, ''), date: fragment.meta?.date, url: fragment.url ?? name, bytes: compressed.length };
}

/** Fails the build on any error Pagefind reports, naming what it was doing. */
function check(what: string, response: { errors: string[] }): void {
	if (response.errors.length > 0)
		throw new BuildError(response.errors.map((message) => ({ file: 'pagefind/', message: `index de recherche, ${what} : ${message}` })));
}

export function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const terms = await readGlossary(outDir);
				process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
				process.env['RAYON_NUM_THREADS'] ??= indexThreads();
				const { index, errors } = await pagefind.createIndex({});
				check('création', { errors });
				if (!index) throw indexError('pagefind/', 'Pagefind n’a pas créé d’index');
				try {
					// Pagefind reads the pages in its own process; the weights and the count are read meanwhile.
					const adding = index.addDirectory({ path: outDir });
					// Pages without a marked body (lists, search, glossary page) are not results.
					let pages = 0;
					const weights: Weighed[] = [];
					for (const file of await htmlFiles(outDir)) {
						const html = await readFile(file, 'utf8');
						if (html.includes('data-pagefind-body')) pages++;
						weights.push({
							url: `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, ''),
							bytes: Buffer.byteLength(html),
						});
					}
					check('lecture des pages', await adding);
					const records = glossaryRecords(terms);
					for (const record of records) check(record.url, await index.addCustomRecord(record));
					const bundle = join(outDir, 'pagefind');
					check('écriture', await index.writeFiles({ outputPath: bundle }));
					// One fragment per result: a page that Pagefind skipped would be missing from the search.
					const folder = join(bundle, 'fragment');
					const fragments = await readdir(folder);
					if (fragments.length !== pages + records.length) {
						throw indexError(
							'pagefind/fragment/',
							`${fragments.length} résultat(s) indexé(s) pour ${pages} page(s) et ${records.length} sigle(s)`,
						);
					}
					const results = await Promise.all(fragments.map((name) => datedResult(folder, name)));
					await writeFile(join(bundle, DATE_ORDER_FILE), JSON.stringify(dateOrder(results)));
					// A text is published whole; the build names a page heavy enough to weigh on readers and on the search.
					for (const warning of sizeWarnings(weights, results)) logger.warn(warning);
					for (const name of await readdir(bundle)) if (UNUSED_BUNDLE.test(name)) await unlink(join(bundle, name));
					const seconds = ((performance.now() - started) / 1000).toFixed(1);
					logger.info(`${pages} page(s) et ${terms.length} sigle(s) indexés dans pagefind/ en ${seconds} s`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
