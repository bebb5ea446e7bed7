/**
 * Reads `git log --format=%x1e%cI --name-only` (newest commit first): the day each file last
 * changed, to tell readers when a page was last updated. The I/O is in `src/last-updated.ts`.
 */

/** The command's arguments: each commit as a record separator, its ISO date, then its files. */
export const GIT_LOG_ARGS = ['log', '--format=%x1e%cI', '--name-only', '--relative'] as const;

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})T/;

/** Each file's last change, as the day (`YYYY-MM-DD`) in the committer's time zone. */
export function lastChanges(log: string): Map<string, string> {
	const days = new Map<string, string>();
	for (const commit of log.split('\x1e')) {
		const [date = '', ...files] = commit.split('\n');
		const day = ISO_DAY.exec(date.trim())?.[1];
		if (!day) continue;
		for (const file of files) {
			const path = file.trim();
			// The newest commit comes first: a file keeps the first day it is seen with.
			if (path && !days.has(path)) days.set(path, day);
		}
	}
	return days;
}

/** The latest of some days (`YYYY-MM-DD` sorts as text), or `undefined` when none is known. */
export function latestDay(days: readonly (string | undefined)[]): string | undefined {
	let latest: string | undefined;
	for (const day of days) if (day && (!latest || day > latest)) latest = day;
	return latest;
}
