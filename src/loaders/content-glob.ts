/**
 * Astro's glob loader, with the checks it does not make and that a wrong page would otherwise
 * slip through: an id (the file name, which is also the URL) belongs to one file, and every date of
 * the frontmatter is a day of the calendar, without a time (YAML would roll 2021-02-30 over to 2 March).
 *
 * With `renderMdx` (a renderer for each load), it also renders the .mdx files' bodies itself, when
 * they are loaded, instead of leaving each to be compiled into a module of the build. The HTML and the MDX source of each body
 * are written to files beside Astro's cache, not into the entry: the build bundles the whole data
 * store as one string, and at 2 000 documents it took some 27 MB of memory per MB of text in it
 * (3 GB with the HTML in the store, 1.7 GB with the bodies alone). The entry keeps the headings and
 * where its texts are (`DocumentTexts`); src/queries.ts reads them.
 */
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ContentEntryType, MarkdownHeading } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { replacementCharacter } from '../lib/text-file';
import { BuildError, buildErrorProblems, type Problem } from '../lib/build-error';
import { invalidFrontmatterDates } from '../lib/calendar-dates';
import { bodyFirstLine } from '../lib/document-body';

type GlobOptions = Parameters<typeof glob>[0];

/** This file, as the errors of Astro's own interface name it. */
const LOADER = 'src/loaders/content-glob.ts';

/** Renders one body; throws, with the file and line, what it refuses. */
export type BodyRenderer = (
	body: string,
	where: { file: string; firstLine: number; fileURL: URL },
) => Promise<{ html: string; headings: MarkdownHeading[]; tables: DocumentTable[] }>;

/** A table a body shows (`<DatasetTable id="…" />`), and the line of the file it stands on. */
export interface DocumentTable {
	id: string;
	line: number;
}

/** Where a rendered entry's texts are, in its `rendered.metadata`. */
export interface DocumentTexts {
	/** The body's HTML. */
	htmlFile: string;
	/** The body's MDX, as Astro's `entry.body` would hold it. */
	sourceFile: string;
	tables: DocumentTable[];
}

/** The renderer of one load's bodies, closed when the load ends (src/loaders/body-thread.ts). */
export interface BodyRendering {
	render: BodyRenderer;
	close(): Promise<void>;
}

export function contentGlob(
	options: GlobOptions & { generateId: NonNullable<GlobOptions['generateId']>; renderMdx?: () => BodyRendering },
): Loader {
	const { renderMdx, ...globOptions } = options;
	const base = String(options.base ?? '.')
		.replace(/^\.\//, '')
		.replace(/\/?$/, '/');
	const files = new Map<string, Set<string>>();
	const inner = glob({
		...globOptions,
		// With rendered bodies, the texts are in files of their own (see above), not in the store.
		...(renderMdx && { retainBody: false }),
		generateId: (args) => {
			const id = options.generateId(args);
			const owners = files.get(id) ?? new Set<string>();
			owners.add(args.entry);
			files.set(id, owners);
			return id;
		},
	});
	return {
		...inner,
		name: 'content-glob',
		load: async (context) => {
			files.clear();
			const failures: Problem[] = [];
			const rendering = renderMdx?.();
			try {
				await inner.load(withEntryTypes(context, rendering?.render, failures));
			} finally {
				await rendering?.close();
			}
			if (failures.length > 0) throw new BuildError(failures, 'Textes refusés');
			const duplicates = [...files].filter(([, owners]) => owners.size > 1);
			if (duplicates.length > 0) {
				throw new BuildError(
					duplicates.map(([id, owners]) => ({
						file: base + [...owners][0],
						message: `« ${id} » est l'identifiant (et l'adresse) de ${[...owners].map((f) => base + f).join(' et de ')}`,
					})),
					`Identifiants en double dans ${base}`,
				);
			}
		},
	};
}

/**
 * The loader's context, with its entry types wrapped. The glob loader takes them from its context
 * (a field Astro gives loaders but does not declare) and hands each one the text of its file: each
 * checks the frontmatter's dates there, before YAML rolls them over, so no file is read twice.
 * With `render`, an entry type for .mdx is added too (see `withMdxRenderer`).
 */
function withEntryTypes(context: LoaderContext, render: BodyRenderer | undefined, failures: Problem[]): LoaderContext {
	const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, ContentEntryType> }).entryTypes;
	if (!entryTypes) {
		throw new BuildError({
			file: LOADER,
			message: "Astro ne donne plus aux loaders les types d'entrées (entryTypes) : les dates des textes ne peuvent pas être vérifiées",
		});
	}
	const root = fileURLToPath(context.config.root);
	const types = new Map(render ? [...entryTypes, ['.mdx', withMdxRenderer(context, entryTypes, render, failures)] as const] : entryTypes);
	for (const [extension, type] of types) {
		types.set(extension, {
			...type,
			async getEntryInfo(params) {
				const file = relative(root, fileURLToPath(params.fileUrl));
				// Astro reads the file as UTF-8: a file that is not has « � » where its bytes were.
				const replaced = replacementCharacter(params.contents);
				if (replaced) {
					throw new BuildError({
						file,
						line: replaced.line,
						message: `« \uFFFD » (U+FFFD) à la colonne ${replaced.column} : le fichier n'est pas en UTF-8 (sans doute Windows-1252) ; l’enregistrer en UTF-8`,
					});
				}
				const dates = invalidFrontmatterDates(params.contents);
				if (dates.length > 0) {
					throw new BuildError(dates.map((d) => ({ file, line: d.line, message: d.message })));
				}
				return type.getEntryInfo(params);
			},
			// The glob loader would only log a text its renderer refuses (src/integrations/markdown-rules.ts):
			// the failure is kept, and the load stops the build with it.
			...(type.getRenderFunction && {
				async getRenderFunction(config) {
					const renderText = await type.getRenderFunction!(config);
					return async (entry) => {
						try {
							return await renderText(entry);
						} catch (error) {
							// The renderer's BuildError comes from the config's own module graph, not this one.
							const problems = buildErrorProblems(error);
							if (problems) failures.push(...problems);
							else failures.push({ file: entry.filePath ?? LOADER, message: error instanceof Error ? error.message : String(error) });
							// Nothing to store: the load stops the build once every file is read.
							return { html: '' };
						}
					};
				},
			}),
		});
	}
	return { ...context, entryTypes: types } as LoaderContext;
}

/**
 * An entry type for .mdx that reads a file as Astro reads a .md one (its frontmatter, then its
 * body) and renders the body with `render`. The glob loader stores the result as the entry's
 * `rendered`, and would only log a failure: `failures` collects them, and the load stops the build
 * with them once every file is read.
 */
function withMdxRenderer(
	context: LoaderContext,
	entryTypes: ReadonlyMap<string, ContentEntryType>,
	render: BodyRenderer,
	failures: Problem[],
): ContentEntryType {
	const markdown = entryTypes.get('.md');
	if (!markdown) {
		throw new BuildError({
			file: LOADER,
			message: "Astro ne donne plus aux loaders le type d'entrée .md : les textes .mdx ne peuvent pas être rendus",
		});
	}
	// The store keeps an entry while its file is unchanged; its HTML also depends on the plugins,
	// which the store does not see: every body is rendered again at each load.
	context.store.clear();
	const root = fileURLToPath(context.config.root);
	const textsDir = fileURLToPath(new URL(`rendered/${context.collection}/`, context.config.cacheDir));
	mkdirSync(textsDir, { recursive: true });
	const firstLines = new Map<string, number>();
	const mdx: ContentEntryType = {
		extensions: ['.mdx'],
		async getEntryInfo(params) {
			const info = await markdown.getEntryInfo(params);
			firstLines.set(fileURLToPath(params.fileUrl), bodyFirstLine(params.contents, info.body));
			return info;
		},
		getRenderFunction: async () => async (entry) => {
			const path = entry.filePath ?? '';
			const file = relative(root, path);
			try {
				const { html, headings, tables } = await render(entry.body ?? '', {
					file,
					firstLine: firstLines.get(path) ?? 1,
					fileURL: pathToFileURL(path),
				});
				const texts: DocumentTexts = { htmlFile: `${textsDir}${entry.id}.html`, sourceFile: `${textsDir}${entry.id}.mdx`, tables };
				await Promise.all([writeFile(texts.htmlFile, html), writeFile(texts.sourceFile, entry.body ?? '')]);
				// No HTML in the entry itself: `render(entry)` would give an empty text, the pages read the file.
				return { html: '', metadata: { headings, ...texts } };
			} catch (error) {
				// A refusal names its file and lines already; anything else is said with the file.
				if (error instanceof BuildError) failures.push(...error.problems);
				else failures.push({ file, message: error instanceof Error ? error.message : String(error) });
				return { html: '' };
			}
		},
	};
	return mdx;
}
