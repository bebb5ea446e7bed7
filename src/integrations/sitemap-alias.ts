/**
 * `/sitemap.xml`, the address crawlers and people try first, as a copy of the sitemap index that
 * @astrojs/sitemap writes (`sitemap-index.xml`, which robots.txt names): the index lists its chunks
 * by absolute address, so the copy is valid where it stands. Must come after sitemap().
 */
import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const SITEMAP_INDEX = 'sitemap-index.xml';
const SITEMAP_ALIAS = 'sitemap.xml';

export function sitemapAlias(): AstroIntegration {
	return {
		name: 'sitemap-alias',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				await copyFile(fileURLToPath(new URL(SITEMAP_INDEX, dir)), fileURLToPath(new URL(SITEMAP_ALIAS, dir)));
			},
		},
	};
}
