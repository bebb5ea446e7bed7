/**
 * What the copy controls of a document page copy and say: a part's full address, and the message a
 * reader sees and a screen reader hears once it is on the clipboard (src/components/CopyLinks.astro).
 */
import { partPhrase } from './anchors';

/**
 * The address of a part: the path of the page's canonical address on the origin the reader is on
 * (`location.origin`), so that a link copied from a copy of the site served elsewhere (a preview, a
 * mirror, a local build) opens there; without a query or another fragment.
 */
export function partAddress(pageAddress: string, anchor: string, origin: string): string {
	const url = onOrigin(pageAddress, origin);
	url.hash = anchor;
	return url.href;
}

/** An absolute address moved to another origin, path kept, query and fragment dropped (the citation's address). */
export function onOrigin(address: string, origin: string): URL {
	return new URL(new URL(address).pathname, origin);
}

/** "Lien vers l’article 2.1 copié : https://…/#article-2-1". */
export function linkCopiedMessage(anchor: string, address: string): string {
	return `Lien vers ${partPhrase(anchor)} copié : ${address}`;
}

/** When the browser refuses the clipboard, the address is still in the address bar: the link was followed. */
export const COPY_FAILED_MESSAGE = "La copie n'a pas pu se faire : l'adresse de cette partie est dans la barre d'adresse du navigateur.";

/** The local calendar day of a moment, `YYYY-MM-DD`: the reader's "today", for a consultation date. */
export function localDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
