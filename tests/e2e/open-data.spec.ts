/**
 * The open data as a data user gets it, read from dist/: every resource that datapackage.json
 * describes exists and matches its schema, the downloads hold the rows of data/**\/*.csv (read by the
 * project's own parser), each « CSV pour Excel » holds the same values as its CSV, no text cell would
 * run as a formula, datapackage.json validates with Frictionless, and the délibération of 17 December
 * 2020 carries its vote. Then the catalogue
 * page, in the browser: one anchor per dataset.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Package } from 'datapackage';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { DELIBERATION_DIJON } from '../support/corpus';
import { projectRoot } from '../support/project-copy';
import { distDir, readBuilt } from '../support/site';
import { paths } from '../../src/lib/paths';
import { parseTable, type ColumnSpec, type Row } from '../../src/lib/csv';
import { valueProblem, type DataResource } from '../../src/lib/datapackage';
import { publishedTable, SPREADSHEET_FORMULA, TOTAL_ROW_COLUMN, unitSuffixes } from '../../src/lib/open-data';
import type { Unit } from '../../src/lib/domain';

const dataDir = join(projectRoot, 'data');
/** The folder of the open data in the build: what `paths.data` addresses. */
const donnees = join(distDir, paths.data.catalogue);

/** Every source dataset: data/**\/<id>.csv with the columns of its <id>.meta.json, parsed as the build parses it. */
const sources = readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.csv'))
	.map((file) => {
		const path = join(dataDir, file);
		const meta = JSON.parse(readFileSync(path.replace(/\.csv$/, '.meta.json'), 'utf8')) as {
			columns: ColumnSpec[];
			document: string;
			anchor: string;
			footnotes?: string[];
			totalRow?: string;
		};
		const table = parseTable(readFileSync(path, 'utf8'), meta.columns);
		const id = file.replace(/^.*\//, '').replace(/\.csv$/, '');
		// The downloads' names: each figure's column ends with its unit (`_k_euros`, `_m_euros`).
		const published = publishedTable(
			meta.columns.map((c) => ({ ...c, label: c.name, description: c.name })),
			table.rows,
		);
		return {
			id,
			file: relative(projectRoot, path),
			columns: meta.columns,
			published: published.columns.map(({ name, type }) => ({ name, type })),
			publishedRows: published.rows,
			totalRow: meta.totalRow,
			document: meta.document,
			anchor: meta.anchor,
			footnotes: meta.footnotes ?? [],
			table,
		};
	});

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const readDist = (name: string, from = donnees) => {
	const bytes = readFileSync(join(from, name));
	// UTF-8, and no byte order mark: the first header must read as its name.
	expect(bytes.subarray(0, 3).equals(BOM), `${name} starts with a BOM`).toBe(false);
	return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
};
/** A « CSV pour Excel »: it must start with the UTF-8 BOM, which French Excel needs to read UTF-8; returned without it. */
const readExcel = (name: string, from = donnees) => {
	const bytes = readFileSync(join(from, name));
	expect(bytes.subarray(0, 3).equals(BOM), `${name} starts with the UTF-8 BOM`).toBe(true);
	return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes.subarray(3));
};
/** A CSV as its cells, as any tool reads them: no type guessing. */
const cellsOf = (text: string, delimiter = ',') => {
	const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true, delimiter });
	expect(parsed.errors).toEqual([]);
	return parsed.data;
};
/** A resource's cells, read in its own dialect and encoding (the « CSV pour Excel »: BOM, `;`). */
const resourceCells = (resource: DataResource) =>
	resource.dialect?.delimiter === ';'
		? cellsOf(readExcel(resource.path), resource.dialect?.delimiter)
		: cellsOf(readDist(resource.path), resource.dialect?.delimiter);
/** The « CSV pour Excel » of a CSV, read back as the CSV's cells: `;`, decimal comma turned into a point in number columns. */
const excelAsCsvCells = (excel: string, numberColumns: (i: number) => boolean) => {
	// The separator is `;`: a comma-separated file would read as one column and fail the comparison.
	const rows = cellsOf(excel, ';');
	return rows.map((row, line) => row.map((cell, i) => (line > 0 && numberColumns(i) ? cell.replace(',', '.') : cell)));
};
const dataPackage = () =>
	JSON.parse(readDist('datapackage.json')) as { profile: string; licenses: { name: string }[]; resources: DataResource[] };
/** What a source text cell becomes in the download: a cell a spreadsheet would run gets an apostrophe. */
const downloaded = (row: Row, columns: readonly ColumnSpec[]): Row =>
	Object.fromEntries(
		columns.map(({ name, type }) => {
			const value = row[name] ?? null;
			return [name, type === 'string' && typeof value === 'string' && SPREADSHEET_FORMULA.test(value) ? `'${value}` : value];
		}),
	);

test('the sources read without a problem (else the comparisons below would prove nothing)', () => {
	expect(sources.length).toBeGreaterThan(0);
	for (const source of sources) {
		expect(source.table.issues, source.file).toEqual([]);
		expect(source.table.rows.length, source.file).toBeGreaterThan(0);
	}
});

test('datapackage.json describes one resource per dataset, and the délibérations', () => {
	const pkg = dataPackage();
	expect(pkg.profile).toBe('tabular-data-package');
	expect(pkg.licenses.map((l) => l.name)).toEqual(['etalab-2.0']);
	expect(pkg.resources.map((r) => r.name).sort()).toEqual([...sources.flatMap((s) => [s.id, `${s.id}-excel`]), 'deliberations'].sort());
	for (const { id } of sources) {
		expect(
			pkg.resources.find((r) => r.name === `${id}-excel`),
			`${id}-excel`,
		).toMatchObject({
			path: `${id}-excel.csv`,
			encoding: 'utf-8',
			dialect: { delimiter: ';' },
		});
	}
});

test('every resource of datapackage.json exists, its header equals its schema, every value reads as its type', () => {
	for (const resource of dataPackage().resources) {
		expect(resource.path, resource.name).not.toMatch(/^\/|\.\./);
		expect(existsSync(join(donnees, resource.path)), `${resource.path} is in the build`).toBe(true);
		const excel = resource.name.endsWith('-excel');
		expect([resource.format, resource.mediatype, resource.encoding]).toEqual(['csv', 'text/csv', 'utf-8']);
		expect(resource.dialect, resource.name).toEqual(excel ? { delimiter: ';' } : undefined);
		expect(resource.licenses.map((l) => l.name)).toEqual(['etalab-2.0']);
		expect(resource.sources.length, `${resource.name} names its sources`).toBeGreaterThan(0);
		const [header, ...rows] = resourceCells(resource);
		const fields = resource.schema.fields;
		expect(header, `${resource.path}: header`).toEqual(fields.map((f) => f.name));
		expect(rows.length, resource.path).toBeGreaterThan(0);
		for (const [line, row] of rows.entries()) {
			expect(row.length, `${resource.path}:${line + 2}`).toBe(fields.length);
			const problems = fields.flatMap((field, i) => valueProblem(field, row[i]!) ?? []);
			expect(problems, `${resource.path}:${line + 2}`).toEqual([]);
		}
		for (const field of fields) {
			expect(field.description, `${resource.name}.${field.name}: description`).toMatch(/\S/);
			if (field.type === 'number' && field.unit) expect(field.description).toContain(`Unité : ${field.unit}`);
			// A figure's unit is in its name too: a total in k€ and one in M€ cannot be mistaken for each other.
			const suffix = field.type === 'number' && field.unit ? unitSuffixes[field.unit as Unit] : undefined;
			if (suffix) expect(field.name, `${resource.name}.${field.name}: unit in the name`).toMatch(new RegExp(`_${suffix}$`));
			if (excel && field.type === 'number') expect(field.decimalChar, `${resource.name}.${field.name}`).toBe(',');
		}
		// A dataset with a total row marks it, in a boolean column that its schema describes.
		const source = sources.find((s) => s.id === resource.name.replace(/-excel$/, ''));
		if (source?.totalRow !== undefined) {
			const marker = fields.findIndex((f) => f.name === TOTAL_ROW_COLUMN);
			expect(fields[marker], `${resource.name}: ${TOTAL_ROW_COLUMN}`).toMatchObject({ type: 'boolean' });
			expect(fields[marker]!.description).toContain(source.totalRow);
			expect(
				rows.filter((row) => row[marker] === 'true').map((row) => row[0]),
				resource.path,
			).toEqual([source.totalRow]);
		}
	}
});

/**
 * The published package as Frictionless's JavaScript library loads it from a folder: datapackage.json,
 * then each resource's file. That library decodes with Node's `setEncoding`, which keeps a UTF-8 BOM
 * (Frictionless in Python reads it as `utf-8-sig`): each « CSV pour Excel » is copied without the BOM that
 * `readExcel` has checked. `change` alters the copy, to see the validation refuse it.
 */
async function frictionlessPackage(change: (files: Map<string, string>) => void = () => {}) {
	const files = new Map<string, string>([['datapackage.json', readDist('datapackage.json')]]);
	for (const resource of dataPackage().resources)
		files.set(resource.path, resource.dialect?.delimiter === ';' ? readExcel(resource.path) : readDist(resource.path));
	change(files);
	const folder = mkdtempSync(join(tmpdir(), 'frictionless-'));
	for (const [name, text] of files) writeFileSync(join(folder, name), text);
	try {
		const pkg = await Package.load(join(folder, 'datapackage.json'));
		const read = new Map<string, Record<string, unknown>[] | Error>();
		for (const resource of pkg.resources)
			read.set(resource.name, await resource.read({ cast: true, keyed: true }).catch((e: unknown) => e as Error));
		return { pkg, read };
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

test('datapackage.json validates with Frictionless: its profile, then every resource cast by its Table Schema', async () => {
	const { pkg, read } = await frictionlessPackage();
	expect(pkg.errors.map(String)).toEqual([]);
	expect(pkg.valid).toBe(true);
	// Validated against the tabular profile (the library names it after its schema's title), the strictest.
	expect(pkg.profile.name).toMatch(/^tabular-data[ -]package$/);
	expect([...read.keys()].sort()).toEqual(
		dataPackage()
			.resources.map((r) => r.name)
			.sort(),
	);
	for (const [name, rows] of read) {
		expect(rows, name).not.toBeInstanceOf(Error);
		expect((rows as unknown[]).length, name).toBeGreaterThan(0);
	}
	// Read by Frictionless, each « CSV pour Excel » (`;`, decimal comma) holds the values of its CSV.
	for (const { id } of sources) expect(read.get(`${id}-excel`), `${id}-excel`).toEqual(read.get(id));
});

test('Frictionless refuses what the package must not publish (else the validation above proves nothing)', async () => {
	const [first] = sources;
	const { pkg } = await frictionlessPackage((files) => {
		const descriptor = JSON.parse(files.get('datapackage.json')!) as { resources: { name: string }[] };
		descriptor.resources[0]!.name = 'Un nom avec des espaces';
		files.set('datapackage.json', JSON.stringify(descriptor));
	});
	expect(pkg.valid).toBe(false);
	// A decimal comma in the comma-separated CSV, whose schema says point decimals, is not a number.
	const { read } = await frictionlessPackage((files) => {
		const path = `${first!.id}.csv`;
		const [header, line, ...rest] = files.get(path)!.split('\r\n');
		files.set(path, [header, line!.replace(/,(\d+)(?=,|$)/, ',"$1,5"'), ...rest].join('\r\n'));
	});
	expect(read.get(first!.id)).toBeInstanceOf(Error);
	expect(read.get(`${first!.id}-excel`)).not.toBeInstanceOf(Error);
});

test('each dataset’s source is a part of a built document', () => {
	for (const resource of dataPackage().resources.filter((r) => r.name !== 'deliberations')) {
		expect(resource.sources, resource.name).toHaveLength(1);
		const { pathname, hash } = new URL(resource.sources[0]!.path);
		const html = readBuilt(pathname);
		expect(hash, resource.name).toMatch(/^#./);
		expect(html, `${pathname}${hash}`).toContain(`id="${hash.slice(1)}"`);
	}
});

for (const source of sources) {
	test(`${source.id}: the CSV and JSON downloads hold the rows of ${source.file}`, () => {
		const marked = source.totalRow !== undefined;
		const columns: ColumnSpec[] = [...source.published, ...(marked ? [{ name: TOTAL_ROW_COLUMN, type: 'string' as const }] : [])];
		const csv = parseTable(readDist(`${source.id}.csv`), columns);
		expect(csv.issues).toEqual([]);
		const label = source.columns[0]!.name;
		expect(csv.rows).toEqual(
			source.publishedRows.map((row, i) => ({
				...downloaded(row, source.published),
				...(marked ? { [TOTAL_ROW_COLUMN]: String(source.table.rows[i]![label] === source.totalRow) } : {}),
			})),
		);
		const json = JSON.parse(readDist(`${source.id}.json`)) as { rows: Row[]; columns: { name: string; type: string }[] };
		expect(json.columns.map((c) => [c.name, c.type])).toEqual(source.published.map((c) => [c.name, c.type]));
		expect(json.rows).toEqual(source.publishedRows);
	});

	test(`${source.id}: its « CSV pour Excel » (BOM, « ; », decimal comma, CRLF) reads back to the values of its CSV`, () => {
		const excel = readExcel(`${source.id}-excel.csv`);
		expect(
			excel
				.split('\n')
				.slice(0, -1)
				.every((line) => line.endsWith('\r')),
			'CRLF line ends',
		).toBe(true);
		const csvCells = cellsOf(readDist(`${source.id}.csv`));
		const numberColumn = (i: number) => source.published[i]?.type === 'number';
		expect(excelAsCsvCells(excel, numberColumn)).toEqual(csvCells);
		// A decimal figure is written with a comma: 4,2 M€, not 4.2.
		const decimals = cellsOf(excel, ';')
			.slice(1)
			.flatMap((row) => row.filter((cell, i) => numberColumn(i) && cell !== ''));
		expect(
			decimals.filter((cell) => cell.includes('.')),
			source.id,
		).toEqual([]);
	});
}

test('no downloaded CSV text cell begins with a formula character', () => {
	const files = readdirSync(donnees).filter((f) => f.endsWith('.csv'));
	// Each dataset's CSV and « CSV pour Excel », and the délibérations.
	expect(files.length).toBe(2 * sources.length + 1);
	const resourceOf = new Map(dataPackage().resources.map((r) => [r.path, r]));
	for (const file of files) {
		const resource = resourceOf.get(file)!;
		const fields = resource.schema.fields;
		const [, ...rows] = resourceCells(resource);
		for (const row of rows) {
			row.forEach((cell, i) => {
				// A number column may hold "-3"; it is a number, not a formula (its type is checked above).
				if (fields[i]!.type === 'string') expect(cell, `${file}: ${cell}`).not.toMatch(SPREADSHEET_FORMULA);
				expect(cell, `${file}: ${cell}`).not.toMatch(/^[=+@\t\r]/);
			});
		}
	}
});

test('the délibération of 17 December 2020: 83 pour, 0 contre, 0 abstention, in CSV and JSON', () => {
	const [header, ...rows] = cellsOf(readDist('deliberations.csv'));
	const records = rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]])));
	const row = records.find((r) => r.DELIB_URL?.endsWith(paths.document(DELIBERATION_DIJON.slug)));
	expect(row).toMatchObject({
		COLL_NOM: 'Dijon Métropole',
		DELIB_DATE: '2020-12-17',
		VOTE_EFFECTIF: '86',
		VOTE_REEL: '83',
		VOTE_POUR: '83',
		VOTE_CONTRE: '0',
		VOTE_ABSTENTION: '0',
		// The sources give neither the SIRET nor the prefecture's number: they stay empty.
		COLL_SIRET: '',
		PREF_ID: '',
	});
	const json = JSON.parse(readDist('deliberations.json')) as { rows: Record<string, unknown>[] };
	expect(json.rows.find((r) => r.DELIB_DATE === '2020-12-17')).toMatchObject({
		VOTE_POUR: 83,
		VOTE_CONTRE: 0,
		VOTE_ABSTENTION: 0,
		COLL_SIRET: null,
	});
});

test('the catalogue has the stable anchor of every dataset, with its downloads and source', async ({ page }) => {
	await page.goto(paths.data.catalogue);
	for (const { id, document, anchor } of sources) {
		const entry = page.locator(`[id="${id}"]`);
		await expect(entry, `#${id}`).toHaveCount(1);
		await expect(entry.locator(`a[href="${paths.data.csv(id)}"]`)).toHaveCount(1);
		await expect(entry.locator(`a[href="${paths.data.json(id)}"]`)).toHaveCount(1);
		await expect(entry.locator(`a[href="${paths.data.excelCsv(id)}"]`, { hasText: 'CSV pour Excel' })).toHaveCount(1);
		// Its source: the part of the document where the table stands.
		await expect(entry.locator(`a[href="${paths.document(document, anchor)}"]`)).toHaveCount(1);
		await expect(entry.locator('a[rel="license"]')).toHaveAttribute('href', 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/');
		await expect(entry.locator('.citation')).toContainText(paths.data.entry(id));
	}
	await expect(page.locator('#deliberations')).toHaveCount(1);
	await expect(page.locator(`a[href="${paths.data.dataPackage}"]`)).toHaveCount(1);
});

test('a dataset’s footnotes called by its rows are in its catalogue entry and its datapackage.json description', async ({ page }) => {
	const resources = new Map(dataPackage().resources.map((r) => [r.name, r]));
	await page.goto(paths.data.catalogue);
	let called = 0;
	for (const { id, columns, footnotes, table } of sources) {
		const labels = table.rows.map((row) => String(row[columns[0]!.name] ?? ''));
		for (const note of footnotes) {
			const call = /^\(\d+\)/.exec(note)?.[0];
			const entryNotes = page.locator(`[id="${id}"] .table-notes`);
			if (call && !labels.some((label) => label.includes(call))) {
				await expect(entryNotes.filter({ hasText: note })).toHaveCount(0);
				continue;
			}
			called++;
			await expect(entryNotes, `#${id}`).toContainText(note);
			expect(resources.get(id)?.description, id).toContain(note);
		}
	}
	// Annexes 1 and 2 each call (1) and (2).
	expect(called).toBeGreaterThanOrEqual(4);
});

test('the downloads are served as UTF-8 CSV and JSON, readable from other sites', async ({ request }) => {
	const csv = await request.get(paths.data.csv(sources[0]!.id));
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(csv.headers()['access-control-allow-origin']).toBe('*');
	const json = await request.get(paths.data.dataPackage);
	expect(json.headers()['content-type']).toMatch(/^application\/json/);
	expect(json.headers()['access-control-allow-origin']).toBe('*');
});

test('each table of a document links its data and its catalogue entry', async ({ page }) => {
	for (const { id, document } of sources) {
		await page.goto(paths.document(document));
		await expect(page.locator(`a[href="${paths.data.csv(id)}"]`), id).toHaveCount(1);
		await expect(page.locator(`a[href="${paths.data.excelCsv(id)}"]`, { hasText: 'CSV pour Excel' }), id).toHaveCount(1);
		await expect(page.locator(`a[href="${paths.data.entry(id)}"]`), id).toHaveCount(1);
	}
});

test('each chart’s CSV has its « CSV pour Excel » beside it, linked under the chart, with the same values', async ({ page }) => {
	const territories = join(distDir, 'territoires');
	const charts = readdirSync(territories, { recursive: true, encoding: 'utf8' }).filter(
		(f) => /\/graphiques\/[^/]+\.csv$/.test(f) && !f.endsWith('-excel.csv'),
	);
	expect(charts.length, 'Dijon has charts').toBeGreaterThan(0);
	for (const file of charts) {
		const csvCells = cellsOf(readDist(file, territories));
		const excel = readExcel(file.replace(/\.csv$/, '-excel.csv'), territories);
		// Every column but the first holds figures.
		expect(
			excelAsCsvCells(excel, (i) => i > 0),
			file,
		).toEqual(csvCells);
		const csvPath = `/territoires/${file}`;
		const territory = file.split('/')[0]!;
		await page.goto(paths.territory(territory));
		await expect(page.locator(`a[href="${paths.excelCsvOf(csvPath)}"]`, { hasText: 'CSV pour Excel' }), file).toHaveCount(1);
	}
});
