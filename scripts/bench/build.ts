/**
 * Runs a build in a child process and measures it: wall-clock seconds, and the peak resident memory
 * as GNU time reports it (`/usr/bin/time -f %M`: the largest resident set of the build's processes,
 * in KiB). Without /usr/bin/time the build still runs, and the memory figure is absent.
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
	/** How `peakRss` was measured. */
	memoryMethod: string;
	/** The figure Astro prints ("N page(s) built"). */
	pagesReported: number | undefined;
	output: string;
}

export function runBuild(cwd: string, command: string, args: readonly string[], label: string): Promise<BuildRun> {
	const timed = existsSync(GNU_TIME);
	const timeFile = join(cwd, '.bench-time');
	const [file, argv] = timed ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, [...args]];
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
			if (timed && existsSync(timeFile)) {
				// GNU time writes "Command exited with non-zero status N" first when the build fails.
				const kib = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
				if (Number.isFinite(kib)) peakRss = kib * 1024;
				rmSync(timeFile);
			}
			const pages = /(\d+) page\(s\) built/.exec(output)?.[1];
			resolve({
				command: label,
				status,
				seconds,
				peakRss,
				memoryMethod: timed ? 'GNU time %M: largest RSS among the build processes' : 'not measured (no /usr/bin/time)',
				pagesReported: pages === undefined ? undefined : Number(pages),
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
