/**
 * YAML reads an unquoted `2021-02-30` as a date and silently rolls it over to 2 March: by the time
 * the schema sees it, the error is gone. This reads the raw frontmatter instead and reports every
 * day-shaped value that is not a day of the calendar, with its line.
 */
export interface DateProblem {
	line: number;
	value: string;
}

const DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

export function isCalendarDay(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Problems in the frontmatter of `source` (the text between the first two `---` lines). */
export function invalidFrontmatterDates(source: string): DateProblem[] {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
	if (!match) return [];
	const problems: DateProblem[] = [];
	match[1]!.split('\n').forEach((text, index) => {
		for (const [value, y, m, d] of text.matchAll(DAY)) {
			if (!isCalendarDay(Number(y), Number(m), Number(d))) problems.push({ line: index + 2, value });
		}
	});
	return problems;
}
