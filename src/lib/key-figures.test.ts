import { describe, expect, test } from 'vitest';
import { quoteInText, resolveKeyFigure, type KeyFigureDataset } from './key-figures';

const annexe1: KeyFigureDataset = {
	id: 'annexe-1',
	document: { collection: 'documents', id: 'dijon-avenant-2020-2022' },
	anchor: 'annexe-1',
	columns: [
		{ name: 'ligne', type: 'string' },
		{ name: 'total', type: 'number', unit: 'k€' },
	],
	rows: [
		{ ligne: 'Production', total: 15428 },
		{ ligne: 'Total Général', total: 30603 },
	],
};
const texts: Record<string, string> = {
	metz: '- 116 000 logements\n- 1200 logements produits\nannuellement',
};
const lookups = {
	dataset: (id: string) => (id === 'annexe-1' ? annexe1 : undefined),
	documentText: (id: string) => texts[id],
};

describe('resolveKeyFigure', () => {
	test('takes a dataset cell with its unit and its source part', () => {
		const figure = resolveKeyFigure(
			{ label: 'Mobilisés', scope: 'Dijon', dataset: 'annexe-1', row: 'Total Général', column: 'total' },
			lookups,
		);
		expect(figure).toMatchObject({ quoted: false, document: 'dijon-avenant-2020-2022', anchor: 'annexe-1' });
		expect(typeof figure !== 'string' && figure.value.replace(/[\u00a0\u202f]/g, ' ')).toBe("30,6 millions d'euros");
		expect(typeof figure !== 'string' && figure.exact?.text.replace(/[\u00a0\u202f]/g, ' ')).toBe('30 603 k€');
		expect(typeof figure !== 'string' && figure.exact?.euros).toBe(30_603_000);
	});

	test('writes counts as numbers, with no exact amount beside', () => {
		const counts: KeyFigureDataset = { ...annexe1, columns: [annexe1.columns[0]!, { name: 'total', type: 'number', unit: 'nombre' }] };
		const figure = resolveKeyFigure(
			{ label: 'Aides', scope: 'Dijon', dataset: 'annexe-1', row: 'Total Général', column: 'total' },
			{ ...lookups, dataset: () => counts },
		);
		expect(figure).toMatchObject({ value: '30\u202f603', quoted: false });
		expect(typeof figure !== 'string' && figure.exact).toBeUndefined();
	});

	test('takes a quote that stands word for word in its document, across line breaks', () => {
		const figure = resolveKeyFigure(
			{ label: 'Production', scope: 'Metz', quote: '1200 logements produits annuellement', document: 'metz', anchor: 'x' },
			lookups,
		);
		expect(figure).toMatchObject({ value: '1200 logements produits annuellement', quoted: true });
	});

	test.each([
		[
			{ label: 'l', scope: 's', quote: '117 000 logements', document: 'metz', anchor: 'x' },
			/« 117 000 logements » ne figure pas mot pour mot/,
		],
		[{ label: 'l', scope: 's', quote: '116 000', document: 'lyon', anchor: 'x' }, /document « lyon » introuvable/],
		[{ label: 'l', scope: 's', dataset: 'annexe-9', row: 'Total Général', column: 'total' }, /« annexe-9 » introuvable/],
		[{ label: 'l', scope: 's', dataset: 'annexe-1', row: 'Total', column: 'total' }, /pas de ligne « Total »/],
		[{ label: 'l', scope: 's', dataset: 'annexe-1', row: 'Total Général', column: 'ligne' }, /pas de nombre en colonne « ligne »/],
	])('refuses an invented or unfound figure: %o', (spec, message) => {
		expect(resolveKeyFigure(spec, lookups)).toMatch(message);
	});
});

describe('quoteInText', () => {
	test('folds spaces, keeps every character else', () => {
		expect(quoteInText('2 027 logements', 'réalisation de 2\u00a0027\nlogements (52%')).toBe(true);
		expect(quoteInText('2 027 logement', 'de 2 027 logements')).toBe(true);
		expect(quoteInText('2 028 logements', 'de 2 027 logements')).toBe(false);
	});
});
