/**
 * The site's RSS feeds: every press release (`/communiques/rss.xml`) and each territory's own
 * (`/territoires/<t>/rss.xml`). One pure function builds the options of `@astrojs/rss` for both, so
 * that both endpoints order, label and address their items the same way, and the pages that declare
 * a feed (`<link rel="alternate">`) give it the title the feed itself carries.
 */
import type { RSSOptions } from '@astrojs/rss';
import { absolute, paths } from './paths';
import { SITE_NAME } from './site';

/** A feed carries the latest releases, not the whole archive. */
export const FEED_SIZE = 50;

/** The feeds' language, as RSS 2.0 names it (RFC 5646, like the pages' `lang`). */
export const FEED_LANGUAGE = 'fr-FR';

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/** What a page needs to declare a feed, and the feed to describe itself. */
export interface FeedMeta {
	/** The feed's own address, from paths.ts. */
	path: string;
	title: string;
	description: string;
	/** The HTML page the feed follows (its channel's `<link>`). */
	page: string;
}

/** The feed of every press release. */
export const siteFeed: FeedMeta = {
	path: paths.communiquesFeed,
	title: `Communiqués de presse · ${SITE_NAME}`,
	description: "Les communiqués de presse des partenariats d'Action Logement avec les territoires.",
	page: paths.communiques(),
};

/** A territory's feed: its press releases only. */
export function territoryFeed(territory: { id: string; name: string }): FeedMeta {
	return {
		path: paths.territoryFeed(territory.id),
		title: `Communiqués de presse : ${territory.name} · ${SITE_NAME}`,
		description: `Les communiqués de presse du partenariat d'Action Logement avec ${territory.name}.`,
		page: paths.territory(territory.id),
	};
}

/** One item of a feed, as the routes give it. */
export interface FeedEntry {
	/** The item's page on the site, from paths.ts. */
	path: string;
	title: string;
	/** `YYYY-MM-DD`, or unknown. */
	date: string | undefined;
	/** Its lead, quoted from its text. */
	description: string | undefined;
	/** What a reader filters on: its territory and its kind, in French. */
	categories: readonly string[];
}

/** Newest first; entries without a date last; ties by address, so that a rebuild gives the same feed. */
export function newestFirst(entries: readonly FeedEntry[]): FeedEntry[] {
	return [...entries].sort((a, b) => {
		const [da, db] = [a.date ?? '', b.date ?? ''];
		if (da !== db) return da < db ? 1 : -1;
		return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
	});
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/**
 * The options of `@astrojs/rss` for a feed: absolute addresses on the site's public address (`site`,
 * never a host typed here), the feed's own address as Atom's `rel="self"` (feed readers and
 * validators ask for it), its language, and the latest `FEED_SIZE` entries, newest first.
 */
export function feedOptions(feed: FeedMeta, entries: readonly FeedEntry[], site: URL | string): RSSOptions {
	const self = absolute(feed.path, site);
	return {
		title: feed.title,
		description: feed.description,
		// @astrojs/rss writes `site` as the channel's `<link>`: the page the feed follows.
		site: absolute(feed.page, site),
		xmlns: { atom: ATOM_NAMESPACE },
		customData: `<language>${FEED_LANGUAGE}</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
		items: newestFirst(entries)
			.slice(0, FEED_SIZE)
			.map((entry) => ({
				title: entry.title,
				link: absolute(entry.path, site),
				...(entry.date ? { pubDate: new Date(`${entry.date}T00:00:00Z`) } : {}),
				...(entry.description ? { description: entry.description } : {}),
				categories: [...entry.categories],
			})),
	};
}
