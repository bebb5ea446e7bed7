/** What the site says of itself in every page's metadata. Its address is `site` in astro.config.mjs. */

export const SITE_NAME = 'Partenariats Action Logement';

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
