/**
 * The originals a document page offers beside its text: the signed PDF when the site serves it
 * (`source.pdf`, a file of public/), the original on its issuer's site (`source.url`), and otherwise
 * the plain text extracted from the PDF that the page was established from (`source.file`, served
 * at `paths.documentSourceText`). Pure: the build reads the files and hands their sizes here.
 */
import { formatNumber } from './format';
import { paths } from './paths';
import { NBSP } from './text';

/** The first bytes of every PDF file ("%PDF-", then the version). */
const PDF_MAGIC = '%PDF-';

/** Whether a file's first bytes are those of a PDF. */
export function isPdf(head: Uint8Array): boolean {
	return PDF_MAGIC.split('').every((char, i) => head[i] === char.charCodeAt(0));
}

/** A PDF's path under public/, as `source.pdf` writes it: lower case, digits and hyphens, folders allowed, ending in `.pdf`. */
export const PUBLIC_PDF = /^(?:[a-z0-9-]+\/)*[a-z0-9-]+\.pdf$/;

/** What is wrong with `source.pdf` (a file of public/), or nothing: it must exist and be a PDF. */
export function pdfProblem(pdf: string, file: { head: Uint8Array } | undefined): string | undefined {
	if (!file) return `« public/${pdf} » introuvable : le PDF original doit être un fichier de public/`;
	if (!isPdf(file.head)) return `« public/${pdf} » n'est pas un PDF (il ne commence pas par « ${PDF_MAGIC} »)`;
	return undefined;
}

/**
 * A file's size as French readers write it, in decimal units (1 ko = 1 000 octets): "850 o",
 * "4,2 ko", "850 ko", "1,2 Mo", "12 Mo". One decimal below 10 of a unit, none from 10 on; a size
 * that rounds to 1 000 of a unit is written in the next one ("1 Mo", not "1 000 ko").
 */
export function formatFileSize(bytes: number): string {
	if (!Number.isInteger(bytes) || bytes < 0) throw new RangeError(`taille de fichier invalide : ${bytes}`);
	if (bytes < 1000) return `${formatNumber(bytes)}${NBSP}o`;
	const units = ['ko', 'Mo', 'Go'] as const;
	let value = bytes / 1000;
	for (const [index, unit] of units.entries()) {
		const rounded = Number(value.toFixed(value < 10 ? 1 : 0));
		if (rounded < 1000 || index === units.length - 1) return `${formatNumber(rounded)}${NBSP}${unit}`;
		value /= 1000;
	}
	throw new Error('unreachable');
}

/** The original's facts, as the build found them: the sizes of its files, when they exist. */
export interface SourceFacts {
	/** The document's slug. */
	slug: string;
	/** `source.url`: the original on its issuer's site. */
	url?: string | undefined;
	/** `source.pdf`, a file of public/, and its size in bytes. */
	pdf?: { path: string; bytes: number } | undefined;
	/** The size in bytes of `source.file`, the extracted text under sources/, when it is there. */
	textBytes?: number | undefined;
}

/** A link of the "Source" line: where it goes, what it says, and the media type of what it leads to. */
export interface SourceLink {
	href: string;
	label: string;
	type?: string;
}

/**
 * The links of a document's "Source" line, in this order: the PDF served by the site; the original
 * on its issuer's site; and, without a PDF, the extracted text the page was established from.
 */
export function sourceLinks({ slug, url, pdf, textBytes }: SourceFacts): SourceLink[] {
	const links: SourceLink[] = [];
	if (pdf)
		links.push({ href: paths.originalPdf(pdf.path), label: `Texte original (PDF, ${formatFileSize(pdf.bytes)})`, type: 'application/pdf' });
	if (url) links.push({ href: url, label: `Texte original sur le site de l’émetteur (${new URL(url).hostname.replace(/^www\./, '')})` });
	if (!pdf) {
		const size = textBytes === undefined ? '' : `, ${formatFileSize(textBytes)}`;
		links.push({ href: paths.documentSourceText(slug), label: `Texte extrait du PDF original (texte brut${size})`, type: 'text/plain' });
	}
	return links;
}
