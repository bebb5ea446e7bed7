import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readDataset } from './csv-datasets';

const root = mkdtempSync(join(tmpdir(), 'csv-datasets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const meta = {
	title: 'T',
	caption: 'C',
	description: 'D',
	territory: 'dijon',
	document: 'dijon-avenant-2020-2022',
	anchor: 'annexe-1',
	nature: 'bilan',
	period: { start: 2017, end: 2019 },
	columns: [
		{ name: 'ligne', label: 'Ligne', type: 'string', description: 'Ligne' },
		{ name: 'total', label: 'Total', type: 'number', unit: 'k€', description: 'Total' },
	],
};

/** Writes `<name>.csv` and, unless `metaText` is null, its `.meta.json`; returns the CSV's path. */
function dataset(name: string, csv: string, metaText: string | null) {
	writeFileSync(join(root, `${name}.csv`), csv);
	if (metaText !== null) writeFileSync(join(root, `${name}.meta.json`), metaText);
	return join(root, `${name}.csv`);
}

describe('readDataset', () => {
	test('reads the rows of a valid dataset, with the metadata as written', async () => {
		const result = await readDataset(dataset('ok', 'ligne,total\nA,-12\n', JSON.stringify(meta)), root);
		expect(result.problems).toEqual([]);
		expect(result.data).toMatchObject({ document: 'dijon-avenant-2020-2022', rows: [{ ligne: 'A', total: -12 }], lines: [2] });
	});

	test.each([
		['no metadata', null, [{ file: 'none.csv', message: 'pas de métadonnées : none.meta.json est attendu à côté du CSV' }]],
		['invalid JSON', '{', [{ file: 'none.meta.json', message: expect.stringMatching(/^JSON invalide/) }]],
		[
			'a unit out of the list, with its field path',
			JSON.stringify({ ...meta, columns: [meta.columns[0], { ...meta.columns[1], unit: 'k$' }] }),
			[{ file: 'none.meta.json', field: 'columns[1].unit', message: expect.stringMatching(/« k\$ » n'est pas une valeur de la liste/) }],
		],
		[
			'a missing field',
			JSON.stringify({ ...meta, caption: undefined }),
			[{ file: 'none.meta.json', field: 'caption', message: expect.any(String) }],
		],
	])('refuses %s', async (_, metaText, problems) => {
		rmSync(join(root, 'none.meta.json'), { force: true });
		const result = await readDataset(dataset('none', 'ligne,total\nA,1\n', metaText), root);
		expect(result.problems).toEqual(problems);
		expect(result.data).toBeUndefined();
	});

	test('refuses a formula in a text cell, with its line and column', async () => {
		const result = await readDataset(dataset('formula', 'ligne,total\n-A,1\n', JSON.stringify(meta)), root);
		expect(result.problems).toEqual([
			{ file: 'formula.csv', line: 2, message: expect.stringMatching(/^colonne « ligne » : « -A » commence par/) },
		]);
	});
});
