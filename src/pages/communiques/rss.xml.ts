/** The press releases as an RSS feed, newest first, in French, with absolute links (`site`). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCorpus } from '../../queries';
import { communiqueItems } from '../../route-data';
import { SITE_NAME } from '../../lib/site';
import { paths } from '../../lib/paths';

/** A feed carries the latest releases, not the whole archive. */
const FEED_SIZE = 50;

export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('astro.config.mjs : « site » est nécessaire aux liens absolus du flux RSS');
	const items = await communiqueItems((await getCorpus()).communiques.slice(0, FEED_SIZE));
	return rss({
		title: `Communiqués de presse · ${SITE_NAME}`,
		description: "Les communiqués de presse des partenariats d'Action Logement avec les territoires.",
		site,
		customData: '<language>fr</language>',
		items: items.map(({ document: doc, date, territoryName, lead }) => {
			return {
				title: doc.data.shortTitle,
				link: paths.document(doc.id),
				...(date ? { pubDate: new Date(`${date}T00:00:00Z`) } : {}),
				...(lead ? { description: lead } : {}),
				categories: [territoryName],
			};
		}),
	});
};
