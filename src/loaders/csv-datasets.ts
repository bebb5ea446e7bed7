/**
 * The datasets collection: every `data/**\/<id>.csv` with its `<id>.meta.json` beside it.
 * The CSV is parsed and checked here (papaparse, columns, numbers, totals), the metadata by the
 * collection's zod schema; any problem stops the build with the file, the line and what is wrong.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { formatIssue, parseTable, type ColumnSpec } from '../lib/csv';
import { checkTotals, type TotalsSpec } from '../lib/totals';

interface Meta extends TotalsSpec {
	columns: (ColumnSpec & TotalsSpec['columns'][number])[];
}

export class DatasetError extends Error {
	override name = 'DatasetError';
}

/** Reads one dataset: the CSV rows with their lines, or the list of what is wrong. */
export async function readDataset(csvPath: string, root: string) {
	const metaPath = csvPath.replace(/\.csv$/, '.meta.json');
	const csvFile = relative(root, csvPath);
	const metaFile = relative(root, metaPath);
	if (!existsSync(metaPath)) {
		return { problems: [`${csvFile}: pas de métadonnées : ${metaFile} est attendu à côté du CSV`] };
	}
	const metaText = await readFile(metaPath, 'utf8');
	let meta: Record<string, unknown>;
	try {
		meta = JSON.parse(metaText) as Record<string, unknown>;
	} catch (error) {
		return { problems: [`${metaFile}: JSON invalide : ${(error as Error).message}`] };
	}
	const columns = meta.columns;
	if (!Array.isArray(columns) || columns.some((c) => typeof c?.name !== 'string')) {
		return { problems: [`${metaFile}: champ « columns » : liste de colonnes { name, type, … } attendue`] };
	}
	const spec = meta as unknown as Meta;
	const table = parseTable(await readFile(csvPath, 'utf8'), spec.columns);
	const issues = table.issues.length > 0 ? table.issues : checkTotals(table.rows, table.lines, spec);
	return {
		problems: issues.map((issue) => formatIssue(csvFile, issue)),
		data: { ...meta, rows: table.rows, lines: table.lines },
		metaFile,
		csvFile,
	};
}

export function csvDatasets({ base }: { base: string }): Loader {
	return {
		name: 'csv-datasets',
		load: async ({ config, store, parseData, generateDigest, logger }) => {
			const root = fileURLToPath(config.root);
			const dir = fileURLToPath(new URL(`${base.replace(/\/?$/, '/')}`, config.root));
			const files = (await readdir(dir, { recursive: true }))
				.filter((file) => file.endsWith('.csv'))
				.sort();
			const problems: string[] = [];
			const seen = new Map<string, string>();
			store.clear();
			for (const file of files) {
				const csvPath = `${dir}${file}`;
				const id = file.replace(/^.*\//, '').replace(/\.csv$/, '');
				const result = await readDataset(csvPath, root);
				const previous = seen.get(id);
				if (previous) {
					problems.push(`${relative(root, csvPath)}: identifiant « ${id} » déjà pris par ${previous}`);
					continue;
				}
				seen.set(id, relative(root, csvPath));
				problems.push(...result.problems);
				if (!result.data || result.problems.length > 0) continue;
				const data = await parseData({ id, data: result.data, filePath: result.metaFile });
				store.set({ id, data, filePath: result.csvFile, digest: generateDigest(data) });
			}
			if (problems.length > 0) {
				throw new DatasetError(`Données invalides :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
			}
			logger.info(`${files.length} jeux de données lus`);
		},
	};
}
