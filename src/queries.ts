/**
 * The one module that reads the content collections. `getCorpus()` validates the corpus as a whole,
 * once per build and whatever page asks first (references, folders, figures, charts, reserved names,
 * the glossary), and returns the indexes every page reads; any problem stops the build (BuildError).
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { DocumentTexts } from './loaders/content-glob';
import { assertNoProblems, BuildError, type Problem } from './lib/build-error';
import { corpusProblems } from './lib/integrity';
import { indexRelations, sortByDate } from './lib/documents';
import { buildChart, type ChartData, type ChartDataset } from './lib/charts';
import { resolveKeyFigure, type KeyFigure } from './lib/key-figures';
import { publishedTable, RESERVED_DATA_IDS, type CatalogueEntry } from './lib/open-data';
import { glossaryProblems } from './lib/glossary';
import { bodyParts, type BodyPart } from './lib/document-body';
import { paths } from './lib/paths';
import { buildVocabulary, type VocabularyEntry } from './lib/suggest';
import type { Heading } from './lib/toc';
import type { Dataset, Document, GlossaryEntry, Related, Territory } from './types';

/** What the pages read, built once from the validated collections. */
export interface Corpus {
	/** A to Z by name. */
	territories: Territory[];
	/** Newest first. */
	documents: Document[];
	communiques: Document[];
	deliberations: Document[];
	/** Every dataset with its document and territory, by territory then id: the open-data catalogue. */
	catalogue: CatalogueEntry[];
	/** The acronyms, A to Z. */
	glossary: GlossaryEntry[];
	territory(id: string): Territory;
	document(id: string): Document;
	dataset(id: string): Dataset;
	/** A territory's documents, oldest first: the order of the partnership's history. */
	territoryDocuments(territory: string): Document[];
	territoryDatasets(territory: string): Dataset[];
	/** The territory's charts, built from its datasets (`charts` in its frontmatter). */
	territoryCharts(territory: string): ChartData[];
	/** The territory's headline figures, each with the document part it comes from. */
	territoryKeyFigures(territory: string): KeyFigure[];
	/** A territory's press releases, newest first. */
	territoryCommuniques(territory: string): Document[];
	/** Every territory with press releases, A to Z, with how many: the filter links of the lists. */
	communiqueTerritories: { id: string; name: string; count: number }[];
	documentDatasets(document: string): Dataset[];
	/** The documents linked to a document, both ways. */
	related(document: string): Related[];
}

/** The collection's entry as the lib takes a dataset: its data (one type, src/lib/dataset-schema.ts) and its id. */
const chartDataset = (dataset: Dataset): ChartDataset & Dataset['data'] => ({ ...dataset.data, id: dataset.id });

const fileOf = (entry: { id: string; filePath?: string | undefined }) => entry.filePath ?? entry.id;

/** Where the loader wrote a document's texts (src/loaders/content-glob.ts). */
function textsOf(document: Document): DocumentTexts & { headings: Heading[] } {
	// Astro types the metadata loosely: what the documents' loader stored there.
	const metadata = document.rendered?.metadata as (Partial<DocumentTexts> & { headings?: Heading[] }) | undefined;
	// An entry without its texts comes from a loader that did not render it: a page without its text must not be published.
	if (typeof metadata?.htmlFile !== 'string' || typeof metadata.sourceFile !== 'string') {
		throw new BuildError({ file: fileOf(document), message: 'texte non rendu au chargement' });
	}
	return { htmlFile: metadata.htmlFile, sourceFile: metadata.sourceFile, tables: metadata.tables ?? [], headings: metadata.headings ?? [] };
}

/** A document's text in its parts (HTML, and the tables between), with its headings: rendered when loaded. */
export function documentBody(document: Document): { parts: BodyPart[]; headings: Heading[] } {
	const { htmlFile, headings } = textsOf(document);
	return { parts: bodyParts(readFileSync(htmlFile, 'utf8')), headings };
}

const sources = new Map<string, string>();

/** A document's MDX body (what `entry.body` holds for other collections), read once per build. */
export function documentSource(document: Document): string {
	let source = sources.get(document.id);
	if (source === undefined) {
		source = readFileSync(textsOf(document).sourceFile, 'utf8');
		sources.set(document.id, source);
	}
	return source;
}

/** Each territory's figures and charts, with what is wrong in their specs. */
function territoryFacts(territories: Territory[], documents: Document[], datasetById: Map<string, Dataset>) {
	const problems: Problem[] = [];
	const figures = new Map<string, KeyFigure[]>();
	const charts = new Map<string, ChartData[]>();
	const documentById = new Map(documents.map((d) => [d.id, d]));
	const textOf = (id: string) => {
		const document = documentById.get(id);
		return document && documentSource(document);
	};
	for (const territory of territories) {
		const file = fileOf(territory);
		const own: KeyFigure[] = [];
		territory.data.keyFigures.forEach((spec, index) => {
			const plain = 'quote' in spec ? { ...spec, document: spec.document.id } : { ...spec, dataset: spec.dataset.id };
			const result = resolveKeyFigure(plain, {
				dataset: (id) => {
					const dataset = datasetById.get(id);
					return dataset && chartDataset(dataset);
				},
				documentText: textOf,
			});
			if (typeof result === 'string') problems.push({ file, field: `keyFigures[${index}]`, message: result });
			else own.push(result);
		});
		figures.set(territory.id, own);
		const built: ChartData[] = [];
		territory.data.charts.forEach((spec, index) => {
			try {
				const plain =
					spec.kind === 'comparison'
						? {
								...spec,
								bilan: { ...spec.bilan, dataset: spec.bilan.dataset.id },
								prevision: { ...spec.prevision, dataset: spec.prevision.dataset.id },
							}
						: { ...spec, dataset: spec.dataset.id };
				built.push(
					buildChart(
						plain,
						(id) => {
							const dataset = datasetById.get(id);
							if (!dataset) throw new Error(`jeu de données « ${id} » introuvable dans data/`);
							return chartDataset(dataset);
						},
						{ file, field: `charts[${index}]` },
					),
				);
			} catch (error) {
				if (error instanceof BuildError) problems.push(...error.problems);
				else problems.push({ file, field: `charts[${index}]`, message: `graphique « ${spec.id} » : ${(error as Error).message}` });
			}
		});
		charts.set(territory.id, built);
		territory.data.periods.forEach((period, index) => {
			if (!documentById.has(period.document.id)) {
				problems.push({ file, field: `periods[${index}].document`, message: `document « ${period.document.id} » introuvable` });
			}
		});
	}
	return { problems, figures, charts };
}

function catalogueOf(datasets: Dataset[], documentById: Map<string, Document>, territoryById: Map<string, Territory>): CatalogueEntry[] {
	return datasets
		.map(({ id, data }) => {
			// The corpus checks have made sure that both exist.
			const document = documentById.get(data.document.id)!;
			const territory = territoryById.get(data.territory.id)!;
			return {
				...data,
				// The downloads name each figure's column with its unit (`_k_euros`, `_m_euros`); the pages keep the source's.
				...publishedTable(data.columns, data.rows),
				id,
				territory: { id: territory.id, name: territory.data.name },
				document: {
					id: document.id,
					title: document.data.title,
					shortTitle: document.data.shortTitle,
					issuer: document.data.source.issuer,
				},
			};
		})
		.sort((a, b) => a.territory.name.localeCompare(b.territory.name, 'fr') || a.id.localeCompare(b.id));
}

/** A lookup that names what was asked for when it does not exist. */
function lookup<T>(map: Map<string, T>, what: (id: string) => string): (id: string) => T {
	return (id) => {
		const found = map.get(id);
		if (found === undefined) throw new BuildError({ file: 'content/', message: what(id) });
		return found;
	};
}

/** Every check across entries, in one step; returns the corpus's indexes or throws with every problem found. */
async function validateCorpus(): Promise<Corpus> {
	const [territoryEntries, documentEntries, datasetEntries, glossaryEntries] = await Promise.all([
		getCollection('territoires'),
		getCollection('documents'),
		getCollection('datasets'),
		getCollection('glossaire'),
	]);
	const problems: Problem[] = corpusProblems(
		territoryEntries.map((t) => t.id),
		documentEntries.map((d) => ({
			id: d.id,
			filePath: fileOf(d),
			territory: d.data.territory.id,
			relations: d.data.relations.map((r) => ({ type: r.type, target: r.target.id })),
			statedBy: d.data.dates.flatMap((date) => (date.statedBy ? [date.statedBy.id] : [])),
			dates: d.data.dates.flatMap((date) => (date.date ? [date.date] : [])),
		})),
		datasetEntries.map((d) => ({ id: d.id, filePath: fileOf(d), territory: d.data.territory.id, document: d.data.document.id })),
	);
	const datasetIds = new Set(datasetEntries.map((d) => d.id));
	for (const dataset of datasetEntries) {
		// <id>-excel.csv is the « CSV pour Excel » of <id>: no dataset may take that name.
		const excelOf = dataset.id.replace(/-excel$/, '');
		if (excelOf !== dataset.id && datasetIds.has(excelOf)) {
			problems.push({
				file: fileOf(dataset),
				message: `le nom « ${dataset.id} » est pris par le CSV pour Excel de « ${excelOf} » (${paths.data.excelCsv(excelOf)}) ; renommez le fichier`,
			});
		}
		if ((RESERVED_DATA_IDS as readonly string[]).includes(dataset.id)) {
			problems.push({
				file: fileOf(dataset),
				message: `le nom « ${dataset.id} » est réservé (${paths.data.csv(dataset.id)}) ; renommez le fichier`,
			});
		}
	}
	const datasets = datasetEntries.sort((a, b) => a.id.localeCompare(b.id));
	const datasetById = new Map(datasets.map((d) => [d.id, d]));
	for (const document of documentEntries) {
		for (const { id, line } of textsOf(document).tables) {
			if (!datasetById.has(id)) {
				problems.push({
					file: fileOf(document),
					line,
					message: `<DatasetTable id="${id}" /> : jeu de données « ${id} » introuvable : aucun fichier data/**/${id}.csv`,
				});
			}
		}
	}
	const facts = territoryFacts(territoryEntries, documentEntries, datasetById);
	problems.push(...facts.problems);
	problems.push(
		...glossaryProblems(
			glossaryEntries.map((e) => ({ id: e.id, ...e.data, source: e.data.source?.id })),
			documentEntries.map((d) => ({ id: d.id, filePath: fileOf(d), body: documentSource(d) })),
		),
	);
	// Every problem of the corpus at once: an editor fixes them in one go, not one build each.
	assertNoProblems(problems);

	const territories = territoryEntries.sort((a, b) => a.data.name.localeCompare(b.data.name, 'fr'));
	const territoryById = new Map(territories.map((t) => [t.id, t]));
	const documents = sortByDate(documentEntries);
	const documentById = new Map(documents.map((d) => [d.id, d]));
	const byTerritory = Map.groupBy([...documents].reverse(), (d) => d.data.territory.id);
	const datasetsByDocument = Map.groupBy(datasets, (d) => d.data.document.id);
	const datasetsByTerritory = Map.groupBy(datasets, (d) => d.data.territory.id);
	const communiques = documents.filter((d) => d.data.kind === 'communique');
	const communiquesByTerritory = Map.groupBy(communiques, (d) => d.data.territory.id);
	const relations = indexRelations(documents);
	const document = lookup(documentById, (id) => `document « ${id} » introuvable`);

	return {
		territories,
		documents,
		communiques,
		deliberations: documents.filter((d) => d.data.kind === 'deliberation'),
		catalogue: catalogueOf(datasets, documentById, territoryById),
		glossary: glossaryEntries.sort((a, b) => a.data.sigle.localeCompare(b.data.sigle, 'fr')),
		territory: lookup(territoryById, (id) => `territoire « ${id} » introuvable`),
		document,
		dataset: lookup(datasetById, (id) => `jeu de données « ${id} » introuvable : aucun fichier data/**/${id}.csv`),
		territoryDocuments: (id) => byTerritory.get(id) ?? [],
		territoryDatasets: (id) => datasetsByTerritory.get(id) ?? [],
		territoryCharts: (id) => facts.charts.get(id) ?? [],
		territoryKeyFigures: (id) => facts.figures.get(id) ?? [],
		territoryCommuniques: (id) => communiquesByTerritory.get(id) ?? [],
		communiqueTerritories: territories.flatMap((t) => {
			const count = communiquesByTerritory.get(t.id)?.length ?? 0;
			return count > 0 ? [{ id: t.id, name: t.data.name, count }] : [];
		}),
		documentDatasets: (id) => datasetsByDocument.get(id) ?? [],
		related: (id) => (relations.get(id) ?? []).map((r) => ({ ...r, document: document(r.id) })),
	};
}

let corpus: Promise<Corpus> | undefined;

/** The validated corpus: checked by the first page that asks, then shared by every page of the build. */
export function getCorpus(): Promise<Corpus> {
	corpus ??= validateCorpus();
	return corpus;
}

let vocabulary: Promise<Record<string, VocabularyEntry[]>> | undefined;

/**
 * The words of the site's texts, by first letter, for the search page's suggestions
 * (src/lib/suggest.ts, /recherche/vocabulaire/<lettre>.json): documents and territories as written
 * (markup left out), their titles, and the glossary's acronyms and expansions.
 */
export function getSearchVocabulary(): Promise<Record<string, VocabularyEntry[]>> {
	vocabulary ??= getCorpus().then((c) => {
		// Tags and expressions are markup: only the text between them is the texts' words.
		const text = (body: string | undefined) => (body ?? '').replace(/<[^>]*>|\{[^}]*\}/gs, ' ');
		return buildVocabulary([
			...c.documents.flatMap((d) => [d.data.title, d.data.shortTitle, text(documentSource(d))]),
			...c.territories.flatMap((t) => [t.data.name, text(t.body)]),
			...c.glossary.flatMap((g) => [g.data.sigle, ...g.data.variantes, g.data.developpement]),
		]);
	});
	return vocabulary;
}
