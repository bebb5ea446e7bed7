/**
 * Runs a build in a child process and measures it: wall-clock seconds; with GNU time
 * (`/usr/bin/time -f '%M %U %S'`), the peak resident memory (the largest resident set among the build's
 * processes, in KiB) and the CPU seconds (user + system, which other work on the machine disturbs
 * less than wall-clock); and, from Astro's log, how long each page took to render.
 * Without /usr/bin/time the build still runs, and the memory and CPU figures are absent.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

export interface BuildRun {
	/** What was run, as a reader would type it. */
	command: string;
	status: number | null;
	seconds: number;
	/** Peak resident memory of the largest process of the build, in bytes. */
	peakRss: number | undefined;
	/** User + system CPU seconds of the build's processes. */
	cpuSeconds: number | undefined;
	/** How `peakRss` was measured. */
	memoryMethod: string;
	/** The figure Astro prints ("N page(s) built"). */
	pagesReported: number | undefined;
	/** Render time of each page, as Astro logs it ("/documents/x/index.html (+12ms)"). */
	renderMs: { url: string; ms: number }[];
	output: string;
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
		const chunks: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.on('error', reject);
		child.on('close', (status) => {
			const seconds = (performance.now() - started) / 1000;
			const output = Buffer.concat(chunks).toString('utf8');
			let peakRss: number | undefined;
			let cpuSeconds: number | undefined;
			if (timed && existsSync(timeFile)) {
				// GNU time writes "Command exited with non-zero status N" first when the build fails.
				const [kib, user, system] = (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
				if (kib !== undefined && Number.isFinite(kib)) peakRss = kib * 1024;
				if (user !== undefined && system !== undefined && Number.isFinite(user + system)) cpuSeconds = user + system;
				rmSync(timeFile);
			}
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
				memoryMethod: timed ? 'GNU time %M: largest RSS among the build processes' : 'not measured (no /usr/bin/time)',
				pagesReported: pages === undefined ? undefined : Number(pages),
				renderMs,
				output,
			});
		});
	});
}

/** Links every package of `from` into `to`, one by one, so that `to` keeps its own Astro cache. */
export function linkNodeModules(from: string, to: string): void {
	mkdirSync(to, { recursive: true });
	for (const name of readdirSync(from)) {
		if (name === '.astro' || name === '.vite') continue;
		if (name.startsWith('@')) {
			mkdirSync(join(to, name));
			for (const sub of readdirSync(join(from, name))) symlinkSync(join(from, name, sub), join(to, name, sub));
		} else {
			symlinkSync(join(from, name), join(to, name));
		}
	}
}
