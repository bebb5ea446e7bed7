/**
 * A document's draft from its source text: the MDX file an editor reviews (frontmatter inferred from
 * the text, body repaired by `repairExtraction`), draft tables for the runs of numbers, and the review
 * list — what was inferred and what the editor must check. `scripts/import.ts` writes it to disk.
 */
import { documentKindLabels, type DocumentKind } from './domain';
import { isUpper, repairExtraction, type Block, type ListItem, type TableRow } from './extraction';
import { coverage, fromExtraction, type Coverage } from './fidelity';
import { formatDate } from './format';
import { foldAccents } from './text';

/** What the draft writes where it could not infer a value: `npm run check:content` refuses it left in the content. */
export const TO_COMPLETE = 'À COMPLÉTER';

export interface DraftInput {
	/** The source text, as extracted from the PDF. */
	source: string;
	/** Its file name under `sources/`. */
	sourceFile: string;
	territory: { id: string; name: string; partner: string };
	kind: DocumentKind;
	slug?: string;
}

export interface DraftTable {
	/** Dataset id: `<slug>-tableau-<n>`. */
	id: string;
	csv: string;
	meta: Record<string, unknown>;
	line: number;
	endLine: number;
}

export interface Draft {
	slug: string;
	mdx: string;
	tables: DraftTable[];
	/** What the importer inferred, one line each. */
	inferred: string[];
	/** What the editor must check, one line each. */
	toCheck: string[];
	/** The draft's words against the source's (page headers, footers and numbers aside). */
	fidelity: Coverage;
	/** The anchors of the draft's parts, in order. */
	anchors: string[];
}

// ---------------------------------------------------------------------------------------------
// Dates.

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTH_PATTERN = 'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre';
const DATE = new RegExp(String.raw`\b(1er|\d{1,2})\s+(${MONTH_PATTERN})\s+(\d{4})\b`, 'iu');
/** A date whose day is left blank: "XX décembre 2020", "… décembre 2020". */
const BLANK_DAY = new RegExp(String.raw`(?:\bX{1,2}|\.{2,}|…)\s+(?:${MONTH_PATTERN})\s+\d{4}\b`, 'iu');

/** "26 janvier 2021" as `2021-01-26`; undefined for a day that is not in the calendar. */
export function frenchDate(text: string): { iso: string; wording: string } | undefined {
	const match = DATE.exec(text);
	if (!match) return undefined;
	const day = match[1] === '1er' ? 1 : Number(match[1]);
	const folded = foldAccents(match[2]!.toLowerCase());
	const month = MONTHS.findIndex((m) => foldAccents(m) === folded) + 1;
	const year = Number(match[3]);
	const date = new Date(Date.UTC(year, month - 1, day));
	if (month === 0 || date.getUTCDate() !== day) return undefined;
	return { iso: date.toISOString().slice(0, 10), wording: match[0] };
}

// ---------------------------------------------------------------------------------------------
// MDX.

/** Text as MDX reads it literally: braces and angle brackets are code to MDX; a superscript `^{ER}` becomes `<sup>`. */
export function mdxText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/\^\{([^}]*)\}/g, '\u0000$1\u0001')
		.replace(/[{}]/g, (c) => `\\${c}`)
		.replace(/</g, '&lt;')
		.replace(/\u0000/g, '<sup>')
		.replace(/\u0001/g, '</sup>');
}

/** A paragraph's first characters that Markdown would read as a heading, a quote, a list or a rule. */
function paragraph(text: string): string {
	return mdxText(text)
		.replace(/^(#|>|\+ |- |\* )/, '\\$1')
		.replace(/^(\d+)([.)]) /, '$1\\$2 ');
}

function listLines(items: ListItem[], ordered: boolean, indent = ''): string[] {
	return items.flatMap((item, index) => {
		const marker = ordered ? `${index + 1}.` : '-';
		const childIndent = indent + ' '.repeat(marker.length + 1);
		return [`${indent}${marker} ${mdxText(item.text)}`, ...listLines(item.children, false, childIndent)];
	});
}

function blockMdx(block: Block): string {
	switch (block.type) {
		case 'heading':
			return block.explicitId
				? `<h${block.level} id="${block.anchor}">${mdxText(block.text)}</h${block.level}>`
				: `${'#'.repeat(block.level)} ${mdxText(block.text)}`;
		case 'paragraph':
			return paragraph(block.text);
		case 'list':
			return listLines(block.items, block.ordered).join('\n');
		case 'table':
			return block.paragraphs.map(paragraph).join('\n\n');
	}
}

/** Words of the draft as the page shows them: markup and tags out, entities read. */
function draftWords(title: string, preTitle: string[], blocks: Block[]): string {
	const body = blocks.map(blockMdx).join('\n\n');
	return [...preTitle, title, body]
		.join('\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/\\([\\{}#>+*.)-])/g, '$1');
}

// ---------------------------------------------------------------------------------------------
// Title.

const PRESS_RELEASE = /^communiqu[ée] de presse$/iu;
const PLACE_AND_DATE = new RegExp(String.raw`^(?:à|a)?\s*[\p{L} '’-]+,\s+le\s+(?:1er|\d{1,2})\s+(?:${MONTH_PATTERN})\s+\d{4}$`, 'iu');
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S+(?:\s+-\s+@\S+)?$/iu;

interface Title {
	title: string;
	preTitle: string[];
	/** Blocks taken out of the body (the title's own). */
	taken: Set<Block>;
	rule: string;
}

/**
 * The title. A délibération's is the bold subject after "OBJET :" (it stays in the body, where the
 * register prints it). Otherwise it is the first paragraph that reads as a title — no closing
 * punctuation, at most 25 words, not a press-release label, a place and date or a web address —
 * with the paragraphs in capitals that follow it; what comes before it is its pre-title.
 */
function findTitle(blocks: Block[], kind: DocumentKind): Title | undefined {
	if (kind === 'deliberation') {
		for (const block of blocks) {
			if (block.type !== 'paragraph' && block.type !== 'heading') continue;
			const bold = /^OBJET\s*:.*?\*\*(.+?)\*\*/u.exec(block.text);
			if (bold) return { title: bold[1]!.trim(), preTitle: [], taken: new Set(), rule: 'le sujet en gras après « OBJET : »' };
		}
	}
	const preTitle: string[] = [];
	for (let i = 0; i < Math.min(blocks.length, 12); i++) {
		const block = blocks[i]!;
		if (block.type !== 'paragraph') return undefined;
		const text = block.text;
		const aside = PRESS_RELEASE.test(text) || PLACE_AND_DATE.test(text) || WEB_ADDRESS.test(text);
		const titleLike = !aside && !/[.,;!?]$/.test(text) && text.split(/\s+/).length <= 25 && /^\p{Lu}/u.test(text);
		if (!titleLike) {
			preTitle.push(text);
			continue;
		}
		const taken = new Set<Block>([block]);
		let title = text;
		for (let j = i + 1; isUpper(text) && j < blocks.length; j++) {
			const next = blocks[j]!;
			if (next.type !== 'paragraph' || !isUpper(next.text) || /[.;!?]$/.test(next.text) || next.text.split(/\s+/).length > 12) break;
			title = `${title} ${next.text}`;
			taken.add(next);
		}
		return { title: title.replace(/\s+/g, ' ').trim(), preTitle, taken, rule: 'le premier paragraphe en forme de titre' };
	}
	return undefined;
}

// ---------------------------------------------------------------------------------------------
// Signatories: "Firstname LASTNAME" lines of the signature block, with the line below as role.

const PERSON = /^(\p{Lu}[\p{Ll}'’-]+(?:[- ]\p{Lu}[\p{Ll}'’-]+)*)\s+(\p{Lu}{2,}(?:[- ']\p{Lu}{2,})*)$/u;

function signatureCandidates(blocks: Block[]): { name: string; role: string }[] {
	const start = blocks.findIndex((b) => b.type === 'paragraph' && /^Fait\s+(?:à|a|en)\s/u.test(b.text));
	if (start < 0) return [];
	const found: { name: string; role: string }[] = [];
	const rest = blocks.slice(start + 1);
	for (const [index, block] of rest.entries()) {
		if (block.type === 'heading' && block.rule === 'part') break;
		if (block.type !== 'paragraph') continue;
		const match = PERSON.exec(block.text);
		if (!match) continue;
		// The role is the paragraph below the name, with the next one when it ends on "de", "du", "des" (a line cut).
		const role: string[] = [];
		for (const next of rest.slice(index + 1, index + 3)) {
			if (next.type !== 'paragraph' || PERSON.test(next.text) || isUpper(next.text)) break;
			role.push(next.text);
			if (!/\b(?:de|du|des|d['’])$/u.test(next.text)) break;
		}
		found.push({ name: `${match[1]} ${match[2]}`, role: role.join(' ') });
	}
	return found;
}

// ---------------------------------------------------------------------------------------------
// Tables: a draft CSV and its metadata, for the editor to complete.

function draftTable(
	id: string,
	rows: TableRow[],
	document: string,
	territory: string,
	anchor: string | undefined,
): Omit<DraftTable, 'line' | 'endLine'> {
	const width = Math.max(...rows.map((r) => r.values.length));
	const columns = [
		{
			name: 'ligne',
			label: `${TO_COMPLETE} : en-tête de la première colonne, tel que la source l’écrit`,
			type: 'string',
			description: TO_COMPLETE,
		},
		...Array.from({ length: width }, (_, i) => ({
			name: `colonne_${i + 1}`,
			label: `${TO_COMPLETE} : en-tête de la colonne ${i + 1}`,
			type: 'number',
			unit: `${TO_COMPLETE} : k€, M€, €, nombre ou %`,
			description: TO_COMPLETE,
		})),
	];
	const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
	const csv = [
		columns.map((c) => c.name).join(','),
		...rows.map((r) => [r.label, ...r.values.map((v) => v.replace(/\s/g, '').replace(',', '.'))].map(quote).join(',')),
	].join('\r\n');
	return {
		id,
		csv: `${csv}\r\n`,
		meta: {
			title: TO_COMPLETE,
			caption: `${TO_COMPLETE} : la légende du tableau, dans les mots de la source`,
			description: TO_COMPLETE,
			territory,
			document,
			anchor: anchor ?? `${TO_COMPLETE} : ancre de la partie du document (article-…, annexe-…)`,
			nature: `${TO_COMPLETE} : bilan ou prevision`,
			period: { start: TO_COMPLETE, end: TO_COMPLETE },
			columns,
			footnotes: [],
		},
	};
}

// ---------------------------------------------------------------------------------------------
// Period: the years in the title ("CONVENTION-CADRE 2017-2019"), or those the act gives itself
// ("Le présent avenant, concernant la période 2020-2022").

const YEARS = String.raw`(\d{4})\s*[-–/]\s*(\d{4})`;
const OWN_PERIOD = new RegExp(
	String.raw`pr[ée]sente?\s+(?:avenant|convention|d[ée]lib[ée]ration)\b[^.]*?p[ée]riode\s+(?:de\s+|du\s+)?${YEARS}`,
	'iu',
);

function findPeriod(title: string, texts: { text: string; line: number }[]): { start: number; end: number; where: string } | undefined {
	const valid = (m: RegExpExecArray | null) => (m && Number(m[1]) <= Number(m[2]) ? { start: Number(m[1]), end: Number(m[2]) } : undefined);
	const inTitle = valid(new RegExp(String.raw`\b${YEARS}\b`, 'u').exec(title));
	if (inTitle) return { ...inTitle, where: 'du titre' };
	for (const { text, line } of texts) {
		const own = valid(OWN_PERIOD.exec(text));
		if (own) return { ...own, where: `l. ${line}, la période que l’acte se donne` };
	}
	return undefined;
}

// ---------------------------------------------------------------------------------------------
// The draft.

const yamlString = (text: string) => JSON.stringify(text);
const lineRange = (start: number, end: number) => (start === end ? `l. ${start}` : `l. ${start}-${end}`);
const quoteShort = (text: string) => `« ${text.length > 70 ? `${text.slice(0, 67)}…` : text} »`;

export function draftDocument(input: DraftInput): Draft {
	const { blocks, dropped, kept, hyphenations } = repairExtraction(input.source);
	const { kind, territory } = input;
	const inferred: string[] = [];
	const toCheck: string[] = [];

	const found = findTitle(blocks, kind);
	const title = found?.title ?? `${TO_COMPLETE} : le titre du document, tel que la source l’écrit`;
	const preTitle = found?.preTitle ?? [];
	const body = blocks.filter((b) => !found?.taken.has(b));
	if (found) inferred.push(`titre : ${quoteShort(title)} (${found.rule})`);
	else toCheck.push('titre : introuvable, à écrire dans `title`');
	if (preTitle.length > 0) {
		inferred.push(`au-dessus du titre (preTitle) : ${preTitle.map(quoteShort).join(', ')}`);
		for (const text of preTitle) {
			const index = body.findIndex((b) => b.type === 'paragraph' && b.text === text);
			if (index >= 0) body.splice(index, 1);
		}
	}

	// Dates: where each kind of act states its own.
	const texts = blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'heading' ? [{ text: b.text, line: b.line }] : []));
	const dates: { kind: string; date?: string; wording?: string; line: number }[] = [];
	const dateIn = (test: RegExp, dateKind: string) => {
		for (const { text, line } of texts) {
			if (!test.test(text)) continue;
			const date = frenchDate(text);
			if (date) {
				dates.push({ kind: dateKind, date: date.iso, line });
				return true;
			}
			const blank = BLANK_DAY.exec(text);
			if (blank) {
				dates.push({ kind: dateKind, wording: blank[0], line });
				return true;
			}
		}
		return false;
	};
	if (kind === 'communique') dateIn(/./, 'publication');
	else if (kind === 'deliberation') {
		dateIn(/^S[ée]ance\b/iu, 'seance') || dateIn(/./, 'seance');
		dateIn(/^Convocation\b/iu, 'convocation');
	} else {
		dateIn(/^Fait\s+(?:à|a|en)\s/u, 'signature') ||
			dateIn(new RegExp(String.raw`^(?:(?:X{1,2}|\.{2,}|…|1er|\d{1,2})\s+)?(?:${MONTH_PATTERN})\s+\d{4}$`, 'iu'), 'signature');
	}
	if (dates.length === 0) {
		dates.push({ kind: kind === 'communique' ? 'publication' : kind === 'deliberation' ? 'seance' : 'signature', line: 0 });
		toCheck.push('date : aucune date trouvée dans le texte ; à compléter dans `dates` (ou `statedBy` si un autre document la donne)');
	}
	for (const d of dates) {
		if (d.date) inferred.push(`date (${d.kind}) : ${formatDate(d.date)} (l. ${d.line})`);
		else if (d.wording)
			toCheck.push(
				`date (${d.kind}) : le texte écrit ${quoteShort(d.wording)} (l. ${d.line}) ; le jour, s'il est connu par une autre source, va dans \`date\` avec \`statedBy\``,
			);
	}

	const period = findPeriod(title, texts);
	if (period) inferred.push(`période : ${period.start}-${period.end} (${period.where})`);

	const firstDate = dates.find((d) => d.date)?.date;
	const slug =
		input.slug ??
		[
			territory.id,
			kind,
			(kind === 'convention-cadre' || kind === 'avenant') && period
				? `${period.start}-${period.end}`
				: (firstDate ?? String(period?.start ?? 'sans-date')),
		].join('-');

	const label = documentKindLabels[kind];
	const shortTitle =
		(kind === 'convention-cadre' || kind === 'avenant') && period
			? `${label} ${period.start}-${period.end}`
			: firstDate
				? `${label} du ${formatDate(firstDate)}`
				: label;
	const issuer =
		kind === 'convention-cadre' || kind === 'avenant'
			? `${territory.partner} et Action Logement`
			: kind === 'communique'
				? `Action Logement et ${territory.partner}`
				: territory.partner;
	const summary = `${shortTitle} — ${territory.name}.`;
	toCheck.push(`titre court (${quoteShort(shortTitle)}), résumé et émetteur de la source : écrits d'après le type et la date, à relire`);

	const signatories = signatureCandidates(body);
	if (signatories.length > 0) {
		inferred.push(`signataires (bloc « Fait à ») : ${signatories.map((s) => s.name).join(', ')}`);
		toCheck.push('signataires : préremplis en commentaire dans `signatories`, avec leur fonction ; l’organisation de chacun est à écrire');
	}

	// Parts and their anchors.
	const headings = body.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading');
	const anchors = headings.flatMap((h) => (h.anchor ? [h.anchor] : []));
	inferred.push(
		anchors.length > 0 ? `parties : ${anchors.map((a) => `#${a}`).join(', ')}` : 'parties : aucun article, annexe ni préambule',
	);
	for (const h of headings)
		if (h.explicitId) inferred.push(`préambule : ${quoteShort(h.text)} (l. ${h.line}), ancre #preambule écrite à la main`);
	const intertitles = headings.filter((h) => h.rule === 'intertitle');
	if (intertitles.length > 0) {
		toCheck.push(
			`intertitres déduits de leur forme (ligne courte, seule, sans ponctuation finale) : ${intertitles.map((h) => `l. ${h.line} ${quoteShort(h.text)}`).join(' ; ')}`,
		);
	}
	const lost = body.filter((b): b is Extract<Block, { type: 'list' }> => b.type === 'list' && b.glyphLost);
	if (lost.length > 0)
		toCheck.push(`listes dont les puces étaient perdues, reconstruites d'après le retrait : ${lost.map((l) => `l. ${l.line}`).join(', ')}`);
	if (hyphenations.length > 0) {
		toCheck.push(`mots coupés en fin de ligne, rejoints : ${hyphenations.map((h) => `l. ${h.line} « ${h.word} »`).join(' ; ')}`);
	}
	if (dropped.length > 0) {
		toCheck.push(
			`lignes retirées comme en-têtes, pieds ou numéros de page : ${dropped.map((l) => `l. ${l.line} ${quoteShort(l.text)}`).join(' ; ')}`,
		);
	}

	const tables: DraftTable[] = [];
	let currentPart: string | undefined;
	for (const block of body) {
		if (block.type === 'heading' && block.anchor) currentPart = block.anchor;
		if (block.type !== 'table') continue;
		const id = `${slug}-tableau-${tables.length + 1}`;
		tables.push({ ...draftTable(id, block.rows, slug, territory.id, currentPart), line: block.line, endLine: block.endLine });
		const counts = [...new Set(block.rows.map((r) => r.values.length))].join(' ou ');
		toCheck.push(
			`tableau ${lineRange(block.line, block.endLine)} (${block.rows.length} lignes de ${counts} nombres) : laissé en texte dans le document ; brouillon data/${territory.id}/${id}.draft.csv et .draft.meta.json — vérifier le découpage des nombres, nommer les colonnes, puis renommer sans « .draft » et remplacer le texte par <DatasetTable id="${id}" />`,
		);
	}
	toCheck.push('relations (`modifie`, `approuve`, `annonce`) vers les actes déjà publiés : à écrire dans `relations`');
	toCheck.push('désaccords avec d’autres sources : à signaler par une <EditorialNote> après le passage concerné');

	const frontmatter = [
		'---',
		`title: ${yamlString(title)}`,
		...(preTitle.length > 0 ? ['preTitle:', ...preTitle.map((t) => `  - ${yamlString(t)}`)] : []),
		`shortTitle: ${yamlString(shortTitle)}`,
		`kind: ${kind}`,
		`territory: ${territory.id}`,
		`summary: ${yamlString(summary)}`,
		'dates:',
		...dates.flatMap((d) => [
			`  - kind: ${d.kind}`,
			...(d.date ? [`    date: ${d.date}`] : []),
			...(d.wording ? [`    wording: ${yamlString(d.wording)}`] : []),
		]),
		...(period ? [`period: { start: ${period.start}, end: ${period.end} }`] : []),
		'signatories: []',
		...(signatories.length > 0
			? [
					'# Trouvés dans le bloc des signatures : décommentez, écrivez l’organisation, et remplacez la ligne « signatories: [] ».',
					'# signatories:',
					...signatories.map(
						(s) => `#   - { name: ${yamlString(s.name)}, role: ${yamlString(s.role || TO_COMPLETE)}, organisation: "${TO_COMPLETE}" }`,
					),
				]
			: []),
		'source:',
		`  description: ${yamlString(`${label} (texte extrait du PDF)`)}`,
		`  issuer: ${yamlString(issuer)}`,
		`  file: ${input.sourceFile}`,
		'relations: []',
		'---',
	];
	const mdx = `${frontmatter.join('\n')}\n\n${body.map(blockMdx).join('\n\n')}\n`;
	// Against the source without its page furniture, which is no word of the act.
	const fidelity = coverage(fromExtraction(kept), draftWords(title, preTitle, body));
	return { slug, mdx, tables, inferred, toCheck, fidelity, anchors };
}
