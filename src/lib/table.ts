/**
 * Turns a dataset's rows into what a table shows: header labels as the source writes them,
 * the first column as row headers, numbers in fr-FR with their unit, the total row marked.
 */
import type { Cell, Dataset, DatasetColumn, Row } from './dataset-schema';
import type { Unit } from './domain';
import { formatValue } from './format';

/** What a table shows of a dataset (a chart's table is one too). */
export type TableSource = Pick<Dataset, 'totalRow'> & {
	columns: readonly Pick<DatasetColumn, 'name' | 'label' | 'type' | 'unit'>[];
	rows: readonly Row[];
};

export interface TableView {
	headers: { label: string; numeric: boolean }[];
	rows: { label: string; isTotal: boolean; cells: { text: string; numeric: boolean; empty: boolean }[] }[];
}

/** What an empty cell says: the source gives no figure there. */
export const EMPTY_CELL = '—';
/** What an empty cell says to a screen reader, in place of the dash. */
export const EMPTY_CELL_SPOKEN = 'non précisé par la source';

export function cellText(value: Cell, unit: Unit | undefined): string {
	if (value === null) return EMPTY_CELL;
	return typeof value === 'number' ? formatValue(value, unit) : value;
}

export function tableOf(source: TableSource): TableView {
	const [labelColumn, ...valueColumns] = source.columns;
	if (!labelColumn) throw new Error('un tableau a au moins une colonne');
	return {
		headers: source.columns.map((c) => ({ label: c.label, numeric: c.type === 'number' })),
		rows: source.rows.map((row) => {
			const label = String(row[labelColumn.name] ?? '');
			return {
				label,
				isTotal: source.totalRow !== undefined && label === source.totalRow,
				cells: valueColumns.map((c) => ({
					text: cellText(row[c.name] ?? null, c.unit),
					numeric: c.type === 'number',
					empty: (row[c.name] ?? null) === null,
				})),
			};
		}),
	};
}
