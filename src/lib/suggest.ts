/**
 * "Vouliez-vous dire … ?": the site's own vocabulary (the words, names, places and acronyms of its
 * texts), built at build time in small pieces, one per first letter (accents folded), that the search
 * page loads only when a query finds little; a misspelt word is replaced by the nearest word of the
 * texts, by edit distance with accents and case folded, the most frequent first. The first letter of a
 * word is taken as typed: it names the piece to load.
 */
import { MIN_WORD_LENGTH } from './highlight';
import { foldAccents, plainApostrophes } from './text';

export { MIN_WORD_LENGTH };

/** A word of the texts as they write it most often, and how many times they write it (any spelling). */
export type VocabularyEntry = readonly [word: string, count: number];

/** What a piece of vocabulary holds: the words of one first letter. */
export type VocabularyShard = readonly VocabularyEntry[];

/** The pieces of the vocabulary: one a first letter, and `_` for the rest. */
export const SHARDS = [...'abcdefghijklmnopqrstuvwxyz', '_'] as const;

/** "Chenôve" -> "chenove": the form words are compared in. */
export function foldWord(word: string): string {
	return foldAccents(word).toLocaleLowerCase('fr');
}

/** The piece a word belongs to: its first letter, folded (`a` to `z`), or `_` for a figure or other sign. */
export function shardOf(word: string): string {
	const first = foldWord(word).charAt(0);
	return /^[a-z]$/.test(first) ? first : '_';
}

/** The words of a text: letters with inner hyphens, elisions apart ("l'Agence" -> "Agence"). */
export function wordsOf(text: string): string[] {
	return (plainApostrophes(text).match(/\p{L}+(?:-\p{L}+)*/gu) ?? []).filter((w) => w.length >= MIN_WORD_LENGTH);
}

/**
 * The vocabulary of texts, in pieces by first letter: each folded word once, written as the texts
 * write it most often, with its count. Words in camel case ("DatasetTable") are markup, not text.
 */
export function buildVocabulary(texts: Iterable<string>): Record<string, VocabularyEntry[]> {
	// Each spelling counted first, then folded once: a corpus of millions of words has some thousands of spellings.
	const counts = new Map<string, number>();
	for (const text of texts) for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
	const byFolded = new Map<string, Map<string, number>>();
	for (const [word, count] of counts) {
		if (/\p{Ll}\p{Lu}/u.test(word)) continue;
		const folded = foldWord(word);
		const forms = byFolded.get(folded) ?? byFolded.set(folded, new Map()).get(folded)!;
		forms.set(word, count);
	}
	const shards: Record<string, VocabularyEntry[]> = {};
	for (const [folded, forms] of [...byFolded].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		const [word] = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
		const count = [...forms.values()].reduce((sum, n) => sum + n, 0);
		(shards[shardOf(folded)] ??= []).push([word, count]);
	}
	return shards;
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions), stopping past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let previous2: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, previous2[j - 2]! + 1);
			current.push(d);
			best = Math.min(best, d);
		}
		if (best > max) return max + 1;
		previous2 = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** How far a word may be from a word of the texts: one letter up to five letters, two beyond. */
export const allowedDistance = (word: string) => (word.length <= 5 ? 1 : 2);

/** The nearest word of `shard` to `word`, or nothing when the word is there or none is near enough. */
export function nearestWord(word: string, shard: VocabularyShard): string | undefined {
	const folded = foldWord(word);
	if (folded.length < MIN_WORD_LENGTH) return undefined;
	let best: { word: string; distance: number; count: number } | undefined;
	const max = allowedDistance(folded);
	for (const [candidate, count] of shard) {
		const other = foldWord(candidate);
		if (other === folded) return undefined;
		const distance = editDistance(folded, other, max);
		if (distance > max) continue;
		if (!best || distance < best.distance || (distance === best.distance && count > best.count))
			best = { word: candidate, distance, count };
	}
	return best?.word;
}

/**
 * The query with each misspelt word replaced by its nearest word of the texts, or nothing when no word
 * changes. `shardFor` gives the piece of a first letter (the caller has loaded `shardsOf(query)`).
 */
export function suggestQuery(query: string, shardFor: (shard: string) => VocabularyShard | undefined): string | undefined {
	let changed = false;
	const suggested = query.replace(/\p{L}+(?:[-'’]\p{L}+)*/gu, (word) => {
		const better = nearestWord(word, shardFor(shardOf(word)) ?? []);
		if (!better) return word;
		changed = true;
		return better;
	});
	return changed ? suggested : undefined;
}

/** The pieces a query needs: one per first letter of its words long enough to correct. */
export function shardsOf(query: string): string[] {
	return [...new Set((query.match(/\p{L}+/gu) ?? []).filter((w) => w.length >= MIN_WORD_LENGTH).map(shardOf))];
}
