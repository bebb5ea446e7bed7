/**
 * Each territory's own RSS feed: its press releases only, newest first (src/lib/feeds.ts). Every
 * territory of content/territoires/ has one, even before its first communiqué, so that a journalist
 * can subscribe as soon as the territory is published.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../queries';
import { communiquesFeedRoute } from '../../../route-data';
import type { Territory } from '../../../types';

export const getStaticPaths = (async () => {
	const { territories } = await getCorpus();
	return territories.map((territory) => ({ params: { territory: territory.id }, props: { territory } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ territory: Territory }> = async ({ site, props }) => {
	if (!site) throw new Error('astro.config.mjs : « site » est nécessaire aux liens absolus du flux RSS');
	return rss(await communiquesFeedRoute(site, props.territory));
};
