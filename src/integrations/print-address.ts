/**
 * Writes the site's address into print.css at build time, so that a printed link shows its absolute
 * address (`(https://exemple.fr/territoires/dijon/)`) with no inline style (the CSP forbids them):
 * print.css holds the placeholder `--site-url: 'SITE_URL'`, which this Vite plugin replaces.
 */
import type { Plugin } from 'vite';

export const PRINT_CSS = '/src/styles/print.css';
const PLACEHOLDER = "--site-url: 'SITE_URL'";

/** print.css with the site's address (`https://exemple.fr/` is written without its trailing slash). */
export function withSiteUrl(css: string, site: string): string {
	if (!css.includes(PLACEHOLDER))
		throw new Error(`${PRINT_CSS} : « ${PLACEHOLDER} » est introuvable, l'adresse du site ne peut y être écrite`);
	return css.replaceAll(PLACEHOLDER, `--site-url: ${JSON.stringify(site.replace(/\/$/, ''))}`);
}

export function printAddress(site: string): Plugin {
	return {
		name: 'partenariats:print-address',
		enforce: 'pre',
		transform(code, id) {
			if (id.split('?')[0]!.endsWith(PRINT_CSS)) return { code: withSiteUrl(code, site), map: null };
			return undefined;
		},
	};
}
