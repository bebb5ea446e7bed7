/**
 * What a document page says of its text, as plain text: the lines above its title, its title, its
 * body, and each of its tables as src/components/DatasetTable.astro shows it. `npm run check:content`
 * measures it against the document's source (src/lib/fidelity.ts) without building the page.
 */
import { EDITORIAL_NOTE_LABEL, type BodyPart } from './document-body';
import { textOf } from './html-text';
import { EMPTY_CELL_SPOKEN, tableOf, type TableSource } from './table';
import { footnotesFor } from './footnotes';

/** What DatasetTable.astro shows of a dataset besides its rows. */
export type TableText = TableSource & { caption: string; footnotes: readonly string[]; notes: readonly string[] };

/**
 * The text of a dataset's table, in the order of DatasetTable.astro (and DataTable.astro): caption,
 * column headers, each row's label and cells (fr-FR, with their unit; an empty cell as its dash and
 * what a screen reader hears), the source's footnotes, the editors' notes. The links to the CSV and
 * the catalogue are the site's, not the text's: left out.
 */
export function datasetTableText(dataset: TableText): string {
	const table = tableOf(dataset);
	return [
		dataset.caption,
		...table.headers.map((h) => h.label),
		...table.rows.flatMap((row) => [row.label, ...row.cells.map((c) => (c.empty ? `${c.text} ${EMPTY_CELL_SPOKEN}` : c.text))]),
		...footnotesFor(
			dataset.footnotes,
			table.rows.map((row) => row.label),
		),
		...dataset.notes.flatMap((note) => [EDITORIAL_NOTE_LABEL, note]),
	].join('\n');
}

/**
 * A document page's text, as src/pages/documents/[slug].astro lays it out: the lines above the
 * title, the title (the page's `<h1>`), then the body's parts, each table by `tableText` (nothing
 * when there is no such dataset: the corpus checks report it).
 */
export function documentText(
	head: { preTitle: readonly string[]; title: string },
	parts: readonly BodyPart[],
	tableText: (id: string) => string | undefined,
): string {
	const body = parts.flatMap((part) => ('html' in part ? [textOf(part.html)] : (tableText(part.dataset) ?? [])));
	return [...head.preTitle, head.title, ...body].join('\n');
}
