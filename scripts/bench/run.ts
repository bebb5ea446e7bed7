/**
 * `npm run bench [-- --sizes 100,1000,6000 --starlight --keep]`: for each size, writes a synthetic
 * corpus (prose.ts, names.ts, corpus.ts) into a copy of the project, builds it through its real
 * content pipeline, measures the site and, in Chromium, the bytes of first searches (search.ts);
 * builds a bare Astro + MDX site of the same documents (baseline.ts) and, with --starlight, a
 * Starlight site of them (starlight.ts); then prints every size's figures, one table of the builds
 * and the targets. A benchmark, not a test: it exits 0 whatever the figures, and non-zero only
 * when a build fails (printing the build's error).
 */
import { readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { projectCopy, projectRoot } from '../../tests/support/project-copy.ts';
import { buildBaseline } from './baseline.ts';
import { runBuild, type BuildRun } from './build.ts';
import { writeCorpus } from './corpus.ts';
import { measureSite } from './measure.ts';
import { buildProseModel } from './prose.ts';
import { sizeReport, summary, type SizeResult } from './report.ts';
import { measureFirstQueries } from './search.ts';
import { buildStarlight, installStarlight, STARLIGHT_RANGE, type StarlightInstall } from './starlight.ts';

const PER_TERRITORY = 20;

const USAGE = `usage: npm run bench -- [--sizes N,N,…] [--starlight [--starlight-dir DIR]] [--keep]
  --sizes N,N,…        total generated documents of each run, comma-separated (default 2000), in
                       territories of ${PER_TERRITORY} documents; each size is written, built and measured in turn
  --territories N      with --documents: one size of N territories × M documents (instead of --sizes)
  --documents M        documents per territory (default ${PER_TERRITORY})
  --queries Q,Q,…      first-search queries to measure (default: drawn from the corpus: a frequent word,
                       a rare word, a territory name, an acronym, two words, an amount)
  --seed N             write another corpus of the same shape (other texts, names and figures than the
                       default one, which the site's figures were measured on)
  --starlight          also build the same documents with Starlight (${STARLIGHT_RANGE}, npm-installed into a
                       temporary folder, not a dependency of the site) and compare
  --starlight-dir DIR  install Starlight into DIR, or reuse the install already there (kept afterwards)
  --keep               keep the temporary folders (project copy, bare site, Starlight), and print their paths
  -h, --help           this help

Prints, per size: the corpus, each build's phases (content sync, Vite bundling, rendering, sitemap,
search index, other), the site's JavaScript and document weight, the bytes of each first search
(Chromium, /usr/bin/chromium or CHROME_PATH); then one table of the builds of every size (CPU time
and peak memory from GNU time, /usr/bin/time) with the ratios to bare and Starlight, and the targets.
Exits 0 whatever the figures; 1 when a build fails, 2 on a wrong argument.`;

function wrong(message: string): never {
	console.error(`bench: ${message}\n${USAGE}`);
	process.exit(2);
}

function positive(name: string, value: string): number {
	const n = Number(value.replace(/[_ ]/g, ''));
	if (!Number.isInteger(n) || n < 1) wrong(`--${name} expects whole numbers ≥ 1, not « ${value} »`);
	return n;
}

function failed(what: string, run: BuildRun): void {
	console.error(`bench: the ${what} build failed (exit ${run.status}) after ${run.seconds.toFixed(1)} s: ${run.command}`);
	// The last 80 lines, without the bundler's framed warnings (which can bury the error).
	const lines = run.output.trimEnd().split('\n');
	const kept: string[] = [];
	let framed = false;
	for (const line of lines) {
		if (/^\s*╭─/.test(line)) framed = true;
		if (!framed && !/\[WARN\] \[vite\] \[MODULE_LEVEL_DIRECTIVE\]/.test(line)) kept.push(line);
		if (framed && /^\s*─+╯/.test(line)) framed = false;
	}
	console.error(kept.slice(-80).join('\n'));
	process.exitCode = 1;
}

let parsed;
try {
	parsed = parseArgs({
		options: {
			sizes: { type: 'string' },
			territories: { type: 'string' },
			documents: { type: 'string' },
			queries: { type: 'string' },
			seed: { type: 'string' },
			starlight: { type: 'boolean', default: false },
			'starlight-dir': { type: 'string' },
			keep: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
} catch (error) {
	wrong(error instanceof Error ? error.message : String(error));
}
const { values } = parsed;
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
if (values.sizes !== undefined && values.territories !== undefined) wrong('--sizes and --territories exclude each other');
const perTerritory = values.documents === undefined ? PER_TERRITORY : positive('documents', values.documents);
const sizes =
	values.territories !== undefined
		? [positive('territories', values.territories) * perTerritory]
		: (values.sizes ?? '2000').split(',').map((s) => positive('sizes', s.trim()));
const seed = values.seed === undefined ? undefined : positive('seed', values.seed);
const fixedQueries = values.queries
	?.split(',')
	.map((q) => q.trim())
	.filter(Boolean);
const useStarlight = values.starlight || values['starlight-dir'] !== undefined;

const temporary: string[] = [];
const kept: string[] = [];
const cleanUp = () => {
	for (const dir of temporary.splice(0)) {
		if (values.keep) kept.push(dir);
		else rmSync(dir, { recursive: true, force: true });
	}
};
const onSignal = () => {
	cleanUp();
	process.exit(130);
};
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);

const results: SizeResult[] = [];
let starlightInstall: StarlightInstall | undefined;
try {
	if (useStarlight) {
		const dir = values['starlight-dir'] === undefined ? undefined : resolve(values['starlight-dir']);
		console.log(
			`bench: installing @astrojs/starlight@${STARLIGHT_RANGE} ${dir ? `into ${dir} (or reusing it)` : 'into a temporary folder'}…`,
		);
		starlightInstall = await installStarlight(join(projectRoot, 'node_modules'), dir);
		if (starlightInstall.error) console.log(`bench: Starlight is not available, it will be left out: ${starlightInstall.error}`);
		else console.log(`bench: Starlight ${starlightInstall.starlight} on Astro ${starlightInstall.astro} in ${starlightInstall.root}`);
	}
	for (const size of sizes) {
		const loadBefore = loadavg()[0]!;
		const copy = projectCopy();
		temporary.push(copy.root);
		const prose = buildProseModel(join(copy.root, 'content/documents'));
		const corpus = writeCorpus(copy.root, { documents: size, perTerritory, ...(seed !== undefined && { seed }) }, prose);
		console.log(
			`bench: ${corpus.documents} documents, ${corpus.datasets} tables in ${corpus.territories} territories written to ${copy.root} ` +
				`(prose model: ${prose.vocabulary} distinct tokens, ${prose.tokens} tokens, ${prose.topics} topics of the real texts)`,
		);

		// The project's own build command; `astro build` is run directly, like the bare site's.
		const script = (JSON.parse(readFileSync(join(copy.root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts?.[
			'build'
		];
		console.log(`bench: [${size}] building the project (${script ?? 'astro build'})…`);
		const project =
			script === undefined || script.trim() === 'astro build'
				? await runBuild(copy.root, process.execPath, [join(copy.root, 'node_modules/astro/bin/astro.mjs'), 'build'], 'astro build')
				: await runBuild(copy.root, 'npm', ['run', '--silent', 'build'], `npm run build (${script})`);
		const result: SizeResult = {
			size,
			corpus,
			project,
			site: undefined,
			search: undefined,
			baseline: undefined,
			starlight: undefined,
			machine: { cpus: cpus().length, loadBefore, loadAfter: loadBefore },
		};
		results.push(result);
		if (project.status !== 0) {
			failed('project', project);
			cleanUp();
			continue;
		}
		console.log(`bench: [${size}] project built in ${project.seconds.toFixed(1)} s; measuring it and its first searches…`);
		result.site = await measureSite(join(copy.root, 'dist'));
		const queries = fixedQueries ? fixedQueries.map((query) => ({ label: 'given', query })) : corpus.queries;
		result.search = await measureFirstQueries(join(copy.root, 'dist'), queries);

		console.log(`bench: [${size}] building the bare baseline…`);
		const baseline = await buildBaseline(copy.root, join(projectRoot, 'node_modules'));
		temporary.push(baseline.root);
		result.baseline = baseline;
		if (baseline.run.status !== 0) failed('bare baseline', baseline.run);

		if (starlightInstall) {
			if (starlightInstall.error) {
				result.starlight = { install: starlightInstall, error: `not installed: ${starlightInstall.error}` };
			} else {
				console.log(`bench: [${size}] building Starlight…`);
				const build = await buildStarlight(starlightInstall, copy.root);
				result.starlight = { install: starlightInstall, build };
				if (build.run.status !== 0) {
					failed('Starlight', build.run);
					result.starlight.error = `the build failed (exit ${build.run.status}); its log is printed above`;
				}
			}
		}
		result.machine.loadAfter = loadavg()[0]!;
		console.log(`\n${sizeReport(result)}\n`);
		cleanUp();
	}
	console.log(`\n${summary(results)}`);
} finally {
	cleanUp();
	if (starlightInstall?.created && values['starlight-dir'] === undefined) {
		if (values.keep) kept.push(starlightInstall.root);
		else rmSync(starlightInstall.root, { recursive: true, force: true });
	}
	for (const dir of kept) console.log(`bench: kept ${dir}`);
}
