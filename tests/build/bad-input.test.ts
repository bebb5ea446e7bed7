/**
 * Bad input never produces a wrong page. Each case (a fixture of tests/fixtures/bad-input/, or the
 * valid document with one change) is put into a copy of the project, and `astro build` must stop
 * with the file, the line or field, and what is wrong. The valid fixtures must build, so that each
 * failure is the input's doing, not the harness's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { paths } from '../../src/lib/paths';
import { AVENANT_DIJON, CONVENTION_DIJON } from '../support/corpus';
import { validDocument, withBody, withFrontmatter } from '../support/fixture-document';
import { projectCopy, projectRoot, type ProjectCopy } from '../support/project-copy';
import { distFile } from '../support/site';
import { plainSpaces } from '../support/text';

const FIXTURES = join(projectRoot, 'tests/fixtures/bad-input');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const fixtureBytes = (name: string) => readFileSync(join(FIXTURES, name));
const META_1 = `data/${AVENANT_DIJON.territory}/${AVENANT_DIJON.slug}-annexe-1.meta.json`;
const ANNEXE_1 = `data/${AVENANT_DIJON.territory}/${AVENANT_DIJON.slug}-annexe-1.csv`;
/** The figures of article 2.1 as a table: its « Total » row (9 363) is checked like the annexes' « Total Général ». */
const ARTICLE_2_1 = `data/${AVENANT_DIJON.territory}/${AVENANT_DIJON.slug}-article-2-1.csv`;
/** A territory's text, as written (`content/territoires/<id>.md`). */
const TERRITORY_DIJON = 'content/territoires/dijon.md';
const territoryText = (id: string) => readFileSync(join(projectRoot, `content/territoires/${id}.md`), 'utf8');
/** Where each document case goes: a new document of Dijon. */
const TEST_SLUG = 'dijon-test';
const NEW_DOCUMENT = `content/documents/dijon/${TEST_SLUG}.mdx`;

let copy: ProjectCopy | undefined;
afterEach(() => copy?.dispose());

function buildWith(files: Readonly<Record<string, string | Uint8Array>>) {
	copy = projectCopy();
	for (const [path, text] of Object.entries(files)) copy.write(path, text);
	return { ...copy.build(), copy };
}

/** A file of the project with one passage replaced; a passage that is not there fails the test here, saying which. */
function rewritten(file: string, passage: string, replacement: string): string {
	const text = readFileSync(join(projectRoot, file), 'utf8');
	if (!text.includes(passage)) throw new Error(`${file} : « ${passage} » introuvable`);
	return text.replace(passage, replacement);
}

/** Each case: the input, where it goes in the project, and what the build must say. A document case is the one change it makes to the valid document. */
interface BadInput {
	case: string;
	/** The file's text, or its bytes (a file that is not UTF-8). */
	text: string | Uint8Array;
	at: string;
	/** Other files of the project the case changes, by path. */
	also?: Readonly<Record<string, string>>;
	says: readonly string[];
}

const catalogue: readonly BadInput[] = [
	{
		case: 'csv-total-off.csv',
		text: fixture('csv-total-off.csv'),
		at: ANNEXE_1,
		says: [`${ANNEXE_1}:3`, '« total_2017_2019 »', '15 176', '15 175'],
	},
	{
		case: 'csv-article-2-1-total-off.csv',
		text: fixture('csv-article-2-1-total-off.csv'),
		at: ARTICLE_2_1,
		says: [`${ARTICLE_2_1}:7`, '« nombre »', '« Total »', '9 364', '9 363'],
	},
	{
		case: 'csv-missing-column.csv',
		text: fixture('csv-missing-column.csv'),
		at: ANNEXE_1,
		says: [`${ANNEXE_1}:1`, 'colonne(s) manquante(s) : annee_2019'],
	},
	{
		case: 'csv-extra-column.csv',
		text: fixture('csv-extra-column.csv'),
		at: ANNEXE_1,
		says: [`${ANNEXE_1}:1`, 'colonne(s) en trop : annee_2020'],
	},
	{
		case: 'csv-not-a-number.csv',
		text: fixture('csv-not-a-number.csv'),
		at: ANNEXE_1,
		says: [`${ANNEXE_1}:3`, '« annee_2018 »', "« cinq mille » n'est pas un nombre"],
	},
	{
		case: 'csv-windows-1252.csv',
		text: fixtureBytes('csv-windows-1252.csv'),
		at: ANNEXE_1,
		says: [`${ANNEXE_1}:2: octet 0xE9 à la colonne 40 : le fichier n'est pas en UTF-8`, '« CSV UTF-8 (délimité par des virgules) »'],
	},
	{
		case: 'csv-figure-too-long.csv',
		text: fixture('csv-figure-too-long.csv'),
		at: ANNEXE_1,
		says: [`${ANNEXE_1}:2`, '« annee_2017 »', `« ${'9'.repeat(20)}… » : 310 chiffres`],
	},
	{
		case: 'csv-ambiguous-comma.csv',
		text: fixture('csv-ambiguous-comma.csv'),
		at: ANNEXE_1,
		says: [`${ANNEXE_1}:2`, '« annee_2017 »', '« 7,385 » : virgule suivie de trois chiffres, ambiguë', '"decimalMark": ","'],
	},
	{
		case: 'a meta file that is JSON null',
		text: 'null\n',
		at: META_1,
		says: [`${META_1}: les métadonnées sont un objet JSON`],
	},
	{
		case: 'a text saved in Windows-1252',
		text: Buffer.from(`${validDocument().trimEnd()}\n\nChenôve.\n`, 'latin1'),
		at: NEW_DOCUMENT,
		says: [`${NEW_DOCUMENT}:20: « \uFFFD » (U+FFFD) à la colonne 5 : le fichier n'est pas en UTF-8`],
	},
	{ case: 'csv-empty.csv', text: fixture('csv-empty.csv'), at: ANNEXE_1, says: [`${ANNEXE_1}:1`, 'le fichier est vide'] },
	{ case: 'csv-formula.csv', text: fixture('csv-formula.csv'), at: ANNEXE_1, says: [`${ANNEXE_1}:3`, '« ligne »', 'formule'] },
	{
		case: 'a document of an unknown territory',
		text: withFrontmatter({ territory: 'lyon' }),
		at: NEW_DOCUMENT,
		says: [NEW_DOCUMENT, '« territory »', '« lyon » inconnu'],
	},
	{
		case: 'a document of an unknown kind',
		text: withFrontmatter({ kind: 'circulaire' }),
		at: NEW_DOCUMENT,
		says: [NEW_DOCUMENT, 'kind', "« circulaire » n'est pas une valeur de la liste"],
	},
	{
		// The date stands on line 9 of the valid document; the change keeps every line where it was.
		case: 'a document dated on a day the calendar has not',
		text: withFrontmatter({ 'dates.0.date': '2021-02-30' }),
		at: NEW_DOCUMENT,
		says: [`${NEW_DOCUMENT}:9`, "« 2021-02-30 » n'est pas une date du calendrier"],
	},
	{
		// js-yaml reads it as 2 March; the date stands on line 9.
		case: 'a timestamp of 30 February',
		text: withFrontmatter({ 'dates.0.date': '2021-02-30T00:00:00Z' }),
		at: NEW_DOCUMENT,
		says: [`${NEW_DOCUMENT}:9`, "« 2021-02-30T00:00:00Z » n'est pas une date du calendrier"],
	},
	{
		// js-yaml reads it as 2021-03-01T04:00:00Z, which would be kept as 1 March.
		case: 'a day with a time',
		text: withFrontmatter({ 'dates.0.date': '2021-02-28T23:00:00-05:00' }),
		at: NEW_DOCUMENT,
		says: [`${NEW_DOCUMENT}:9`, '« 2021-02-28T23:00:00-05:00 » : une date sans heure est attendue (AAAA-MM-JJ)'],
	},
	{
		// Dated on the day the avenant is signed, so that each relation keeps the chronology: only the loop is wrong.
		case: 'a document and the avenant in a loop',
		text: withFrontmatter({ 'dates.0.date': '2020-12-23', 'relations.0.type': 'modifie' }),
		at: NEW_DOCUMENT,
		also: {
			[AVENANT_DIJON.file]: rewritten(
				AVENANT_DIJON.file,
				`  - { type: modifie, target: ${CONVENTION_DIJON.slug} }\n`,
				`  - { type: modifie, target: ${CONVENTION_DIJON.slug} }\n  - { type: modifie, target: ${TEST_SLUG} }\n`,
			),
		},
		says: [
			`${AVENANT_DIJON.file}: champ « relations[1].target » : les relations forment un cycle`,
			`${AVENANT_DIJON.slug} → ${TEST_SLUG} → ${AVENANT_DIJON.slug} (${NEW_DOCUMENT})`,
		],
	},
	{
		case: 'a communiqué before what it announces',
		text: withFrontmatter({ 'dates.0.date': '2020-01-15' }),
		at: NEW_DOCUMENT,
		says: [
			`${NEW_DOCUMENT}: champ « relations[0].target » : « annonce » vise ${AVENANT_DIJON.slug} (${AVENANT_DIJON.file})`,
			'daté au plus tôt du 17 décembre 2020, postérieur à ce document (au plus tard le 15 janvier 2020)',
			"une relation s'écrit sur l'acte le plus récent",
		],
	},
	{
		// The relation written on the wrong act: against the chronology, and a loop with the avenant's own relation.
		case: 'the convention modifying the avenant',
		text: rewritten(CONVENTION_DIJON.file, 'relations: []\n', `relations:\n  - { type: modifie, target: ${AVENANT_DIJON.slug} }\n`),
		at: CONVENTION_DIJON.file,
		says: [
			`${CONVENTION_DIJON.file}: champ « relations[0].target » : « modifie » vise ${AVENANT_DIJON.slug} (${AVENANT_DIJON.file})`,
			'daté au plus tôt du 17 décembre 2020, postérieur à ce document (au plus tard le 10 avril 2017)',
			"une relation s'écrit sur l'acte le plus récent",
			`les relations forment un cycle : ${AVENANT_DIJON.slug} → ${CONVENTION_DIJON.slug} → ${AVENANT_DIJON.slug}`,
		],
	},
	{
		case: 'a document with an empty title',
		text: withFrontmatter({ title: '' }),
		at: NEW_DOCUMENT,
		says: [NEW_DOCUMENT, 'title'],
	},
	{
		case: 'a document related to a missing document',
		text: withFrontmatter({ 'relations.0.target': 'dijon-avenant-2099-2101' }),
		at: NEW_DOCUMENT,
		says: [NEW_DOCUMENT, '« relations[0].target »', '« dijon-avenant-2099-2101 » introuvable'],
	},
	{
		case: 'a délibération with more votes than members present and represented',
		text: withFrontmatter({
			kind: 'deliberation',
			'dates.0.kind': 'seance',
			'relations.0.type': 'approuve',
			vote: { membersInOffice: 86, present: 74, proxies: 9, pour: 93, contre: 0, abstention: 0 },
		}),
		at: NEW_DOCUMENT,
		says: [NEW_DOCUMENT, 'champ « vote » : pour + contre + abstention + ne se prononce pas = 93, plus que présents + procurations = 83'],
	},
	{
		case: 'a vote outside a délibération',
		text: withFrontmatter({ vote: { pour: 83, contre: 0, abstention: 0 } }),
		at: NEW_DOCUMENT,
		says: [NEW_DOCUMENT, 'champ « vote » : réservé aux délibérations (kind: deliberation), pas à « communique »'],
	},
	{
		// The body's lines: the valid document's text ends on line 18; the component stands on 20, the expression on 22.
		case: 'code in a text: a component the site does not have, and an expression',
		text: withBody((body) => `${body}\n<Chart id="bilan" />\n\nLe total est de {1 + 1} logements.\n`),
		at: NEW_DOCUMENT,
		says: [
			`${NEW_DOCUMENT}:20: <Chart> n’est pas permis dans le texte d’un document`,
			`${NEW_DOCUMENT}:22: expression « {1 + 1} » : du code, pas du texte`,
		],
	},
	{
		// Official text, not code: each line holds one thing a text may not publish; the valid text ends on line 18.
		case: 'links that run code, and HTML that is code, in a text',
		text: withBody(
			(body) =>
				`${body}\n[clic](javascript:alert(1))\n\n[clic](JaVaScRiPt:alert(1))\n\n[clic](&#106;avascript:alert(1))\n\n` +
				`[clic](data:text/html;base64,PHNjcmlwdD4=)\n\n<script>alert(1)</script>\n\n<img src="x" onerror="alert(1)" />\n\n` +
				`<iframe src="https://exemple.fr"></iframe>\n\n<span onclick="alert(1)">x</span>\n`,
		),
		at: NEW_DOCUMENT,
		says: [
			`${NEW_DOCUMENT}:20: lien : adresse « javascript:alert(1) » : du code, pas un lien`,
			`${NEW_DOCUMENT}:22: lien : adresse « JaVaScRiPt:alert(1) » : du code, pas un lien`,
			`${NEW_DOCUMENT}:24: lien : adresse « javascript:alert(1) » : du code, pas un lien`,
			`${NEW_DOCUMENT}:26: lien : adresse « data:text/html;base64,PHNjcmlwdD4= » : « data: » n’est pas permis`,
			`${NEW_DOCUMENT}:28: <script> : du code`,
			`${NEW_DOCUMENT}:30: <img> n’est pas permis`,
			`${NEW_DOCUMENT}:32: <iframe> : du code ou une page d’un autre site`,
			`${NEW_DOCUMENT}:34: attribut « onclick » de <span> : un gestionnaire d’événement est du code`,
		],
	},
	{
		// MDX reads « <javascript:…> » as a tag it cannot parse: the message gives the file's line and what to write.
		case: 'an autolink to javascript: in a text',
		text: withBody((body) => `${body}\n<javascript:alert(1)>\n`),
		at: NEW_DOCUMENT,
		says: [`${NEW_DOCUMENT}:20: texte illisible (colonne 1) : un « < » ouvre une balise en MDX`],
	},
	{
		// A territory's text is Markdown that Astro renders: the same links refused, and raw HTML, which Markdown would keep as written.
		case: 'a link that runs code, and raw HTML, in a territory’s Markdown',
		text: `${territoryText('dijon').trimEnd()}\n\nVoir [le site](javascript:alert(1)).\n\n<img src="x" onerror="alert(1)">\n`,
		at: TERRITORY_DIJON,
		says: [
			`${TERRITORY_DIJON}:${territoryText('dijon').trimEnd().split('\n').length + 2}: lien : adresse « javascript:alert(1) » : du code`,
			`${TERRITORY_DIJON}:${territoryText('dijon').trimEnd().split('\n').length + 4}: « <img src="x" onerror="alert(1)"> » : du HTML, qu’un texte .md n’a pas`,
		],
	},
	{
		case: 'a second document with the slug of an existing one',
		text: withFrontmatter({ shortTitle: 'Doublon' }),
		at: `content/documents/metz/${AVENANT_DIJON.slug}.mdx`,
		says: [AVENANT_DIJON.slug, AVENANT_DIJON.file, `content/documents/metz/${AVENANT_DIJON.slug}.mdx`],
	},
	{
		case: 'glossary-invented-expansion.yaml',
		text: fixture('glossary-invented-expansion.yaml'),
		at: 'content/glossaire.yaml',
		says: [
			'content/glossaire.yaml: entrée « npnru »',
			`« developpement » : « Nouveau Plan National de Rénovation Urbaine » ne figure pas dans ${CONVENTION_DIJON.file}`,
		],
	},
];

describe('astro build on bad input', () => {
	test('builds the valid fixtures: a new document, and Annexe 1 as a French spreadsheet exports it, its metadata with a BOM', () => {
		const { status, output, copy } = buildWith({
			[NEW_DOCUMENT]: validDocument(),
			[ANNEXE_1]: fixture('excel-fr-annexe-1.csv'),
			[META_1]: `\uFEFF${readFileSync(join(projectRoot, META_1), 'utf8')}`,
		});
		expect(status, output).toBe(0);
		const page = plainSpaces(copy.read(distFile(paths.document(AVENANT_DIJON.slug))));
		for (const figure of ['7 385 k€', '15 428 k€', '15 175 k€', '30 603 k€']) expect(page).toContain(figure);
		expect(copy.read(distFile(paths.document(TEST_SLUG)))).toContain('DOCUMENT DE TEST');
	});

	test('a very long text builds, and the build names its page and its search fragment as too heavy', () => {
		// 1.2 MB of words drawn from the avenant's own, in an order gzip cannot fold: what a long act weighs.
		const words = readFileSync(join(projectRoot, AVENANT_DIJON.file), 'utf8').match(/\p{L}{4,}/gu)!;
		let seed = 1;
		const next = () => (seed = (seed * 48271) % 2147483647);
		const paragraphs = Array.from({ length: 1500 }, () => Array.from({ length: 110 }, () => words[next() % words.length]).join(' ') + '.');
		const { status, output } = buildWith({ [NEW_DOCUMENT]: withBody((body) => `${body}\n${paragraphs.join('\n\n')}\n`) });
		expect(status, output).toBe(0);
		const plain = plainSpaces(output);
		expect(plain).toMatch(new RegExp(`${paths.document(TEST_SLUG)} : page HTML de 1,\\d Mo, au-delà de 1 Mo`));
		expect(plain).toMatch(
			new RegExp(
				`${paths.document(TEST_SLUG)} : fragment de recherche compressé, téléchargé par chaque résultat, de \\d+ ko, au-delà de 64 ko`,
			),
		);
		// The real pages are far from it.
		expect(plain.match(/au-delà de/g)).toHaveLength(2);
	});

	test(`a dataset may not take the name of another file of ${paths.data.catalogue}`, () => {
		copy = projectCopy();
		copy.copy(ANNEXE_1, 'data/dijon/deliberations.csv');
		copy.copy(ANNEXE_1.replace(/\.csv$/, '.meta.json'), 'data/dijon/deliberations.meta.json');
		const { status, output } = copy.build();
		expect(status, output).not.toBe(0);
		expect(output).toContain('data/dijon/deliberations.csv: le nom « deliberations » est réservé');
	});

	test.each(catalogue)('$case stops the build: $says', ({ text, at, also, says }) => {
		const { status, output } = buildWith({ ...also, [at]: text });
		expect(status, output).not.toBe(0);
		const plain = plainSpaces(output);
		for (const text of says) expect(plain, output).toContain(text);
		// The editors' message alone: no stack trace, none of Astro's hints (« document » in a path reads to it as a browser API).
		expect(output, output).not.toMatch(/^\s+at |Hint:|Browser APIs|Stack trace/m);
		expect(output).toContain('Construction arrêtée : le contenu est invalide.');
	});
});
