/** The published corpus as the tests read it, from content/: so that adding a document or a territory needs no test change. */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { DateKind, DocumentKind } from '../../src/lib/domain.ts';
import { projectRoot } from './project-copy.ts';

export interface CorpusDocument {
	/** The file name without its extension: the document's address is `paths.document(slug)`. */
	slug: string;
	/** Its MDX file, relative to the project (`content/documents/<territory>/<slug>.mdx`). */
	file: string;
	kind: DocumentKind;
	territory: string;
	title: string;
	shortTitle: string;
	source: { file: string; description: string; issuer: string };
	dates: { kind: DateKind; date: string }[];
}

export interface CorpusTerritory {
	/** The file name without its extension: the territory's address is `paths.territory(id)`. */
	id: string;
	file: string;
	name: string;
	shortName: string;
}

/** A Markdown file's frontmatter and body; the frontmatter is the YAML between the first two `---` lines. */
export function splitFrontmatter(text: string, file = 'texte'): { frontmatter: string; body: string } {
	const match = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n/.exec(text);
	if (!match) throw new Error(`${file} : pas d'en-tête YAML entre deux lignes « --- »`);
	return { frontmatter: match[1] ?? '', body: text.slice(match[0].length) };
}

/** Every file ending with `extension` under a folder of the project, as project-relative paths, sorted. */
const filesUnder = (folder: string, extension: string) =>
	readdirSync(join(projectRoot, folder), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith(extension))
		.map((file) => join(folder, file).split('\\').join('/'))
		.sort();

const frontmatterOf = (file: string) =>
	parse(splitFrontmatter(readFileSync(join(projectRoot, file), 'utf8'), file).frontmatter) as Record<string, unknown>;

function readCorpus() {
	const documents = filesUnder('content/documents', '.mdx').map((file): CorpusDocument => {
		const data = frontmatterOf(file) as Omit<CorpusDocument, 'slug' | 'file'>;
		return { ...data, slug: basename(file, '.mdx'), file };
	});
	const territories = filesUnder('content/territoires', '.md').map((file): CorpusTerritory => {
		const data = frontmatterOf(file) as Omit<CorpusTerritory, 'id' | 'file'>;
		return { ...data, id: basename(file, '.md'), file };
	});
	return { documents, territories };
}

/** Every document and territory of content/, sorted by file. */
export const corpus = readCorpus();

/** A document of the corpus by its slug; a test naming a text that is gone fails here, saying which. */
function published(slug: string): CorpusDocument {
	const document = corpus.documents.find((d) => d.slug === slug);
	if (!document) throw new Error(`tests/support/corpus.ts : « ${slug} » n'est plus dans content/documents/`);
	return document;
}

// The official texts whose own words, figures and anchors the tests check: each named once, here.
export const CONVENTION_DIJON = published('dijon-convention-cadre-2017-2019');
export const AVENANT_DIJON = published('dijon-avenant-2020-2022');
export const DELIBERATION_DIJON = published('dijon-deliberation-2020-12-17');
export const COMMUNIQUE_DIJON = published('dijon-communique-2021-01-26');
export const COMMUNIQUE_METZ = published('metz-communique-2019-10-02');
