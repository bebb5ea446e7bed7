/**
 * The dataset's schema, declared once: the loader validates each `.meta.json` with it, the datasets
 * collection is it (with Astro's references), and every lib module takes its inferred type.
 * Plain zod, no `astro:content`: the lib stays testable without Astro.
 */
import { z } from 'astro/zod';

// Zod's own messages (a wrong type, a missing field) in the editors' language, for every schema of the
// content: this module is loaded by src/content.config.ts and by the loaders before any schema runs.
z.config(z.locales.fr());
import { DECIMAL_MARKS } from './cell';
import { columnTypes, datasetNatures, units } from './domain';

/** "« circulaire » n'est pas une valeur de la liste (attendu : a, b, c)". */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
	z.enum(values, {
		error: (issue) => `« ${String(issue.input)} » n'est pas une valeur de la liste (attendu : ${values.join(', ')})`,
	});

export const year = z.number().int().min(1950).max(2100);

export const period = z
	.object({ start: year, end: year })
	.refine((p) => p.start <= p.end, { message: 'la période finit avant de commencer' });

/**
 * A reference to an entry of another collection, read as Astro's `reference()` reads it (an id
 * becomes `{ collection, id }`): the collection swaps in `reference()` itself, with the same type.
 */
export const entryReference = <const C extends string>(collection: C) =>
	z
		.string()
		.min(1)
		.transform((id) => ({ collection, id }));

export const cell = z.union([z.string(), z.number(), z.null()]);
/** A cell as the loader stores it: text, a number, or null where the source gives no figure. */
export type Cell = z.infer<typeof cell>;
export type Row = Record<string, Cell>;

export const datasetColumn = z.strictObject({
	/** The CSV header. */
	name: z.string().min(1),
	/** The header as the source writes it. */
	label: z.string().min(1),
	/** A short header for chart axes and legends, e.g. "2017" for "Année 2017 (en k€)". */
	short: z.string().min(1).optional(),
	type: oneOf(columnTypes),
	unit: oneOf(units).optional(),
	description: z.string().min(1),
	/** For a total column: the columns whose sum it states. */
	sumOf: z.array(z.string()).optional(),
	/** Largest accepted gap between a stated total and the sum, when the source rounds its figures. */
	tolerance: z.number().nonnegative().optional(),
});
export type DatasetColumn = z.infer<typeof datasetColumn>;

/** What a `.meta.json` holds: everything but the rows, which come from the CSV beside it. */
export const datasetMeta = z.strictObject({
	title: z.string().min(1),
	/** The table's caption, in the source's wording where it has one. */
	caption: z.string().min(1),
	description: z.string().min(1),
	territory: entryReference('territoires'),
	document: entryReference('documents'),
	/** Anchor of the article or annex of `document` the table comes from. */
	anchor: z.string().regex(/^[a-z0-9-]+$/),
	nature: oneOf(datasetNatures),
	period,
	columns: z.array(datasetColumn).min(2),
	/**
	 * The CSV's decimal mark, when a figure could be read two ways: without it, "12,345" is refused
	 * (a decimal comma, or a comma between thousands?). The repository's CSVs use the point.
	 */
	decimalMark: z.enum(DECIMAL_MARKS).optional(),
	/** The row that states the column totals, if any, found by its first column's value. */
	totalRow: z.string().optional(),
	/** Notes printed under the table, in the source's wording. */
	footnotes: z.array(z.string()).default([]),
	/** Editorial notes on the table (ours, not the source's). */
	notes: z.array(z.string()).default([]),
});

/** A dataset as the collection stores it: its metadata, and the rows read from its CSV. */
export const datasetSchema = datasetMeta.extend({
	rows: z.array(z.record(z.string(), cell)).min(1),
	/** Line of each row in the CSV file, for error messages. */
	lines: z.array(z.number().int()),
});

/** A dataset entry's data, from the loader to the chart (`CollectionEntry<'datasets'>['data']` is this type). */
export type Dataset = z.infer<typeof datasetSchema>;
