/**
 * YAML 1.1 (js-yaml, which reads Astro's frontmatter) reads an unquoted `2021-02-30` as a date and
 * silently rolls it over to 2 March, and `2021-02-28T23:00:00-05:00` as a moment that falls on
 * 1 March in UTC: by the time the schema sees either, the error is gone. This reads the frontmatter
 * with the `yaml` package (YAML 1.2, where both stay strings) and reports, with its line in the file,
 * every day-shaped value that is not a day of the calendar and every day given with a time: the
 * model's dates are days. Quoted or not, in a block or a flow mapping, each value gets the same check.
 */
import { isScalar, LineCounter, parseDocument, visit } from 'yaml';

export interface DateProblem {
	line: number;
	value: string;
	/** What is wrong, for the editor. */
	message: string;
}

/** A YAML timestamp's shape: a day, and perhaps a time after it. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ].*)?$/;

/**
 * What YAML 1.1 reads as a timestamp with a time (js-yaml's pattern: its month and day may have one
 * digit): a day, then an hour, perhaps its fraction and its offset.
 */
const DAY_AND_TIME = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?$/;

/** Anything shaped like a day, wherever it stands in the text. */
const ANY_DAY = /(\d{4})-(\d{2})-(\d{2})/g;

/** Anything shaped like a day followed by a time, wherever it stands in the text. */
const ANY_DAY_AND_TIME = /\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}/;

/** The frontmatter block: its text, after the first `---` line. */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function isCalendarDay(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Problems in the frontmatter of `source` (the text between the first two `---` lines). */
export function invalidFrontmatterDates(source: string): DateProblem[] {
	const match = FRONTMATTER.exec(source);
	if (!match) return [];
	// Most files have no wrong day and no time at all: parsing their YAML to learn it would cost the
	// build some 0.3 ms a file (half a second at 2,000 documents).
	const text = match[1]!;
	if (!ANY_DAY_AND_TIME.test(text) && ![...text.matchAll(ANY_DAY)].some((d) => !isCalendarDay(Number(d[1]), Number(d[2]), Number(d[3])))) {
		return [];
	}
	const lineCounter = new LineCounter();
	// A syntax error is the frontmatter parser's to report; the values it could read are still checked.
	const document = parseDocument(text, { lineCounter, prettyErrors: false });
	const problems: DateProblem[] = [];
	visit(document, {
		Scalar(_, node) {
			if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
			const value = node.value;
			const day = DAY.exec(value);
			// A day that does not exist is said first: it is wrong with or without its time.
			const message =
				day && !isCalendarDay(Number(day[1]), Number(day[2]), Number(day[3]))
					? `« ${value} » n'est pas une date du calendrier`
					: DAY_AND_TIME.test(value)
						? `« ${value} » : une date sans heure est attendue (AAAA-MM-JJ)`
						: undefined;
			if (!message) return;
			// The frontmatter starts on the file's second line, after `---`.
			problems.push({ line: lineCounter.linePos(node.range[0]).line + 1, value, message });
		},
	});
	return problems;
}
