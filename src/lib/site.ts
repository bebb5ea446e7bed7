/** What the site says of itself in every page's metadata. */

/** The site's public address when the build is given none. */
export const DEFAULT_SITE_URL = 'https://partenariats.actionlogement.example/';

/**
 * The site's public address, from the environment variable `SITE_URL` at build time (its default
 * when unset or empty): astro.config.mjs gives it to Astro as `site` (canonical URLs, sitemap,
 * robots.txt, RSS, Open Graph, JSON-LD, citations) and writes it into the print CSS. It must be an
 * absolute http(s) address of the site's root, since every link of the site starts at `/`; it comes
 * back with one trailing slash. A wrong value stops the build with a French message naming the variable.
 */
export function siteUrlFrom(env: Readonly<Record<string, string | undefined>>): string {
	const value = env['SITE_URL']?.trim();
	if (!value) return DEFAULT_SITE_URL;
	const wrong = (why: string) =>
		new Error(`La variable d'environnement SITE_URL (« ${value} ») ${why}. Exemple : SITE_URL=https://exemple.fr npm run build`);
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw wrong("n'est pas une adresse absolue");
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw wrong('doit commencer par https:// ou http://');
	if (url.username || url.password) throw wrong('ne doit contenir ni identifiant ni mot de passe');
	if (url.search || url.hash || value.includes('#') || value.includes('?')) throw wrong('ne doit contenir ni paramètre (?) ni ancre (#)');
	if (url.pathname.replace(/\/+$/, '') !== '')
		throw wrong(`doit être l'adresse de la racine du site, sans chemin (« ${url.pathname} ») : toutes ses adresses commencent par /`);
	return `${url.origin}/`;
}

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
