import { describe, expect, test } from 'vitest';
import { headingSlug, isPartAnchor, partAnchor, partLabel, partPhrase } from './anchors';

describe('partAnchor', () => {
	test.each([
		['ARTICLE 1 : OBJET DE L’AVENANT', 'article-1'],
		['ARTICLE 1ER — OBJET DE LA CONVENTION CADRE DE TERRITOIRE', 'article-1'],
		['ARTICLE 2.1 : BILAN DES ENGAGEMENTS D’ACTION LOGEMENT 2017-2019', 'article-2-1'],
		['ARTICLE 2.2. LES AXES THEMATIQUES DU PARTENARIAT 2020-2022', 'article-2-2'],
		['ARTICLE 5 - DUREE DE LA CONVENTION CADRE DE TERRITOIRE', 'article-5'],
		["2.1. Porter en commun l'attractivité Grand Dijon et sa promotion", 'article-2-1'],
		["2.3.1 Production d'une offre nouvelle", 'article-2-3-1'],
		['2.4.2. Accession à la propriété', 'article-2-4-2'],
		['2.5 Accompagner la politique de mixité sociale', 'article-2-5'],
		['ANNEXE 1 DE L’AVENANT : TABLEAU DES CONCOURS FINANCIERS', 'annexe-1'],
		['Annexe 2', 'annexe-2'],
		['PREAMBULE', 'preambule'],
		['Préambule', 'preambule'],
	])('%s -> %s', (text, anchor) => {
		expect(partAnchor(text)).toBe(anchor);
	});

	test.each([
		['Les engagements de la convention quinquennale'],
		['Membres présents :'],
		['2017 a été la première année'],
		['Annexes jointes au présent avenant :'],
		['Articles divers'],
	])('%s has no part anchor', (text) => {
		expect(partAnchor(text)).toBeUndefined();
	});
});

describe('isPartAnchor', () => {
	test.each([
		['article-1', true],
		['article-2-1', true],
		['annexe-1', true],
		['preambule', true],
		['article-', false],
		['membres-presents', false],
	])('%s -> %s', (anchor, expected) => {
		expect(isPartAnchor(anchor)).toBe(expected);
	});
});

describe('headingSlug', () => {
	test.each([
		['Des indicateurs économiques très favorables', 'des-indicateurs-economiques-tres-favorables'],
		['LOUER POUR L’EMPLOI (LPE)', 'louer-pour-l-emploi-lpe'],
		[
			"Les enjeux du Grand Dijon : l'attractivité du bassin de vie métropolitain",
			'les-enjeux-du-grand-dijon-l-attractivite-du-bassin-de-vie',
		],
		['Membres présents :', 'membres-presents'],
		['À PROPOS D’ACTION LOGEMENT', 'a-propos-d-action-logement'],
		['', 'section'],
	])('%s -> %s', (text, slug) => {
		expect(headingSlug(text)).toBe(slug);
	});
});

describe('partLabel', () => {
	test.each([
		['article-1', 'article 1'],
		['article-2-1', 'article 2.1'],
		['article-2-3-1', 'article 2.3.1'],
		['annexe-2', 'annexe 2'],
		['preambule', 'préambule'],
		['a-propos-de-metz-metropole', undefined],
	])('%s -> %s', (anchor, label) => {
		expect(partLabel(anchor)).toBe(label);
	});
});

describe('partPhrase', () => {
	test.each([
		['article-1', 'l’article 1'],
		['article-2-1', 'l’article 2.1'],
		['article-2-3-1', 'l’article 2.3.1'],
		['annexe-2', 'l’annexe 2'],
		['preambule', 'le préambule'],
	])('%s -> %s', (anchor, label) => {
		expect(partPhrase(anchor)).toBe(label);
	});

	test('refuses an anchor that is not a part', () => {
		expect(() => partPhrase('membres-presents')).toThrow(/membres-presents/);
	});
});
