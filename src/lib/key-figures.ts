/**
 * Headline figures of a territory, resolved to what a card shows and where it links. A figure is
 * either a dataset cell (value, unit and source come from the data) or a quote that must stand word
 * for word in its document: this is where "invent no figure" is enforced.
 */
import type { Dataset, DatasetColumn } from './dataset-schema';
import { convertAmount, formatAmountInWords, formatValue, isMoneyUnit } from './format';
import { normalizeSpaces } from './text';

export type KeyFigureSpec =
	| { label: string; scope: string; dataset: string; row: string; column: string }
	| { label: string; scope: string; quote: string; document: string; anchor: string };

/** What a figure needs of its dataset: its cells, and the document part they come from. */
export type KeyFigureDataset = Pick<Dataset, 'document' | 'anchor' | 'rows'> & {
	id: string;
	columns: readonly Pick<DatasetColumn, 'name' | 'type' | 'unit'>[];
};

export interface KeyFigure {
	label: string;
	scope: string;
	/** The figure as shown: "30,6 millions d'euros" for an amount, "9 363", or the quote. */
	value: string;
	/** A dataset amount as the table writes it ("30 603 k€") and in euros, for `<data value>`: the headline is rounded. */
	exact?: { text: string; euros: number };
	/** Whether `value` is quoted from the text rather than computed from data. */
	quoted: boolean;
	/** The document and part it comes from. */
	document: string;
	anchor: string;
}

/** Whether the text holds the quote, across its line breaks and no-break spaces. */
export function quoteInText(quote: string, text: string): boolean {
	return normalizeSpaces(text).includes(normalizeSpaces(quote));
}

/** Resolves a figure, or returns why it cannot be (a message naming the field). */
export function resolveKeyFigure(
	spec: KeyFigureSpec,
	lookups: { dataset: (id: string) => KeyFigureDataset | undefined; documentText: (id: string) => string | undefined },
): KeyFigure | string {
	if ('quote' in spec) {
		const text = lookups.documentText(spec.document);
		if (text === undefined) return `document « ${spec.document} » introuvable`;
		if (!quoteInText(spec.quote, text)) return `« ${spec.quote} » ne figure pas mot pour mot dans le texte de « ${spec.document} »`;
		return { label: spec.label, scope: spec.scope, value: spec.quote, quoted: true, document: spec.document, anchor: spec.anchor };
	}
	const dataset = lookups.dataset(spec.dataset);
	if (!dataset) return `jeu de données « ${spec.dataset} » introuvable`;
	const label = dataset.columns[0]!.name;
	const row = dataset.rows.find((r) => r[label] === spec.row);
	if (!row) return `jeu de données « ${spec.dataset} » : pas de ligne « ${spec.row} »`;
	const column = dataset.columns.find((c) => c.name === spec.column);
	const value = row[spec.column];
	if (!column || column.type !== 'number' || typeof value !== 'number') {
		return `jeu de données « ${spec.dataset} » : pas de nombre en colonne « ${spec.column} », ligne « ${spec.row} »`;
	}
	// Amounts read in words, in one unit for every card ("30,6 millions d'euros" beside "30 millions
	// d'euros", never "30 603 k€" beside "30 M€"); the exact cell stays with the figure.
	const amount = isMoneyUnit(column.unit)
		? {
				value: formatAmountInWords(value, column.unit),
				exact: { text: formatValue(value, column.unit), euros: convertAmount(value, column.unit, '€') },
			}
		: { value: formatValue(value, column.unit) };
	return {
		label: spec.label,
		scope: spec.scope,
		...amount,
		quoted: false,
		document: dataset.document.id,
		anchor: dataset.anchor,
	};
}
