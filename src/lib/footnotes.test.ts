import { describe, expect, test } from 'vitest';
import { footnoteCall, footnotesFor, footnotesSentence } from './footnotes';

const NOTES = ['(1) cette ligne comprend la production', '(2) cette ligne comprend les services'];

describe('footnoteCall', () => {
	test.each([
		['(1) cette ligne', '(1)'],
		['  (12) une note', '(12)'],
		['Sans appel', undefined],
		['une note (1) au milieu', undefined],
	])('%s -> %s', (note, call) => {
		expect(footnoteCall(note)).toBe(call);
	});
});

describe('footnotesFor', () => {
	test.each([
		[['Production de logement social et intermédiaire (1)', 'Services et aides aux salariés (2)', 'Total Général'], NOTES],
		[['Services et aides aux salariés (2)'], [NOTES[1]]],
		[['2017', '2018', '2019'], []],
		[[], []],
	])('rows %j keep the notes whose call they show', (texts, expected) => {
		expect(footnotesFor(NOTES, texts)).toEqual(expected);
	});

	test('keeps a note without a call, in the source order', () => {
		expect(footnotesFor(['Source : avenant', ...NOTES], ['Ligne (2)'])).toEqual(['Source : avenant', NOTES[1]]);
	});

	test('does not take (1) for (10)', () => {
		expect(footnotesFor(['(1) une', '(10) dix'], ['Ligne (10)'])).toEqual(['(10) dix']);
	});
});

describe('footnotesSentence', () => {
	test('joins the notes, nothing when there is none', () => {
		expect(footnotesSentence(NOTES)).toBe(`Notes de la source : ${NOTES[0]} ; ${NOTES[1]}.`);
		expect(footnotesSentence([])).toBe('');
	});
});
