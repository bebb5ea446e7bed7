/** What the site says of itself in every page's metadata. */

/**
 * The site's public address, set once: astro.config.mjs gives it to Astro as `site` (canonical
 * URLs, sitemap, RSS, Open Graph); the tests read it here.
 */
export const SITE_URL = 'https://partenariats.actionlogement.example';

export const SITE_NAME = 'Partenariats Action Logement';

/** Licence Ouverte / Open Licence 2.0 of Etalab, for texts and data, as Data Package `licenses` name it (SPDX id). */
export const LICENCE = {
	name: 'etalab-2.0',
	title: 'Licence Ouverte / Open Licence version 2.0',
	path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;

/** How citations and page footers name the licence. */
export const LICENCE_SHORT = 'Licence Ouverte 2.0 (Etalab)';

/**
 * The image shared pages show on social networks and messaging apps: the site's own, in public/
 * (made by `npm run og-image`, scripts/og-image.ts), never a third-party service.
 */
export const OG_IMAGE = {
	path: '/og-image.png',
	width: 1200,
	height: 630,
	alt: "Partenariats Action Logement : les conventions d'Action Logement avec les territoires, en texte intégral",
} as const;
