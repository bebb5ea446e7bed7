/**
 * The bare baseline: the same MDX documents built by a minimal Astro site, with nothing but
 * `@astrojs/mdx`, a content collection read by Astro's own glob loader, one route and a one-element
 * layout. The custom components are stubs. What the project takes beyond this is its own cost.
 */
import { cpSync, mkdtempSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { linkNodeModules } from '../../tests/support/project-copy.ts';
import { runBuild, type BuildRun } from './build.ts';

/**
 * The `vite` option of a compared site's astro.config.mjs: Astro's MDX modules carry a directive the
 * bundler warns about, once per file, which would bury a build's errors. (The project itself bundles
 * no MDX module: its documents' loader renders the bodies.)
 */
export const QUIET_MDX_MODULES = `vite: {
		build: {
			rolldownOptions: {
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},`;

export interface Baseline {
	root: string;
	run: BuildRun;
	/** HTML pages in its dist/. */
	pages: number;
}

const FILES: Record<string, string> = {
	'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
	integrations: [mdx()],
	${QUIET_MDX_MODULES}
});
`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const documents = defineCollection({
	loader: glob({
		pattern: '**/*.mdx',
		base: './content/documents',
		generateId: ({ entry }) => entry.replace(/^.*\\//, '').replace(/\\.mdx$/, ''),
	}),
});

export const collections = { documents };
`,
	'src/layouts/Minimal.astro': `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="fr">
	<head><meta charset="utf-8" /><title>{title}</title></head>
	<body><main><slot /></main></body>
</html>
`,
	'src/components/Wrapper.astro': `<div><slot /></div>
`,
	'src/components/Nothing.astro': `
`,
	'src/pages/documents/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Minimal from '../../layouts/Minimal.astro';
import Wrapper from '../../components/Wrapper.astro';
import Nothing from '../../components/Nothing.astro';

export async function getStaticPaths() {
	const documents = await getCollection('documents');
	return documents.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Minimal title={entry.data.title}>
	<h1>{entry.data.title}</h1>
	<Content components={{ EditorialNote: Wrapper, Signatures: Wrapper, DatasetTable: Nothing }} />
</Minimal>
`,
};

/** Writes the bare site beside the project copy, with the copy's documents, and builds it. */
export async function buildBaseline(copyRoot: string, nodeModules: string): Promise<Baseline> {
	const root = mkdtempSync(join(tmpdir(), 'partenariats-bare-'));
	linkNodeModules(nodeModules, join(root, 'node_modules'));
	cpSync(join(copyRoot, 'content/documents'), join(root, 'content/documents'), { recursive: true });
	for (const [path, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	const run = await runBuild(root, process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], 'astro build (bare)');
	const pages =
		run.status === 0 ? readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length : 0;
	return { root, run, pages };
}
