/**
 * `npm run bench [-- --territories N --documents M --keep]`: builds a synthetic corpus of N × M
 * documents through the project's real content pipeline, then a bare Astro + MDX site of the same
 * documents, and prints the figures beside their targets. A benchmark, not a test: it exits 0
 * whatever the figures, and non-zero only when a build fails (printing the build's error).
 */
import { readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectCopy, projectRoot } from '../../tests/support/project-copy.ts';
import { buildBaseline } from './baseline.ts';
import { runBuild, type BuildRun } from './build.ts';
import { writeCorpus } from './corpus.ts';
import { measureSite } from './measure.ts';
import { harvestProse } from './prose.ts';
import { report } from './report.ts';

const USAGE = `usage: npm run bench -- [--territories N] [--documents M] [--keep]
  --territories N   synthetic territories (default 100)
  --documents M     documents per territory (default 20)
  --keep            keep the temporary project copy and bare site, and print their paths`;

function positive(name: string, value: string | undefined, fallback: number): number {
	if (value === undefined) return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1) {
		console.error(`bench: --${name} expects a whole number ≥ 1, not « ${value} »\n${USAGE}`);
		process.exit(2);
	}
	return n;
}

function failed(what: string, run: BuildRun): void {
	console.error(`bench: the ${what} build failed (exit ${run.status}) after ${run.seconds.toFixed(1)} s: ${run.command}`);
	console.error(run.output.trimEnd().split('\n').slice(-80).join('\n'));
	process.exitCode = 1;
}

const { values } = parseArgs({
	options: {
		territories: { type: 'string' },
		documents: { type: 'string' },
		keep: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
const size = { territories: positive('territories', values.territories, 100), documents: positive('documents', values.documents, 20) };

const temporary: string[] = [];
const cleanUp = () => {
	if (values.keep) {
		for (const dir of temporary) console.log(`bench: kept ${dir}`);
	} else {
		for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
	}
};
process.once('SIGINT', () => {
	cleanUp();
	process.exit(130);
});

const loadBefore = loadavg()[0]!;
try {
	const copy = projectCopy();
	temporary.push(copy.root);
	const prose = harvestProse(join(copy.root, 'content/documents'));
	const corpus = writeCorpus(copy.root, size, prose);
	console.log(`bench: ${corpus.documents} documents, ${corpus.datasets} tables in ${corpus.territories} territories written to ${copy.root}`);

	// The project's own build command; `astro build` is run directly, like the bare site's.
	const script = (JSON.parse(readFileSync(join(copy.root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts?.['build'];
	console.log(`bench: building the project (${script ?? 'astro build'})…`);
	const project =
		script === undefined || script.trim() === 'astro build'
			? await runBuild(copy.root, process.execPath, [join(copy.root, 'node_modules/astro/bin/astro.mjs'), 'build'], 'astro build')
			: await runBuild(copy.root, 'npm', ['run', '--silent', 'build'], `npm run build (${script})`);
	if (project.status !== 0) {
		failed('project', project);
	} else {
		const site = measureSite(join(copy.root, 'dist'));
		console.log(`bench: project built in ${project.seconds.toFixed(1)} s; building the bare baseline…`);
		const baseline = await buildBaseline(copy.root, join(projectRoot, 'node_modules'));
		temporary.push(baseline.root);
		if (baseline.run.status !== 0) failed('bare baseline', baseline.run);
		const machine = { cpus: cpus().length, loadBefore, loadAfter: loadavg()[0]! };
		console.log(`\n${report({ corpus, project, site, baseline, machine })}`);
	}
} finally {
	cleanUp();
}
