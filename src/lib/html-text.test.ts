import { describe, expect, test } from 'vitest';
import { textOf } from './html-text';

describe('textOf', () => {
	test('the elements of a sentence stay inside its words, as a browser reads them', () => {
		expect(textOf('<h2 id="article-1">ARTICLE 1<sup>ER</sup> : <strong>Objet</strong></h2>')).toBe('ARTICLE 1ER : Objet');
		expect(textOf('<p>Le <abbr title="Nouveau Programme">NPNRU</abbr>, l’<em>ANRU</em>.</p>')).toBe('Le NPNRU, l’ANRU.');
	});

	test('blocks, cells and line breaks separate words', () => {
		expect(textOf('<p>un</p><p>deux</p><ul><li>trois</li><li>quatre</li></ul>')).toBe('un deux trois quatre');
		expect(textOf('<table><tr><th>Année</th><td>2017</td></tr></table>')).toBe('Année 2017');
		expect(textOf('François REBSAMEN<br>Président')).toBe('François REBSAMEN Président');
	});

	test('decodes entities (no-break spaces become plain ones) and leaves out scripts, styles and templates', () => {
		expect(textOf('<p>A &amp; B&nbsp;: 30&#8239;603</p><script>var x = 1;</script><style>p{}</style><template>t</template>')).toBe(
			'A & B : 30 603',
		);
	});

	test('collapses the markup’s runs of space', () => {
		expect(textOf('\n  <p>\n   un\n   deux  </p>\n')).toBe('un deux');
	});
});
