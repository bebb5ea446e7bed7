/**
 * The day a page's files last changed, for "Mise à jour de la page": from git when the project has
 * its history (read once per build), else from the files' modification time (a copy without .git).
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { GIT_LOG_ARGS, lastChanges, latestDay } from './lib/git-log';

let history: Promise<Map<string, string>> | undefined;

/** Every file's last commit under the content folders; none when git or its history is absent. */
function readHistory(): Promise<Map<string, string>> {
	history ??= promisify(execFile)('git', [...GIT_LOG_ARGS, '--', 'content', 'data'], { maxBuffer: 512 * 1024 * 1024 }).then(
		({ stdout }) => lastChanges(stdout),
		() => new Map(),
	);
	return history;
}

async function modifiedDay(path: string): Promise<string | undefined> {
	try {
		return (await stat(path)).mtime.toISOString().slice(0, 10);
	} catch {
		return undefined;
	}
}

/** The latest day any of `paths` (relative to the project) changed. */
export async function lastUpdated(paths: readonly string[]): Promise<string | undefined> {
	const days = await readHistory();
	return latestDay(await Promise.all(paths.map((path) => days.get(path) ?? modifiedDay(path))));
}
