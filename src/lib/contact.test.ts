import { describe, expect, test } from 'vitest';
import { errorReportMailto, mailto } from './contact';

describe('mailto links', () => {
	test('subject and body are percent-encoded UTF-8, spaces as %20, line breaks as CRLF', () => {
		expect(mailto('a@example.org', { subject: 'Accès & « aide » ?', body: 'ligne 1\nligne 2' })).toBe(
			'mailto:a@example.org?subject=Acc%C3%A8s%20%26%20%C2%AB%20aide%20%C2%BB%20%3F&body=ligne%201%0D%0Aligne%202',
		);
		expect(mailto('a@example.org', { subject: 'x' })).toBe('mailto:a@example.org?subject=x');
	});

	test('an error report names the document and its address, which a mail client reads back whole', () => {
		const url = 'https://example.org/documents/dijon-avenant-2020-2022/';
		const href = errorReportMailto('contact@example.org', { title: 'Avenant 2020-2022 à la convention-cadre', url });
		const parsed = new URL(href);
		expect(parsed.protocol).toBe('mailto:');
		expect(parsed.pathname).toBe('contact@example.org');
		// Nothing left raw: no space, no « », no `#`, no `+` (which some clients read as a space).
		expect(href).not.toMatch(/[\s«»#+]/);
		const params = new URLSearchParams(parsed.search);
		expect(params.get('subject')).toBe(`Erreur dans « Avenant 2020-2022 à la convention-cadre » (${url})`);
		expect(params.get('body')).toContain(`Page : ${url}\r\n`);
		// Only the subject and the body: no `&` or `#` of the title leaks into the query.
		expect([...params.keys()]).toEqual(['subject', 'body']);
	});

	test('a title with & or # stays in the subject', () => {
		const params = new URL(errorReportMailto('c@example.org', { title: 'A & B #1', url: 'https://example.org/x/' })).searchParams;
		expect(params.get('subject')).toBe('Erreur dans « A & B #1 » (https://example.org/x/)');
		expect([...params.keys()]).toEqual(['subject', 'body']);
	});
});
