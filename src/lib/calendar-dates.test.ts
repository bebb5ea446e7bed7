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
	test.each([
		[
			'a list item, not the text below the frontmatter',
			'---\ntitle: x\ndates:\n  - kind: signature\n    date: 2021-02-30\n  - { kind: seance, date: 2020-12-17 }\n---\n\nLe 2021-02-31 du texte ne compte pas.\n',
			[{ line: 5, value: '2021-02-30' }],
		],
		['a flow mapping', '---\ndates:\n  - { kind: seance, date: 2021-04-31 }\n---\n', [{ line: 3, value: '2021-04-31' }]],
		['a quoted value', '---\na: 2020-12-23\nb: "2021-02-29"\n---\n', [{ line: 3, value: '2021-02-29' }]],
		['a timestamp', '---\na: 2021-13-01T10:00:00Z\n---\n', [{ line: 2, value: '2021-13-01T10:00:00Z' }]],
		// js-yaml would read both as 2 March.
		[
			'an unquoted timestamp of a day the calendar has not',
			'---\ndate: 2021-02-30T00:00:00Z\n---\n',
			[{ line: 2, value: '2021-02-30T00:00:00Z' }],
		],
		['a quoted day the calendar has not', '---\ndate: "2021-02-30"\n---\n', [{ line: 2, value: '2021-02-30' }]],
		// js-yaml would read it as 2021-03-01T04:00:00Z, which the schema would keep as 1 March.
		[
			'a real day with a time and an offset',
			'---\ndates:\n  - kind: signature\n    date: 2021-02-28T23:00:00-05:00\n---\n',
			[{ line: 4, value: '2021-02-28T23:00:00-05:00' }],
		],
		['a day and a time apart, as YAML 1.1 allows', '---\ndate: 2020-12-23 10:30:00\n---\n', [{ line: 2, value: '2020-12-23 10:30:00' }]],
		[
			'a time after a one-digit month and day, which js-yaml also reads',
			'---\ndate: "2020-1-2T10:00:00"\n---\n',
			[{ line: 2, value: '2020-1-2T10:00:00' }],
		],
		['a day and a time inside a sentence, which is text', '---\nwording: "le 2020-12-23T10:00:00Z"\n---\n', []],
		['Windows line ends', '---\r\ntitle: x\r\ndate: 2021-02-30\r\n---\r\n', [{ line: 3, value: '2021-02-30' }]],
		[
			'two of them',
			'---\na: 2021-02-30\nb:\n  - 2021-02-31\n---\n',
			[
				{ line: 2, value: '2021-02-30' },
				{ line: 4, value: '2021-02-31' },
			],
		],
		['real days, quoted or not', '---\na: 2020-12-23\nb: "2019-10-01"\n---\n', []],
		['a day inside a sentence, which is text, not a date', '---\nwording: "le 2021-02-30 au plus tard"\n---\n', []],
		['no frontmatter', 'Pas de frontmatter 2021-02-30', []],
	])('%s', (_, source, expected) => {
		expect(invalidFrontmatterDates(source).map(({ line, value }) => ({ line, value }))).toEqual(expected);
	});

	test('says why: a day the calendar has not, else a time where a day is expected', () => {
		const source = '---\na: 2021-02-30T00:00:00Z\nb: 2021-02-28T23:00:00-05:00\nc: 2021-02-30\n---\n';
		expect(invalidFrontmatterDates(source).map((p) => p.message)).toEqual([
			"« 2021-02-30T00:00:00Z » n'est pas une date du calendrier",
			'« 2021-02-28T23:00:00-05:00 » : une date sans heure est attendue (AAAA-MM-JJ)',
			"« 2021-02-30 » n'est pas une date du calendrier",
		]);
	});
});
