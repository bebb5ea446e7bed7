import { describe, expect, test } from 'vitest';
import { DEFAULT_SITE_URL, siteUrlFrom } from './site';

describe('siteUrlFrom', () => {
	test('the default address when SITE_URL is unset or empty', () => {
		expect(siteUrlFrom({})).toBe(DEFAULT_SITE_URL);
		expect(siteUrlFrom({ SITE_URL: '' })).toBe(DEFAULT_SITE_URL);
		expect(siteUrlFrom({ SITE_URL: '  ' })).toBe(DEFAULT_SITE_URL);
	});

	test('an absolute http(s) address of a root, with one trailing slash', () => {
		expect(siteUrlFrom({ SITE_URL: 'https://exemple.fr' })).toBe('https://exemple.fr/');
		expect(siteUrlFrom({ SITE_URL: 'https://exemple.fr/' })).toBe('https://exemple.fr/');
		expect(siteUrlFrom({ SITE_URL: 'https://exemple.fr//' })).toBe('https://exemple.fr/');
		expect(siteUrlFrom({ SITE_URL: ' http://localhost:4401 ' })).toBe('http://localhost:4401/');
		expect(siteUrlFrom({ SITE_URL: 'HTTPS://Exemple.FR' })).toBe('https://exemple.fr/');
	});

	test.each([
		['exemple.fr', "n'est pas une adresse absolue"],
		['/partenariats/', "n'est pas une adresse absolue"],
		['ftp://exemple.fr', 'doit commencer par https:// ou http://'],
		['https://moi:secret@exemple.fr', 'ni identifiant ni mot de passe'],
		['https://exemple.fr/?a=1', 'ni paramètre (?) ni ancre (#)'],
		['https://exemple.fr/#haut', 'ni paramètre (?) ni ancre (#)'],
		['https://exemple.fr/partenariats/', 'sans chemin (« /partenariats/ »)'],
	])('SITE_URL=%s stops the build, naming the variable', (value, why) => {
		expect(() => siteUrlFrom({ SITE_URL: value })).toThrow(`La variable d'environnement SITE_URL (« ${value} »)`);
		expect(() => siteUrlFrom({ SITE_URL: value })).toThrow(why);
	});
});
