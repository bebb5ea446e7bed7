/** The press releases as an RSS feed, newest first, in French, with absolute links (`site`). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { documentSource, getCommuniques, getTerritories } from '../../queries';
import { documentDate } from '../../lib/documents';
import { leadParagraph } from '../../lib/lead';
import { SITE_NAME } from '../../lib/site';
import { paths } from '../../lib/paths';

/** A feed carries the latest releases, not the whole archive. */
const FEED_SIZE = 50;

export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('astro.config.mjs : « site » est nécessaire aux liens absolus du flux RSS');
	const names = new Map((await getTerritories()).map((t) => [t.id, t.data.name]));
	const communiques = (await getCommuniques()).slice(0, FEED_SIZE);
	return rss({
		title: `Communiqués de presse · ${SITE_NAME}`,
		description: "Les communiqués de presse des partenariats d'Action Logement avec les territoires.",
		site,
		customData: '<language>fr</language>',
		items: communiques.map((doc) => {
			const date = documentDate(doc);
			const lead = leadParagraph(documentSource(doc));
			return {
				title: doc.data.shortTitle,
				link: paths.document(doc.id),
				...(date ? { pubDate: new Date(`${date}T00:00:00Z`) } : {}),
				...(lead ? { description: lead } : {}),
				categories: [names.get(doc.data.territory.id) ?? doc.data.territory.id],
			};
		}),
	});
};
