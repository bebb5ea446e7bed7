/**
 * What `npm run check:content` (scripts/check-content/) prints: each document's share of its source
 * text, the problems of the content as the build says them (src/lib/build-error.ts), and a summary.
 *
 * Node runs this module as it is, before any bundler is up (the content sync's errors are said with
 * it): its imports name their files with the extension.
 */
import { relative } from 'node:path';
import { buildErrorProblems, formatProblem, type Problem } from './build-error.ts';
import { NBSP } from './text.ts';

/** The least share of its source's words, in order, that a page must hold, in thousandths: 99.5 %, as the fidelity test. */
export const FIDELITY_MINIMUM_PER_MILLE = 995;

/** A document's text measured against its source (`coverage()` of src/lib/fidelity.ts). */
export interface DocumentFidelity {
	slug: string;
	/** The document's file, relative to the project. */
	file: string;
	/** Its source text, relative to the project (`sources/…`). */
	source: string;
	/** Words of the source found, in order, in the page. */
	found: number;
	/** Words of the source. */
	total: number;
	/** The first run of source words that the page lacks, as the source writes it, with its line there. */
	firstMissing?: Passage;
	/** The longest such run, when it is not the first. */
	longestMissing?: Passage;
}

/** A passage of a source, as the source writes it, and the line it starts on. */
export interface Passage {
	line?: number;
	text: string;
}

/** What scripts/check-content/corpus.ts finds, once the content has loaded. */
export interface ContentReport {
	counts: { documents: number; territories: number; datasets: number; glossary: number };
	problems: Problem[];
	fidelity: DocumentFidelity[];
}

const decimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('fr-FR');

/** Whether a page holds enough of its source. In whole numbers: 99.5 % of 200 words is 199 words, not one float below. */
export const meetsMinimum = ({ found, total }: Pick<DocumentFidelity, 'found' | 'total'>): boolean =>
	found * 1000 >= total * FIDELITY_MINIMUM_PER_MILLE;

/** "99,8 %": rounded down to the tenth, so that a page below 99.5 % never reads 99,5 %. */
export function formatShare(found: number, total: number): string {
	const tenths = total === 0 ? 1000 : Math.floor((found * 1000) / total);
	return `${decimal.format(tenths / 10)}${NBSP}%`;
}

const MINIMUM = formatShare(FIDELITY_MINIMUM_PER_MILLE, 1000);

/** "1 problème", "2 problèmes" (French counts 0 and 1 in the singular). */
export const count = (n: number, one: string, many: string): string => `${whole.format(n)} ${n < 2 ? one : many}`;

/** A passage cut to `max` characters, at a space when there is one near the end. */
export function excerpt(text: string, max = 200): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	const space = cut.lastIndexOf(' ');
	return `${space > max * 0.8 ? cut.slice(0, space) : cut} …`;
}

/** One line per document (slug, source, share), and under a document below the minimum its first missing passage. */
export function fidelityLines(fidelity: readonly DocumentFidelity[]): string[] {
	const slugWidth = Math.max(0, ...fidelity.map((f) => f.slug.length));
	const sourceWidth = Math.max(0, ...fidelity.map((f) => f.source.length));
	return fidelity.flatMap((f) => {
		const share = formatShare(f.found, f.total).padStart(7);
		const line = `  ${f.slug.padEnd(slugWidth)}  ${f.source.padEnd(sourceWidth)}  ${share}`;
		if (meetsMinimum(f)) return [line];
		const passage = (what: string, p: Passage | undefined) =>
			p ? [`      ${what} absent de la page (${p.line === undefined ? f.source : `${f.source}:${p.line}`}) : « ${excerpt(p.text)} »`] : [];
		return [`${line}  sous ${MINIMUM}`, ...passage('premier passage', f.firstMissing), ...passage('plus long passage', f.longestMissing)];
	});
}

/** The problems, one a line, as the build writes them. */
export const problemLines = (problems: readonly Problem[]): string[] => problems.map((p) => `  - ${formatProblem(p)}`);

const seconds = (milliseconds: number) => `${decimal.format(milliseconds / 1000)}${NBSP}s`;

/** Everything to print once the content has loaded, and whether it is all good (the exit code follows). */
export function reportLines(report: ContentReport, milliseconds: number): { lines: string[]; ok: boolean } {
	const below = report.fidelity.filter((f) => !meetsMinimum(f)).length;
	const { documents, territories, datasets, glossary } = report.counts;
	const checked =
		`${count(documents, 'document', 'documents')}, ${count(territories, 'territoire', 'territoires')}, ` +
		`${count(datasets, 'jeu de données', 'jeux de données')} et ${count(glossary, 'entrée du glossaire', 'entrées du glossaire')} ` +
		`vérifiés en ${seconds(milliseconds)}`;
	const ok = report.problems.length === 0 && below === 0;
	const wrong = [
		...(report.problems.length > 0 ? [count(report.problems.length, 'problème', 'problèmes')] : []),
		...(below > 0 ? [`${count(below, 'document', 'documents')} sous ${MINIMUM}`] : []),
	];
	const lines = [
		`Fidélité aux sources (mots de la source présents dans la page, dans leur ordre ; ${MINIMUM} au moins) :`,
		...fidelityLines(report.fidelity),
		...(report.problems.length > 0 ? ['Contenu invalide :', ...problemLines(report.problems)] : []),
		ok ? `Contenu valide : ${checked}.` : `Contenu refusé : ${wrong.join(', ')} ; ${checked}.`,
	];
	return { lines, ok };
}

/** What to print when the content does not even load (the content sync refused it). */
export function loadFailureLines(problems: readonly Problem[], milliseconds: number): string[] {
	return [
		'Contenu invalide :',
		...problemLines(problems),
		`Contenu refusé : ${count(problems.length, 'problème', 'problèmes')} au chargement du contenu, en ${seconds(milliseconds)} ; ` +
			'les relations, les chiffres clés, les graphiques, le glossaire et la fidélité aux sources seront vérifiés une fois ces problèmes corrigés.',
	];
}

interface ErrorLike {
	name?: unknown;
	message?: unknown;
	cause?: unknown;
	loc?: { file?: unknown; line?: unknown };
}

/** Astro's zod issue path (`relations.0.target`) as the build's fields write it (`relations[0].target`). */
export const fieldOf = (path: string): string => path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');

/** Astro's message, without its Markdown (`**kind**`). */
const plainMessage = (message: string) => message.replace(/\*\*/g, '').trim();

/**
 * An issue a line, from the message Astro writes for an entry that its collection's schema refuses
 * (`InvalidContentEntryDataError`): a title line, then `  **field.path**: message` for each issue.
 * Astro keeps no other trace of the issues; a line it writes otherwise goes with the issue above.
 */
function schemaProblems(file: string, message: string): Problem[] {
	const problems: Problem[] = [];
	for (const line of message.split('\n').slice(1)) {
		const issue = /^\s*\*\*(.*?)\*\*: ?(.*)$/.exec(line);
		if (issue) problems.push({ file, ...(issue[1] ? { field: fieldOf(issue[1]) } : {}), message: issue[2]!.trim() });
		else if (line.trim() !== '' && problems.length > 0) problems.at(-1)!.message += ` ${line.trim()}`;
	}
	return problems.length > 0 ? problems : [{ file, message: plainMessage(message) }];
}

/**
 * The problems an error of the content sync or of the corpus checks says, as the build says them:
 * a BuildError's own (the site's loaders and checks), or Astro's error about a file, with its line
 * when Astro gives one. Undefined for any other error: a fault of the code, not of the content.
 */
export function errorProblems(error: unknown, root: string): Problem[] | undefined {
	if (error === null || typeof error !== 'object') return undefined;
	const e = error as ErrorLike;
	const own = buildErrorProblems(error);
	if (own) return own;
	if (typeof e.loc?.file !== 'string') return e.cause === undefined ? undefined : errorProblems(e.cause, root);
	const file = relative(root, e.loc.file);
	const message = typeof e.message === 'string' ? e.message : String(e.message);
	if (e.name === 'InvalidContentEntryDataError') return schemaProblems(file, message);
	const line = typeof e.loc.line === 'number' && e.loc.line > 0 ? e.loc.line : undefined;
	return [{ file, ...(line === undefined ? {} : { line }), message: plainMessage(message) }];
}
