/**
 * Repairs what a PDF's text extraction broke, by rules that each name one kind of damage (sources/README.md):
 * lines cut where the PDF's lines ended, bullets come as stray glyphs or lost, page headers, footers
 * and numbers, headings cut in two, words hyphenated across lines, tables as runs of numbers.
 * The result is a list of blocks (headings, paragraphs, lists, tables) holding every word of the
 * source in its order; `src/lib/draft.ts` writes them as MDX. Nothing here rewords the text: a rule
 * only decides where a line ends and what kind of block it belongs to.
 */
import { partAnchor } from './anchors';

/** A line of the source, as the rules see it. */
export interface SourceLine {
	/** The text, without its leading and trailing spaces. */
	text: string;
	/** Spaces before the text (a tab counts as one). */
	indent: number;
	/** Line number in the source file, from 1. */
	line: number;
	/** Page, counted by form feeds, from 1. */
	page: number;
	/** Whether the raw line had tab-separated cells. */
	cells?: string[];
}

export interface ListItem {
	text: string;
	line: number;
	children: ListItem[];
}

export type Block =
	| {
			type: 'heading';
			level: number;
			text: string;
			line: number;
			/** The part's anchor (`article-2-1`, `annexe-1`, `preambule`), when the heading names a part. */
			anchor?: string;
			/** True when the anchor has to be written by hand: the heading's words do not imply it. */
			explicitId?: boolean;
			/** How the heading was recognised: a part of the text, or an intertitle inferred from its look. */
			rule: 'part' | 'intertitle';
	  }
	| { type: 'paragraph'; text: string; line: number; endLine: number; indent: number }
	| { type: 'list'; ordered: boolean; items: ListItem[]; line: number; glyphLost: boolean }
	| { type: 'table'; rows: TableRow[]; line: number; endLine: number; paragraphs: string[] };

export interface TableRow {
	label: string;
	values: string[];
	line: number;
}

/** What the repair did that an editor must look at. */
export interface Repair {
	blocks: Block[];
	/** Lines dropped as page furniture: headers, footers, page numbers. */
	dropped: SourceLine[];
	/** The source without them: the text the blocks must hold, word for word. */
	kept: string;
	/** Words cut by a hyphen at a line end, as joined: with their hyphen, or without when the text writes them whole. */
	hyphenations: { line: number; word: string }[];
}

// ---------------------------------------------------------------------------------------------
// Rule 1. Line ends, form feeds and blank runs.

/**
 * The source's lines: any line end (CRLF, CR, LF), a form feed starting a new page, spaces trimmed,
 * blank lines kept as empty text (they are where a paragraph may end, not where it must).
 */
export function sourceLines(raw: string): SourceLine[] {
	const lines: SourceLine[] = [];
	let page = 1;
	raw
		.replace(/^\uFEFF/, '')
		.split(/\r\n|\r|\n/)
		.forEach((rawLine, index) => {
			const pieces = rawLine.split('\f');
			pieces.forEach((piece, p) => {
				if (p > 0) page++;
				const cells = piece.includes('\t')
					? piece
							.split('\t')
							.map((cell) => cell.trim())
							.filter(Boolean)
					: undefined;
				const text = piece.replace(/\t/g, ' ').trim();
				const indent = piece.length - piece.replace(/^[ \t\u00a0]+/, '').length;
				lines.push({ text, indent, line: index + 1, page, ...(cells && cells.length > 1 && { cells }) });
			});
		});
	return lines;
}

// ---------------------------------------------------------------------------------------------
// Rule 2. Page furniture: running headers and footers, page numbers.

/** A line with its figures blanked, to recognise the same header on every page ("Page 3/12" and "Page 4/12"). */
const furnitureKey = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/** "3", "- 3 -", "Page 3", "3/12", "Page 3 sur 12". */
const PAGE_NUMBER = /^(?:page\s*)?[-–—]?\s*#\s*[-–—]?(?:\s*(?:\/|sur)\s*#)?$/;
/** A line that says which page it is, wherever it stands: "Convention … Page 3/12". */
const PAGE_MARK = /\bpage\s*#\s*(?:\/|sur)\s*#$/;

/**
 * Drops the lines that the PDF printed on every page rather than in the text: the first and the last
 * line of a page (pages are separated by form feeds) when the same line, figures aside, opens or
 * closes another page too; a page's number at its top or foot; and any line ending in "page N / M".
 */
export function dropPageFurniture(lines: SourceLine[]): Repair['dropped'] {
	const pages = Map.groupBy(lines, (l) => l.page);
	const edges = new Map<SourceLine, string>();
	for (const pageLines of pages.values()) {
		const text = pageLines.filter((l) => l.text !== '');
		for (const l of [text[0], text[text.length - 1]]) if (l) edges.set(l, furnitureKey(l.text));
	}
	const pagesByKey = new Map<string, Set<number>>();
	for (const [l, key] of edges) {
		const set = pagesByKey.get(key) ?? new Set<number>();
		set.add(l.page);
		pagesByKey.set(key, set);
	}
	const dropped: SourceLine[] = [];
	for (const l of lines) {
		if (l.text === '') continue;
		const key = furnitureKey(l.text);
		const edgeKey = edges.get(l);
		// Repeated words, that is: figures alone are page numbers or table cells, decided below.
		const repeated = edgeKey !== undefined && /\p{L}/u.test(edgeKey) && (pagesByKey.get(edgeKey)?.size ?? 0) >= 2 && pages.size >= 2;
		// A bare figure is a page number only at a page's very edge, and only if it is about that page's number.
		const bare = /^\d+$/.test(l.text) ? Math.abs(Number(l.text) - l.page) <= 1 && isPageEdge(l, pages.get(l.page)!) : true;
		const pageNumber = edgeKey !== undefined && pages.size >= 2 && PAGE_NUMBER.test(key) && bare;
		if (repeated || pageNumber || PAGE_MARK.test(key)) dropped.push(l);
	}
	return dropped;
}

/**
 * The source with its page furniture blanked (rule 2): what the act itself says, line for line, so
 * that a line number still points into the source file. The fidelity measures compare with this.
 */
export function withoutPageFurniture(raw: string): string {
	const dropped = new Set(dropPageFurniture(sourceLines(raw)).map((l) => `${l.line}:${l.page}`));
	if (dropped.size === 0) return raw;
	let page = 1;
	return raw
		.split(/(\r\n|\r|\n)/)
		.map((part, index) => {
			if (index % 2 === 1) return part;
			const line = index / 2 + 1;
			return part
				.split('\f')
				.map((piece, p) => {
					if (p > 0) page++;
					return dropped.has(`${line}:${page}`) ? '' : piece;
				})
				.join('\f');
		})
		.join('');
}

function isPageEdge(line: SourceLine, page: SourceLine[]): boolean {
	const text = page.filter((l) => l.text !== '');
	return text[0] === line || text[text.length - 1] === line;
}

// ---------------------------------------------------------------------------------------------
// Rule 3. What each line is: a bullet, a numbered item, a part heading, cells, or text.

/** Glyphs of a first-level bullet: •, ▪, ■, ●, ➢, ►, ✓, and the private-use glyphs of Symbol and Wingdings fonts. */
const PRIMARY_BULLET = /^([•▪■●◆❖➢➤►▸✓✔\uF000-\uF0FF])\s*(.*)$/u;
/** Glyphs that PDFs use for second-level items: o, ◦, ○. */
const SUB_BULLET = /^([o◦○▫□])\s+(.*)$/u;
/** Dashes, which mark either level: the first level when they open a list, the second under another glyph. */
const DASH_BULLET = /^([-–—*])\s+(.*)$/u;
const NUMBERED_ITEM = /^(\d{1,2})[.)]\s+(.+)$/;

const ARTICLE_HEADING = /^(?:ARTICLE\s+\d|Article\s+\d+(?:\s*\.\s*\d+)*\.?\s*(?:\^\{[^}]*\}|er)?\s*[:.–—-])/u;
/** "2.1. Porter…", "2.3.1 Production…": a sub-article numbered without the word, under an article. */
const SUBARTICLE_HEADING = /^\d+(?:\.\d+)+\.?\s+\p{Lu}[\p{L}'’]/u;
const ANNEXE_HEADING = /^(?:ANNEXE\s+\d|Annexe\s+\d+\s*[:.–—-])/u;
const PREAMBULE_HEADING = /^PR[ÉE]AMBULE\b|^Pr[ée]ambule\s*:?$/u;
/** The formula that opens a preamble without naming it: "Il est rappelé ce qui suit :", "Il a été préalablement exposé ce qui suit :". */
const PREAMBLE_FORMULA =
	/^(?:il\s+est\s+(?:tout\s+d['’]abord\s+|préalablement\s+)?(?:rappelé|exposé)|il\s+a\s+été\s+(?:préalablement\s+)?(?:rappelé|exposé)|préalablement\s+(?:il\s+est\s+)?exposé)\s+ce\s+qui\s+suit\s*:?$/iu;

type LineKind =
	| { kind: 'bullet'; glyph: string; sort: 'primary' | 'sub' | 'dash'; text: string }
	| { kind: 'numbered'; text: string }
	| { kind: 'part'; anchor: string; level: number; explicitId: boolean }
	| { kind: 'cells' }
	| { kind: 'formula' }
	| { kind: 'text' };

/** The formula that opens a signature block, "Fait à Dijon, le …": a block of its own wherever the line before ends. */
const SIGNATURE_FORMULA = /^Fait\s+(?:à|a|en)\s/u;

function classify(l: SourceLine, inArticles: boolean): LineKind {
	const text = l.text;
	if (l.cells) return { kind: 'cells' };
	const primary = PRIMARY_BULLET.exec(text);
	if (primary && primary[2]) return { kind: 'bullet', glyph: primary[1]!, sort: 'primary', text: primary[2] };
	const sub = SUB_BULLET.exec(text);
	if (sub && sub[2]) return { kind: 'bullet', glyph: sub[1]!, sort: 'sub', text: sub[2] };
	const dash = DASH_BULLET.exec(text);
	if (dash && dash[2]) return { kind: 'bullet', glyph: dash[1]!, sort: 'dash', text: dash[2] };
	if (PREAMBLE_FORMULA.test(text)) return { kind: 'part', anchor: 'preambule', level: 2, explicitId: true };
	const heading =
		ARTICLE_HEADING.test(text) ||
		ANNEXE_HEADING.test(text) ||
		PREAMBULE_HEADING.test(text) ||
		(inArticles && SUBARTICLE_HEADING.test(text) && text.length <= 160 && !/[.;]$/.test(text));
	if (heading) {
		const anchor = partAnchor(text.replace(/\^\{([^}]*)\}/g, '$1'));
		if (anchor) return { kind: 'part', anchor, level: partLevel(anchor), explicitId: false };
	}
	const numbered = NUMBERED_ITEM.exec(text);
	if (numbered) return { kind: 'numbered', text: numbered[2]! };
	if (SIGNATURE_FORMULA.test(text)) return { kind: 'formula' };
	return { kind: 'text' };
}

/** `article-2` is a part (h2), `article-2-1` one level below (h3), `article-2-3-1` below that (h4). */
const partLevel = (anchor: string) => (anchor.startsWith('article-') ? Math.min(6, anchor.split('-').length) : 2);

// ---------------------------------------------------------------------------------------------
// Rule 4. Where a paragraph ends: not where the PDF cut a line.

/** A line that ends a sentence, a list item or an introduction: `.`, `!`, `?`, `:`, `;`, `…`, maybe before a closing quote or bracket. */
const ENDS_CLAUSE = /[.!?:;…](?:\s*[»”"')\]])*$/u;
/** A line whose last word is cut by a hyphen: "éco-" then "habitat" is "éco-habitat". */
const ENDS_HYPHENATED = /[\p{L}\d]-$/u;
const STARTS_LOWER = /^[\p{Ll}]|^[),.;:%»€]/u;
/** Whether a text is written in capitals (at least two letters, none in small letters). */
export const isUpper = (text: string) => {
	const letters = text.replace(/[^\p{L}]/gu, '');
	return letters.length >= 2 && letters === letters.toUpperCase();
};

/**
 * The width of the text: the length most lines reach. A line about that long that ends with no
 * punctuation was cut by the page's margin; a short one ended where its author ended it.
 */
export function textWidth(lines: SourceLine[]): number {
	const lengths = lines
		.filter((l) => l.text !== '' && !l.cells)
		.map((l) => l.text.length)
		.sort((a, b) => a - b);
	if (lengths.length === 0) return 0;
	return lengths[Math.floor(lengths.length * 0.9)] ?? lengths[lengths.length - 1]!;
}

/** A footnote call alone on its line, "(1)": it belongs to the line above it (a table's row label). */
const FOOTNOTE_CALL = /^\(\d{1,2}\)$/;

/**
 * Whether `next` carries on the line `last` ends, rather than starting a block of its own.
 * `open` is the kind of block `last` belongs to: a heading takes only what clearly continues it.
 */
function continues(
	last: SourceLine,
	next: SourceLine,
	blanks: number,
	width: number,
	open: Raw['type'],
	nextKind: LineKind['kind'],
): boolean {
	if (ENDS_HYPHENATED.test(last.text)) return true;
	if (FOOTNOTE_CALL.test(next.text) && blanks === 0) return true;
	// A parenthesis right under a line that does not end a clause completes it: "Année 2017" then "(en k€)".
	if (/^\(/.test(next.text) && blanks === 0 && !ENDS_CLAUSE.test(last.text) && !/,$/.test(last.text)) return true;
	// A web address alone on its line (a letterhead, a signature) is a line of its own.
	if (/^(?:https?:\/\/|www\.)\S+(?:\s+-\s+@\S+)?$/u.test(last.text)) return false;
	// A row of figures ends its line, and a line of figures alone is a row of its own (rule 5).
	if (ROW.test(last.text) || (/^[\d\s,  ]+$/.test(next.text) && ROW.test(next.text))) return false;
	// All capitals on consecutive lines: one heading or title cut in two.
	if (blanks === 0 && isUpper(last.text) && isUpper(next.text) && !ENDS_CLAUSE.test(last.text)) return true;
	if (open === 'heading') return blanks === 0 && STARTS_LOWER.test(next.text);
	// A part heading after a line that ends a clause or a list of names (",") starts the part.
	if (nextKind === 'part') return !/[,.;:!?…]$/.test(last.text) && last.text.length >= width * 0.75;
	const inParagraph = open === 'paragraph';
	if (ENDS_CLAUSE.test(last.text)) {
		// A full stop before a lower-case word is an abbreviation ("cf.", "M."), not the end of a sentence;
		// in a paragraph (not a list item), a semicolon before one is the middle of a sentence.
		const lowerNext = /^\p{Ll}/u.test(next.text) && blanks === 0;
		return lowerNext && (/\.$/.test(last.text) || (inParagraph && /;$/.test(last.text)));
	}
	if (STARTS_LOWER.test(next.text)) return true;
	return last.text.length >= width * 0.75;
}

/**
 * Joins a line to the text of its block. A word cut by a hyphen at the line end is joined without a
 * space, keeping its hyphen ("éco-" then "habitat" is "éco-habitat"), unless the text writes the word
 * whole elsewhere and never with a hyphen: then the hyphen was the PDF's ("délibéra-" then "tion").
 */
function joiner(words: Set<string>, hyphenations: Repair['hyphenations']) {
	return (text: string, next: SourceLine): string => {
		if (!ENDS_HYPHENATED.test(text)) return `${text} ${next.text}`;
		const head = /[\p{L}\d]+-$/u.exec(text)?.[0] ?? '';
		const tail = /^[\p{L}\d]+/u.exec(next.text)?.[0] ?? '';
		const whole = `${head.slice(0, -1)}${tail}`.toLowerCase();
		const cut = /^\p{L}/u.test(tail) && words.has(whole) && !words.has(`${head}${tail}`.toLowerCase());
		const joined = cut ? text.slice(0, -1) + next.text : text + next.text;
		hyphenations.push({ line: next.line - 1, word: cut ? `${head.slice(0, -1)}${tail}` : `${head}${tail}` });
		return joined;
	};
}

/** The words of a text as it writes them, hyphenated compounds included, in small letters. */
const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu) ?? []);

// ---------------------------------------------------------------------------------------------
// Assembly.

interface Item {
	type: 'item';
	level: 1 | 2;
	ordered: boolean;
	text: string;
	line: number;
	glyphLost: boolean;
}

type Raw = Exclude<Block, { type: 'list' }> | Item;

/** Repairs a source text: its blocks, and the lines dropped as page furniture. */
export function repairExtraction(raw: string): Repair {
	const all = sourceLines(raw);
	const dropped = dropPageFurniture(all);
	const droppedSet = new Set(dropped);
	const lines = all.filter((l) => !droppedSet.has(l));
	const width = textWidth(lines);
	const hyphenations: Repair['hyphenations'] = [];
	// Words written whole on one line somewhere in the text (a cut word's halves are not).
	const join = joiner(wordsOf(lines.map((l) => l.text.replace(/[\p{L}\d]+-$/u, '')).join('\n')), hyphenations);

	const out: Raw[] = [];
	let open: { block: Raw; last: SourceLine } | undefined;
	let blanks = 0;
	let inArticles = false;
	/** The glyph of the current list's first-level items ('lost' or 'number' when there is none), or undefined out of a list. */
	let listGlyph: string | undefined;

	for (const l of lines) {
		if (l.text === '') {
			blanks++;
			continue;
		}
		const kind = classify(l, inArticles);
		const canJoin =
			open &&
			(kind.kind === 'text' || kind.kind === 'numbered' || (kind.kind === 'part' && !kind.explicitId)) &&
			open.block.type !== 'table';
		if (open && canJoin && continues(open.last, l, blanks, width, open.block.type, kind.kind)) {
			const block = open.block;
			if (block.type === 'paragraph') {
				block.text = join(block.text, l);
				block.endLine = l.line;
			} else if (block.type === 'item' || block.type === 'heading') {
				block.text = join(block.text, l);
			}
			open.last = l;
			blanks = 0;
			continue;
		}
		blanks = 0;
		let block: Raw;
		if (kind.kind === 'cells') {
			// Columns separated by tabs (lists of names side by side): each cell an item, row by row.
			for (const cell of l.cells!) out.push({ type: 'item', level: 1, ordered: false, text: cell, line: l.line, glyphLost: false });
			open = undefined;
			listGlyph = 'cells';
			continue;
		} else if (kind.kind === 'bullet') {
			const previous = out[out.length - 1];
			// An "o" under an item, or under an indented introduction whose own glyph was lost (rule 6), is one level down.
			const underItem = previous?.type === 'item' || (previous?.type === 'paragraph' && previous.indent > 0 && /:$/.test(previous.text));
			const inList = previous?.type === 'item' || listGlyph === 'lost';
			const level = kind.sort === 'sub' ? (underItem ? 2 : 1) : kind.sort === 'dash' && inList && listGlyph !== kind.glyph ? 2 : 1;
			if (level === 1) listGlyph = kind.glyph;
			block = { type: 'item', level, ordered: false, text: kind.text, line: l.line, glyphLost: false };
		} else if (kind.kind === 'numbered') {
			block = { type: 'item', level: 1, ordered: true, text: kind.text, line: l.line, glyphLost: false };
			listGlyph = 'number';
		} else if (kind.kind === 'part') {
			block = {
				type: 'heading',
				level: kind.level,
				text: l.text,
				line: l.line,
				anchor: kind.anchor,
				rule: 'part',
				...(kind.explicitId && { explicitId: true }),
			};
			if (kind.anchor.startsWith('article-')) inArticles = true;
			listGlyph = undefined;
		} else {
			block = { type: 'paragraph', text: l.text, line: l.line, endLine: l.line, indent: l.indent };
			// A paragraph flush with the text after a list ends the list; an indented one may still be an item (rule 6).
			if (l.indent === 0) listGlyph = undefined;
			else if (listGlyph === undefined) listGlyph = 'lost';
		}
		out.push(block);
		open = { block, last: l };
	}

	return { blocks: lists(intertitles(lostGlyphs(tables(out)))), dropped, kept: lines.map((l) => l.text).join('\n'), hyphenations };
}

// ---------------------------------------------------------------------------------------------
// Rule 5. Tables that came out as runs of numbers.

/** A figure as French documents write it: "7 385", "15,2", "2 027". */
const FIGURE = String.raw`\d{1,3}(?:[  ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
/** A row: an optional label, then at least two figures and nothing else. */
const ROW = new RegExp(String.raw`^(.*?)\s*((?:(?:${FIGURE})\s*(?:k€|M€|€|%)?\s+){1,}(?:${FIGURE})\s*(?:k€|M€|€|%)?)$`, 'u');

/**
 * The figures of a run, read with the thousands grouping French uses: a group of three digits
 * after a figure belongs to it ("7 385 4 567" is 7 385 and 4 567). This is a guess where a figure
 * of three digits or fewer follows another: the review list says so, and the editor checks it.
 */
export function splitFigures(run: string): string[] {
	const groups = run.trim().split(/\s+/);
	const figures: string[] = [];
	for (const group of groups) {
		const previous = figures[figures.length - 1];
		if (previous !== undefined && /^\d{3}(?:,\d+)?$/.test(group) && /^\d{1,3}(?: \d{3})*$/.test(previous)) {
			figures[figures.length - 1] = `${previous} ${group}`;
		} else figures.push(group);
	}
	return figures;
}

function tableRow(text: string, line: number): TableRow | undefined {
	const match = ROW.exec(text);
	if (!match) return undefined;
	const values = splitFigures(match[2]!.replace(/\s*(k€|M€|€|%)/g, ''));
	// A sentence that happens to end with two figures is no row: a row's label is short.
	if (values.length < 2 || match[1]!.split(/\s+/).length > 12) return undefined;
	return { label: match[1]!.trim(), values, line };
}

/** Runs of at least two rows of figures (a label paragraph may stand on the line before its figures). */
function tables(blocks: Raw[]): Raw[] {
	const out: Raw[] = [];
	for (let i = 0; i < blocks.length; i++) {
		const rows: TableRow[] = [];
		const paragraphs: string[] = [];
		let j = i;
		while (j < blocks.length) {
			const block = blocks[j]!;
			if (block.type !== 'paragraph') break;
			const row = tableRow(block.text, block.line);
			if (row) {
				rows.push(row);
				paragraphs.push(block.text);
				j++;
				continue;
			}
			const next = blocks[j + 1];
			const nextRow = next?.type === 'paragraph' ? tableRow(next.text, next.line) : undefined;
			if (next?.type === 'paragraph' && nextRow && nextRow.label === '' && block.text.length <= 120) {
				rows.push({ ...nextRow, label: block.text });
				paragraphs.push(block.text, next.text);
				j += 2;
				continue;
			}
			break;
		}
		if (rows.length >= 2) {
			const first = blocks[i] as Extract<Raw, { type: 'paragraph' }>;
			const last = blocks[j - 1] as Extract<Raw, { type: 'paragraph' }>;
			out.push({ type: 'table', rows, line: first.line, endLine: last.endLine, paragraphs });
			i = j - 1;
		} else out.push(blocks[i]!);
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Rule 6. List items whose glyph was lost.

/**
 * After a paragraph that introduces something (it ends with ":"), indented paragraphs that end like
 * items (",", ";", ".", ":") are the items of a list whose bullets the extraction lost; the run
 * stops at the first paragraph flush with the text.
 */
function lostGlyphs(blocks: Raw[]): Raw[] {
	const out: Raw[] = [];
	/** The level of the items a run of introduced paragraphs becomes: under an item that introduces them, one below it. */
	let introduced: 1 | 2 | undefined;
	for (const block of blocks) {
		if (block.type === 'paragraph') {
			if (introduced && block.indent > 0 && /[,;.:]$/.test(block.text) && !SIGNATURE_FORMULA.test(block.text)) {
				out.push({ type: 'item', level: introduced, ordered: false, text: block.text, line: block.line, glyphLost: true });
				continue;
			}
			introduced = /:$/.test(block.text) ? 1 : undefined;
		} else if (block.type === 'item') {
			if (/:$/.test(block.text)) introduced = block.glyphLost ? 1 : block.level === 1 ? 2 : undefined;
		} else introduced = undefined;
		out.push(block);
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Rule 7. Intertitles: short lines standing alone that title what follows.

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * A paragraph of 2 to 16 words, starting with a capital, with no comma and no closing punctuation,
 * followed by a paragraph of at least twelve words or by a list, is an intertitle: in capitals
 * anywhere after the text has begun, in small letters only inside a part (preamble, article, annex).
 * It is one level below the part it stands in.
 */
function intertitles(blocks: Raw[]): Raw[] {
	let partLevel = 1;
	let begun = false;
	return blocks.map((block, index) => {
		if (block.type === 'heading') {
			partLevel = block.level;
			begun = true;
			return block;
		}
		if (block.type !== 'paragraph') return block;
		const count = words(block.text).length;
		const next = blocks[index + 1];
		const followedByText = next !== undefined && ((next.type === 'paragraph' && words(next.text).length >= 12) || next.type === 'item');
		const looksLikeTitle =
			count >= 2 &&
			count <= 16 &&
			block.text.length <= 120 &&
			/^\p{Lu}/u.test(block.text) &&
			!/[,.;:!?…]$/.test(block.text) &&
			!block.text.includes(',');
		const result: Raw =
			begun && looksLikeTitle && followedByText && (isUpper(block.text) || partLevel >= 2)
				? { type: 'heading', level: Math.min(6, partLevel + 1), text: block.text, line: block.line, rule: 'intertitle' }
				: block;
		if (count >= 25) begun = true;
		return result;
	});
}

// ---------------------------------------------------------------------------------------------
// Lists: consecutive items, second-level items under the item before them.

function lists(blocks: Raw[]): Block[] {
	const out: Block[] = [];
	let list: Extract<Block, { type: 'list' }> | undefined;
	for (const block of blocks) {
		if (block.type !== 'item') {
			list = undefined;
			out.push(block);
			continue;
		}
		const item: ListItem = { text: block.text, line: block.line, children: [] };
		if (!list || (block.level === 1 && list.ordered !== block.ordered)) {
			list = { type: 'list', ordered: block.ordered, items: [], line: block.line, glyphLost: false };
			out.push(list);
		}
		list.glyphLost ||= block.glyphLost;
		const parent = list.items[list.items.length - 1];
		if (block.level === 2 && parent) parent.children.push(item);
		else list.items.push(item);
	}
	return out;
}
