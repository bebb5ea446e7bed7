/**
 * Stated totals must equal the sums they state: a total column (`sumOf`) across each row,
 * and a total row down each numeric column. A source that rounds its figures declares the
 * gap it allows (`tolerance`), so that no other gap passes.
 */
import { numberIn as value, sum } from './cell';
import type { DataIssue } from './csv';
import type { Dataset, DatasetColumn, Row } from './dataset-schema';
import { formatNumber } from './format';

/** What the check needs of a dataset: its columns' names, types and stated sums, and its total row. */
export type TotalsSpec = Pick<Dataset, 'totalRow'> & {
	columns: readonly Pick<DatasetColumn, 'name' | 'type' | 'sumOf' | 'tolerance'>[];
};

const EPSILON = 1e-9;

export function checkTotals(rows: readonly Row[], lines: readonly number[], spec: TotalsSpec): DataIssue[] {
	const issues: DataIssue[] = [];
	const names = new Set(spec.columns.map((c) => c.name));
	const numeric = spec.columns.filter((c) => c.type === 'number');
	const labelColumn = spec.columns[0]!.name;

	for (const column of spec.columns) {
		if (!column.sumOf) continue;
		const unknown = column.sumOf.filter((name) => !names.has(name));
		if (unknown.length > 0) {
			issues.push({ column: column.name, message: `sumOf nomme des colonnes inconnues : ${unknown.join(', ')}` });
			continue;
		}
		rows.forEach((row, index) => {
			const stated = value(row, column.name);
			const parts = column.sumOf!.map((name) => value(row, name));
			if (stated === null || parts.every((p) => p === null)) return;
			const computed = sum(parts);
			if (Math.abs(stated - computed) > (column.tolerance ?? 0) + EPSILON) {
				issues.push({
					line: lines[index],
					column: column.name,
					message: `le total indiqué (${formatNumber(stated)}) diffère de la somme de ${column.sumOf!.join(' + ')} (${formatNumber(computed)})`,
				});
			}
		});
	}

	if (spec.totalRow !== undefined) {
		const totalIndex = rows.findIndex((row) => row[labelColumn] === spec.totalRow);
		if (totalIndex === -1) {
			issues.push({ column: labelColumn, message: `la ligne de total « ${spec.totalRow} » est introuvable` });
			return issues;
		}
		const totalRow = rows[totalIndex]!;
		const others = rows.filter((_, index) => index !== totalIndex);
		for (const column of numeric) {
			const stated = value(totalRow, column.name);
			if (stated === null) continue;
			const computed = sum(others.map((row) => value(row, column.name)));
			if (Math.abs(stated - computed) > (column.tolerance ?? 0) + EPSILON) {
				issues.push({
					line: lines[totalIndex],
					column: column.name,
					message: `le total « ${spec.totalRow} » indiqué (${formatNumber(stated)}) diffère de la somme des lignes (${formatNumber(computed)})`,
				});
			}
		}
	}
	return issues;
}
