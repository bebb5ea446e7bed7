/**
 * A throwaway copy of the project, to build it with a change and see what Astro says.
 * node_modules is linked package by package, so that each copy keeps its own Astro cache
 * (`node_modules/.astro`) and never touches the real project's.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
const COPIED = ['src', 'content', 'data', 'public', 'sources', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface ProjectCopy {
	root: string;
	read(path: string): string;
	/** Writes a text as UTF-8, or bytes as they are (a file in another encoding). */
	write(path: string, text: string | Uint8Array): void;
	edit(path: string, from: string | RegExp, to: string): void;
	copy(from: string, to: string): void;
	remove(path: string): void;
	/** Runs the build (`npm run build`), with `env` added to the environment; returns its exit status and everything it printed. */
	build(env?: Readonly<Record<string, string>>): { status: number | null; output: string };
	dispose(): void;
}

/** Links every package of `from` into `to`, one by one, so that `to` keeps its own Astro cache (the bench's sites too). */
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

export function projectCopy(): ProjectCopy {
	const root = mkdtempSync(join(tmpdir(), 'partenariats-'));
	for (const entry of COPIED) cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
	const modules = join(root, 'node_modules');
	linkNodeModules(join(projectRoot, 'node_modules'), modules);
	const at = (path: string) => join(root, path);
	return {
		root,
		read: (path) => readFileSync(at(path), 'utf8'),
		write: (path, text) => {
			mkdirSync(dirname(at(path)), { recursive: true });
			writeFileSync(at(path), text);
		},
		edit(path, from, to) {
			const before = this.read(path);
			const after = before.replace(from, to);
			if (after === before) throw new Error(`test setup: « ${String(from)} » not found in ${path}`);
			this.write(path, after);
		},
		copy(from, to) {
			this.write(to, this.read(from));
		},
		remove: (path) => rmSync(at(path), { recursive: true }),
		build(env = {}) {
			// `npm run build`: Astro's build, its content errors said as the site says them (scripts/build.ts).
			const result = spawnSync(process.execPath, ['scripts/build.ts'], {
				cwd: root,
				encoding: 'utf8',
				env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
				timeout: 180_000,
			});
			return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
		},
		dispose: () => rmSync(root, { recursive: true, force: true }),
	};
}
