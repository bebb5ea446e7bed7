import { diffArrays } from 'diff';
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
}

/**
 * How much of `source` appears, word for word and in the same order, in `page`:
 * the longest common subsequence of their words, over the source's word count.
 */
export function coverage(source: string, page: string): Coverage {
	const sourceWords = normalizedWords(source);
	const pageWords = normalizedWords(page);
	let found = 0;
	const missing: string[] = [];
	for (const part of diffArrays(sourceWords, pageWords)) {
		if (part.removed) missing.push(part.value.join(' '));
		else if (!part.added) found += part.count ?? part.value.length;
	}
	const total = sourceWords.length;
	return { total, found, ratio: total === 0 ? 1 : found / total, missing };
}

/** Undoes the extraction's own markup: superscripts come as `1^{ER}` for "1ᴱᴿ". */
export function fromExtraction(text: string): string {
	return text.replace(/\^\{([^}]*)\}/g, '$1');
}
