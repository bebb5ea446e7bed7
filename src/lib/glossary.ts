/**
 * The glossary of acronyms (content/glossaire.yaml) as the search uses it: checked against the texts
 * (an expansion is the words of a published text, never ours), and turned into what Pagefind indexes.
 * Searching an acronym must find the texts that only spell it out, and the reverse: before a page is
 * indexed, each acronym gets its expansion beside it, in square brackets, and each expansion its
 * acronym. This is done when the page is rendered (src/integrations/glossary-terms.ts), in attributes
 * that Pagefind indexes and readers do not see as text: the published text stays word for word.
 */
import type { Element, ElementContent } from 'hast';
import type { Problem } from './build-error';
import { collapseSpaces, foldAccents, isApostrophe, NARROW_NBSP, NBSP, normalizeSpaces, plainApostrophes } from './text';

export interface GlossaryTerm {
	id: string;
	/** The acronym as the texts write it; matched with its case ("PLUS", not "plus"). */
	sigle: string;
	/** Other spellings of the acronym in the texts ("Visale", "PLAi"). */
	variantes: readonly string[];
	developpement: string;
	/** Other wordings of the expansion in the texts; matched, like the expansion, without case or accents. */
	autresFormes: readonly string[];
}

export interface GlossaryFacts extends GlossaryTerm {
	/** The document whose words give the expansion, when a published text gives it. */
	source?: string | undefined;
	note?: string | undefined;
}

export interface TextFacts {
	id: string;
	filePath: string;
	/** The document's text (its MDX body). */
	body: string;
}

/** Case-blind comparison that keeps accents: the words of a text, only its typography folded. */
const wordsOf = (text: string) => collapseSpaces(plainApostrophes(text)).toLowerCase();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole word: not inside a longer word ("ALS" is not in "ALSACE"). */
const wholeWord = (pattern: string) => `(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`;

const folded = new Map<string, string>();

/**
 * Folds text for matching without changing its length, so that a match in the folded text is at
 * the same place in the original: lower case, no accents, straight apostrophes, plain spaces.
 */
export function foldForMatch(text: string): string {
	return text.replace(/[^\x00-\x7f]|[A-Z]/g, (char) => {
		let fold = folded.get(char);
		if (fold === undefined) {
			const bare = foldAccents(char).toLowerCase();
			fold = isApostrophe(char) ? "'" : char === NBSP || char === NARROW_NBSP ? ' ' : bare.length === 1 ? bare : char;
			folded.set(char, fold);
		}
		return fold;
	});
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The matches of `pattern` that are whole words. The pattern has no lookaround of its own: an
 * alternation that starts with a lookbehind is three times slower to scan, and this runs on every page.
 */
function* wholeWords(pattern: RegExp, text: string): Generator<{ start: number; end: number; text: string }> {
	for (const m of text.matchAll(pattern)) {
		const start = m.index;
		const end = start + m[0].length;
		if ((start > 0 && WORD_CHAR.test(text[start - 1]!)) || (end < text.length && WORD_CHAR.test(text[end]!))) continue;
		yield { start, end, text: m[0] };
	}
}

/** A folded wording with its spaces collapsed: the key that finds a term from a matched expansion. */
const expansionKey = (text: string) => normalizeSpaces(foldForMatch(text));

/** The glossary compiled once for a whole build: one pattern for all acronyms, one for all expansions (whole words are checked apart). */
export interface CompiledGlossary {
	acronyms: RegExp;
	expansions: RegExp;
	byAcronym: ReadonlyMap<string, GlossaryTerm>;
	byExpansion: ReadonlyMap<string, GlossaryTerm>;
}

export function compileGlossary(terms: readonly GlossaryTerm[]): CompiledGlossary {
	const byAcronym = new Map<string, GlossaryTerm>();
	const byExpansion = new Map<string, GlossaryTerm>();
	for (const term of terms) {
		for (const spelling of [term.sigle, ...term.variantes]) byAcronym.set(spelling, term);
		for (const form of [term.developpement, ...term.autresFormes]) byExpansion.set(expansionKey(form), term);
	}
	// Longest first, so that an alternation prefers "PLAI" over a shorter spelling it contains.
	const longestFirst = (a: string, b: string) => b.length - a.length;
	const acronyms = [...byAcronym.keys()].sort(longestFirst).map(escapeRegExp);
	const expansions = [...byExpansion.keys()].sort(longestFirst).map((key) => key.split(' ').map(escapeRegExp).join('\\s+'));
	return {
		acronyms: new RegExp(acronyms.join('|') || '(?!)', 'gu'),
		expansions: new RegExp(expansions.join('|') || '(?!)', 'gu'),
		byAcronym,
		byExpansion,
	};
}

/**
 * What the build refuses in the glossary: an expansion its source does not contain, an entry
 * without source nor note, an acronym, spelling or wording that no published text uses.
 */
export function glossaryProblems(
	entries: readonly GlossaryFacts[],
	documents: readonly TextFacts[],
	file = 'content/glossaire.yaml',
): Problem[] {
	const problems: Problem[] = [];
	const byId = new Map(documents.map((d) => [d.id, d]));
	const words = new Map<string, string>();
	const wordsOfText = (d: TextFacts) => words.get(d.id) ?? words.set(d.id, wordsOf(d.body)).get(d.id)!;
	// What must be in some published text: looked for text by text, until each one is found.
	const spellings = new Map<string, RegExp>();
	const forms = new Map<string, string>();
	for (const entry of entries) {
		for (const spelling of [entry.sigle, ...entry.variantes]) spellings.set(spelling, new RegExp(wholeWord(escapeRegExp(spelling)), 'u'));
		for (const form of entry.autresFormes) forms.set(form, wordsOf(form));
	}
	for (const document of documents) {
		if (spellings.size === 0 && forms.size === 0) break;
		for (const [spelling, pattern] of spellings) if (pattern.test(document.body)) spellings.delete(spelling);
		if (forms.size === 0) continue;
		for (const [form, wording] of forms) if (wordsOfText(document).includes(wording)) forms.delete(form);
	}
	for (const entry of entries) {
		const at = `entrée « ${entry.id} »`;
		const problem = (message: string) => problems.push({ file, message: `${at}${message}` });
		if (entry.source === undefined && !entry.note) {
			problem(
				` : ni « source » ni « note » (attendu : le document qui développe le sigle, ou une note qui dit d'où vient le développement)`,
			);
		}
		if (entry.source !== undefined) {
			const source = byId.get(entry.source);
			if (!source) {
				problem(`, champ « source » : document « ${entry.source} » introuvable dans content/documents/`);
			} else if (!wordsOfText(source).includes(wordsOf(entry.developpement))) {
				problem(
					`, champ « developpement » : « ${entry.developpement} » ne figure pas dans ${source.filePath} (attendu : les mots mêmes du texte)`,
				);
			}
		}
		for (const spelling of [entry.sigle, ...entry.variantes]) {
			if (spellings.has(spelling)) {
				problem(` : le sigle « ${spelling} » ne figure dans aucun texte publié (attendu : la graphie des textes)`);
			}
		}
		for (const form of entry.autresFormes) {
			if (forms.has(form)) {
				problem(`, champ « autresFormes » : « ${form} » ne figure dans aucun texte publié`);
			}
		}
	}
	return problems;
}

/** A glossary term found in a run of text, at `start`…`end` of it. */
export interface GlossaryMatch {
	term: GlossaryTerm;
	/** What the text wrote: the acronym, or its expansion. */
	kind: 'sigle' | 'developpement';
	start: number;
	end: number;
}

/** Between an expansion and its acronym when the text defines one by the other: "… Urbain (NPNRU)". */
const PAIRED_GAP = /^[\s(:–—-]*$/;
const PAIR_DISTANCE = 4;

/**
 * The acronyms and expansions of one run of text that the section has not yet seen, in order:
 * each gets the other half beside it in the published page (see src/integrations/glossary-terms.ts).
 * A definition the text already gives ("Urbain (NPNRU)") is left alone. `seen` holds the
 * `id:kind` already marked in the section, and receives those found here.
 */
export function glossaryMatches(text: string, glossary: CompiledGlossary, seen: Set<string>): GlossaryMatch[] {
	const found: GlossaryMatch[] = [];
	for (const m of wholeWords(glossary.acronyms, text)) {
		const term = glossary.byAcronym.get(m.text);
		if (term) found.push({ term, kind: 'sigle', start: m.start, end: m.end });
	}
	for (const m of wholeWords(glossary.expansions, foldForMatch(text))) {
		const term = glossary.byExpansion.get(collapseSpaces(m.text));
		if (term) found.push({ term, kind: 'developpement', start: m.start, end: m.end });
	}
	const pairedWith = (a: GlossaryMatch) =>
		found.some(
			(b) =>
				b.term === a.term &&
				b.kind !== a.kind &&
				((b.start >= a.end && b.start - a.end <= PAIR_DISTANCE && PAIRED_GAP.test(text.slice(a.end, b.start))) ||
					(a.start >= b.end && a.start - b.end <= PAIR_DISTANCE && PAIRED_GAP.test(text.slice(b.end, a.start)))),
		);
	const marked: GlossaryMatch[] = [];
	for (const match of found.sort((a, b) => a.start - b.start)) {
		const key = `${match.term.id}:${match.kind}`;
		// Overlapping matches ("PLAI" inside a longer expansion) keep the first.
		if (seen.has(key) || pairedWith(match) || (marked.at(-1)?.end ?? 0) > match.start) continue;
		seen.add(key);
		marked.push(match);
	}
	return marked;
}

/** What a match adds for the search index: the other half, in square brackets. */
export const glossaryAddition = (match: GlossaryMatch) => `[${match.kind === 'sigle' ? match.term.developpement : match.term.sigle}]`;

/** The text split at its matches: plain text, and an element around each acronym or expansion. */
export function glossaryNodes(text: string, glossary: CompiledGlossary, seen: Set<string>): ElementContent[] | undefined {
	const matches = glossaryMatches(text, glossary, seen);
	if (matches.length === 0) return undefined;
	const nodes: ElementContent[] = [];
	let at = 0;
	for (const match of matches) {
		if (match.start > at) nodes.push({ type: 'text', value: text.slice(at, match.start) });
		const element: Element = {
			type: 'element',
			tagName: match.kind === 'sigle' ? 'abbr' : 'span',
			properties: {
				...(match.kind === 'sigle' ? { title: match.term.developpement } : {}),
				dataGlossaire: glossaryAddition(match),
				dataPagefindIndexAttrs: 'data-glossaire',
			},
			children: [{ type: 'text', value: text.slice(match.start, match.end) }],
		};
		nodes.push(element);
		at = match.end;
	}
	if (at < text.length) nodes.push({ type: 'text', value: text.slice(at) });
	return nodes;
}

/** One search record per acronym, so that a search for it also offers its definition. */
export function glossaryRecords(terms: readonly GlossaryTerm[]): {
	url: string;
	content: string;
	language: string;
	meta: Record<string, string>;
}[] {
	return terms.map((term) => ({
		url: `/glossaire/#${term.id}`,
		content: [`${term.sigle} : ${term.developpement}.`, ...term.variantes, ...term.autresFormes].join(' '),
		language: 'fr',
		meta: { title: `${term.sigle} : ${term.developpement}`, type: 'Glossaire' },
	}));
}
