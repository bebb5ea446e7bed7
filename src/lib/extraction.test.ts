import { describe, expect, it } from 'vitest';
import { dropPageFurniture, repairExtraction, sourceLines, splitFigures, textWidth, type Block } from './extraction';

const text = (blocks: Block[]) =>
	blocks.map((b) => (b.type === 'list' ? b.items.map((i) => i.text).join(' | ') : b.type === 'table' ? b.paragraphs.join(' / ') : b.text));
const kinds = (blocks: Block[]) => blocks.map((b) => b.type);

describe('sourceLines', () => {
	it('reads every kind of line end, counts pages by form feed and keeps each line number', () => {
		const lines = sourceLines('\uFEFFun\r\ndeux\rtrois\n\fquatre\n  cinq');
		expect(lines.map((l) => [l.text, l.line, l.page])).toEqual([
			['un', 1, 1],
			['deux', 2, 1],
			['trois', 3, 1],
			['', 4, 1],
			['quatre', 4, 2],
			['cinq', 5, 2],
		]);
		expect(lines[5]!.indent).toBe(2);
	});

	it('splits a line into cells at its tabs', () => {
		expect(sourceLines('M. A\tMme B\t\tM. C')[0]!.cells).toEqual(['M. A', 'Mme B', 'M. C']);
		expect(sourceLines('sans tabulation')[0]!.cells).toBeUndefined();
	});
});

describe('rule 2: page furniture', () => {
	const page = (n: number, body: string) => `Convention Dijon – Action Logement\n\n${body}\n\nPage ${n}/3`;
	it('drops a header and a footer repeated at the edges of the pages, and page numbers', () => {
		const raw = [page(1, 'Premier texte.'), page(2, 'Deuxième texte.'), page(3, 'Troisième texte.')].join('\f');
		const dropped = dropPageFurniture(sourceLines(raw)).map((l) => l.text);
		expect(dropped).toEqual([
			'Convention Dijon – Action Logement',
			'Page 1/3',
			'Convention Dijon – Action Logement',
			'Page 2/3',
			'Convention Dijon – Action Logement',
			'Page 3/3',
		]);
		expect(text(repairExtraction(raw).blocks)).toEqual(['Premier texte.', 'Deuxième texte.', 'Troisième texte.']);
	});

	it('drops a bare page number next to a page break, not a figure inside a page', () => {
		const raw = 'Un texte qui continue\n1\fsur la page suivante.\n2017\nFin.';
		const { blocks, dropped } = repairExtraction(raw);
		expect(dropped.map((l) => l.text)).toEqual(['1']);
		expect(text(blocks).join(' ')).toContain('2017');
	});

	it('keeps a line that only looks the same on one page', () => {
		expect(dropPageFurniture(sourceLines('Titre\n\nTexte.'))).toEqual([]);
	});
});

describe('rule 4: paragraphs', () => {
	it('joins the lines the PDF cut, across the blank lines of a double-spaced page', () => {
		const raw = 'Le 23 décembre 2020, François REBSAMEN, Maire de Dijon et Président de Dijon\n\nmétropole, a signé.\n\nUne autre phrase.';
		expect(text(repairExtraction(raw).blocks)).toEqual([
			'Le 23 décembre 2020, François REBSAMEN, Maire de Dijon et Président de Dijon métropole, a signé.',
			'Une autre phrase.',
		]);
	});

	it('joins a line about as long as the text when it ends with no punctuation, even before a capital', () => {
		const long = 'Dominique BOURGEOIS, Président du Comité régional d’Action Logement';
		const raw = `${long}\nBourgogne Franche-Comté, a signé.\nAutre ${'texte '.repeat(12)}fin.`;
		expect(text(repairExtraction(raw).blocks)[0]).toBe(`${long} Bourgogne Franche-Comté, a signé.`);
	});

	it('ends a paragraph at a short line, a full stop, a colon or a semicolon', () => {
		const raw =
			'Ci-après désignée « Dijon métropole »,\nEt\nACTION LOGEMENT GROUPE, association régie par la loi.\nPlus précisément :\nRien ; \nAutre chose.';
		expect(text(repairExtraction(raw).blocks)).toEqual([
			'Ci-après désignée « Dijon métropole »,',
			'Et',
			'ACTION LOGEMENT GROUPE, association régie par la loi.',
			'Plus précisément :',
			'Rien ;',
			'Autre chose.',
		]);
	});

	it('drops the hyphen of a word cut at a line end when the text writes it whole elsewhere, and says so', () => {
		const { blocks, hyphenations } = repairExtraction(
			'représentée par son Président, dûment habilité par délibéra-\ntion du Conseil en date du 12 décembre.\nUne autre délibération.',
		);
		expect(text(blocks)[0]).toBe('représentée par son Président, dûment habilité par délibération du Conseil en date du 12 décembre.');
		expect(hyphenations).toEqual([{ line: 1, word: 'délibération' }]);
	});

	it('joins a word hyphenated at a line end without a space', () => {
		const raw = 'sous l’égide de « éco-\nhabitat » tant pour la construction, conformément à l’article L.313-17-\n3 du CCH.';
		expect(text(repairExtraction(raw).blocks)).toEqual([
			'sous l’égide de « éco-habitat » tant pour la construction, conformément à l’article L.313-17-3 du CCH.',
		]);
	});

	it('joins a parenthesis or a footnote call to the line above it', () => {
		expect(text(repairExtraction('Année 2017\n(en k€)\n\nProduction de logement social\n(1)\n\nFin ;\n(voir plus loin)').blocks)).toEqual([
			'Année 2017 (en k€)',
			'Production de logement social (1)',
			'Fin ;',
			'(voir plus loin)',
		]);
	});

	it('reads a full stop before a small letter as an abbreviation', () => {
		expect(text(repairExtraction('voir le tableau (cf.\nannexe) du texte.').blocks)).toEqual(['voir le tableau (cf. annexe) du texte.']);
	});
});

describe('rule 3: headings and their anchors', () => {
	const headings = (raw: string) =>
		repairExtraction(raw).blocks.flatMap((b) => (b.type === 'heading' ? [[b.level, b.text, b.anchor ?? null, b.explicitId ?? false]] : []));

	it('makes ARTICLE, Article n –, sub-articles, ANNEXE and PREAMBULE headings, at the level of their numbering', () => {
		const raw = [
			'PREAMBULE',
			'Texte du préambule.',
			'ARTICLE 1^{ER} — OBJET',
			'Texte.',
			'Article 2 – Nature des engagements',
			'Texte.',
			'2.1. Porter en commun l’attractivité',
			'Texte.',
			'2.3.1 Production d’une offre nouvelle',
			'Texte.',
			'ARTICLE 2.2. LES AXES',
			'Texte.',
			'ANNEXE 1 DE L’AVENANT : TABLEAU',
			'Texte.',
		].join('\n');
		expect(headings(raw)).toEqual([
			[2, 'PREAMBULE', 'preambule', false],
			[2, 'ARTICLE 1^{ER} — OBJET', 'article-1', false],
			[2, 'Article 2 – Nature des engagements', 'article-2', false],
			[3, '2.1. Porter en commun l’attractivité', 'article-2-1', false],
			[4, '2.3.1 Production d’une offre nouvelle', 'article-2-3-1', false],
			[3, 'ARTICLE 2.2. LES AXES', 'article-2-2', false],
			[2, 'ANNEXE 1 DE L’AVENANT : TABLEAU', 'annexe-1', false],
		]);
	});

	it('gives the preamble formula its anchor by hand', () => {
		expect(headings('Ci-après désigné « Action Logement »,\n Il est rappelé ce qui suit :\n\nTexte.')).toEqual([
			[2, 'Il est rappelé ce qui suit :', 'preambule', true],
		]);
	});

	it('joins a heading in capitals cut over two lines', () => {
		const raw =
			'ARTICLE 3 : RESERVATION PREVISIONNELLE DES CONCOURS FINANCIERS PAR ACTION\nLOGEMENT SERVICES\n\nAfin de favoriser les interventions.';
		expect(headings(raw)).toEqual([
			[2, 'ARTICLE 3 : RESERVATION PREVISIONNELLE DES CONCOURS FINANCIERS PAR ACTION LOGEMENT SERVICES', 'article-3', false],
		]);
	});

	it('reads no heading in an annex named inside a list, nor a numbered figure before the articles', () => {
		const blocks = repairExtraction(
			'Annexes jointes :\n- Annexe 1 : tableau des concours ;\n2.000 logements construits.\n15.2 M€ mobilisés.',
		).blocks;
		expect(kinds(blocks)).toEqual(['paragraph', 'list', 'paragraph', 'paragraph']);
	});
});

describe('bullets and lists', () => {
	it('rebuilds lists from •, ▪, –, - and the private-use glyphs of symbol fonts, one item per glyph', () => {
		for (const glyph of ['•', '▪', '–', '-', '\uF0B7', '\uF0A7', '➢']) {
			const raw = `Trois engagements :\n${glyph} analyser les besoins des salariés du\nterritoire ;\n${glyph} accompagner les salariés ;\n${glyph} informer les entreprises.\nLa suite.`;
			const blocks = repairExtraction(raw).blocks;
			expect(kinds(blocks), glyph).toEqual(['paragraph', 'list', 'paragraph']);
			expect(text(blocks)[1], glyph).toBe(
				'analyser les besoins des salariés du territoire ; | accompagner les salariés ; | informer les entreprises.',
			);
		}
	});

	it('nests "o" items, and dashes under another glyph, below the item before them', () => {
		const raw =
			'• La mobilité, à hauteur de :\no 100 millions d’euros ;\no 50 millions d’euros.\n• La lutte contre :\n- 145 millions d’euros ;\n- 300 millions d’euros.';
		const [list] = repairExtraction(raw).blocks;
		expect(list?.type).toBe('list');
		if (list?.type !== 'list') return;
		expect(list.items.map((i) => [i.text, i.children.map((c) => c.text)])).toEqual([
			['La mobilité, à hauteur de :', ['100 millions d’euros ;', '50 millions d’euros.']],
			['La lutte contre :', ['145 millions d’euros ;', '300 millions d’euros.']],
		]);
	});

	it('keeps dashes at one level when they open the list', () => {
		const [, list] = repairExtraction('Trois axes :\n- un ;\n- deux ;\n- trois.').blocks;
		expect(list?.type === 'list' && list.items.map((i) => i.children.length)).toEqual([0, 0, 0]);
	});

	it('rule 6: rebuilds the items whose glyph was lost, indented after an introduction', () => {
		const raw =
			'Le Groupe dispose d’outils complémentaires et puissants :\n\n Un pôle « services » dédié aux besoins des salariés,\n\n et financer le logement.\n\n Un pôle "immobilier » qui produit une offre.\n\nS’appuyant sur la force du Groupe ainsi constitué, les partenaires sociaux ont souhaité agir.';
		const { blocks } = repairExtraction(raw);
		expect(kinds(blocks)).toEqual(['paragraph', 'list', 'paragraph']);
		const list = blocks[1];
		expect(list?.type === 'list' && list.glyphLost).toBe(true);
		expect(text(blocks)[1]).toBe(
			'Un pôle « services » dédié aux besoins des salariés, et financer le logement. | Un pôle "immobilier » qui produit une offre.',
		);
	});

	it('numbered items as an ordered list, and tab-separated cells as one item each, row by row', () => {
		const numbered = repairExtraction('Les points :\n1. un consensus ;\n2. une dynamique.').blocks[1];
		expect(numbered?.type === 'list' && numbered.ordered).toBe(true);
		const cells = repairExtraction('Membres présents :\nM. A\tM. B\tM. C\nMme D\tM. E').blocks[1];
		expect(cells?.type === 'list' && cells.items.map((i) => i.text)).toEqual(['M. A', 'M. B', 'M. C', 'Mme D', 'M. E']);
	});
});

describe('rule 5: tables as runs of numbers', () => {
	it('reads French thousands: a group of three digits belongs to the figure before it', () => {
		expect(splitFigures('7 385 4 567 3 476 15 428')).toEqual(['7 385', '4 567', '3 476', '15 428']);
		expect(splitFigures('13 221 10 245 7 137 30 603')).toEqual(['13 221', '10 245', '7 137', '30 603']);
		expect(splitFigures('15,2 4,2')).toEqual(['15,2', '4,2']);
	});

	it('finds rows of figures, with a label on the line before its figures, and keeps every word as text', () => {
		const raw =
			'Production de logement social et intermédiaire\n(1)\n\n7 385 4 567 3 476 15 428\n\nServices et aides aux salariés (2) 5 836 5 678 3 661 15 175\n\nTotal Général 13 221 10 245 7 137 30 603\n\n(1) cette ligne comprend les financements.';
		const { blocks } = repairExtraction(raw);
		expect(kinds(blocks)).toEqual(['table', 'paragraph']);
		const table = blocks[0];
		if (table?.type !== 'table') throw new Error('no table');
		expect(table.rows.map((r) => [r.label, ...r.values])).toEqual([
			['Production de logement social et intermédiaire (1)', '7 385', '4 567', '3 476', '15 428'],
			['Services et aides aux salariés (2)', '5 836', '5 678', '3 661', '15 175'],
			['Total Général', '13 221', '10 245', '7 137', '30 603'],
		]);
		expect(table.paragraphs.join(' ')).toContain('7 385 4 567 3 476 15 428');
	});

	it('sees no table in one sentence ending with figures', () => {
		expect(kinds(repairExtraction('Le numéro SIREN est le 824 581 623').blocks)).toEqual(['paragraph']);
	});
});

describe('rule 7: intertitles', () => {
	const long =
		'Le Grand Dijon est composé de vingt-quatre communes qui regroupent une population nombreuse et active, au carrefour de grands axes.';
	it('makes a short line standing alone before a paragraph an intertitle, one level below its part', () => {
		const raw = `PREAMBULE\n\nLes enjeux du Grand Dijon\n\n${long}\n\nARTICLE 1 : OBJET\n\nSERVICES AUX SALARIES\n\n${long}`;
		const headings = repairExtraction(raw).blocks.flatMap((b) => (b.type === 'heading' ? [[b.level, b.text, b.rule]] : []));
		expect(headings).toEqual([
			[2, 'PREAMBULE', 'part'],
			[3, 'Les enjeux du Grand Dijon', 'intertitle'],
			[2, 'ARTICLE 1 : OBJET', 'part'],
			[3, 'SERVICES AUX SALARIES', 'intertitle'],
		]);
	});

	it('leaves the lines of the letterhead, and a line followed by a short one, as paragraphs', () => {
		const raw = `Certifié conforme à l'acte transmis\n\nCOMMUNIQUE DE PRESSE\n\n${long}\n\nDIJON METROPOLE ACTION LOGEMENT\n\nFrançois REBSAMEN`;
		expect(kinds(repairExtraction(raw).blocks)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
	});
});

describe('textWidth', () => {
	it('is the length most lines reach', () => {
		expect(textWidth(sourceLines(['a'.repeat(10), 'b'.repeat(80), 'c'.repeat(78), 'd'.repeat(79), ''].join('\n')))).toBe(80);
	});
});
