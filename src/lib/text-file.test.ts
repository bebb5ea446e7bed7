import { describe, expect, test } from 'vitest';
import { decodeUtf8, notUtf8Message, replacementCharacter } from './text-file';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 for the French letters of these tests: one byte each, as Excel on Windows writes them. */
const windows1252 = (text: string) => Uint8Array.from([...text].map((c) => ({ ô: 0xf4, à: 0xe0, é: 0xe9 })[c] ?? c.charCodeAt(0)));

describe('decodeUtf8', () => {
	test('reads UTF-8, and drops a BOM', () => {
		expect(decodeUtf8(utf8('ligne\nChenôve'))).toEqual({ text: 'ligne\nChenôve' });
		expect(decodeUtf8(utf8('\uFEFF{"a": 1}'))).toEqual({ text: '{"a": 1}' });
	});

	test('finds the first byte of Windows-1252: its line, its column, the byte', () => {
		expect(decodeUtf8(windows1252('ligne,total\nChenôve,12\nAides à la mobilité,3'))).toEqual({
			notUtf8: { line: 2, column: 5, byte: 0xf4 },
		});
		expect(decodeUtf8(Uint8Array.from([...utf8('« ok » '), 0xe9]))).toEqual({ notUtf8: { line: 1, column: 8, byte: 0xe9 } });
	});

	test('a U+FFFD the file itself writes is not the bad byte', () => {
		const bytes = Uint8Array.from([...utf8('a\uFFFDb'), 0xe0]);
		expect(decodeUtf8(bytes)).toEqual({ notUtf8: { line: 1, column: 4, byte: 0xe0 } });
	});

	test('the message names the byte and says how to save the file', () => {
		expect(notUtf8Message({ line: 2, column: 5, byte: 0xf4 })).toContain('octet 0xF4 à la colonne 5');
		expect(notUtf8Message({ line: 2, column: 5, byte: 0xf4 })).toContain('« CSV UTF-8 (délimité par des virgules) »');
	});
});

describe('replacementCharacter', () => {
	test('where a text holds « � »', () => {
		expect(replacementCharacter('---\ntitle: "Chen\uFFFDve"\n')).toEqual({ line: 2, column: 13 });
		expect(replacementCharacter('Chenôve')).toBeUndefined();
	});
});
