// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { partAnchors } from './src/integrations/part-anchors';

export default defineConfig({
	site: 'https://partenariats.actionlogement.example',
	trailingSlash: 'always',
	// Two documents with one slug must stop the build, not silently replace each other.
	prerenderConflictBehavior: 'error',
	markdown: {
		processor: satteri({ hastPlugins: [partAnchors()] }),
	},
	integrations: [mdx()],
	build: { format: 'directory' },
});
