import { describe, expect, test } from 'vitest';
import { citation, type CitationFacts } from './citation';

const site = 'https://partenariats.example';
const avenant: CitationFacts = {
	issuer: 'Dijon Métropole et Action Logement',
	title: 'AVENANT A LA CONVENTION CADRE DE TERRITOIRE ENTRE LA METROPOLE DE DIJON ET ACTION LOGEMENT',
	kind: 'Avenant',
	date: '2020-12-23',
	url: `${site}/documents/dijon-avenant-2020-2022/`,
	siteName: 'Partenariats Action Logement',
};

describe('citation', () => {
	test.each([
		[
			'an avenant',
			avenant,
			'Dijon Métropole et Action Logement, « AVENANT A LA CONVENTION CADRE DE TERRITOIRE ENTRE LA METROPOLE DE DIJON ET ACTION LOGEMENT », avenant, 23 décembre 2020. Partenariats Action Logement, https://partenariats.example/documents/dijon-avenant-2020-2022/ (consulté le [date de consultation]).',
		],
		[
			'a press release of the first of the month',
			{ ...avenant, issuer: 'Action Logement', title: 'UN TITRE', kind: 'Communiqué de presse', date: '2019-10-01' },
			'Action Logement, « UN TITRE », communiqué de presse, 1er octobre 2019. Partenariats Action Logement, https://partenariats.example/documents/dijon-avenant-2020-2022/ (consulté le [date de consultation]).',
		],
		[
			'a document no source dates',
			{ ...avenant, kind: 'Délibération', date: undefined },
			'Dijon Métropole et Action Logement, « AVENANT A LA CONVENTION CADRE DE TERRITOIRE ENTRE LA METROPOLE DE DIJON ET ACTION LOGEMENT », délibération, sans date. Partenariats Action Logement, https://partenariats.example/documents/dijon-avenant-2020-2022/ (consulté le [date de consultation]).',
		],
	])('%s', (_name, facts, expected) => {
		expect(citation(facts).replace(/\u00a0/g, ' ')).toBe(expected);
	});
});
