// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { siteIntegrations } from './src/integrations';
import { hastPlugins, markdownFeatures } from './src/integrations/markdown';
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
		// The plugins and features are shared with the documents' loader, which renders the MDX bodies.
		processor: satteri({ hastPlugins: [...hastPlugins], features: markdownFeatures }),
	},
	integrations: siteIntegrations(),
	security: {
		csp: {
			directives: [...cspDirectives],
			scriptDirective: { resources: [...scriptSources] },
			styleDirective: { resources: [...styleSources] },
		},
	},
	build: { format: 'directory', inlineStylesheets: 'never' },
});
