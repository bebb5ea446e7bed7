import { describe, expect, test } from 'vitest';
import { parseTable } from './csv';
import { deliberationRow, deliberationsCsv, deliberationsJson, filledColumns, scdlFields, type DeliberationSource } from './deliberations';

const site = new URL('https://partenariats.example/');

/** The frontmatter of the délibération of 17 December 2020, as content/documents gives it. */
const dijon: DeliberationSource = {
	id: 'dijon-deliberation-2020-12-17',
	data: {
		title: 'Action Logement : avenant 2020-2022 à la convention-cadre avec Dijon Métropole',
		source: { issuer: 'Dijon Métropole' },
		dates: [
			{ kind: 'seance', date: '2020-12-17' },
			{ kind: 'convocation', date: '2020-12-11' },
		],
		matiere: 'HABITAT, POLITIQUE DE LA VILLE ET URBANISME',
		vote: { membersInOffice: 86, present: 74, proxies: 9, pour: 83, contre: 0, abstention: 0 },
	},
};

const bare: DeliberationSource = {
	id: 'x-deliberation-2019-01-01',
	data: { title: 'Objet', source: { issuer: 'Ville de X' }, dates: [{ kind: 'convocation', date: '2018-12-20' }] },
};

describe('SCDL Délibérations', () => {
	test('has the 17 columns of the standard (2.1.5), in its order', () => {
		expect(scdlFields.map((f) => f.name)).toEqual([
			'COLL_NOM',
			'COLL_SIRET',
			'DELIB_ID',
			'DELIB_DATE',
			'DELIB_MATIERE_CODE',
			'DELIB_MATIERE_NOM',
			'DELIB_OBJET',
			'BUDGET_ANNEE',
			'BUDGET_NOM',
			'PREF_ID',
			'PREF_DATE',
			'VOTE_EFFECTIF',
			'VOTE_REEL',
			'VOTE_POUR',
			'VOTE_CONTRE',
			'VOTE_ABSTENTION',
			'DELIB_URL',
		]);
	});

	test('fills a row from the frontmatter only; what the sources do not give stays empty', () => {
		expect(deliberationRow(dijon, site)).toEqual({
			COLL_NOM: 'Dijon Métropole',
			COLL_SIRET: null,
			DELIB_ID: null,
			DELIB_DATE: '2020-12-17',
			DELIB_MATIERE_CODE: null,
			DELIB_MATIERE_NOM: 'HABITAT, POLITIQUE DE LA VILLE ET URBANISME',
			DELIB_OBJET: 'Action Logement : avenant 2020-2022 à la convention-cadre avec Dijon Métropole',
			BUDGET_ANNEE: null,
			BUDGET_NOM: null,
			PREF_ID: null,
			PREF_DATE: null,
			VOTE_EFFECTIF: 86,
			VOTE_REEL: 83,
			VOTE_POUR: 83,
			VOTE_CONTRE: 0,
			VOTE_ABSTENTION: 0,
			DELIB_URL: 'https://partenariats.example/documents/dijon-deliberation-2020-12-17/',
		});
	});

	test.each([
		['no vote', bare, { DELIB_DATE: null, VOTE_EFFECTIF: null, VOTE_REEL: null, VOTE_POUR: null, DELIB_MATIERE_NOM: null }],
		[
			'a vote without proxies given',
			{ ...bare, data: { ...bare.data, vote: { present: 30, pour: 30, contre: 0, abstention: 0 } } },
			{ VOTE_REEL: null, VOTE_POUR: 30, VOTE_EFFECTIF: null },
		],
		[
			'a vote with no proxy',
			{ ...bare, data: { ...bare.data, vote: { present: 30, proxies: 0, pour: 28, contre: 1, abstention: 1 } } },
			{ VOTE_REEL: 30, VOTE_POUR: 28, VOTE_CONTRE: 1, VOTE_ABSTENTION: 1 },
		],
	])('%s: invents nothing', (_, doc, expected) => {
		expect(deliberationRow(doc, site)).toMatchObject(expected);
	});

	test('the CSV has the standard’s header and reads back to the same row', () => {
		const csv = deliberationsCsv([deliberationRow(dijon, site)]);
		const [header] = csv.split('\r\n');
		expect(header).toBe(scdlFields.map((f) => f.name).join(','));
		const parsed = parseTable(
			csv,
			scdlFields.map((f) => ({ name: f.name, type: f.type === 'integer' ? 'number' : 'string' })),
		);
		expect(parsed.issues).toEqual([]);
		expect(parsed.rows).toEqual([deliberationRow(dijon, site)]);
	});

	test('a title a spreadsheet would run is written as text', () => {
		const csv = deliberationsCsv([deliberationRow({ ...bare, data: { ...bare.data, title: '-1 poste' } }, site)]);
		expect(csv).toContain(`"'-1 poste"`);
	});

	test('the JSON holds the same rows with the standard’s columns', () => {
		const rows = [deliberationRow(dijon, site)];
		const json = deliberationsJson(rows);
		expect(json.rows).toEqual(rows);
		expect(json.columns).toBe(scdlFields);
		expect(json.standard.version).toBe('2.1.5');
	});

	test('counts the rows that fill each column', () => {
		const filled = filledColumns([deliberationRow(dijon, site), deliberationRow(bare, site)]);
		expect(filled).toMatchObject({ COLL_NOM: 2, COLL_SIRET: 0, DELIB_DATE: 1, VOTE_POUR: 1, DELIB_URL: 2 });
	});
});
