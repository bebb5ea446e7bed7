/**
 * The datasets collection: every `data/**\/<id>.csv` with its `<id>.meta.json` beside it.
 * The metadata is checked by the dataset's zod schema (src/lib/dataset-schema.ts) before the CSV is
 * read against its columns (papaparse, numbers, totals); any problem stops the build with the file,
 * the line or field, and what is wrong.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { assertNoProblems, type Problem } from '../lib/build-error';
import { issueProblem, parseTable } from '../lib/csv';
import { datasetMeta } from '../lib/dataset-schema';
import { checkTotals } from '../lib/totals';
import { decodeUtf8, notUtf8Message } from '../lib/text-file';

/** A zod issue's path as the metadata writes it: `columns[2].unit`. */
const fieldPath = (path: readonly PropertyKey[]) =>
	path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');

/** Reads one dataset: the CSV rows with their lines, or the list of what is wrong. */
export async function readDataset(
	csvPath: string,
	root: string,
): Promise<{ problems: Problem[]; data?: Record<string, unknown>; metaFile?: string; csvFile?: string }> {
	const metaPath = csvPath.replace(/\.csv$/, '.meta.json');
	const csvFile = relative(root, csvPath);
	const metaFile = relative(root, metaPath);
	const problem = (p: Problem) => ({ problems: [p] });
	if (!existsSync(metaPath)) {
		return problem({ file: csvFile, message: `pas de métadonnées : ${metaFile} est attendu à côté du CSV` });
	}
	const metaText = decodeUtf8(await readFile(metaPath));
	if ('notUtf8' in metaText) return problem({ file: metaFile, line: metaText.notUtf8.line, message: notUtf8Message(metaText.notUtf8) });
	let meta: unknown;
	try {
		meta = JSON.parse(metaText.text);
	} catch (error) {
		return problem({ file: metaFile, message: `JSON invalide : ${(error as Error).message}` });
	}
	if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
		return problem({
			file: metaFile,
			message: `les métadonnées sont un objet JSON { "title": …, "columns": […] }, pas ${String(JSON.stringify(meta)).slice(0, 40)}`,
		});
	}
	// The metadata says how to read the CSV (its columns): it must be valid before the CSV is read.
	const parsed = datasetMeta.safeParse(meta);
	if (!parsed.success) {
		return {
			problems: parsed.error.issues.map((issue) => ({
				file: metaFile,
				...(issue.path.length > 0 && { field: fieldPath(issue.path) }),
				message: issue.message,
			})),
		};
	}
	const spec = parsed.data;
	const csvText = decodeUtf8(await readFile(csvPath));
	if ('notUtf8' in csvText) return problem({ file: csvFile, line: csvText.notUtf8.line, message: notUtf8Message(csvText.notUtf8) });
	const table = parseTable(csvText.text, spec.columns, spec.decimalMark);
	const issues = table.issues.length > 0 ? table.issues : checkTotals(table.rows, table.lines, spec);
	return {
		problems: issues.map((issue) => issueProblem(csvFile, issue)),
		// The metadata as written: the collection's schema parses it again, with Astro's references.
		data: { ...(meta as Record<string, unknown>), rows: table.rows, lines: table.lines },
		metaFile,
		csvFile,
	};
}

/** The file name ending of a draft table, written by `npm run import` for an editor to complete. */
export const DRAFT_SUFFIX = '.draft.csv';

export function csvDatasets({ base }: { base: string }): Loader {
	return {
		name: 'csv-datasets',
		load: async ({ config, store, parseData, generateDigest, logger }) => {
			const root = fileURLToPath(config.root);
			const dir = fileURLToPath(new URL(`${base.replace(/\/?$/, '/')}`, config.root));
			const all = (await readdir(dir, { recursive: true })).sort();
			// A draft table of `npm run import` (`<id>.draft.csv`) waits for its editor: it is not published until renamed.
			const drafts = all.filter((file) => file.endsWith(DRAFT_SUFFIX));
			const files = all.filter((file) => file.endsWith('.csv') && !file.endsWith(DRAFT_SUFFIX));
			if (drafts.length > 0)
				logger.warn(
					`${drafts.length} brouillon(s) de tableau non publié(s) : ${drafts.map((f) => relative(root, `${dir}${f}`)).join(', ')}`,
				);
			const problems: Problem[] = [];
			const seen = new Map<string, string>();
			store.clear();
			for (const file of files) {
				const csvPath = `${dir}${file}`;
				const id = file.replace(/^.*\//, '').replace(/\.csv$/, '');
				const result = await readDataset(csvPath, root);
				const previous = seen.get(id);
				if (previous) {
					problems.push({ file: relative(root, csvPath), message: `identifiant « ${id} » déjà pris par ${previous}` });
					continue;
				}
				seen.set(id, relative(root, csvPath));
				problems.push(...result.problems);
				if (!result.data || result.problems.length > 0) continue;
				const data = await parseData({ id, data: result.data, ...(result.metaFile && { filePath: result.metaFile }) });
				store.set({ id, data, ...(result.csvFile && { filePath: result.csvFile }), digest: generateDigest(data) });
			}
			assertNoProblems(problems, 'Données invalides');
			logger.info(`${files.length} jeux de données lus`);
		},
	};
}
