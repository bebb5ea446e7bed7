/**
 * "Citer ce document": a reference a journalist or an official pastes as it is, in the order of
 * French references (author, « title », kind, date, where it is published, when it was read).
 */
import { formatDate } from './format';
import { NBSP } from './text';

export interface CitationFacts {
	/** Who issued the text, as its source says ("Dijon Métropole et Action Logement"). */
	issuer: string;
	/** The document's own title, as written. */
	title: string;
	/** The kind, as a label ("Avenant", "Communiqué de presse"). */
	kind: string;
	/** The date that places the document (`YYYY-MM-DD`), when a source gives it. */
	date?: string | undefined;
	/** The page's address, absolute. */
	url: string;
	siteName: string;
}

/**
 * The reader's date of consultation cannot be known when the page is built, and text pages run no
 * script: the reference leaves it for the reader to fill in, in brackets, where a style guide puts it.
 */
export const CONSULTATION_PLACEHOLDER = '[date de consultation]';

/** A label in the middle of a sentence: "Communiqué de presse" -> "communiqué de presse". */
const inSentence = (label: string) => label.charAt(0).toLocaleLowerCase('fr') + label.slice(1);

export function citation(facts: CitationFacts): string {
	const date = facts.date ? formatDate(facts.date) : 'sans date';
	return (
		`${facts.issuer}, «${NBSP}${facts.title}${NBSP}», ${inSentence(facts.kind)}, ${date}. ` +
		`${facts.siteName}, ${facts.url} (consulté le ${CONSULTATION_PLACEHOLDER}).`
	);
}
