/**
 * The peak resident memory of each program of a build (node, pagefind…), sampled from Linux's
 * /proc while it runs: GNU time gives the largest process's peak, not which process it is, and a
 * build of this site has two large ones (Astro's Node, and Pagefind's own binary while it writes
 * the index). Every `intervalMs`, the process tree under `root` is read from /proc/<pid>/stat
 * (parent and resident pages), and each program's largest resident set kept. Where /proc is
 * missing, the sampler stays empty.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

export interface ProgramPeak {
	program: string;
	bytes: number;
}

/** A /proc/<pid>/stat line's program, parent and resident pages (the program name may hold spaces and parentheses). */
export function parseStat(line: string): { program: string; parent: number; rssPages: number } | undefined {
	const open = line.indexOf('(');
	const close = line.lastIndexOf(')');
	if (open < 0 || close < open) return undefined;
	// After the name: state (field 3), ppid (4), … rss (24).
	const fields = line.slice(close + 2).split(' ');
	const parent = Number(fields[1]);
	const rssPages = Number(fields[21]);
	if (!Number.isFinite(parent) || !Number.isFinite(rssPages)) return undefined;
	return { program: line.slice(open + 1, close), parent, rssPages };
}

function sample(root: number, peaks: Map<string, number>): void {
	let pids: string[];
	try {
		pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
	} catch {
		return;
	}
	const stats = new Map<number, NonNullable<ReturnType<typeof parseStat>>>();
	for (const pid of pids) {
		try {
			const stat = parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
			if (stat) stats.set(Number(pid), stat);
		} catch {
			// The process ended between the listing and the read.
		}
	}
	const inTree = (pid: number): boolean => {
		for (let p = pid, depth = 0; p > 1 && depth < 64; depth++) {
			if (p === root) return true;
			p = stats.get(p)?.parent ?? 0;
		}
		return false;
	};
	for (const [pid, { program, rssPages }] of stats) {
		if (!inTree(pid)) continue;
		const bytes = rssPages * PAGE_SIZE;
		if (bytes > (peaks.get(program) ?? 0)) peaks.set(program, bytes);
	}
}

/** Starts sampling the tree under `root`; `stop()` returns each program's peak, largest first. */
export function sampleProcessMemory(root: number, intervalMs = 200): { stop(): ProgramPeak[] } {
	const peaks = new Map<string, number>();
	const timer = setInterval(() => sample(root, peaks), intervalMs);
	timer.unref();
	return {
		stop() {
			clearInterval(timer);
			return [...peaks]
				.map(([program, bytes]) => ({ program, bytes }))
				.filter((p) => p.bytes > 0)
				.sort((a, b) => b.bytes - a.bytes);
		},
	};
}
