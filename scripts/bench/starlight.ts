/**
 * The Starlight comparison (`--starlight`): the same MDX documents built by a Starlight site with its
 * built-in Pagefind search, in French. Starlight is no dependency of the site: it is installed with
 * npm into a temporary folder of the bench (once per run, or reused with `--starlight-dir`), with
 * the same Astro version as the project. The site is written into that folder, beside its
 * node_modules: linked packages (as the bare baseline has them) leave Starlight's `astro:` imports
 * unbundled, and its build fails. Each build starts cold: the previous site, its dist/ and Astro's
 * and Vite's caches are removed first.
 * Documents are copied into src/content/docs/documents/, their frontmatter reduced to what
 * Starlight's schema knows (`title`, and the summary as `description`), with imports of stubs for
 * the custom components (EditorialNote, Signatures: a <div>; DatasetTable: nothing), as in the bare
 * baseline. The sidebar is one link: Starlight's default lists every page on every page, which at
 * thousands of documents would measure a sidebar, not a build.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { runBuild, type BuildRun } from './build.ts';
import { QUIET_MDX_MODULES } from './baseline.ts';

/** The Starlight versions to install (npm range). */
export const STARLIGHT_RANGE = '~0.42.0';

export interface StarlightInstall {
	root: string;
	/** Installed versions, or why there is none. */
	starlight?: string | undefined;
	astro?: string | undefined;
	error?: string | undefined;
	/** Whether the bench created `root` (and so removes it). */
	created: boolean;
}

export interface StarlightBuild {
	root: string;
	run: BuildRun;
	pages: number;
}

const versionOf = (root: string, name: string): string | undefined => {
	const file = join(root, 'node_modules', name, 'package.json');
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
};

function npmInstall(cwd: string): Promise<{ status: number | null; output: string }> {
	return new Promise((resolve) => {
		const child = spawn('npm', ['install', '--no-audit', '--no-fund'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
		const chunks: Buffer[] = [];
		child.stdout.on('data', (c: Buffer) => chunks.push(c));
		child.stderr.on('data', (c: Buffer) => chunks.push(c));
		child.on('error', (error) => resolve({ status: null, output: String(error) }));
		child.on('close', (status) => resolve({ status, output: Buffer.concat(chunks).toString('utf8') }));
	});
}

/** Installs Starlight (and the project's Astro) into `dir`, or a new temporary folder; reuses an install already there. */
export async function installStarlight(projectNodeModules: string, dir?: string): Promise<StarlightInstall> {
	const created = dir === undefined || !existsSync(dir);
	const root = dir ?? mkdtempSync(join(tmpdir(), 'partenariats-starlight-'));
	mkdirSync(root, { recursive: true });
	const astro = (JSON.parse(readFileSync(join(projectNodeModules, 'astro/package.json'), 'utf8')) as { version: string }).version;
	if (versionOf(root, '@astrojs/starlight') === undefined) {
		writeFileSync(
			join(root, 'package.json'),
			`${JSON.stringify(
				{
					name: 'bench-starlight',
					private: true,
					type: 'module',
					dependencies: { '@astrojs/starlight': STARLIGHT_RANGE, astro },
					allowScripts: { esbuild: true, sharp: true },
				},
				null,
				'\t',
			)}\n`,
		);
		const install = await npmInstall(root);
		if (install.status !== 0) {
			const tail = install.output.trimEnd().split('\n').slice(-15).join('\n');
			return {
				root,
				created,
				error: `npm install @astrojs/starlight@${STARLIGHT_RANGE} astro@${astro} failed (exit ${install.status}):\n${tail}`,
			};
		}
	}
	const starlight = versionOf(root, '@astrojs/starlight');
	if (starlight === undefined) return { root, created, error: `no node_modules/@astrojs/starlight in ${root} after npm install` };
	return { root, created, starlight, astro: versionOf(root, 'astro') };
}

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	${QUIET_MDX_MODULES}
	integrations: [
		starlight({
			title: 'Partenariats',
			defaultLocale: 'root',
			locales: { root: { label: 'Français', lang: 'fr' } },
			sidebar: [{ label: 'Accueil', link: '/' }],
		}),
	],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** `title` and `summary` of a document's frontmatter (the corpus writes them as JSON strings). */
function frontmatterOf(mdx: string): { title: string; summary: string | undefined; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
	if (!match) throw new Error('bench: a document without frontmatter');
	const field = (name: string) => {
		const line = new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(match[1]!)?.[1]?.trim();
		if (line === undefined) return undefined;
		return line.startsWith('"') ? (JSON.parse(line) as string) : line.replace(/^'|'$/g, '');
	};
	return { title: field('title') ?? 'Document', summary: field('summary'), body: mdx.slice(match[0].length) };
}

/** Writes the Starlight site with the copy's documents, and builds it. */
export async function buildStarlight(install: StarlightInstall, copyRoot: string): Promise<StarlightBuild> {
	const root = install.root;
	for (const path of ['src', 'dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'astro.config.mjs'])
		rmSync(join(root, path), { recursive: true, force: true });
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	write('astro.config.mjs', CONFIG);
	write('src/content.config.ts', CONTENT_CONFIG);
	write('src/components/Wrapper.astro', '<div><slot /></div>\n');
	write('src/components/Nothing.astro', '\n');
	write(
		'src/content/docs/index.mdx',
		'---\ntitle: Partenariats\ndescription: Documents du banc d’essai\n---\n\nLes documents du banc d’essai.\n',
	);
	const source = join(copyRoot, 'content/documents');
	for (const file of readdirSync(source, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'))) {
		const { title, summary, body } = frontmatterOf(readFileSync(join(source, file), 'utf8'));
		const target = join('src/content/docs/documents', file);
		const components = relative(dirname(join(root, target)), join(root, 'src/components'));
		write(
			target,
			[
				'---',
				`title: ${JSON.stringify(title)}`,
				...(summary ? [`description: ${JSON.stringify(summary)}`] : []),
				'---',
				'',
				`import EditorialNote from '${components}/Wrapper.astro';`,
				`import Signatures from '${components}/Wrapper.astro';`,
				`import DatasetTable from '${components}/Nothing.astro';`,
				'',
				body,
			].join('\n'),
		);
	}
	const run = await runBuild(root, process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], 'astro build (Starlight)');
	const pages =
		run.status === 0 ? readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length : 0;
	return { root, run, pages };
}
