import { expect, test } from 'vitest';
import { siteIntegrations } from './index';

test('the build steps run in their order: sitemap, its alias, the search index, then the publication', () => {
	expect(siteIntegrations().map((i) => i.name)).toEqual(['@astrojs/sitemap', 'sitemap-alias', 'search-index', 'atomic-publish']);
});
