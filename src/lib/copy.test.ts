import { describe, expect, test } from 'vitest';
import { linkCopiedMessage, localDay, onOrigin, partAddress } from './copy';

describe('partAddress', () => {
	test.each([
		[
			'a page address',
			'https://site.example/documents/dijon-avenant-2020-2022/',
			'article-2-1',
			'https://site.example/documents/dijon-avenant-2020-2022/#article-2-1',
		],
		['another fragment replaced', 'https://site.example/documents/a/#annexe-1', 'preambule', 'https://site.example/documents/a/#preambule'],
		['a query dropped', 'https://site.example/documents/a/?utm_source=mail', 'article-1', 'https://site.example/documents/a/#article-1'],
	])('%s', (_name, page, anchor, expected) => {
		expect(partAddress(page, anchor, 'https://site.example')).toBe(expected);
	});

	test('on the origin the reader is on, not the canonical one', () => {
		expect(partAddress('https://site.example/documents/a/', 'article-1', 'http://localhost:4401')).toBe(
			'http://localhost:4401/documents/a/#article-1',
		);
	});
});

describe('onOrigin', () => {
	test('keeps the path, drops query and fragment', () => {
		expect(onOrigin('https://site.example/documents/a/?x=1#b', 'https://miroir.example').href).toBe('https://miroir.example/documents/a/');
	});
});

describe('linkCopiedMessage', () => {
	test.each([
		['article-2-1', 'Lien vers l’article 2.1 copié : https://s.example/d/#article-2-1'],
		['annexe-1', 'Lien vers l’annexe 1 copié : https://s.example/d/#annexe-1'],
		['preambule', 'Lien vers le préambule copié : https://s.example/d/#preambule'],
	])('%s', (anchor, expected) => {
		expect(linkCopiedMessage(anchor, `https://s.example/d/#${anchor}`)).toBe(expected);
	});

	test('names only parts of a text', () => {
		expect(() => linkCopiedMessage('tableau-x', 'https://s.example/d/#tableau-x')).toThrow(RangeError);
	});
});

describe('localDay', () => {
	test.each([
		[new Date(2026, 11, 2, 23, 59), '2026-12-02'],
		[new Date(2027, 0, 1, 0, 0), '2027-01-01'],
	])('%s', (date, expected) => {
		expect(localDay(date)).toBe(expected);
	});
});
