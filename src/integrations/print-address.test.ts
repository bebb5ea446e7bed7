import { expect, test } from 'vitest';
import { withSiteUrl } from './print-address';

test('print.css gets the site address, without its trailing slash', () => {
	expect(withSiteUrl(":root { --site-url: 'SITE_URL'; }", 'https://exemple.fr/')).toBe(':root { --site-url: "https://exemple.fr"; }');
});

test('a print.css without the placeholder stops the build', () => {
	expect(() => withSiteUrl(':root {}', 'https://exemple.fr/')).toThrow('introuvable');
});
