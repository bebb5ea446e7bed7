/** The benchmark's printout: the figures, then each target with the figure beside it. */
import type { Baseline } from './baseline.ts';
import type { BuildRun } from './build.ts';
import type { Corpus } from './corpus.ts';
import { median, pageTypeOf, pageTypes, type SiteFigures } from './measure.ts';

export interface Results {
	corpus: Corpus;
	project: BuildRun;
	site: SiteFigures;
	baseline: Baseline;
	/** CPUs and 1-minute load average at the start and the end: other work on the machine skews wall-clock. */
	machine: { cpus: number; loadBefore: number; loadAfter: number };
}

const KB = 1024;
const GiB = 1024 ** 3;
const TARGETS = {
	buildRatio: 1.5,
	peakMemory: 2 * GiB,
	beyondText: 8 * KB,
	firstQuery: 110 * KB,
	chartJs: 60 * KB,
};

const number = (n: number, digits = 0) =>
	n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const bytes = (n: number) => (n < KB ? `${n} B` : n < KB * KB ? `${number(n / KB, 1)} KB` : `${number(n / KB / KB, 2)} MB`);
const memory = (n: number | undefined) => (n === undefined ? 'n/a' : `${number(n / GiB, 2)} GiB`);
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

const perPage = (run: BuildRun, pages: number) => (pages > 0 ? (run.seconds * 1000) / pages : 0);

/** Median and 90th percentile of the document pages' render times in Astro's log. */
function documentRender(run: BuildRun): string {
	const times = run.renderMs.filter((r) => pageTypeOf(r.url) === 'document').map((r) => r.ms).sort((a, b) => a - b);
	if (times.length === 0) return 'n/a';
	return `${number(median(times), 1)} / ${number(times[Math.floor(times.length * 0.9)]!, 0)} ms`;
}

export function report({ corpus, project, site, baseline, machine }: Results): string {
	const out: string[] = [];
	const bare = baseline.run;
	const projectMs = perPage(project, site.pages);
	const bareMs = perPage(bare, baseline.pages);
	const ratio = bare.seconds > 0 ? project.seconds / bare.seconds : undefined;
	const perPageRatio = bareMs > 0 ? projectMs / bareMs : undefined;
	const cpuRatio = project.cpuSeconds !== undefined && bare.cpuSeconds ? project.cpuSeconds / bare.cpuSeconds : undefined;
	const seconds = (s: number | undefined) => (s === undefined ? 'n/a' : `${number(s, 1)} s`);
	const times = (r: number | undefined) => (r === undefined ? 'n/a' : `${number(r, 2)}×`);

	out.push(
		`Corpus: ${number(corpus.territories)} territories × ${number(corpus.documents / Math.max(corpus.territories, 1))} documents = ` +
			`${number(corpus.documents)} generated documents (${number(corpus.words)} words, ${number(corpus.words / Math.max(corpus.documents, 1))} a document), ` +
			`${number(corpus.datasets)} annex tables; plus the project's own content.`,
		'',
		'Build',
		table(
			[
				['', 'project', 'bare Astro + MDX'],
				['command', project.command, bare.command],
				['pages built', `${number(site.pages)}${project.pagesReported === undefined ? '' : ` (Astro: ${number(project.pagesReported)})`}`, number(baseline.pages)],
				['wall-clock', seconds(project.seconds), seconds(bare.seconds)],
				['CPU time (user + system)', seconds(project.cpuSeconds), seconds(bare.cpuSeconds)],
				['ms per page (wall-clock / pages)', number(projectMs, 1), number(bareMs, 1)],
				['pages per second', number(projectMs > 0 ? 1000 / projectMs : 0, 1), number(bareMs > 0 ? 1000 / bareMs : 0, 1)],
				['document page render, median / p90', documentRender(project), documentRender(bare)],
				['peak memory', memory(project.peakRss), memory(bare.peakRss)],
			],
			[1, 2],
		),
		`  memory: ${project.memoryMethod}; render times: Astro's log, per route`,
		`  machine: ${machine.cpus} CPUs, 1-minute load average ${number(machine.loadBefore, 2)} at the start, ${number(machine.loadAfter, 2)} at the end (other work skews wall-clock)`,
		'',
		`Pages by type: ${pageTypes.map((t) => `${t} ${number(site.pagesByType[t])}`).join(', ')}`,
		'',
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
			`Document pages (${number(html.pages)})`,
			table(
				[
					['HTML, median', `${bytes(html.rawMedian)} raw, ${bytes(html.gzipMedian)} gzip (max ${bytes(html.gzipMax)} gzip)`],
					['beyond its text (gzip page − gzip text)', `median ${bytes(html.beyondTextMedian)}, max ${bytes(html.beyondTextMax)} (${html.beyondTextMaxUrl})`],
				],
			),
			'',
		);
	}

	const search = site.search;
	if (search) {
		out.push(
			`Search index (dist/pagefind/): ${bytes(search.totalBytes)} in ${number(search.files)} files; a first query downloads ${bytes(search.firstQueryBytes)}:`,
			table(search.firstQuery.map((p) => [p.part, bytes(p.bytes)]), [1]),
			'',
		);
	} else {
		out.push('Search index: no search index yet (no dist/pagefind/)', '');
	}

	out.push(
		'Targets (1 KB = 1024 B)',
		table(
			[
				['figure', 'value', 'target', ''],
				// CPU time, when measured: the builds run on one core, and other work on the machine stretches
				// wall-clock at random, so the wall-clock ratio is shown beside it but does not decide.
				[
					`build time, project / bare (${cpuRatio === undefined ? 'wall-clock' : 'CPU time'})`,
					times(cpuRatio ?? ratio),
					`≤ ${TARGETS.buildRatio}×`,
					verdict(cpuRatio ?? ratio, TARGETS.buildRatio),
				],
				['  (wall-clock, project / bare)', times(ratio), '', ''],
				['  (wall-clock ms per page, project / bare)', times(perPageRatio), '', ''],
				['peak memory of the build', memory(project.peakRss), '≤ 2 GiB', verdict(project.peakRss, TARGETS.peakMemory)],
				[
					'document HTML beyond its text, max',
					html ? `${bytes(html.beyondTextMax)} (median ${bytes(html.beyondTextMedian)})` : 'n/a',
					'≤ 8 KB gzip',
					verdict(html?.beyondTextMax, TARGETS.beyondText),
				],
				[
					'first search query',
					search ? bytes(search.firstQueryBytes) : 'no search index yet',
					'≤ 110 KB gzip',
					verdict(search?.firstQueryBytes, TARGETS.firstQuery),
				],
				[
					'chart JS',
					site.chartJs.url === undefined ? 'no chart yet' : `${bytes(site.chartJs.gzip)} gzip`,
					'≤ 60 KB gzip',
					verdict(site.chartJs.url === undefined ? undefined : site.chartJs.gzip, TARGETS.chartJs),
				],
			],
		),
	);
	return out.join('\n');
}
