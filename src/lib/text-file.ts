/**
 * The content's text files are UTF-8. French Excel on Windows saves a CSV in Windows-1252, where
 * « ô » is one byte that UTF-8 does not have: read as UTF-8 it would become « � » on every page and in
 * every download. Such a file is refused with its line, its column and the first byte that is not
 * UTF-8, and how to save it right. A BOM at the start is accepted and dropped (Excel writes one).
 */

/** Where a file stops being UTF-8: 1-based line and column (in characters), and the byte found there. */
export interface NotUtf8 {
	line: number;
	column: number;
	byte: number;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const encoder = new TextEncoder();

/** The bytes as text, BOM dropped; or where the first byte that is not UTF-8 stands. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { notUtf8: NotUtf8 } {
	try {
		return { text: strict.decode(bytes) };
	} catch {
		return { notUtf8: firstInvalidByte(bytes) };
	}
}

/** The first byte that is not UTF-8, found line by line: a line break (0x0A) is never inside a UTF-8 character. */
function firstInvalidByte(bytes: Uint8Array): NotUtf8 {
	let start = 0;
	for (let line = 1; start <= bytes.length; line++) {
		const newline = bytes.indexOf(0x0a, start);
		const end = newline < 0 ? bytes.length : newline;
		const lineBytes = bytes.subarray(start, end);
		const text = lenient.decode(lineBytes);
		// Each « � » of the lenient reading is a bad byte, unless the file itself wrote U+FFFD (EF BF BD).
		for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
			const offset = encoder.encode(text.slice(0, at)).length;
			const written = lineBytes[offset] === 0xef && lineBytes[offset + 1] === 0xbf && lineBytes[offset + 2] === 0xbd;
			if (!written) return { line, column: at + 1, byte: lineBytes[offset]! };
		}
		if (newline < 0) break;
		start = newline + 1;
	}
	// Not reached for bytes that fail to decode; kept total for the type.
	return { line: 1, column: 1, byte: bytes[0] ?? 0 };
}

/** The editors' message for a file that is not UTF-8. */
export function notUtf8Message({ column, byte }: NotUtf8): string {
	const hex = byte.toString(16).toUpperCase().padStart(2, '0');
	return (
		`octet 0x${hex} à la colonne ${column} : le fichier n'est pas en UTF-8 (sans doute Windows-1252, ce qu'Excel enregistre sous Windows) ; ` +
		'l’enregistrer en « CSV UTF-8 (délimité par des virgules) », ou en UTF-8 depuis un éditeur de texte'
	);
}

/** Where a text holds « � » (U+FFFD): a file read as UTF-8 that was not, for a text no source writes it in. */
export function replacementCharacter(text: string): { line: number; column: number } | undefined {
	const at = text.indexOf('\uFFFD');
	if (at < 0) return undefined;
	const before = text.slice(0, at);
	return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}
