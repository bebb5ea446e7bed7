import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { corpus, splitFrontmatter, type CorpusDocument } from '../../tests/support/corpus';
import { projectRoot } from '../../tests/support/project-copy';
import { isPartAnchor, partAnchor } from './anchors';
import { draftDocument, frenchDate, mdxText, type Draft } from './draft';
import { coverage, fromExtraction } from './fidelity';

const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');

/** The part anchors of a published page, in order, from its MDX headings (as src/integrations/part-anchors.ts gives them). */
function publishedAnchors(document: CorpusDocument): string[] {
	const { body } = splitFrontmatter(read(document.file));
	return body.split('\n').flatMap((line) => {
		const byHand = /^<h[2-6] id="([^"]+)"/.exec(line)?.[1];
		const heading = /^#{2,6}\s+(.*)$/.exec(line)?.[1];
		const anchor = byHand ?? (heading === undefined ? undefined : partAnchor(heading.replace(/<[^>]+>/g, '')));
		return anchor && isPartAnchor(anchor) ? [anchor] : [];
	});
}

const territoryOf = (id: string) => {
	const territory = corpus.territories.find((t) => t.id === id)!;
	return { id, name: territory.name, partner: territory.name };
};

const draftOf = (document: CorpusDocument, source = read(`sources/${document.source.file}`), slug?: string) =>
	draftDocument({
		source,
		sourceFile: document.source.file,
		territory: territoryOf(document.territory),
		kind: document.kind,
		...(slug && { slug }),
	});

/** The words of the draft (title and body) against the source's. */
const fidelityOf = (draft: Draft, document: CorpusDocument) => {
	const { frontmatter, body } = splitFrontmatter(draft.mdx);
	const { title, preTitle = [] } = parse(frontmatter) as { title: string; preTitle?: string[] };
	return coverage(fromExtraction(read(`sources/${document.source.file}`)), [...preTitle, title, body.replace(/<[^>]+>/g, '')].join('\n'));
};

// Damage of other PDFs, applied to copies of the five sources.
/** The source re-cut at `width` columns, as another PDF's margins would. */
const rewrap = (text: string, width: number) =>
	text
		.split('\n')
		.flatMap((line) => {
			const lines: string[] = [];
			let current = '';
			for (const word of line.split(/(?<=\S)(?= )/)) {
				if (current.trim() && (current + word).trimEnd().length > width) {
					lines.push(current);
					current = word.trimStart();
				} else current += word;
			}
			return [...lines, current];
		})
		.join('\n');
/** Pages of `every` lines, each with a running header and a numbered footer, separated by form feeds. */
const paginate = (text: string, every: number) => {
	const lines = text.split('\n');
	const pages: string[][] = [];
	for (let i = 0; i < lines.length; i += every) pages.push(lines.slice(i, i + every));
	return pages.map((page, n) => `Convention de territoire – Action Logement\n\n${page.join('\n')}\n\n${n + 1}/${pages.length}`).join('\f');
};
const otherGlyphs = (text: string) =>
	text
		.replace(/^(\s*)•/gm, '$1\uF0B7')
		.replace(/^(\s*)▪/gm, '$1➢')
		.replace(/^(\s*)- /gm, '$1– ');

const items = (draft: Draft) => draft.mdx.split('\n').filter((line) => /^\s*(?:-|\d+\.) /.test(line)).length;

const documents = corpus.documents.filter((d) => d.source.file);

describe('draftDocument on the five sources', () => {
	for (const document of documents) {
		describe(document.slug, () => {
			const draft = draftOf(document);

			it('holds at least 99.5 % of the source’s words, in order', () => {
				expect(draft.fidelity.ratio).toBeGreaterThanOrEqual(0.995);
				// The figure the importer prints is the one the text bears out.
				expect(fidelityOf(draft, document).ratio).toBeGreaterThanOrEqual(0.995);
			});

			it('has the anchors of the published page', () => {
				expect(draft.anchors).toEqual(publishedAnchors(document));
			});

			it('gives the published slug by default, from territory, kind and the date or period in the text', () => {
				expect(draft.slug).toBe(document.slug);
			});

			it('carries no word that is not in the source, outside its frontmatter', () => {
				const { body } = splitFrontmatter(draft.mdx);
				const extra = coverage(body.replace(/<[^>]+>/g, ''), fromExtraction(read(`sources/${document.source.file}`)));
				expect(extra.missing.join(' ')).toBe('');
			});

			it('reads the same from other PDFs: re-cut lines, page headers and footers, form feeds, other bullets, CRLF', () => {
				const source = read(`sources/${document.source.file}`);
				for (const [damage, text] of [
					['re-cut at 60 columns', rewrap(source, 60)],
					['re-cut at 45 columns', rewrap(source, 45)],
					['pages with a header and a footer', paginate(source, 30)],
					['other bullet glyphs', otherGlyphs(source)],
				] as const) {
					const variant = draftOf(document, text);
					expect(fidelityOf(variant, document).ratio, damage).toBeGreaterThanOrEqual(0.995);
					expect(variant.anchors, damage).toEqual(publishedAnchors(document));
					expect(variant.mdx, damage).not.toMatch(/Convention de territoire – Action Logement|\b\d+\/\d+$/m);
				}
				expect(items(draftOf(document, otherGlyphs(source)))).toBe(items(draft));
				expect(draftOf(document, source.replace(/\n/g, '\r\n')).mdx).toBe(draft.mdx);
			});
		});
	}
});

describe('draftDocument', () => {
	const avenant = documents.find((d) => d.kind === 'avenant')!;
	const draft = draftOf(avenant);

	it('writes a frontmatter that names what it could not infer', () => {
		const { frontmatter } = splitFrontmatter(draft.mdx);
		expect(frontmatter).toContain('kind: avenant');
		expect(frontmatter).toContain('wording: "XX décembre 2020"');
		expect(frontmatter).toContain('period: { start: 2020, end: 2022 }');
		expect(frontmatter).toContain(
			'#   - { name: "Dominique BOURGOIS", role: "Président du CRAL de Bourgogne-Franche-Comté", organisation: "À COMPLÉTER" }',
		);
		expect(draft.toCheck.join('\n')).toMatch(/signataires/);
	});

	it('writes a table of figures as a draft CSV, flagged, and keeps its text in the document', () => {
		expect(draft.tables).toHaveLength(1);
		const [table] = draft.tables;
		expect(table!.id).toBe(`${avenant.slug}-tableau-1`);
		expect(table!.csv.split('\r\n').slice(1, 4)).toEqual([
			'Production de logement social et intermédiaire (1),7385,4567,3476,15428',
			'Services et aides aux salariés (2),5836,5678,3661,15175',
			'Total Général,13221,10245,7137,30603',
		]);
		expect(table!.meta).toMatchObject({ document: avenant.slug, anchor: 'annexe-1', nature: expect.stringMatching(/^À COMPLÉTER/) });
		expect(draft.toCheck.join('\n')).toContain(`${table!.id}.draft.csv`);
		expect(draft.mdx).toContain('7 385 4 567 3 476 15 428');
	});

	it('takes the slug it is given', () => {
		expect(draftOf(avenant, undefined, 'dijon-avenant-essai').slug).toBe('dijon-avenant-essai');
	});
});

describe('frenchDate', () => {
	it('reads a French date, and refuses a day that is not in the calendar', () => {
		expect(frenchDate('A Dijon, le 26 janvier 2021')).toEqual({ iso: '2021-01-26', wording: '26 janvier 2021' });
		expect(frenchDate('le 1er octobre 2019')?.iso).toBe('2019-10-01');
		expect(frenchDate('le 30 fevrier 2021')).toBeUndefined();
		expect(frenchDate('XX décembre 2020')).toBeUndefined();
	});
});

describe('mdxText', () => {
	it('keeps braces and angle brackets as text, and writes superscripts', () => {
		expect(mdxText('ARTICLE 1^{ER} {x} <y>')).toBe('ARTICLE 1<sup>ER</sup> \\{x\\} &lt;y>');
	});
});
