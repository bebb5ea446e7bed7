import { describe, expect, test } from 'vitest';
import { browserUrl, holdsScript, urlProblem } from './safe-url';

describe('urlProblem', () => {
	test.each([
		'https://www.actionlogement.fr/',
		'http://www.metzmetropole.fr',
		'mailto:contact@example.fr',
		'tel:+33380000000',
		'/documents/dijon-avenant-2020-2022/',
		'/documents/dijon-avenant-2020-2022/#article-2-1',
		'#annexe-1',
		'../dijon/',
		'annexe.pdf',
		'?q=visale',
	])('%s may be published', (url) => {
		expect(urlProblem(url)).toBeUndefined();
	});

	test.each([
		['javascript:alert(1)', 'du code'],
		['JaVaScRiPt:alert(1)', 'du code'],
		[' javascript:alert(1)', 'du code'],
		['java\tscript:alert(1)', 'du code'],
		['java\nscript:alert(1)', 'du code'],
		['\u0001javascript:alert(1)', 'du code'],
		['vbscript:msgbox(1)', 'du code'],
		['data:text/html;base64,PHNjcmlwdD4=', '« data: » n’est pas permis'],
		['DATA:image/svg+xml,<svg/onload=alert(1)>', '« data: » n’est pas permis'],
		['file:///etc/passwd', '« file: » n’est pas permis'],
		['//exemple.fr/page', 'https://'],
		['\\\\exemple.fr', 'https://'],
	])('%s is refused: %s', (url, says) => {
		expect(urlProblem(url)).toContain(says);
		expect(urlProblem(url)).toContain(`« ${url} »`);
	});

	test('the message names what is permitted', () => {
		expect(urlProblem('javascript:void(0)')).toContain('permis : https: http: mailto: tel: ou une page du site');
	});
});

describe('browserUrl and holdsScript', () => {
	test('read an address as a browser does', () => {
		expect(browserUrl(' \tjava\nscript:x ')).toBe('javascript:x');
	});
	test('find javascript: in any case, split by tabs or line breaks', () => {
		expect(holdsScript('JAVASCRIPT:alert(1)')).toBe(true);
		expect(holdsScript('jav\tascript:alert(1)')).toBe(true);
		expect(holdsScript('Le site javascript de la métropole')).toBe(false);
	});
});
