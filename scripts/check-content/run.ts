/**
 * `npm run check:content`: checks the content as `astro build` does, in seconds, without building
 * a page. It runs the build's own code, in its order:
 *
 * 1. Astro's content sync: the loaders of src/content.config.ts, their zod schemas and their own
 *    checks (calendar dates, dataset columns and totals, the bodies' components and `<DatasetTable>`s);
 * 2. the corpus checks of `getCorpus()` (src/queries.ts: relations, territories, key figures, charts,
 *    reserved names, the glossary), in a Vite server that loads the site's modules as the build does;
 * 3. each document's text (its title, its body and its tables, as its page shows them) against its
 *    source under sources/: at least 99.5 % of the source's words, in their order, as the fidelity test.
 *
 * Prints each document's share of its source, every problem as the build words it (file, line or
 * field, message), and a summary line; exits 1 when anything is wrong, 0 when all is good.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { sync, type AstroConfig } from 'astro';
import { getViteConfig } from 'astro/config';
import { createServer, type PluginOption } from 'vite';
import { errorProblems, loadFailureLines, reportLines, type ContentReport } from '../../src/lib/content-check.ts';

/** Since the process started (Node's `performance.now()`), loading Astro and Vite included: the time the editor waits. */
const elapsed = () => performance.now();
const root = process.cwd();

/** The file of Astro's content store (a single file unless `experimental.collectionStorage` says otherwise). */
const DATA_STORE_FILE = 'data-store.json';

/** Prints what went wrong with `error`, as the build says it when it is about the content, and sets the exit status to 1. */
function fail(error: unknown, loaded: boolean): void {
	const problems = errorProblems(error, root);
	process.exitCode = 1;
	if (problems === undefined) {
		// Not a problem of the content: a fault of the code, with its stack for whoever fixes it.
		console.error(`check:content : erreur inattendue (${loaded ? 'vérification du corpus' : 'chargement du contenu'}) :`);
		console.error(error);
		return;
	}
	console.log(loadFailureLines(problems, elapsed()).join('\n'));
}

/** The store where the content sync wrote it, and where a Vite server in serve mode reads it. */
function storePaths(config: AstroConfig): { written: string; read: string } {
	const storage = config.experimental.collectionStorage;
	if (storage !== undefined && storage !== 'single-file') {
		throw new Error(
			`check:content lit le magasin de contenu en un seul fichier, pas experimental.collectionStorage = ${JSON.stringify(storage)}`,
		);
	}
	return {
		// The build's cache: Astro's content/paths.js, getDataStoreFile(settings, isDev = false).
		written: fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir)),
		// `astro dev`'s: the same, with isDev, in settings.dotAstroDir, which Astro's createSettings puts at
		// `<root>/.astro/` (settings that no integration hook hands over without writing something there).
		read: fileURLToPath(new URL(`.astro/${DATA_STORE_FILE}`, config.root)),
	};
}

/**
 * Vite's plugins without `astro dev`'s page server (vite-plugin-astro-server): no page is served
 * here, and the app it starts when the server opens fails when it closes ("Vite module runner has
 * been closed"). Nested lists and promises of plugins are kept as they are, for Vite to resolve.
 */
function withoutPageServer(plugins: readonly PluginOption[]): PluginOption[] {
	return plugins.flatMap((p): PluginOption[] => {
		if (Array.isArray(p)) return [withoutPageServer(p)];
		return p && typeof p === 'object' && 'name' in p && p.name === 'astro:server' ? [] : [p];
	});
}

async function check(): Promise<void> {
	let config: AstroConfig | undefined;
	try {
		// The content layer, as `astro build` runs it (production mode): it throws on the first collection it refuses.
		await sync({
			root,
			logLevel: 'error',
			// Astro's resolved configuration, to find its cache (`cacheDir`) rather than assume it.
			integrations: [
				{
					name: 'check-content',
					hooks: {
						'astro:config:done': (options) => {
							config = options.config;
						},
					},
				},
			],
		});
	} catch (error) {
		fail(error, false);
		return;
	}
	if (!config) throw new Error("check:content : Astro n'a pas donné sa configuration (astro:config:done)");
	const store = storePaths(config);
	// The sync wrote the store into the build's cache; the Vite server below runs in serve mode, whose
	// `astro:content` reads the store of `astro dev` instead: the one just written is copied there for
	// the check, and what was there before (a dev server's) put back afterwards.
	const previous = existsSync(store.read) ? readFileSync(store.read) : undefined;
	mkdirSync(dirname(store.read), { recursive: true });
	writeFileSync(store.read, readFileSync(store.written));
	const viteConfig = await getViteConfig(
		{
			root,
			server: { middlewareMode: true, hmr: false, ws: false },
			appType: 'custom',
			optimizeDeps: { noDiscovery: true, include: [] },
			logLevel: 'error',
		},
		{ root, logLevel: 'error' },
	)({ command: 'serve', mode: 'development' });
	viteConfig.plugins = withoutPageServer(viteConfig.plugins ?? []);
	const server = await createServer({ ...viteConfig, configFile: false });
	try {
		const corpus = (await server.ssrLoadModule(join(import.meta.dirname, 'corpus.ts'))) as {
			checkContent: (root: string) => Promise<ContentReport>;
		};
		const report = await corpus.checkContent(root);
		const { lines, ok } = reportLines(report, elapsed());
		console.log(lines.join('\n'));
		if (!ok) process.exitCode = 1;
	} catch (error) {
		fail(error, true);
	} finally {
		await server.close();
		if (previous) writeFileSync(store.read, previous);
		else rmSync(store.read, { force: true });
	}
}

await check();
