import { describe, expect, test } from 'vitest';
import { formatFileSize, isPdf, pdfProblem, PUBLIC_PDF, sourceLinks } from './originals';
import { NBSP } from './text';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('formatFileSize: fr-FR, decimal units', () => {
	test.each([
		[0, '0 o'],
		[850, '850 o'],
		[999, '999 o'],
		[1000, '1 ko'],
		[4247, '4,2 ko'],
		[9960, '10 ko'],
		[24276, '24 ko'],
		[850_000, '850 ko'],
		[999_600, '1 Mo'],
		[1_234_567, '1,2 Mo'],
		[12_345_678, '12 Mo'],
		[3_400_000_000, '3,4 Go'],
	])('%d bytes: %s', (size, expected) => expect(formatFileSize(size)).toBe(expected.replace(' ', NBSP)));

	test('refuses what is not a size', () => {
		expect(() => formatFileSize(-1)).toThrow(RangeError);
		expect(() => formatFileSize(1.5)).toThrow(RangeError);
	});
});

describe('isPdf and pdfProblem: a PDF begins with %PDF-', () => {
	test('by its first bytes', () => {
		expect(isPdf(bytes('%PDF-1.4\n'))).toBe(true);
		expect(isPdf(bytes('%PDF'))).toBe(false);
		expect(isPdf(bytes('<!doctype html>'))).toBe(false);
		expect(isPdf(bytes(''))).toBe(false);
	});

	test('says what is wrong, with the file under public/', () => {
		expect(pdfProblem('originaux/a.pdf', { head: bytes('%PDF-1.7') })).toBeUndefined();
		expect(pdfProblem('originaux/a.pdf', undefined)).toBe(
			'« public/originaux/a.pdf » introuvable : le PDF original doit être un fichier de public/',
		);
		expect(pdfProblem('originaux/a.pdf', { head: bytes('PK\u0003\u0004') })).toBe(
			"« public/originaux/a.pdf » n'est pas un PDF (il ne commence pas par « %PDF- »)",
		);
	});

	test('the path under public/ that source.pdf may name', () => {
		expect(PUBLIC_PDF.test('originaux/dijon-avenant-2020-2022.pdf')).toBe(true);
		expect(PUBLIC_PDF.test('a.pdf')).toBe(true);
		for (const bad of ['/originaux/a.pdf', '../a.pdf', 'originaux/A.pdf', 'originaux/a.PDF', 'originaux/a.txt', 'originaux//a.pdf']) {
			expect(PUBLIC_PDF.test(bad), bad).toBe(false);
		}
	});
});

describe('sourceLinks: the links of the "Source" line', () => {
	test('without a PDF: the extracted text, said as such, with its size', () => {
		expect(sourceLinks({ slug: 'dijon-avenant-2020-2022', textBytes: 24276 })).toEqual([
			{
				href: '/documents/dijon-avenant-2020-2022/texte-source.txt',
				label: `Texte extrait du PDF original (texte brut, 24${NBSP}ko)`,
				type: 'text/plain',
			},
		]);
		expect(sourceLinks({ slug: 'x' })[0]!.label).toBe('Texte extrait du PDF original (texte brut)');
	});

	test('with a PDF: the original, its size, served by the site; the extracted text is no longer offered', () => {
		expect(sourceLinks({ slug: 'x', pdf: { path: 'originaux/x.pdf', bytes: 1_234_567 }, textBytes: 100 })).toEqual([
			{ href: '/originaux/x.pdf', label: `Texte original (PDF, 1,2${NBSP}Mo)`, type: 'application/pdf' },
		]);
	});

	test('with an address: a plain link that says it goes to the issuer’s site', () => {
		expect(sourceLinks({ slug: 'x', url: 'https://www.metropole-dijon.fr/a.pdf', textBytes: 850 })).toEqual([
			{ href: 'https://www.metropole-dijon.fr/a.pdf', label: 'Texte original sur le site de l’émetteur (metropole-dijon.fr)' },
			{ href: '/documents/x/texte-source.txt', label: `Texte extrait du PDF original (texte brut, 850${NBSP}o)`, type: 'text/plain' },
		]);
	});
});
