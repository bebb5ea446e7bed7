/**
 * The words the synthetic documents are made of: a statistical model of the real documents of
 * `content/documents/` (their MDX bodies are the repaired text of `sources/*.txt`), not their
 * paragraphs. The bodies are cut into tokens (words, elided articles, numbers, punctuation), and a
 * bigram model counts which token follows which, over all the texts and within each of their
 * sections (the "topics"). Walking that chain writes new sentences whose words have the real
 * frequencies (Zipf-like: « de », « logement » everywhere, most words in a few pages only), and
 * whose articles lean on one topic each, as real articles do. Numbers are classes (year, small,
 * large, decimal) filled with new figures; real place and person names are replaced by the
 * territory's invented ones (names.ts). Five texts hold only some 2,000 distinct words, where
 * thousands of documents would hold tens of thousands: one long word in twenty-five is replaced by a
 * word of a long tail (Zipf's law: rank r drawn with probability ∝ 1/r over 200,000 ranks), built
 * from a real stem and a French suffix ("financ" + "ification"), so that the vocabulary keeps
 * growing with the corpus as real vocabularies do (Heaps' law) and most of those words are in a
 * few pages only. Deterministic: the caller passes a seeded generator.
 * What it writes is valid MDX: no `{ } < >`, no Markdown markup, no line that starts a list.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Lexicon } from './names.ts';

/** The number classes a real number is counted as. */
const NUMBER_CLASSES = ['<year>', '<small>', '<large>', '<decimal>'] as const;
type NumberClass = (typeof NUMBER_CLASSES)[number];

/** Real names in the texts, replaced by the territory's: places (→ communes) and people (→ surnames). */
const REAL_PLACES = new Set([
	'dijon',
	'metz',
	'chenôve',
	'chenove',
	'quetigny',
	'longvic',
	'talant',
	'grésilles',
	'fontaine',
	'ouche',
	'marsannay',
	'chevigny',
	'plombières',
	'saint-apollinaire',
	'fontaine-d',
	'fontaine-lès-dijon',
	'borny',
	'bellecroix',
	'patrotte',
	'woippy',
	'montigny-lès-metz',
	'sablon',
	'talange',
	'hagondange',
	'austerlitz',
	'moulins-lès-metz',
	'marly',
]);
const REAL_PEOPLE = new Set([
	'rebsamen',
	'bourgois',
	'martinerie',
	'trublet',
	'gros',
	'sauvage',
	'grosdidier',
	'ruffin',
	'bruneau',
	'vaulot',
]);

/** Tokens the text is cut into. Order matters: elisions, ordinals, numbers, words, punctuation. */
const TOKEN =
	/(?<elision>(?:jusqu|lorsqu|puisqu|presqu|qu|[cdjlmnst])['’](?=\p{L}))|(?<ordinal>\d+(?:er|ère|ème|e)\b)|(?<number>\d+(?:[  ]\d{3})*(?:,\d+)?)|(?<word>\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’]\p{L}[\p{L}\p{M}\p{N}]*)*)|(?<punct>[,.;:!?«»()%€–—…])/giu;

/** Words a heading does not end with. */
const TRAILING = new Set([
	'de',
	'du',
	'des',
	'la',
	'le',
	'les',
	'à',
	'a',
	'et',
	'en',
	'ce',
	'qui',
	'que',
	'au',
	'aux',
	'pour',
	'par',
	'sur',
	'dans',
	'un',
	'une',
	'est',
	'ou',
	'son',
	'sa',
	'ses',
	'leur',
	'leurs',
]);
/** The long tail: its size in ranks, the share of long words it replaces, and how its words end. */
const TAIL_RANKS = 200_000;
const TAIL_SHARE = 0.04;
const SUFFIXES = [
	'ation',
	'ement',
	'ité',
	'iste',
	'eur',
	'ique',
	'isation',
	'ance',
	'age',
	'ier',
	'ière',
	'oir',
	'ure',
	'isme',
	'able',
	'if',
	'ive',
	'al',
	'aux',
	'ification',
	'iser',
	'ifier',
	'ements',
	'ations',
	'eurs',
	'ites',
	'ières',
	'iques',
	'istes',
	'ants',
	'ent',
	'és',
];
const PREFIXES = ['', '', '', '', 're', 'dé', 'co', 'pré', 'inter', 'sur', 'sous', 'auto', 'multi', 'contre', 'pro', 'trans', 'mi', 'néo'];

/** A 32-bit hash of n (for the tail's words: the same rank is always the same word). */
function hash(n: number, salt: number): number {
	let h = Math.imul(n ^ salt, 0x9e3779b1);
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	return h >>> 0;
}

const NO_SPACE_BEFORE = new Set([',', '.', ')', '…']);
const STOPS = new Set(['.', '!', '?']);

interface Successors {
	ids: Int32Array;
	/** Cumulative counts. */
	cumulative: Float64Array;
}

type Chain = Map<number, Successors>;

export interface ProseModel {
	/** Distinct tokens of the real texts. */
	vocabulary: number;
	/** Tokens counted. */
	tokens: number;
	topics: number;
	/** Heading texts of the real documents, without their numbering. */
	titles: readonly string[];
	/** A paragraph of 2 to 6 sentences, on a topic (an index below `topics`). */
	paragraph(rand: () => number, topic: number, lexicon: Lexicon, year: number): string;
	/** A Markdown list of 2 to 8 items, with the sentence that introduces it. */
	list(rand: () => number, topic: number, lexicon: Lexicon, year: number): string;
	/** A heading text of a few words, from the chain (when the real titles run out). */
	heading(rand: () => number, topic: number, lexicon: Lexicon, year: number): string;
	/** The most frequent pair of lower-case words of 4 letters or more (a two-word query). */
	commonPair: string;
}

const NUMBERING = /^(?:article\s+[\d.\s]+(?:<sup>er<\/sup>|er)?|annexe\s+\d+(?:\s+de\s+l[’']avenant)?|\d+(?:\.\d+)+\.?)\s*[:.—–-]?\s*/i;
const LIST_LINE = /^\s*(?:-|\d+\.) /;

/** The MDX body of a document, without its frontmatter. */
function bodyOf(mdx: string): string {
	const match = /^---\n[\s\S]*?\n---\n/.exec(mdx);
	return match ? mdx.slice(match[0].length) : mdx;
}

/** Markdown and MDX markup out, text in. */
function plain(text: string): string {
	return text
		.replace(/<sup>([^<]*)<\/sup>/g, '$1')
		.replace(/<[^>]*>/g, ' ')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\\([{}<>*_[\]\\#`|~])/g, '$1')
		.replace(/[*_`{}<>[\]#|~\\]/g, ' ');
}

function numberClass(text: string): NumberClass {
	const digits = text.replace(/[  ]/g, '');
	if (digits.includes(',')) return '<decimal>';
	if (/^(?:19|20)\d\d$/.test(digits)) return '<year>';
	return digits.length <= 3 ? '<small>' : '<large>';
}

function tokenize(text: string): string[] {
	const tokens: string[] = [];
	for (const match of plain(text).matchAll(TOKEN)) {
		const groups = match.groups!;
		if (groups['number'] !== undefined) tokens.push(numberClass(groups['number']));
		else if (groups['elision'] !== undefined) tokens.push(groups['elision'].replace("'", '’'));
		else tokens.push(match[0]);
	}
	return tokens;
}

/** Sections of the real documents (split at `## `), as lists of token sequences (paragraphs, list items). */
function readSections(documentsDir: string): { sections: string[][][]; titles: string[] } {
	const sections: string[][][] = [];
	const titles = new Set<string>();
	const files = readdirSync(documentsDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.sort();
	for (const file of files) {
		let section: string[][] = [];
		let insideComponent = false;
		for (const block of bodyOf(readFileSync(join(documentsDir, file), 'utf8')).split(/\n\s*\n/)) {
			const text = block.trim();
			if (insideComponent || /^<(EditorialNote|Signatures)\b/.test(text)) {
				// Components hold our notes or the signature block: not the running text.
				insideComponent = !/<\/(EditorialNote|Signatures)>\s*$/.test(text);
				continue;
			}
			const heading = /^(#{2,5}) (.+)$/.exec(text);
			if (heading) {
				const title = heading[2]!.replace(NUMBERING, '').trim();
				if (title.split(/\s+/).length >= 2 && !/[<:]$|[<{]/.test(title)) titles.add(plain(title).replace(/\s+/g, ' ').trim());
				if (heading[1] === '##' && section.length > 0) {
					sections.push(section);
					section = [];
				}
				continue;
			}
			if (text.startsWith('<') || text.startsWith('|')) continue;
			const lines = text.split('\n');
			if (lines.some((line) => LIST_LINE.test(line))) {
				for (const line of lines) section.push(tokenize(line.replace(LIST_LINE, '')));
			} else {
				section.push(tokenize(lines.join(' ')));
			}
		}
		if (section.length > 0) sections.push(section);
	}
	return { sections: sections.filter((s) => s.flat().length >= 40), titles: [...titles] };
}

function freeze(counts: Map<number, Map<number, number>>): Chain {
	const chain: Chain = new Map();
	for (const [from, next] of counts) {
		const ids = new Int32Array(next.size);
		const cumulative = new Float64Array(next.size);
		let total = 0;
		let i = 0;
		for (const [id, count] of next) {
			total += count;
			ids[i] = id;
			cumulative[i++] = total;
		}
		chain.set(from, { ids, cumulative });
	}
	return chain;
}

function draw(successors: Successors, rand: () => number): number {
	const { ids, cumulative } = successors;
	const x = rand() * cumulative[cumulative.length - 1]!;
	let lo = 0;
	let hi = cumulative.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (cumulative[mid]! > x) hi = mid;
		else lo = mid + 1;
	}
	return ids[lo]!;
}

const capitalize = (word: string) => word.charAt(0).toLocaleUpperCase('fr') + word.slice(1);
const isWord = (token: string) => /^\p{L}/u.test(token);
/** A small number, most of them small (log-uniform from 1 to 999). */
const small = (rand: () => number) => Math.max(1, Math.floor(Math.exp(rand() * Math.log(1000))));
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** Builds the model from the real documents. */
export function buildProseModel(documentsDir: string): ProseModel {
	const { sections, titles } = readSections(documentsDir);
	if (sections.length === 0 || titles.length === 0) throw new Error(`bench: no prose to learn from in ${documentsDir}`);
	const ids = new Map<string, number>();
	const vocabulary: string[] = [];
	const id = (token: string) => {
		let n = ids.get(token);
		if (n === undefined) {
			n = vocabulary.length;
			ids.set(token, n);
			vocabulary.push(token);
		}
		return n;
	};
	// A sequence begins after a "." (so "." → first words is the sentence start) and ends with one.
	const START = id('.');
	const globalCounts = new Map<number, Map<number, number>>();
	const topicCounts: Map<number, Map<number, number>>[] = [];
	const pairCounts = new Map<string, number>();
	let tokenCount = 0;
	const count = (counts: Map<number, Map<number, number>>, from: number, to: number) => {
		const next = counts.get(from) ?? counts.set(from, new Map()).get(from)!;
		next.set(to, (next.get(to) ?? 0) + 1);
	};
	for (const section of sections) {
		const counts = new Map<number, Map<number, number>>();
		for (const sequence of section) {
			if (sequence.length === 0) continue;
			const tokens = [...sequence];
			if (!STOPS.has(tokens.at(-1)!)) {
				if ([',', ';', ':'].includes(tokens.at(-1)!)) tokens.pop();
				tokens.push('.');
			}
			let previous = START;
			for (const token of tokens) {
				const next = id(token);
				count(globalCounts, previous, next);
				count(counts, previous, next);
				const before = vocabulary[previous]!;
				if (/^\p{Ll}{4,}$/u.test(before) && /^\p{Ll}{4,}$/u.test(token))
					pairCounts.set(`${before} ${token}`, (pairCounts.get(`${before} ${token}`) ?? 0) + 1);
				previous = next;
				tokenCount++;
			}
		}
		topicCounts.push(counts);
	}
	const global = freeze(globalCounts);
	// Stems of the tail: real lower-case words of 6 letters or more, their last two letters off.
	const stems = [...new Set(vocabulary.filter((w) => /^\p{Ll}{6,}$/u.test(w)).map((w) => w.slice(0, -2)))].sort();
	const tailWord = (rand: () => number) => {
		const rank = Math.floor(Math.exp(rand() * Math.log(TAIL_RANKS)));
		return PREFIXES[hash(rank, 1) % PREFIXES.length]! + stems[hash(rank, 2) % stems.length]! + SUFFIXES[hash(rank, 3) % SUFFIXES.length]!;
	};
	const topics = topicCounts.map(freeze);
	const commonPair = [...pairCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'logement social';

	/** The next token: from the topic's successors three times in four when it has some, else all the texts'. */
	const next = (from: number, topic: Chain, rand: () => number): number | undefined => {
		const own = topic.get(from);
		const successors = own && rand() < 0.75 ? own : global.get(from);
		return successors ? draw(successors, rand) : undefined;
	};

	/** One sentence's tokens, from a sentence start to its full stop (or at most `max` tokens). */
	const sentenceTokens = (rand: () => number, topic: Chain, max: number): string[] => {
		for (let attempt = 0; ; attempt++) {
			const tokens: string[] = [];
			let current: number | undefined = START;
			while (tokens.length < max) {
				current = next(current, topic, rand);
				if (current === undefined) break;
				const token = vocabulary[current]!;
				tokens.push(token);
				if (STOPS.has(token)) break;
			}
			// A sentence begins with a word (never a figure or a dash: Markdown could read a list).
			if ((tokens.length >= 4 && isWord(tokens[0]!)) || attempt >= 20) {
				while (tokens.length > 0 && !isWord(tokens.at(-1)!) && !STOPS.has(tokens.at(-1)!) && tokens.at(-1) !== ')') tokens.pop();
				if (tokens.length > 0 && /’$/.test(tokens.at(-1)!)) tokens.pop();
				if (!STOPS.has(tokens.at(-1) ?? '.')) tokens.push('.');
				if (tokens.length > 0 && !isWord(tokens[0]!)) tokens.unshift('Ainsi');
				return tokens;
			}
		}
	};

	/** Tokens to text: figures filled in, names replaced, French spacing. */
	const render = (tokens: readonly string[], rand: () => number, lexicon: Lexicon, year: number): string => {
		let out = '';
		let glue = true;
		tokens.forEach((token, i) => {
			let text = token;
			const lower = token.toLocaleLowerCase('fr');
			const following = tokens[i + 1]?.toLocaleLowerCase('fr');
			if ((NUMBER_CLASSES as readonly string[]).includes(token)) {
				switch (token as NumberClass) {
					case '<year>':
						text = String(year - 6 + Math.floor(rand() * 10));
						break;
					case '<decimal>':
						text = `${small(rand) % 100},${1 + Math.floor(rand() * 9)}`;
						break;
					case '<large>':
						text = grouped(1000 + Math.floor(rand() * (rand() < 0.7 ? 99_000 : 999_999_000)));
						break;
					case '<small>':
						// "15 millions", never "1 millions".
						text = String(following === '%' ? Math.min(small(rand), 99) : /^milli/.test(following ?? '') ? 1 + small(rand) : small(rand));
						break;
				}
			} else if (REAL_PLACES.has(lower)) {
				text = rand() < 0.4 ? lexicon.city : lexicon.communes[Math.floor(rand() * lexicon.communes.length)]!;
				if (token === token.toUpperCase()) text = text.toUpperCase();
			} else if (REAL_PEOPLE.has(lower)) {
				text = lexicon.surnames[Math.floor(rand() * lexicon.surnames.length)]!;
			} else if (i > 0 && token.length >= 6 && /^\p{Ll}+$/u.test(token) && !/’$/.test(tokens[i - 1]!) && rand() < TAIL_SHARE) {
				text = tailWord(rand);
			}
			if (i === 0) text = capitalize(text);
			if (!glue && !NO_SPACE_BEFORE.has(token)) out += ' ';
			out += text;
			glue = token === '(' || /’$/.test(token);
		});
		return out;
	};

	const sentence = (rand: () => number, topic: number, lexicon: Lexicon, year: number, max = 60) =>
		render(sentenceTokens(rand, topics[topic % topics.length]!, max), rand, lexicon, year);

	return {
		vocabulary: vocabulary.length,
		tokens: tokenCount,
		topics: topics.length,
		titles,
		commonPair,
		paragraph(rand, topic, lexicon, year) {
			const sentences = 1 + Math.floor(rand() * 4);
			return Array.from({ length: sentences }, () => sentence(rand, topic, lexicon, year)).join(' ');
		},
		list(rand, topic, lexicon, year) {
			const intro = sentence(rand, topic, lexicon, year).replace(/[.!?]$/, ' :');
			const items = 2 + Math.floor(rand() * 7);
			const lines = Array.from({ length: items }, (_, n) => {
				const item = sentence(rand, topic, lexicon, year, 30).replace(/[.!?]$/, n === items - 1 ? '.' : ' ;');
				// One item in six has sub-items, as in the real texts.
				return rand() < 1 / 6 && n < items - 1
					? `- ${item.replace(/ ;$/, ' :')}\n  - ${sentence(rand, topic, lexicon, year, 20).replace(/[.!?]$/, ' ;')}\n  - ${sentence(rand, topic, lexicon, year, 20).replace(/[.!?]$/, ' ;')}`
					: `- ${item}`;
			});
			return `${intro}\n\n${lines.join('\n')}`;
		},
		heading(rand, topic, lexicon, year) {
			const tokens = sentenceTokens(rand, topics[topic % topics.length]!, 8).filter((t) => isWord(t) || t.startsWith('<'));
			const words = tokens.slice(0, 3 + Math.floor(rand() * 4));
			while (words.length > 1 && (TRAILING.has(words.at(-1)!.toLocaleLowerCase('fr')) || /’$/.test(words.at(-1)!))) words.pop();
			return render(words, rand, lexicon, year);
		},
	};
}
