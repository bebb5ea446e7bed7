// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { siteIntegrations } from './src/integrations';
import { hastPlugins, markdownFeatures } from './src/integrations/markdown';
import { markdownRules } from './src/integrations/markdown-rules';
import { cspDirectives, scriptSources, styleSources } from './src/lib/security';
import { printAddress } from './src/integrations/print-address';
import { siteUrlFrom } from './src/lib/site';

// The site's public address, from the environment variable SITE_URL (src/lib/site.ts): a wrong value stops here.
const site = siteUrlFrom(process.env);

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Two documents with one slug must stop the build, not silently replace each other.
	prerenderConflictBehavior: 'error',
	markdown: {
		// No code in official texts; Shiki's inline styles would also break the CSP.
		syntaxHighlight: false,
		// The plugins and features are shared with the documents' loader, which renders the MDX bodies;
		// the rules on links and raw HTML come first, so that they see the text as written.
		processor: satteri({ hastPlugins: [markdownRules(), ...hastPlugins], features: markdownFeatures }),
	},
	integrations: siteIntegrations(),
	// Printed links show their absolute address: print.css gets the site's address at build.
	vite: { plugins: [printAddress(site)] },
	security: {
		csp: {
			directives: [...cspDirectives],
			scriptDirective: { resources: [...scriptSources] },
			styleDirective: { resources: [...styleSources] },
		},
	},
	// Four pages at a time: one page's file is written while the next is rendered. Page by page (Astro's
	// default), the build waited on the disk for 5.5 of its 17 s of rendering at 2,000 documents
	// (`node --cpu-prof`); four at a time, 1.3 s of 12.5.
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
});
