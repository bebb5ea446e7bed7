/**
 * Runs a build in a child process and measures it: wall-clock seconds; with GNU time
 * (`/usr/bin/time -f '%M %U %S'`), the peak resident memory (the largest resident set among the build's
 * processes, in KiB) and the CPU seconds (user + system, which other work on the machine disturbs
 * less than wall-clock); from /proc, each program's peak (process-memory.ts), which also stands for
 * GNU time's figure when larger: GNU time misses Pagefind's binary, which Node stops without waiting
 * for it; and, from Astro's log (each line stamped when it arrives), how long each phase of the
 * build took and how long each page took to render.
 * Without /usr/bin/time the build still runs, and the CPU figures are absent.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { sampleProcessMemory, type ProgramPeak } from './process-memory.ts';

const GNU_TIME = '/usr/bin/time';

export interface BuildRun {
	/** What was run, as a reader would type it. */
	command: string;
	status: number | null;
	seconds: number;
	/**
	 * Peak resident memory of the largest process of the build, in bytes: GNU time's, or the /proc
	 * sample's when larger (GNU time misses a process its parent does not wait for: Pagefind's binary).
	 */
	peakRss: number | undefined;
	/** User + system CPU seconds of the build's processes. */
	cpuSeconds: number | undefined;
	/** How `peakRss` was measured. */
	memoryMethod: string;
	/** Each program's peak resident memory (node, pagefind…), largest first, sampled from /proc. */
	programPeaks: ProgramPeak[];
	/** The figure Astro prints ("N page(s) built"). */
	pagesReported: number | undefined;
	/** Render time of each page, as Astro logs it ("/documents/x/index.html (+12ms)"). */
	renderMs: { url: string; ms: number }[];
	/** Seconds of each phase of the build, from the log (see `phasesOf`). */
	phases: Phases;
	output: string;
}

export const phaseNames = ['content sync', 'Vite bundling', 'rendering', 'sitemap', 'search index', 'other'] as const;
export type Phases = Record<(typeof phaseNames)[number], number | undefined>;

/** A line of the build's log and the second it arrived, from the start of the build. */
interface Line {
	at: number;
	text: string;
}

/**
 * The phases of an Astro build, from the moments its log lines arrive:
 * content sync, "[content] Syncing content" → "[content] Synced content";
 * Vite bundling, "[build] Building static entrypoints..." → "generating static routes";
 * rendering, "generating static routes" → the "✓ Completed in" that follows;
 * sitemap, the line before "[@astrojs/sitemap]" → that line;
 * search index, the project's "[search-index] … en X s" line gives its own duration; otherwise
 * the first line that speaks of a search index or Pagefind (Starlight's "Building search index with
 * Pagefind...") → the last one ("Finished building search index in …");
 * other, the rest of the wall-clock time (start-up, types, hooks, writing out).
 * A phase whose lines are missing is undefined, and its time falls in "other".
 */
export function phasesOf(lines: readonly Line[], total: number): Phases {
	const find = (pattern: RegExp, from = 0) => {
		for (let i = from; i < lines.length; i++) if (pattern.test(lines[i]!.text)) return i;
		return -1;
	};
	const span = (start: number, end: number) => (start >= 0 && end > start ? lines[end]!.at - lines[start]!.at : undefined);
	const syncing = find(/\[content\] Syncing content/);
	const content = span(syncing, find(/\[content\] Synced content/, Math.max(syncing, 0)));
	const entrypoints = find(/Building static entrypoints/);
	const routes = find(/generating static routes/, Math.max(entrypoints, 0));
	const bundling = span(entrypoints, routes);
	const rendering = span(routes, find(/✓ Completed in/, Math.max(routes, 0) + 1));
	const sitemapLine = find(/\[@astrojs\/sitemap\]/, Math.max(routes, 0));
	const sitemap = span(sitemapLine - 1, sitemapLine);
	let search: number | undefined;
	const ownLine = find(/\[search-index\]/);
	const own = ownLine >= 0 ? / en ([\d.]+) ?s\b/.exec(lines[ownLine]!.text) : null;
	if (own) {
		search = Number(own[1]);
	} else {
		const searchLine = /search.index|pagefind/i;
		const first = find(searchLine, Math.max(routes, 0));
		let last = first;
		for (let i = first + 1; first >= 0 && i < lines.length; i++) if (searchLine.test(lines[i]!.text)) last = i;
		search = first < 0 ? undefined : last > first ? span(first, last) : span(first - 1, first);
	}
	const known = [content, bundling, rendering, sitemap, search].reduce<number>((sum, s) => sum + (s ?? 0), 0);
	return {
		'content sync': content,
		'Vite bundling': bundling,
		rendering,
		sitemap,
		'search index': search,
		other: Math.max(0, total - known),
	};
}

export function runBuild(cwd: string, command: string, args: readonly string[], label: string): Promise<BuildRun> {
	const timed = existsSync(GNU_TIME);
	const timeFile = join(cwd, '.bench-time');
	const [file, argv] = timed ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]] : [command, [...args]];
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(file, argv, {
			cwd,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const programs = child.pid === undefined ? undefined : sampleProcessMemory(child.pid);
		const chunks: Buffer[] = [];
		const lines: Line[] = [];
		const partials: string[] = [];
		/** Lines of one stream (stdout or stderr), stamped when they arrive. */
		const reader = () => {
			const decoder = new StringDecoder('utf8');
			const slot = partials.push('') - 1;
			return (chunk: Buffer) => {
				chunks.push(chunk);
				const at = (performance.now() - started) / 1000;
				const parts = (partials[slot]! + decoder.write(chunk)).split('\n');
				partials[slot] = parts.pop()!;
				for (const text of parts) if (text.trim()) lines.push({ at, text });
			};
		};
		child.stdout.on('data', reader());
		child.stderr.on('data', reader());
		child.on('error', reject);
		child.on('close', (status) => {
			const seconds = (performance.now() - started) / 1000;
			const programPeaks = programs?.stop() ?? [];
			const output = Buffer.concat(chunks).toString('utf8');
			for (const text of partials) if (text.trim()) lines.push({ at: seconds, text });
			let peakRss: number | undefined;
			let cpuSeconds: number | undefined;
			if (timed && existsSync(timeFile)) {
				// GNU time writes "Command exited with non-zero status N" first when the build fails.
				const [kib, user, system] = (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
				if (kib !== undefined && Number.isFinite(kib)) peakRss = kib * 1024;
				if (user !== undefined && system !== undefined && Number.isFinite(user + system)) cpuSeconds = user + system;
				rmSync(timeFile);
			}
			const sampled = programPeaks[0]?.bytes;
			if (sampled !== undefined && sampled > (peakRss ?? 0)) peakRss = sampled;
			const pages = /(\d+) page\(s\) built/.exec(output)?.[1];
			const renderMs = [...output.matchAll(/ (\/\S*?)index\.html \(\+([\d.]+)(ms|s)\)/g)].map((m) => ({
				url: m[1]!,
				ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1),
			}));
			resolve({
				command: label,
				status,
				seconds,
				peakRss,
				cpuSeconds,
				memoryMethod: timed
					? 'largest RSS among the build processes: GNU time %M, or /proc when larger'
					: 'sampled from /proc (no /usr/bin/time)',
				programPeaks,
				pagesReported: pages === undefined ? undefined : Number(pages),
				renderMs,
				phases: phasesOf(lines, seconds),
				output,
			});
		});
	});
}
