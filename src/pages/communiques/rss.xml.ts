/** Every press release as an RSS feed, newest first, in French, with absolute links (`site`): src/lib/feeds.ts. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { communiquesFeedRoute } from '../../route-data';

export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('astro.config.mjs : « site » est nécessaire aux liens absolus du flux RSS');
	return rss(await communiquesFeedRoute(site));
};
