/**
 * Stable anchors of the parts of an official text. Elected officials link them
 * (`/documents/<slug>/#article-2-1`), so they derive from the numbering the text itself
 * gives, never from the wording of a title, which an editor may still correct.
 */
import { foldAccents } from './text';

const ARTICLE = /^article\s+(\d+(?:\s*\.\s*\d+)*)/i;
/** A sub-article numbered without the word "article": "2.1. Porter en commun…", "2.3.1 Production…". */
const NUMBERED = /^(\d+(?:\.\d+)+)\.?(?:\s|$)/;
const ANNEXE = /^annexe\s+(\d+)/i;
const PREAMBULE = /^pr[ée]ambule\b/i;

const numbering = (digits: string) => digits.replace(/\s+/g, '').split('.').filter(Boolean).join('-');

/** The anchor a heading's text implies, or `undefined` when its text carries no numbering. */
export function partAnchor(headingText: string): string | undefined {
	const text = headingText.trim();
	const article = ARTICLE.exec(text) ?? NUMBERED.exec(text);
	if (article) return `article-${numbering(article[1]!)}`;
	const annexe = ANNEXE.exec(text);
	if (annexe) return `annexe-${annexe[1]}`;
	if (PREAMBULE.test(text)) return 'preambule';
	return undefined;
}

/** Whether an anchor names a part of the text (an article, an annex, the preamble). */
export function isPartAnchor(anchor: string): boolean {
	return /^(article-\d+(-\d+)*|annexe-\d+|preambule)$/.test(anchor);
}

/**
 * The anchor of any other heading: its words without accents, in lower case, joined by hyphens,
 * cut at a word boundary so that a long title still gives a link one can paste.
 */
export function headingSlug(headingText: string, maxLength = 60): string {
	// Apostrophes split words like any other character that is not a letter or digit.
	const words = foldAccents(headingText)
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > maxLength && slug) break;
		slug = next;
	}
	return slug || 'section';
}

/** How a part anchor reads in a sentence: "article 2.1", "annexe 1", "préambule"; others have no label. */
export function partLabel(anchor: string): string | undefined {
	const article = /^article-(\d+(?:-\d+)*)$/.exec(anchor);
	if (article) return `article ${article[1]!.replace(/-/g, '.')}`;
	const annexe = /^annexe-(\d+)$/.exec(anchor);
	if (annexe) return `annexe ${annexe[1]}`;
	return anchor === 'preambule' ? 'préambule' : undefined;
}

/**
 * A part named in a sentence, with its article: "l’article 2.1", "l’annexe 1", "le préambule".
 * It names the link beside each heading, so that a screen reader says where the link leads.
 */
export function partPhrase(anchor: string): string {
	const label = partLabel(anchor);
	if (!label) throw new RangeError(`« ${anchor} » n'est pas l'ancre d'un article, d'une annexe ou du préambule`);
	return label === 'préambule' ? 'le préambule' : `l’${label}`;
}
