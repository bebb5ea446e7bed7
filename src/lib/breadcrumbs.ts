/**
 * The breadcrumb of a page (Accueil › Documents › Avenant 2020-2022…). A page may give its own
 * steps; otherwise they follow from its address: the section its first folder names, then the page.
 */

export interface Crumb {
	label: string;
	href: string;
}

export const HOME: Crumb = { label: 'Accueil', href: '/' };

/**
 * The whole trail, home first and the page itself last; empty on the home page, which has none.
 * `steps` are the crumbs after home, the page's own last; `sections` are the site's top sections
 * (the main navigation), which name the first folder of an address.
 */
export function breadcrumbs(path: string, title: string, sections: readonly Crumb[], steps?: readonly Crumb[]): Crumb[] {
	if (path === HOME.href) return [];
	return [HOME, ...(steps ?? stepsFromPath(path, title, sections))];
}

function stepsFromPath(path: string, title: string, sections: readonly Crumb[]): Crumb[] {
	const page = { label: title, href: path };
	const section = sections.find((s) => s.href !== path && path.startsWith(s.href));
	return section ? [section, page] : [page];
}
