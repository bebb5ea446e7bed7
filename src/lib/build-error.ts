/**
 * The build's one error type. Bad input never produces a wrong page: whatever is wrong (a CSV, a
 * frontmatter field, a text's body, the search index) stops the build with a BuildError that lists
 * each problem with its file, its line or field, and what is wrong, in the editors' language.
 */

/** One thing wrong: where (a file relative to the project, and a line or a field in it) and what. */
export interface Problem {
	file: string;
	line?: number;
	/** A frontmatter or metadata field, as its path is written (`relations[0].target`). */
	field?: string;
	message: string;
}

/** How a problem reads in the build's output: `file:line: champ « field » : message`. */
export function formatProblem({ file, line, field, message }: Problem): string {
	return `${file}${line === undefined ? '' : `:${line}`}: ${field === undefined ? '' : `champ « ${field} » : `}${message}`;
}

export class BuildError extends Error {
	override name = 'BuildError';
	readonly problems: readonly Problem[];

	/** `heading` says what was being checked ("Contenu invalide", "Glossaire invalide"…), above a list of several problems. */
	constructor(problems: Problem | readonly Problem[], heading = 'Contenu invalide') {
		const list = Array.isArray(problems) ? (problems as readonly Problem[]) : [problems as Problem];
		super(list.length === 1 ? formatProblem(list[0]!) : `${heading} :\n${list.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
		this.problems = list;
	}
}

/**
 * A BuildError's problems, or undefined for any other error. Recognised by name, not class: a
 * BuildError may come from another copy of this module (Astro's bundler loads the config's own) or
 * from another thread (src/loaders/body-worker.ts), where `instanceof` does not see it.
 */
export function buildErrorProblems(error: unknown): Problem[] | undefined {
	if (error === null || typeof error !== 'object') return undefined;
	const { name, problems } = error as { name?: unknown; problems?: unknown };
	return name === 'BuildError' && Array.isArray(problems) ? (problems as Problem[]) : undefined;
}

/** Throws a BuildError when there is anything in `problems`. */
export function assertNoProblems(problems: readonly Problem[], heading?: string): void {
	if (problems.length > 0) throw new BuildError(problems, heading);
}
