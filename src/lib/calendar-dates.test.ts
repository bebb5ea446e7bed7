import { describe, expect, test } from 'vitest';
import { invalidFrontmatterDates, isCalendarDay } from './calendar-dates';

describe('isCalendarDay', () => {
	test.each([
		[2020, 12, 23, true],
		[2020, 2, 29, true],
		[2021, 2, 29, false],
		[2021, 2, 30, false],
		[2021, 13, 1, false],
		[2021, 4, 31, false],
		[2021, 0, 10, false],
	])('%d-%d-%d -> %s', (y, m, d, expected) => {
		expect(isCalendarDay(y, m, d)).toBe(expected);
	});
});

describe('invalidFrontmatterDates', () => {
	test('reports each impossible day with its line', () => {
		const source = '---\ntitle: x\ndates:\n  - kind: signature\n    date: 2021-02-30\n  - { kind: seance, date: 2020-12-17 }\n---\n\nLe 2021-02-31 du texte ne compte pas.\n';
		expect(invalidFrontmatterDates(source)).toEqual([{ line: 5, value: '2021-02-30' }]);
	});
	test('accepts real days, quoted or not, and files without frontmatter', () => {
		expect(invalidFrontmatterDates('---\na: 2020-12-23\nb: "2019-10-01"\n---\n')).toEqual([]);
		expect(invalidFrontmatterDates('Pas de frontmatter 2021-02-30')).toEqual([]);
	});
});
