import { describe, expect, test } from 'vitest';
import { byDate, dateOrder } from './search-order';

describe('dateOrder', () => {
	test('newest first; undated and malformed dates left out; one day ordered by id', () => {
		expect(
			dateOrder([
				{ id: 'fr_b', date: '2019-10-02' },
				{ id: 'fr_t' },
				{ id: 'fr_c', date: '2021-01-26' },
				{ id: 'fr_a', date: '2019-10-02' },
				{ id: 'fr_x', date: '26/01/2021' },
			]),
		).toEqual(['fr_c', 'fr_a', 'fr_b']);
	});
});

describe('byDate', () => {
	test('results follow the order; those it does not list keep their relevance order, after', () => {
		const results = [{ id: 'glossaire' }, { id: 'old' }, { id: 'territoire' }, { id: 'new' }];
		expect(byDate(results, ['new', 'middle', 'old']).map((r) => r.id)).toEqual(['new', 'old', 'glossaire', 'territoire']);
	});

	test('an empty order changes nothing', () => {
		expect(byDate([{ id: 'b' }, { id: 'a' }], []).map((r) => r.id)).toEqual(['b', 'a']);
	});
});
