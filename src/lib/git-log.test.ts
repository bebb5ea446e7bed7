import { describe, expect, test } from 'vitest';
import { lastChanges, latestDay } from './git-log';

const log = [
	'',
	'2026-11-25T17:21:18+01:00\n\ncontent/documents/dijon/a.mdx\ncontent/documents/metz/b.mdx\n',
	'2026-11-24T23:30:00-05:00\n\ncontent/documents/dijon/a.mdx\ndata/dijon/a-annexe-1.csv\n',
	'2025-01-02T08:00:00+00:00\n\ndata/dijon/a-annexe-1.meta.json\n',
].join('\x1e');

describe('lastChanges', () => {
	test('each file keeps the day of its newest commit, in the committer’s time zone', () => {
		expect(Object.fromEntries(lastChanges(log))).toEqual({
			'content/documents/dijon/a.mdx': '2026-11-25',
			'content/documents/metz/b.mdx': '2026-11-25',
			'data/dijon/a-annexe-1.csv': '2026-11-24',
			'data/dijon/a-annexe-1.meta.json': '2025-01-02',
		});
	});

	test.each([
		['no history', ''],
		['not git’s output', 'fatal: not a git repository (or any of the parent directories): .git\n'],
	])('%s gives no date', (_name, text) => {
		expect(lastChanges(text).size).toBe(0);
	});
});

describe('latestDay', () => {
	test.each([
		[['2025-01-02', '2026-11-24', undefined], '2026-11-24'],
		[['2026-02-01', '2026-10-01'], '2026-10-01'],
		[[undefined], undefined],
		[[], undefined],
	])('%o -> %s', (days, expected) => {
		expect(latestDay(days)).toBe(expected);
	});
});
