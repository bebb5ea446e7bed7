/**
 * Which words of a result to highlight: the words the reader typed. Pagefind's French stemmer reduces
 * « communiqué », « communes » and « Communication » to one stem and marks all three; the search page
 * keeps a highlight only on a word typed, accents and case folded: the same word, its plural or
 * singular (« garanties » for « garantie », « nationales » for « national »), or a longer word that begins
 * with it, as Pagefind finds the beginnings of words. The small words of French (« de », « la ») are not
 * highlighted when the query has other words: they are everywhere and tell nothing.
 */
import { foldAccents, plainApostrophes } from './text';

/** Words too common to highlight beside the query's others (folded, as `wordKeys` gives them). */
export const FUNCTION_WORDS = [
	'a', 'au', 'aux', 'avec', 'ce', 'ces', 'd', 'dans', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les',
	'ou', 'par', 'pour', 'qu', 'que', 'qui', 'sa', 'se', 'ses', 'son', 'sur', 'un', 'une',
] as const; // prettier-ignore

/** Words shorter than this are not suggested nor corrected (too many near neighbours), nor required among the highlights. */
export const MIN_WORD_LENGTH = 3;

const isFunctionWord = (key: string) => (FUNCTION_WORDS as readonly string[]).includes(key);

/** A text's words as they are compared: runs of letters or of digits, accents and case folded ("l'Habitat]" -> l, habitat). */
export function wordKeys(text: string): string[] {
	return (
		foldAccents(plainApostrophes(text))
			.toLocaleLowerCase('fr')
			.match(/\p{L}+|\d+/gu) ?? []
	);
}

/** A word less its plural and feminine endings, as far as telling two forms of one word apart needs: "communiqués" -> "communiqu". */
const singular = (key: string) => key.replace(/(?<=\p{L}{2})[sx]$/u, '').replace(/(?<=\p{L}{2})e$/u, '');

/** Whether `key`, a word of the text, is the typed word `typed` (both as `wordKeys` gives them). */
export function isFormOf(key: string, typed: string): boolean {
	if (/^\d/.test(typed)) return key === typed;
	return key.startsWith(typed) || singular(key) === singular(typed);
}

/** The words of a query worth highlighting: all but the small words, unless it has only small words. */
export function typedWords(query: string): string[] {
	const keys = wordKeys(query);
	const words = keys.filter((key) => !isFunctionWord(key));
	return words.length > 0 ? words : keys;
}

/** Whether a highlighted passage (the text of one Pagefind `<mark>`) holds a word of the query. */
export function highlightsTypedWord(marked: string, typed: readonly string[]): boolean {
	return wordKeys(marked).some((key) => typed.some((word) => isFormOf(key, word)));
}

/**
 * Whether the words highlighted in the results (Pagefind's `<mark>`) are the words typed: each typed
 * word of `MIN_WORD_LENGTH` letters or more has a form among them (`isFormOf`: itself, its plural or singular, a
 * word it begins). When one has none, Pagefind matched something else (« visael » highlighting « VISALE »
 * through its stemmer) and a better spelling is worth offering.
 */
export function typedWordsFound(query: string, marked: readonly string[]): boolean {
	const found = marked.flatMap(wordKeys);
	const typed = typedWords(query).filter((word) => /^\p{L}/u.test(word) && word.length >= MIN_WORD_LENGTH);
	return typed.every((word) => found.some((key) => isFormOf(key, word)));
}

/** The highlighted words of Pagefind excerpts. */
export function markedWords(excerpts: readonly string[]): string[] {
	return excerpts.flatMap((e) => [...e.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!));
}
