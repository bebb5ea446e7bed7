/**
 * The site's integrations, in the order they must run: Astro runs each build hook in the order of
 * this list. The sitemap and its alias describe the written pages; the search index reads them;
 * atomicPublish, last, moves the finished site into dist/ (the order is tested beside this file).
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { atomicPublish } from './atomic-publish';
import { searchIndex } from './search-index';
import { sitemapAlias } from './sitemap-alias';

export function siteIntegrations(): AstroIntegration[] {
	return [sitemap(), sitemapAlias(), searchIndex(), atomicPublish()];
}
