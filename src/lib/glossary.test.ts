import { describe, expect, test } from 'vitest';
import { formatProblem } from './build-error';
import {
	compileGlossary,
	foldForMatch,
	glossaryAddition,
	glossaryMatches,
	glossaryNodes,
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
/** The text with each match's addition written after it, to read the matches at a glance. */
function annotate(text: string, seen = new Set<string>()): string {
	let result = text;
	for (const match of glossaryMatches(text, glossary, seen).reverse()) {
		result = `${result.slice(0, match.end)} ${glossaryAddition(match)}${result.slice(match.end)}`;
	}
	return result;
}

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

describe('glossaryMatches', () => {
	test.each([
		[
			'an acronym gets its expansion',
			'le NPNRU sera décliné',
			'le NPNRU [Nouveau Programme National de Renouvellement Urbain] sera décliné',
		],
		[
			'an expansion gets its acronym, accents and case aside',
			"l'agence nationale de renovation urbaine finance",
			"l'agence nationale de renovation urbaine [ANRU] finance",
		],
		[
			'another wording of the expansion',
			'le Nouveau Programme de Renouvellement Urbain et',
			'le Nouveau Programme de Renouvellement Urbain [NPNRU] et',
		],
		[
			'a definition the text gives is left alone',
			'l’Agence Nationale de Rénovation Urbaine (ANRU).',
			'l’Agence Nationale de Rénovation Urbaine (ANRU).',
		],
		[
			'an acronym defined after it is left alone',
			'le NPNRU (Nouveau Programme National de Renouvellement Urbain)',
			'le NPNRU (Nouveau Programme National de Renouvellement Urbain)',
		],
		[
			'an acronym that is a common word is matched with its case',
			'Plus précisément : 52 % de PLUS, plus tard',
			'Plus précisément : 52 % de PLUS [Prêt locatif à usage social], plus tard',
		],
		['a spelling of the texts', 'Garantie Visale', "Garantie Visale [Visa pour le logement et l'emploi]"],
		['not inside a longer word', 'NPNRUX et ANRUS', 'NPNRUX et ANRUS'],
		['once per section', 'le NPNRU, puis le NPNRU', 'le NPNRU [Nouveau Programme National de Renouvellement Urbain], puis le NPNRU'],
	])('%s', (_, text, expected) => {
		expect(annotate(text)).toBe(expected);
	});

	test('what a section has seen is not repeated in its next run of text', () => {
		const seen = new Set<string>();
		expect(annotate('le NPNRU', seen)).toContain('[');
		expect(annotate('encore le NPNRU', seen)).toBe('encore le NPNRU');
	});
});

describe('glossaryNodes', () => {
	test('an acronym becomes <abbr> with its expansion; an expansion a <span>; Pagefind indexes the other half', () => {
		expect(glossaryNodes("Le NPNRU et l'Agence Nationale de Rénovation Urbaine.", glossary, new Set())).toEqual([
			{ type: 'text', value: 'Le ' },
			{
				type: 'element',
				tagName: 'abbr',
				properties: {
					title: 'Nouveau Programme National de Renouvellement Urbain',
					dataGlossaire: '[Nouveau Programme National de Renouvellement Urbain]',
					dataPagefindIndexAttrs: 'data-glossaire',
				},
				children: [{ type: 'text', value: 'NPNRU' }],
			},
			{ type: 'text', value: " et l'" },
			{
				type: 'element',
				tagName: 'span',
				properties: { dataGlossaire: '[ANRU]', dataPagefindIndexAttrs: 'data-glossaire' },
				children: [{ type: 'text', value: 'Agence Nationale de Rénovation Urbaine' }],
			},
			{ type: 'text', value: '.' },
		]);
	});

	test('the words are kept, in order: only elements are added around them', () => {
		const text = 'Le PLUS et le NPNRU, puis le PLUS.';
		const nodes = glossaryNodes(text, glossary, new Set())!;
		const words = (n: (typeof nodes)[number]): string =>
			n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(words).join('') : '';
		expect(nodes.map(words).join('')).toBe(text);
	});

	test('a text without any term is left as it is', () => {
		expect(glossaryNodes('Rien ici', glossary, new Set())).toBeUndefined();
	});
});

describe('glossaryProblems', () => {
	const documents = [
		{
			id: 'convention',
			filePath: 'content/documents/dijon/convention.mdx',
			body: 'Le Nouveau Programme National de Renouvellement Urbain (NPNRU) et le Nouveau Programme de Renouvellement Urbain.',
		},
		{
			id: 'communique',
			filePath: 'content/documents/dijon/communique.mdx',
			body: 'l’Agence Nationale de Rénovation Urbaine (ANRU), 52% de PLUS, la Garantie Visale et VISALE',
		},
	];

	test('a glossary whose words are the texts’ has no problem', () => {
		expect(glossaryProblems([npnru, plus, visale, anru], documents)).toEqual([]);
	});

	test.each([
		[
			{ ...npnru, developpement: 'Nouveau Plan National de Renouvellement Urbain' },
			'« developpement » : « Nouveau Plan National de Renouvellement Urbain » ne figure pas dans content/documents/dijon/convention.mdx',
		],
		[{ ...anru, developpement: 'Agence Nationale de Renovation Urbaine' }, 'ne figure pas dans content/documents/dijon/communique.mdx'],
		[{ ...npnru, source: 'avenant' }, '« source » : document « avenant » introuvable'],
		[{ ...plus, note: undefined }, 'ni « source » ni « note »'],
		[{ ...visale, variantes: ['Visa'] }, 'le sigle « Visa » ne figure dans aucun texte'],
		[{ ...plus, sigle: 'PLAI' }, 'le sigle « PLAI » ne figure dans aucun texte'],
		[
			{ ...npnru, autresFormes: ['Programme National de Rénovation'] },
			'« autresFormes » : « Programme National de Rénovation » ne figure dans aucun texte',
		],
	])('%#: %s', (entry, message) => {
		const problems = glossaryProblems([entry], documents).map(formatProblem);
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
