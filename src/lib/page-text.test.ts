import { describe, expect, test } from 'vitest';
import { EDITORIAL_NOTE_LABEL } from './document-body';
import { datasetTableText, documentText } from './page-text';
import { EMPTY_CELL, EMPTY_CELL_SPOKEN } from './table';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const dataset = {
	caption: 'Concours financiers 2017-2019, en k€',
	columns: [
		{ name: 'ligne', label: 'PRETS, AIDES ET SERVICES', type: 'string' as const },
		{ name: 'annee_2017', label: 'Année 2017 (en k€)', type: 'number' as const, unit: 'k€' as const },
		{ name: 'montant', label: 'Montant', type: 'number' as const, unit: 'M€' as const },
	],
	rows: [
		{ ligne: 'Production (1)', annee_2017: 7385, montant: 4.2 },
		{ ligne: 'Total Général', annee_2017: 13221, montant: null },
	],
	totalRow: 'Total Général',
	footnotes: ['(1) Prêts et subventions'],
	notes: ['La délibération arrondit ce total.'],
};

describe('datasetTableText', () => {
	test('caption, headers, rows in fr-FR with their units, footnotes and notes, in the order of the page', () => {
		expect(plain(datasetTableText(dataset)).split('\n')).toEqual([
			'Concours financiers 2017-2019, en k€',
			'PRETS, AIDES ET SERVICES',
			'Année 2017 (en k€)',
			'Montant',
			'Production (1)',
			'7 385 k€',
			'4,2 M€',
			'Total Général',
			'13 221 k€',
			`${EMPTY_CELL} ${EMPTY_CELL_SPOKEN}`,
			'(1) Prêts et subventions',
			EDITORIAL_NOTE_LABEL,
			'La délibération arrondit ce total.',
		]);
	});
});

describe('documentText', () => {
	const head = { preTitle: ['A Dijon, le 26 janvier 2021', 'COMMUNIQUE DE PRESSE'], title: 'UN TITRE' };

	test('the lines above the title, the title, then the body with each table where it stands', () => {
		const text = documentText(
			head,
			[{ html: '<h2>ARTICLE 1<sup>ER</sup></h2><p>Texte.</p>' }, { dataset: 'a' }, { html: '<p>Fin.</p>' }],
			(id) => (id === 'a' ? 'Tableau A' : undefined),
		);
		expect(text).toBe('A Dijon, le 26 janvier 2021\nCOMMUNIQUE DE PRESSE\nUN TITRE\nARTICLE 1ER Texte.\nTableau A\nFin.');
	});

	test('a table without its dataset adds nothing', () => {
		expect(documentText({ preTitle: [], title: 'T' }, [{ dataset: 'absent' }], () => undefined)).toBe('T');
	});
});
