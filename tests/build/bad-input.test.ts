/**
 * Bad input never produces a wrong page. Each fixture of tests/fixtures/bad-input/ is put into a
 * copy of the project, and `astro build` must stop with the file, the line or field, and what is
 * wrong. The valid fixtures must build, so that each failure is the input's doing, not the harness's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { projectCopy, projectRoot, type ProjectCopy } from '../support/project-copy';

const FIXTURES = join(projectRoot, 'tests/fixtures/bad-input');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const ANNEXE_1 = 'data/dijon/dijon-avenant-2020-2022-annexe-1.csv';
const AVENANT_PAGE = 'dist/documents/dijon-avenant-2020-2022/index.html';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.dispose());

function buildWith(files: Record<string, string>) {
	copy = projectCopy();
	for (const [path, text] of Object.entries(files)) copy.write(path, text);
	return { ...copy.build(), copy };
}

/** Each case: the fixture, where it goes in the project, and what the build must say. */
const catalogue = [
	{ fixture: 'csv-total-off.csv', at: ANNEXE_1, says: [`${ANNEXE_1}:3`, '« total_2017_2019 »', '15 176', '15 175'] },
	{ fixture: 'csv-missing-column.csv', at: ANNEXE_1, says: [`${ANNEXE_1}:1`, 'colonne(s) manquante(s) : annee_2019'] },
	{ fixture: 'csv-extra-column.csv', at: ANNEXE_1, says: [`${ANNEXE_1}:1`, 'colonne(s) en trop : annee_2020'] },
	{ fixture: 'csv-not-a-number.csv', at: ANNEXE_1, says: [`${ANNEXE_1}:3`, '« annee_2018 »', "« cinq mille » n'est pas un nombre"] },
	{ fixture: 'csv-empty.csv', at: ANNEXE_1, says: [`${ANNEXE_1}:1`, 'le fichier est vide'] },
	{ fixture: 'csv-formula.csv', at: ANNEXE_1, says: [`${ANNEXE_1}:3`, '« ligne »', 'formule'] },
	{
		fixture: 'doc-unknown-territory.mdx',
		at: 'content/documents/dijon/dijon-test.mdx',
		says: ['content/documents/dijon/dijon-test.mdx', '« territory »', '« lyon » inconnu'],
	},
	{
		fixture: 'doc-unknown-kind.mdx',
		at: 'content/documents/dijon/dijon-test.mdx',
		says: ['content/documents/dijon/dijon-test.mdx', 'kind', '« circulaire » n\'est pas une valeur de la liste'],
	},
	{
		fixture: 'doc-invalid-date.mdx',
		at: 'content/documents/dijon/dijon-test.mdx',
		says: ['content/documents/dijon/dijon-test.mdx:9', '« 2021-02-30 » n\'est pas une date du calendrier'],
	},
	{
		fixture: 'doc-empty-title.mdx',
		at: 'content/documents/dijon/dijon-test.mdx',
		says: ['content/documents/dijon/dijon-test.mdx', 'title'],
	},
	{
		fixture: 'doc-missing-relation.mdx',
		at: 'content/documents/dijon/dijon-test.mdx',
		says: ['content/documents/dijon/dijon-test.mdx', '« relations[0].target »', '« dijon-avenant-2099-2101 » introuvable'],
	},
	{
		fixture: 'doc-vote-too-many.mdx',
		at: 'content/documents/dijon/dijon-test.mdx',
		says: ['content/documents/dijon/dijon-test.mdx', 'vote: pour + contre + abstention + ne se prononce pas = 93, plus que présents + procurations = 83'],
	},
	{
		fixture: 'doc-vote-not-deliberation.mdx',
		at: 'content/documents/dijon/dijon-test.mdx',
		says: ['content/documents/dijon/dijon-test.mdx', 'vote: réservé aux délibérations (kind: deliberation), pas à « communique »'],
	},
	{
		fixture: 'doc-forbidden-jsx.mdx',
		at: 'content/documents/dijon/dijon-test.mdx',
		says: [
			'content/documents/dijon/dijon-test.mdx:20: <Chart> n’est pas permis dans le texte d’un document',
			'content/documents/dijon/dijon-test.mdx:22: expression « {1 + 1} » : du code, pas du texte',
		],
	},
	{
		fixture: 'doc-duplicate-slug.mdx',
		at: 'content/documents/metz/dijon-avenant-2020-2022.mdx',
		says: ['dijon-avenant-2020-2022', 'content/documents/dijon/dijon-avenant-2020-2022.mdx', 'content/documents/metz/dijon-avenant-2020-2022.mdx'],
	},
	{
		fixture: 'glossary-invented-expansion.yaml',
		at: 'content/glossaire.yaml',
		says: [
			'content/glossaire.yaml: entrée « npnru »',
			'« developpement » : « Nouveau Plan National de Rénovation Urbaine » ne figure pas dans content/documents/dijon/dijon-convention-cadre-2017-2019.mdx',
		],
	},
] as const;

describe('astro build on bad input', () => {
	test('builds the valid fixtures: a new document, and Annexe 1 as a French spreadsheet exports it', () => {
		const { status, output, copy } = buildWith({
			'content/documents/dijon/dijon-test.mdx': fixture('valid-document.mdx'),
			[ANNEXE_1]: fixture('excel-fr-annexe-1.csv'),
		});
		expect(status, output).toBe(0);
		const page = copy.read(AVENANT_PAGE).replace(/[\u00a0\u202f]/g, ' ');
		for (const figure of ['7 385 k€', '15 428 k€', '15 175 k€', '30 603 k€']) expect(page).toContain(figure);
		expect(copy.read('dist/documents/dijon-test/index.html')).toContain('DOCUMENT DE TEST');
	});

	test('a dataset may not take the name of another file of /donnees/', () => {
		copy = projectCopy();
		copy.copy(ANNEXE_1, 'data/dijon/deliberations.csv');
		copy.copy(ANNEXE_1.replace(/\.csv$/, '.meta.json'), 'data/dijon/deliberations.meta.json');
		const { status, output } = copy.build();
		expect(status, output).not.toBe(0);
		expect(output).toContain('data/dijon/deliberations.csv: le nom « deliberations » est réservé');
	});

	test.each(catalogue)('$fixture stops the build: $says', ({ fixture: name, at, says }) => {
		const { status, output } = buildWith({ [at]: fixture(name) });
		expect(status, output).not.toBe(0);
		const plain = output.replace(/[\u00a0\u202f]/g, ' ');
		for (const text of says) expect(plain, output).toContain(text);
	});
});
