import { describe, expect, test } from 'vitest';
import { breadcrumbs, type Crumb } from './breadcrumbs';

const sections: Crumb[] = [
	{ label: 'Territoires', href: '/territoires/' },
	{ label: 'Documents', href: '/documents/' },
	{ label: 'Communiqués', href: '/communiques/' },
];
const labels = (trail: Crumb[]) => trail.map((c) => `${c.label} <${c.href}>`).join(' › ');

describe('breadcrumbs', () => {
	test.each([
		['/', 'Partenariats Action Logement', ''],
		['/documents/', 'Documents', 'Accueil </> › Documents </documents/>'],
		[
			'/documents/dijon-avenant-2020-2022/',
			'Avenant 2020-2022 à la convention-cadre',
			'Accueil </> › Documents </documents/> › Avenant 2020-2022 à la convention-cadre </documents/dijon-avenant-2020-2022/>',
		],
		['/documents/2/', 'Documents, page 2', 'Accueil </> › Documents </documents/> › Documents, page 2 </documents/2/>'],
		['/territoires/dijon/', 'Dijon Métropole', 'Accueil </> › Territoires </territoires/> › Dijon Métropole </territoires/dijon/>'],
		['/communiques/', 'Communiqués de presse', 'Accueil </> › Communiqués de presse </communiques/>'],
		['/recherche/', 'Recherche', 'Accueil </> › Recherche </recherche/>'],
		['/donnees/dijon/', 'Données de Dijon', 'Accueil </> › Données de Dijon </donnees/dijon/>'],
		['/404', 'Page introuvable', 'Accueil </> › Page introuvable </404>'],
	])('%s', (path, title, expected) => {
		expect(labels(breadcrumbs(path, title, sections))).toBe(expected);
	});

	test('a page’s own steps replace the ones its address implies', () => {
		const steps = [
			{ label: 'Données', href: '/donnees/' },
			{ label: 'Dijon', href: '/donnees/dijon/' },
		];
		expect(labels(breadcrumbs('/donnees/dijon/', 'Données ouvertes de Dijon', sections, steps))).toBe(
			'Accueil </> › Données </donnees/> › Dijon </donnees/dijon/>',
		);
	});
});
