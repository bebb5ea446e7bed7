import { describe, expect, test } from 'vitest';
import { attribute, childrenHtml, escapeHtml, Fragment, Html, jsx } from './jsx-html';

describe('jsx', () => {
	test('writes elements, their text escaped as Astro escapes it', () => {
		expect(jsx('p', { children: ["l'article « 2 » & <3>", jsx('sup', { children: 'er' })] }).value).toBe(
			'<p>l&#39;article « 2 » &amp; &lt;3&gt;<sup>er</sup></p>',
		);
	});

	test('void elements close themselves, as in Astro’s JSX', () => {
		expect(jsx('p', { children: ['DIJON METROPOLE', jsx('br', {}), '\n', 'Le Président'] }).value).toBe(
			'<p>DIJON METROPOLE<br/>\nLe Président</p>',
		);
	});

	test('a fragment is its children; a component is called with its props', () => {
		const Note = (props: { children?: unknown }) => new Html(`<div>${childrenHtml(props.children as string)}</div>`);
		expect(jsx(Fragment, { children: [jsx(Note, { children: 'a' }), '\n', 'b'] }).value).toBe('<div>a</div>\nb');
	});

	test('children Astro leaves out write nothing, numbers are text', () => {
		expect(childrenHtml([null, undefined, false, true, 0, 12])).toBe('012');
	});
});

describe('attribute', () => {
	test.each([
		['className', 'separateur', ' class="separateur"'],
		['href', '#a?b=1&c="2"', ' href="#a?b=1&amp;c=&quot;2&quot;"'],
		['data-pagefind-ignore', '', ' data-pagefind-ignore'],
		['title', null, ''],
		['reversed', true, ' reversed'],
		['reversed', false, ''],
		['hidden', false, ''],
		['bad"name', 'x', ''],
	])('%s=%j', (name, value, expected) => {
		expect(attribute(name, value)).toBe(expected);
	});
});

test('escapeHtml escapes the five characters Astro escapes', () => {
	expect(escapeHtml(`&<>'"é`)).toBe('&amp;&lt;&gt;&#39;&quot;é');
});
