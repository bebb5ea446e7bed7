// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { atomicPublish } from './src/integrations/atomic-publish';
import { glossaryTerms } from './src/integrations/glossary-terms';
import { partAnchors } from './src/integrations/part-anchors';
import { partLinks } from './src/integrations/part-links';
import { searchIndex } from './src/integrations/search-index';
import { sitemapAlias } from './src/integrations/sitemap-alias';
import { cspDirectives, scriptSources, styleSources } from './src/lib/security';
import { SITE_URL } from './src/lib/site';

export default defineConfig({
	site: SITE_URL,
	trailingSlash: 'always',
	// Two documents with one slug must stop the build, not silently replace each other.
	prerenderConflictBehavior: 'error',
	markdown: {
		// No code in official texts; Shiki's inline styles would also break the CSP.
		syntaxHighlight: false,
		// Official texts keep their own quotes and dots: no smart punctuation.
		processor: satteri({ hastPlugins: [partAnchors(), partLinks(), glossaryTerms()], features: { smartPunctuation: false } }),
	},
	// searchIndex indexes the written pages; atomicPublish last: it moves the finished site into dist/.
	integrations: [mdx(), sitemap(), sitemapAlias(), searchIndex(), atomicPublish()],
	security: {
		csp: {
			directives: [...cspDirectives],
			scriptDirective: { resources: [...scriptSources] },
			styleDirective: { resources: [...styleSources] },
		},
	},
	build: { format: 'directory', inlineStylesheets: 'never' },
	vite: {
		build: {
			rolldownOptions: {
				// Astro marks MDX modules with a directive that the bundler reports and keeps anyway.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
