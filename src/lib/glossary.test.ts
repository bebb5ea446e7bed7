import { describe, expect, test } from 'vitest';
import {
	annotateHtmlForIndex,
	annotateText,
	compileGlossary,
	decodeEntities,
	foldForMatch,
	glossaryProblems,
	glossaryRecords,
	type GlossaryFacts,
} from './glossary';

const npnru: GlossaryFacts = {
	id: 'npnru',
	sigle: 'NPNRU',
	variantes: [],
	developpement: 'Nouveau Programme National de Renouvellement Urbain',
	autresFormes: ['Nouveau Programme de Renouvellement Urbain'],
	source: 'convention',
};
const plus: GlossaryFacts = {
	id: 'plus',
	sigle: 'PLUS',
	variantes: [],
	developpement: 'Prêt locatif à usage social',
	autresFormes: [],
	note: 'Les textes ne le développent pas.',
};
const visale: GlossaryFacts = {
	id: 'visale',
	sigle: 'VISALE',
	variantes: ['Visale'],
	developpement: "Visa pour le logement et l'emploi",
	autresFormes: [],
	note: 'Nom donné par Action Logement.',
};
const anru: GlossaryFacts = {
	id: 'anru',
	sigle: 'ANRU',
	variantes: [],
	developpement: 'Agence Nationale de Rénovation Urbaine',
	autresFormes: [],
	source: 'communique',
};
const glossary = compileGlossary([npnru, plus, visale, anru]);
const annotate = (text: string) => annotateText(text, glossary, new Set());

describe('foldForMatch', () => {
	test.each([
		['Rénovation Urbaine', 'renovation urbaine'],
		['l’Agence', "l'agence"],
		['15\u00a0millions', '15 millions'],
		['Œuvre', 'Œuvre'.toLowerCase()],
	])('%s -> %s, same length', (text, folded) => {
		expect(foldForMatch(text)).toBe(folded);
		expect(foldForMatch(text)).toHaveLength(text.length);
	});
});

describe('annotateText', () => {
	test.each([
		['an acronym gets its expansion', 'le NPNRU sera décliné', 'le NPNRU [Nouveau Programme National de Renouvellement Urbain] sera décliné'],
		['an expansion gets its acronym, accents and case aside', "l'agence nationale de renovation urbaine finance", "l'agence nationale de renovation urbaine [ANRU] finance"],
		['another wording of the expansion', 'le Nouveau Programme de Renouvellement Urbain et', 'le Nouveau Programme de Renouvellement Urbain [NPNRU] et'],
		['a definition the text gives is left alone', "l’Agence Nationale de Rénovation Urbaine (ANRU).", "l’Agence Nationale de Rénovation Urbaine (ANRU)."],
		['an acronym defined after it is left alone', 'le NPNRU (Nouveau Programme National de Renouvellement Urbain)', 'le NPNRU (Nouveau Programme National de Renouvellement Urbain)'],
		['an acronym that is a common word is matched with its case', 'Plus précisément : 52 % de PLUS, plus tard', 'Plus précisément : 52 % de PLUS [Prêt locatif à usage social], plus tard'],
		['a spelling of the texts', 'Garantie Visale', "Garantie Visale [Visa pour le logement et l'emploi]"],
		['not inside a longer word', 'NPNRUX et ANRUS', 'NPNRUX et ANRUS'],
		['once per section', 'le NPNRU, puis le NPNRU', 'le NPNRU [Nouveau Programme National de Renouvellement Urbain], puis le NPNRU'],
	])('%s', (_, text, expected) => {
		expect(annotate(text)).toBe(expected);
	});

	test('what a section has seen is not repeated in its next run of text', () => {
		const seen = new Set<string>();
		expect(annotateText('le NPNRU', glossary, seen)).toContain('[');
		expect(annotateText('encore le NPNRU', glossary, seen)).toBe('encore le NPNRU');
	});

	test('in a heading, the addition is kept for after it', () => {
		const pending: string[] = [];
		expect(annotateText('Accompagner le NPNRU', glossary, new Set(), pending)).toBe('Accompagner le NPNRU');
		expect(pending).toEqual(['[Nouveau Programme National de Renouvellement Urbain]']);
	});
});

describe('annotateHtmlForIndex', () => {
	const page = [
		'<html lang="fr"><head><title>NPNRU</title></head><body>',
		'<main data-pagefind-body><h1>Le NPNRU à Dijon</h1>',
		'<p title="a > b">Le NPNRU et l&#39;Agence Nationale de R&#233;novation Urbaine.</p>',
		'<h2 id="article-2">ARTICLE 2</h2><p>Encore le NPNRU.</p>',
		'<script>const NPNRU = 1;</script></main></body></html>',
	].join('');
	const annotated = annotateHtmlForIndex(page, glossary);

	test('annotates the text of the body, once per section, after a heading for the heading', () => {
		expect(annotated).toContain('<h1>Le NPNRU à Dijon</h1> [Nouveau Programme National de Renouvellement Urbain] <p');
		// Same section as the heading, which has already given NPNRU its expansion.
		expect(annotated).toContain(`<p title="a > b">Le NPNRU et l'Agence Nationale de Rénovation Urbaine [ANRU].</p>`);
		expect(annotated).toContain('<h2 id="article-2">ARTICLE 2</h2><p>Encore le NPNRU [Nouveau Programme National de Renouvellement Urbain].</p>');
	});

	test('leaves the head, scripts and tags alone', () => {
		expect(annotated).toContain('<title>NPNRU</title>');
		expect(annotated).toContain('<script>const NPNRU = 1;</script>');
		expect(annotated).toContain('<p title="a > b">');
	});

	test('a page without any term comes back unchanged', () => {
		const plain = '<html><body><p>Rien &amp; personne</p></body></html>';
		expect(annotateHtmlForIndex(plain, glossary)).toBe(plain);
	});
});

test('decodeEntities', () => {
	expect(decodeEntities('l&#39;Habitat &amp; &quot;x&quot; &#x2019; &eacute;')).toBe('l\'Habitat & "x" ’ &eacute;');
});

describe('glossaryProblems', () => {
	const documents = [
		{ id: 'convention', filePath: 'content/documents/dijon/convention.mdx', body: 'Le Nouveau Programme National de Renouvellement Urbain (NPNRU) et le Nouveau Programme de Renouvellement Urbain.' },
		{ id: 'communique', filePath: 'content/documents/dijon/communique.mdx', body: "l’Agence Nationale de Rénovation Urbaine (ANRU), 52% de PLUS, la Garantie Visale et VISALE" },
	];

	test('a glossary whose words are the texts’ has no problem', () => {
		expect(glossaryProblems([npnru, plus, visale, anru], documents)).toEqual([]);
	});

	test.each([
		[{ ...npnru, developpement: 'Nouveau Plan National de Renouvellement Urbain' }, '« developpement » : « Nouveau Plan National de Renouvellement Urbain » ne figure pas dans content/documents/dijon/convention.mdx'],
		[{ ...anru, developpement: 'Agence Nationale de Renovation Urbaine' }, 'ne figure pas dans content/documents/dijon/communique.mdx'],
		[{ ...npnru, source: 'avenant' }, '« source » : document « avenant » introuvable'],
		[{ ...plus, note: undefined }, 'ni « source » ni « note »'],
		[{ ...visale, variantes: ['Visa'] }, 'le sigle « Visa » ne figure dans aucun texte'],
		[{ ...plus, sigle: 'PLAI' }, 'le sigle « PLAI » ne figure dans aucun texte'],
		[{ ...npnru, autresFormes: ['Programme National de Rénovation'] }, '« autresFormes » : « Programme National de Rénovation » ne figure dans aucun texte'],
	])('%#: %s', (entry, message) => {
		const problems = glossaryProblems([entry], documents);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(`content/glossaire.yaml: entrée « ${entry.id} »`);
		expect(problems[0]).toContain(message);
	});
});

test('glossaryRecords: one record per acronym, pointing at its entry', () => {
	expect(glossaryRecords([visale])).toEqual([
		{
			url: '/glossaire/#visale',
			content: "VISALE : Visa pour le logement et l'emploi. Visale",
			language: 'fr',
			meta: { title: "VISALE : Visa pour le logement et l'emploi", type: 'Glossaire' },
		},
	]);
});
