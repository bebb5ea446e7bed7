import { diffArrays } from 'diff';
import { withoutPageFurniture } from './extraction';
import { foldAccents } from './text';

/**
 * Words of a text for comparison: lower case, accents, punctuation and symbols removed.
 * Typographic variants that the extraction or the typography may change (ligatures, quotes,
 * superscripts, no-break spaces) are folded so that only the words themselves count.
 */
export function normalizedWords(text: string): string[] {
	return foldAccents(text)
		.replace(/œ/g, 'oe')
		.replace(/Œ/g, 'OE')
		.replace(/æ/g, 'ae')
		.replace(/Æ/g, 'AE')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

export interface Coverage {
	/** Words of the source. */
	total: number;
	/** Source words found, in order, in the page. */
	found: number;
	/** found / total, from 0 to 1. */
	ratio: number;
	/** Runs of source words missing from the page, for the report. */
	missing: string[];
	/** Where each run of `missing` stands in the source: the index of its first word (in `normalizedWords(source)`) and its length. */
	missingAt: WordRun[];
}

/** Consecutive words of a text, by their indexes in `normalizedWords(text)`. */
export interface WordRun {
	start: number;
	count: number;
}

/**
 * How much of `source` appears, word for word and in the same order, in `page`:
 * the longest common subsequence of their words, over the source's word count.
 */
export function coverage(source: string, page: string): Coverage {
	const sourceWords = normalizedWords(source);
	const pageWords = normalizedWords(page);
	let found = 0;
	let at = 0;
	const missing: string[] = [];
	const missingAt: WordRun[] = [];
	for (const part of diffArrays(sourceWords, pageWords)) {
		if (part.added) continue;
		const count = part.count ?? part.value.length;
		if (part.removed) {
			missing.push(part.value.join(' '));
			missingAt.push({ start: at, count });
		} else found += count;
		at += count;
	}
	const total = sourceWords.length;
	return { total, found, ratio: total === 0 ? 1 : found / total, missing, missingAt };
}

/** Where each word of `normalizedWords(text)` stands in `text` (start and end offsets); undefined when the two do not line up. */
export function wordSpans(text: string): { start: number; end: number }[] | undefined {
	const spans: { start: number; end: number }[] = [];
	const words: string[] = [];
	// The text's own runs of letters, digits and marks: each gives the words its normalization gives (« ½ » gives two).
	for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
		for (const word of normalizedWords(match[0])) {
			words.push(word);
			spans.push({ start: match.index, end: match.index + match[0].length });
		}
	}
	const expected = normalizedWords(text);
	return words.length === expected.length && words.every((word, i) => word === expected[i]) ? spans : undefined;
}

/** A run of a text's words as the text writes them, spaces collapsed, and the line (from 1) where it starts. */
export function passageAt(text: string, run: WordRun): { line: number; text: string } | undefined {
	const spans = wordSpans(text);
	const first = spans?.[run.start];
	const last = spans?.[run.start + run.count - 1];
	if (!first || !last) return undefined;
	return {
		line: text.slice(0, first.start).split('\n').length,
		text: text.slice(first.start, last.end).replace(/\s+/g, ' '),
	};
}

/**
 * A source text as the act says it: its page headers, footers and numbers blanked (the rule of
 * `withoutPageFurniture`, which `npm run import` drops them by), and the extraction's own markup undone:
 * superscripts come as `1^{ER}` for "1ᴱᴿ". Lines keep their numbers.
 */
export function fromExtraction(text: string): string {
	return withoutPageFurniture(text).replace(/\^\{([^}]*)\}/g, '$1');
}
