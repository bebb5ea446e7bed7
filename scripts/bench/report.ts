/**
 * The benchmark's printout: for each size, the corpus, the phases of each build, the site's figures
 * and the bytes of first searches; then one table of the builds of every size, and the targets with
 * the figure beside each. 1 KB = 1024 B, 1 GiB = 1024³ B.
 */
import type { Baseline } from './baseline.ts';
import { phaseNames, type BuildRun } from './build.ts';
import type { Corpus } from './corpus.ts';
import { pageTypes } from '../../tests/support/page-types.ts';
import { median, type SiteFigures } from './measure.ts';
import { searchParts, type FirstQueries } from './search.ts';
import type { StarlightBuild, StarlightInstall } from './starlight.ts';

export interface SizeResult {
	/** Documents asked for (the generated ones; the project's own few come on top). */
	size: number;
	corpus: Corpus;
	project: BuildRun;
	site: SiteFigures | undefined;
	search: FirstQueries | undefined;
	baseline: Baseline | undefined;
	/** Absent without --starlight; `error` when it could not be installed or built. */
	starlight: { install: StarlightInstall; build?: StarlightBuild; error?: string } | undefined;
	/** CPUs and 1-minute load average at the start and the end: other work on the machine skews wall-clock. */
	machine: { cpus: number; loadBefore: number; loadAfter: number };
}

const KB = 1024;
const GiB = 1024 ** 3;
const TARGETS = {
	cpuToBare: 1.5,
	cpuToStarlight: 1,
	wallToStarlight: 0.75,
	peakMemory: (size: number) => (size >= 6000 ? 4 * GiB : 1.5 * GiB),
	beyondText: 8 * KB,
	firstQuery: 110 * KB,
	chartJs: 60 * KB,
};

const number = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const bytes = (n: number) => (n < KB ? `${n} B` : n < KB * KB ? `${number(n / KB, 1)} KB` : `${number(n / KB / KB, 2)} MB`);
const memory = (n: number | undefined) => (n === undefined ? 'n/a' : `${number(n / GiB, 2)} GiB`);
const seconds = (s: number | undefined) => (s === undefined ? 'n/a' : `${number(s, 1)} s`);
const times = (r: number | undefined) => (r === undefined || !Number.isFinite(r) ? 'n/a' : `${number(r, 2)}×`);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? undefined : a / b);
const verdict = (value: number | undefined, limit: number) => (value === undefined ? 'n/a' : value <= limit ? 'ok' : 'OVER');

function table(rows: readonly (readonly string[])[], rightAligned: readonly number[] = []): string {
	const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
	return rows
		.map((row) =>
			row
				.map((cell, column) => (rightAligned.includes(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
				.join('   ')
				.trimEnd(),
		)
		.map((line) => `  ${line}`)
		.join('\n');
}

/** Median and 90th percentile of the document pages' render times in Astro's log. */
function documentRender(run: BuildRun | undefined): string {
	// /documents/<slug>/ (project, bare) or /documents/<territory>/<slug>/ (Starlight); not the list's pages.
	const times = (run?.renderMs ?? [])
		.filter((r) => /^\/documents\/(?!\d+\/$).+\/$/.test(r.url))
		.map((r) => r.ms)
		.sort((a, b) => a - b);
	if (times.length === 0) return 'n/a';
	return `${number(median(times), 1)} / ${number(times[Math.floor(times.length * 0.9)]!, 0)} ms`;
}

const bareOf = (r: SizeResult) => (r.baseline?.run.status === 0 ? r.baseline.run : undefined);
const starlightOf = (r: SizeResult) => (r.starlight?.build?.run.status === 0 ? r.starlight.build.run : undefined);
const firstQueryMax = (r: SizeResult) =>
	r.search && r.search.queries.length > 0 ? Math.max(...r.search.queries.map((q) => q.total)) : undefined;

/** The figures of one size. */
export function sizeReport(r: SizeResult): string {
	const out: string[] = [];
	const { corpus, site, project } = r;
	const bare = bareOf(r);
	const starlight = starlightOf(r);
	const spread = corpus.spread;
	out.push(
		`=== ${number(r.size)} documents: ${number(corpus.territories)} territories, ${number(corpus.documents)} generated documents ` +
			`(${number(corpus.words)} words, ${number(corpus.words / Math.max(corpus.documents, 1))} a document), ${number(corpus.datasets)} annex tables; plus the project's own content`,
		`  words: ${number(spread.distinct)} distinct; ${number(spread.inAll)} in every document, ${number(spread.inHalf)} in half of them or more, ` +
			`${number(spread.inOnePercent)} in 1 % of them or fewer`,
		`  machine: ${r.machine.cpus} CPUs, 1-minute load average ${number(r.machine.loadBefore, 2)} at the start, ${number(r.machine.loadAfter, 2)} at the end (other work skews wall-clock)`,
		'',
	);

	const builds: [string, BuildRun | undefined, number | undefined][] = [
		['project', project, site?.pages],
		['bare Astro + MDX', bare, r.baseline?.pages],
		...(r.starlight ? ([['Starlight', starlight, r.starlight.build?.pages]] as [string, BuildRun | undefined, number | undefined][]) : []),
	];
	out.push(
		"Build phases, seconds (from the moments Astro's log lines arrive; \"other\" is start-up, types, hooks and writing out; a page's render time is Astro's, and the project renders four pages at a time)",
		table(
			[
				['', ...builds.map(([name]) => name)],
				...phaseNames.map((phase) => [
					phase,
					...builds.map(([, run]) => (run ? (run.phases[phase] === undefined ? '—' : number(run.phases[phase]!, 1)) : 'n/a')),
				]),
				['total (wall-clock)', ...builds.map(([, run]) => seconds(run?.seconds))],
				['pages built', ...builds.map(([, , pages]) => (pages === undefined ? 'n/a' : number(pages)))],
				['document page render, median / p90', ...builds.map(([, run]) => documentRender(run))],
				[
					'peak memory by program (/proc)',
					...builds.map(([, run]) =>
						run && run.programPeaks.length > 0
							? run.programPeaks
									.slice(0, 2)
									.map((p) => `${p.program} ${memory(p.bytes)}`)
									.join(', ')
							: 'n/a',
					),
				],
			],
			builds.map((_, i) => i + 1),
		),
		'',
	);

	if (site) {
		out.push(
			`Pages by type: ${pageTypes.map((t) => `${t} ${number(site.pagesByType[t])}`).join(', ')}`,
			'JavaScript per page type (largest page of the type; initial = <script src> files with their static imports + inline scripts; lazy = reached only through import())',
			table(
				[
					['page type', 'pages', 'initial raw', 'initial gzip', 'lazy raw', 'lazy gzip'],
					...pageTypes
						.filter((t) => site.js[t].pages > 0)
						.map((t) => {
							const js = site.js[t];
							return [t, number(js.pages), bytes(js.initial.raw), bytes(js.initial.gzip), bytes(js.lazy.raw), bytes(js.lazy.gzip)];
						}),
				],
				[1, 2, 3, 4, 5],
			),
			site.chartJs.url === undefined
				? '  chart JS: no page has a chart'
				: `  chart JS (initial + lazy, loaded only by the ${number(site.chartJs.pages)} pages with a chart; largest: ${site.chartJs.url}): ` +
						`${bytes(site.chartJs.raw)} raw, ${bytes(site.chartJs.gzip)} gzip — ${site.chartJs.files.join(', ') || 'no file'}`,
			'',
		);
		const html = site.documentHtml;
		if (html) {
			out.push(
				`Document pages (${number(html.pages)}): HTML median ${bytes(html.rawMedian)} raw, ${bytes(html.gzipMedian)} gzip (max ${bytes(html.gzipMax)} gzip); ` +
					`beyond its text (gzip page − gzip text): median ${bytes(html.beyondTextMedian)}, max ${bytes(html.beyondTextMax)} (${html.beyondTextMaxUrl})`,
				'',
			);
		}
		out.push(
			site.search
				? `Search index on disk (dist/pagefind/): ${bytes(site.search.totalBytes)} in ${number(site.search.files)} files`
				: 'Search index: no dist/pagefind/',
		);
	}
	const search = r.search;
	if (search?.error) out.push(`First search query: ${search.queries.length > 0 ? 'some queries failed' : 'not measured'}: ${search.error}`);
	if (search && search.queries.length > 0) {
		const parts = searchParts.filter((p) => search.queries.some((q) => q.parts[p] > 0));
		const totals = search.queries.map((q) => q.total);
		out.push(
			'First search query, measured in Chromium: bytes under /pagefind/ (gzip; .pf_* files as stored) until the status shows « résultat » and the network is idle',
			table(
				[
					['query', '', ...parts, 'files', 'total', 'status'],
					...search.queries.map((q) => [
						q.label,
						`« ${q.query} »`,
						...parts.map((p) => (q.parts[p] > 0 ? bytes(q.parts[p]) : '—')),
						number(q.files),
						bytes(q.total),
						q.status.slice(0, 60),
					]),
				],
				[...parts.map((_, i) => i + 2), parts.length + 2, parts.length + 3],
			),
			`  max ${bytes(Math.max(...totals))}, median ${bytes(median(totals))}`,
		);
	}
	if (r.starlight) {
		const { install, build, error } = r.starlight;
		out.push(
			'',
			error
				? `Starlight: ${error}`
				: `Starlight ${install.starlight} on Astro ${install.astro}${build ? `: ${number(build.pages)} pages, built-in Pagefind index` : ''}`,
		);
	}
	return out.join('\n');
}

/** One table of every size's builds, then the targets. */
export function summary(results: readonly SizeResult[]): string {
	const out: string[] = [];
	const withStarlight = results.some((r) => r.starlight);
	const rows: string[][] = [
		[
			'documents',
			'build',
			'CPU (user+sys)',
			'wall',
			'peak memory',
			'first query, max',
			'CPU ×bare',
			'wall ×bare',
			'mem ×bare',
			...(withStarlight ? ['CPU ×Starlight', 'wall ×Starlight', 'mem ×Starlight'] : []),
		],
	];
	for (const r of results) {
		const bare = bareOf(r);
		const starlight = starlightOf(r);
		const failed = (run: BuildRun | undefined) => (run && run.status !== 0 ? `failed (exit ${run.status})` : undefined);
		rows.push([
			number(r.size),
			'project',
			failed(r.project) ?? seconds(r.project.cpuSeconds),
			seconds(r.project.seconds),
			memory(r.project.peakRss),
			firstQueryMax(r) === undefined ? 'n/a' : `${bytes(firstQueryMax(r)!)} gzip`,
			times(ratio(r.project.cpuSeconds, bare?.cpuSeconds)),
			times(ratio(r.project.seconds, bare?.seconds)),
			times(ratio(r.project.peakRss, bare?.peakRss)),
			...(withStarlight
				? [
						times(ratio(r.project.cpuSeconds, starlight?.cpuSeconds)),
						times(ratio(r.project.seconds, starlight?.seconds)),
						times(ratio(r.project.peakRss, starlight?.peakRss)),
					]
				: []),
		]);
		rows.push([
			'',
			'bare Astro + MDX',
			failed(r.baseline?.run) ?? seconds(bare?.cpuSeconds),
			seconds(bare?.seconds),
			memory(bare?.peakRss),
			'—',
			'',
			'',
			'',
			...(withStarlight ? ['', '', ''] : []),
		]);
		if (withStarlight) {
			const error = r.starlight === undefined ? 'not built' : r.starlight.error ? 'not built (see above)' : failed(r.starlight.build?.run);
			rows.push([
				'',
				'Starlight',
				error ?? seconds(starlight?.cpuSeconds),
				seconds(starlight?.seconds),
				memory(starlight?.peakRss),
				'',
				'',
				'',
				'',
				'',
				'',
				'',
			]);
		}
	}
	out.push(
		"Builds (CPU time is user + system of all the build's processes; peak memory is the largest process's resident set, GNU time %M or /proc's when larger; ratios are project / other)",
		table(rows, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
		'',
	);

	const targetRows: string[][] = [['target', ...results.map((r) => `${number(r.size)} documents`)]];
	const cell = (value: string, v: number | undefined, limit: number) => (v === undefined ? value : `${value} ${verdict(v, limit)}`);
	const line = (name: string, f: (r: SizeResult) => string) => targetRows.push([name, ...results.map(f)]);
	line("build CPU ≤ Starlight's", (r) => {
		const v = ratio(r.project.cpuSeconds, starlightOf(r)?.cpuSeconds);
		return r.starlight === undefined ? 'n/a (no --starlight)' : cell(times(v), v, TARGETS.cpuToStarlight);
	});
	line(`build CPU ≤ ${TARGETS.cpuToBare}× bare`, (r) => {
		const v = ratio(r.project.cpuSeconds, bareOf(r)?.cpuSeconds);
		return cell(times(v), v, TARGETS.cpuToBare);
	});
	line(`build wall ≤ ${TARGETS.wallToStarlight}× Starlight's`, (r) => {
		const v = ratio(r.project.seconds, starlightOf(r)?.seconds);
		return r.starlight === undefined ? 'n/a (no --starlight)' : cell(times(v), v, TARGETS.wallToStarlight);
	});
	line('peak memory ≤ 1.5 GiB (≤ 4 GiB from 6,000)', (r) => cell(memory(r.project.peakRss), r.project.peakRss, TARGETS.peakMemory(r.size)));
	line('first query ≤ 110 KB gzip (max of the queries)', (r) => {
		const v = firstQueryMax(r);
		return v === undefined ? 'n/a' : cell(bytes(v), v, TARGETS.firstQuery);
	});
	line('document HTML beyond text ≤ 8 KB gzip (max)', (r) => {
		const v = r.site?.documentHtml?.beyondTextMax;
		return v === undefined ? 'n/a' : cell(bytes(v), v, TARGETS.beyondText);
	});
	line('chart JS ≤ 60 KB gzip', (r) => {
		const chart = r.site?.chartJs;
		return chart?.url === undefined ? 'no chart' : cell(bytes(chart.gzip), chart.gzip, TARGETS.chartJs);
	});
	out.push(
		'Targets (1 KB = 1024 B; 1 GiB = 1024³ B; CPU time decides over wall-clock, which other work on the machine stretches)',
		table(targetRows),
	);
	return out.join('\n');
}
