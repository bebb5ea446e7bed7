import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { leadParagraph, plainText } from './lead';

describe('plainText', () => {
	test.each([
		['**Chenove Le Mail :**', 'Chenove Le Mail :'],
		['le 1<sup>er</sup> octobre', 'le 1er octobre'],
		['L’[avenant 2020-2022](/documents/dijon-avenant-2020-2022/) écrit', 'L’avenant 2020-2022 écrit'],
		['un *mot* en italique, 2 * 3 reste', 'un mot en italique, 2 * 3 reste'],
		['\\{accolades\\} et &lt;chevrons&gt; et &amp;', '{accolades} et <chevrons> et &'],
		['une ligne\\\ncoupée\net jointe', 'une ligne coupée et jointe'],
	])('%s', (markdown, text) => {
		expect(plainText(markdown)).toBe(text);
	});
});

describe('leadParagraph', () => {
	test.each([
		['the first paragraph', 'Premier paragraphe,\nsur deux lignes.\n\nSecond.', 'Premier paragraphe, sur deux lignes.'],
		['after a heading and a list', '## TITRE\n\n- un\n- deux\n\n1. trois\n\nLe texte.', 'Le texte.'],
		[
			'not an editorial note, even of several paragraphs',
			'<EditorialNote>\nNote.\n\nSuite de la note.\n</EditorialNote>\n\nLe texte.',
			'Le texte.',
		],
		['not a component on one line', '<DatasetTable id="x" />\n\nLe texte.', 'Le texte.'],
		['not a heading given an id by hand', '<h2 id="preambule">Il est rappelé ce qui suit :</h2>\n\nLe texte.', 'Le texte.'],
		['not a table or a quote', '| a | b |\n|---|---|\n\n> citation\n\nLe texte.', 'Le texte.'],
		['none', '## Titre\n\n- liste', undefined],
		['Windows line ends', 'Un.\r\n\r\nDeux.', 'Un.'],
	])('%s', (_, body, lead) => {
		expect(leadParagraph(body)).toBe(lead);
	});

	test('the Metz press release opens with its signatories', () => {
		const mdx = readFileSync(join(import.meta.dirname, '../../content/documents/metz/metz-communique-2019-10-02.mdx'), 'utf8');
		const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
		expect(leadParagraph(body)).toBe(
			"Jean-Luc Bohl, Président de Metz Métropole, Isabelle Kaucic, Vice-présidente de Metz Métropole déléguée à l'Habitat et au Logement ainsi que Damien Sionneau et Michel Huard, Président et Vice-président du Comité régional Action Logement Grand Est, ont signé le 1er octobre 2019, une Convention-cadre de territoire afin de faciliter et développer l’accès au logement des salariés du territoire.",
		);
	});
});
