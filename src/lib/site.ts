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

/*
 * What the site says of its publisher, its contact and its accessibility (/mentions-legales/,
 * /accessibilite/, /donnees-personnelles/, "Signaler une erreur"), set once here. What the sources do
 * not establish is `null`: the pages then show it as « à compléter » until the deployer fills it in.
 */

/** The publisher, as the sources name it, and what only the deployer knows. */
export const PUBLISHER: {
	/** The publisher's name, and its own words in the document quoted (word for word, checked at build). */
	readonly name: string;
	readonly quote: string;
	/** The document the quote comes from (its slug). */
	readonly quotedFrom: string;
	/** Directeur ou directrice de la publication: not in the sources. */
	readonly director: string | null;
	/** The host (name, address, telephone), as the LCEN requires it: not in the sources. */
	readonly host: { readonly name: string; readonly address: string; readonly phone: string } | null;
} = {
	name: 'Action Logement Groupe',
	quote:
		'ACTION LOGEMENT GROUPE, association régie par la loi du 1er juillet 1901, dont le siège social est sis 21 quai d’Austerlitz 75013 PARIS',
	quotedFrom: 'dijon-avenant-2020-2022',
	director: null,
	host: null,
};

/** The address that receives error reports and accessibility problems; `CONTACT_EMAIL` at build replaces the placeholder. */
const CONTACT_PLACEHOLDER = 'contact@partenariats.actionlogement.example';
const contactEmail = process.env['CONTACT_EMAIL']?.trim() || CONTACT_PLACEHOLDER;

export const CONTACT = {
	email: contactEmail,
	/** Whether the address is still the placeholder (pages say so beside it). */
	isPlaceholder: contactEmail === CONTACT_PLACEHOLDER,
} as const;

/** The RGAA 4.1 accessibility declaration (/accessibilite/) and the footer's line. */
export const ACCESSIBILITY = {
	/**
	 * « non conforme »: RGAA says so of a site for which no valid audit result measures its criteria,
	 * whatever its automated tests find. An audit's rate would make it « partiellement » or « totalement ».
	 */
	state: 'non conforme',
	/** The day the declaration was made (`YYYY-MM-DD`); to renew with each audit or major change. */
	declaredOn: '2026-12-03',
	rgaaVersion: '4.1',
} as const;
