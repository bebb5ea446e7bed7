/**
 * The one module that reads the content collections. Routes and components ask it; it checks
 * the corpus as a whole once (references, folders) and stops the build on any problem.
 */
import { readFileSync } from 'node:fs';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { DocumentTexts } from './loaders/content-glob';
import { corpusProblems } from './lib/integrity';
import { documentDate, indexRelations, sortByDate, type RelatedDocument } from './lib/documents';
import { buildChart, type ChartData, type ChartDataset } from './lib/charts';
import { BuildError } from './lib/build-error';
import { resolveKeyFigure, type KeyFigure } from './lib/key-figures';
import { RESERVED_DATA_IDS, type CatalogueEntry } from './lib/open-data';
import { lastUpdated } from './last-updated';
import { paths } from './lib/paths';
import { glossaryProblems } from './lib/glossary';
import { bodyParts, type BodyPart } from './lib/document-body';
import type { Heading } from './lib/toc';

export type Territory = CollectionEntry<'territoires'>;
export type Document = CollectionEntry<'documents'>;
export type Dataset = CollectionEntry<'datasets'>;
export type GlossaryEntry = CollectionEntry<'glossaire'>;

class CorpusError extends Error {
	override name = 'CorpusError';
}

let checked: Promise<void> | undefined;

/** A territory's charts and headline figures, built once while the corpus is checked. */
const territoryCharts = new Map<string, ChartData[]>();
const territoryFigures = new Map<string, KeyFigure[]>();

/** The collection's entry as the lib takes a dataset: its data (one type, src/lib/dataset-schema.ts) and its id. */
const chartDataset = (dataset: Dataset): ChartDataset & Dataset['data'] => ({ ...dataset.data, id: dataset.id });

/** Builds every territory's figures and charts; returns what is wrong, naming the file and field. */
function territoryProblems(territories: Territory[], documents: Document[], datasets: Dataset[]): string[] {
	const problems: string[] = [];
	const datasetById = new Map(datasets.map((d) => [d.id, d]));
	const textById = new Map(documents.map((d) => [d.id, documentSource(d)]));
	for (const territory of territories) {
		const file = territory.filePath ?? territory.id;
		const figures: KeyFigure[] = [];
		territory.data.keyFigures.forEach((spec, index) => {
			const plain =
				'quote' in spec
					? { ...spec, document: spec.document.id }
					: { ...spec, dataset: spec.dataset.id };
			const result = resolveKeyFigure(plain, {
				dataset: (id) => {
					const dataset = datasetById.get(id);
					return dataset && chartDataset(dataset);
				},
				documentText: (id) => textById.get(id),
			});
			if (typeof result === 'string') problems.push(`${file}: champ « keyFigures[${index}] » : ${result}`);
			else figures.push(result);
		});
		territoryFigures.set(territory.id, figures);
		const charts: ChartData[] = [];
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
				charts.push(
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
				problems.push(
					error instanceof BuildError
						? error.message
						: `${file}: champ « charts[${index}] » (${spec.id}) : ${(error as Error).message}`,
				);
			}
		});
		territoryCharts.set(territory.id, charts);
	}
	return problems;
}

/** Runs the cross-entry checks once per build. */
function checkCorpus(): Promise<void> {
	checked ??= (async () => {
		const [territories, documents, datasets] = await Promise.all([
			getCollection('territoires'),
			getCollection('documents'),
			getCollection('datasets'),
		]);
		const problems = corpusProblems(
			territories.map((t) => t.id),
			documents.map((d) => ({
				id: d.id,
				filePath: d.filePath ?? d.id,
				territory: d.data.territory.id,
				relations: d.data.relations.map((r) => ({ type: r.type, target: r.target.id })),
				statedBy: d.data.dates.flatMap((date) => (date.statedBy ? [date.statedBy.id] : [])),
			})),
			datasets.map((d) => ({
				id: d.id,
				filePath: d.filePath ?? d.id,
				territory: d.data.territory.id,
				document: d.data.document.id,
			})),
		);
		problems.push(...territoryProblems(territories, documents, datasets));
		territories.forEach((t) =>
			t.data.periods.forEach((p, index) => {
				if (!documents.some((d) => d.id === p.document.id)) {
					problems.push(`${t.filePath ?? t.id}: champ « periods[${index}].document » : document « ${p.document.id} » introuvable`);
				}
			}),
		);
		if (problems.length > 0) {
			throw new CorpusError(`Contenu invalide :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		}
	})();
	return checked;
}

export async function getTerritories(): Promise<Territory[]> {
	await checkCorpus();
	const territories = await getCollection('territoires');
	return territories.sort((a, b) => a.data.name.localeCompare(b.data.name, 'fr'));
}

export async function getTerritory(id: string): Promise<Territory> {
	await checkCorpus();
	const territory = await getEntry('territoires', id);
	if (!territory) throw new CorpusError(`territoire « ${id} » introuvable`);
	return territory;
}

// Computed once per build: every page asks these, none of them scans the corpus again.
let byDate: Promise<Document[]> | undefined;
let relations: Promise<Map<string, RelatedDocument[]>> | undefined;
let byTerritory: Promise<Map<string, Document[]>> | undefined;

/** All documents, newest first. */
export async function getDocuments(): Promise<Document[]> {
	await checkCorpus();
	byDate ??= getCollection('documents').then(sortByDate);
	return byDate;
}

/** The documents linked to a document by typed relations, both ways, with their entries. */
export async function getRelatedDocuments(id: string): Promise<(RelatedDocument & { document: Document })[]> {
	relations ??= getDocuments().then(indexRelations);
	const related = (await relations).get(id) ?? [];
	return Promise.all(related.map(async (r) => ({ ...r, document: await getDocument(r.id) })));
}

/** Where the loader wrote a document's texts (src/loaders/content-glob.ts). */
function textsOf(document: Document): DocumentTexts & { headings: Heading[] } {
	// Astro types the metadata loosely: what the documents' loader stored there.
	const metadata = document.rendered?.metadata as Partial<DocumentTexts> & { headings?: Heading[] } | undefined;
	// An entry without its texts comes from a loader that did not render it: a page without its text must not be published.
	if (typeof metadata?.htmlFile !== 'string' || typeof metadata.sourceFile !== 'string') {
		throw new CorpusError(`${document.filePath ?? document.id} : texte non rendu au chargement`);
	}
	return { htmlFile: metadata.htmlFile, sourceFile: metadata.sourceFile, headings: metadata.headings ?? [] };
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

export async function getDocument(id: string): Promise<Document> {
	await checkCorpus();
	const document = await getEntry('documents', id);
	if (!document) throw new CorpusError(`document « ${id} » introuvable`);
	return document;
}

/** A territory's documents, oldest first: the order of the partnership's history. */
export async function getTerritoryDocuments(territoryId: string): Promise<Document[]> {
	byTerritory ??= getDocuments().then((documents) => Map.groupBy([...documents].reverse(), (d) => d.data.territory.id));
	return (await byTerritory).get(territoryId) ?? [];
}

/** Press releases, newest first. */
export async function getCommuniques(): Promise<Document[]> {
	return (await getDocuments()).filter((d) => d.data.kind === 'communique');
}

export async function getDataset(id: string): Promise<Dataset> {
	await checkCorpus();
	const dataset = await getEntry('datasets', id);
	if (!dataset) {
		throw new CorpusError(`jeu de données « ${id} » introuvable : aucun fichier data/**/${id}.csv`);
	}
	return dataset;
}

/** Datasets grouped by the document and by the territory they come from, once per build. */
let datasetsBy: Promise<{ document: Map<string, Dataset[]>; territory: Map<string, Dataset[]> }> | undefined;

function groupedDatasets() {
	datasetsBy ??= checkCorpus().then(async () => {
		const group = (datasets: Dataset[], key: (d: Dataset) => string) => {
			const groups = new Map<string, Dataset[]>();
			for (const dataset of datasets) groups.set(key(dataset), [...(groups.get(key(dataset)) ?? []), dataset]);
			return groups;
		};
		const datasets = (await getCollection('datasets')).sort((a, b) => a.id.localeCompare(b.id));
		return { document: group(datasets, (d) => d.data.document.id), territory: group(datasets, (d) => d.data.territory.id) };
	});
	return datasetsBy;
}

export async function getDocumentDatasets(documentId: string): Promise<Dataset[]> {
	return (await groupedDatasets()).document.get(documentId) ?? [];
}

/** The territory's charts, built from its datasets (see `charts` in its frontmatter). */
export async function getTerritoryCharts(territoryId: string): Promise<ChartData[]> {
	await checkCorpus();
	return territoryCharts.get(territoryId) ?? [];
}

/** The territory's headline figures, each with the document part it comes from. */
export async function getTerritoryKeyFigures(territoryId: string): Promise<KeyFigure[]> {
	await checkCorpus();
	return territoryFigures.get(territoryId) ?? [];
}

/** Whether any dataset (bilan or prévision table) has been published for the territory. */
export async function hasDatasets(territoryId: string): Promise<boolean> {
	return (await groupedDatasets()).territory.has(territoryId);
}

/** Délibérations, newest first. */
export async function getDeliberations(): Promise<Document[]> {
	return (await getDocuments()).filter((d) => d.data.kind === 'deliberation');
}

let catalogue: Promise<CatalogueEntry[]> | undefined;

/** Every dataset with the document and territory it comes from, by territory then id: the open-data catalogue. */
export function getCatalogue(): Promise<CatalogueEntry[]> {
	catalogue ??= buildCatalogue();
	return catalogue;
}

async function buildCatalogue(): Promise<CatalogueEntry[]> {
	await checkCorpus();
	const [datasets, documents, territories] = await Promise.all([
		getCollection('datasets'),
		getCollection('documents'),
		getCollection('territoires'),
	]);
	const reserved = datasets.filter((d) => (RESERVED_DATA_IDS as readonly string[]).includes(d.id));
	if (reserved.length > 0) {
		throw new CorpusError(
			reserved.map((d) => `${d.filePath}: le nom « ${d.id} » est réservé (${paths.data.csv(d.id)}) ; renommez le fichier`).join('\n'),
		);
	}
	const documentOf = new Map(documents.map((d) => [d.id, d]));
	const territoryOf = new Map(territories.map((t) => [t.id, t]));
	return datasets
		.map(({ id, data }) => {
			// checkCorpus has made sure that both exist.
			const document = documentOf.get(data.document.id)!;
			const territory = territoryOf.get(data.territory.id)!;
			return {
				...data,
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

/** A table's files: its CSV and the metadata beside it. */
const tableFiles = (datasets: readonly Dataset[]) =>
	datasets.flatMap((d) => (d.filePath ? [d.filePath, d.filePath.replace(/\.csv$/, '.meta.json')] : []));

/** The day a document's page last changed: its text, or one of its tables and their metadata. */
export async function getDocumentUpdated(document: Document): Promise<string | undefined> {
	return lastUpdated([...(document.filePath ? [document.filePath] : []), ...tableFiles(await getDocumentDatasets(document.id))]);
}

/** The day a territory's page last changed: its own text, one of its documents (their titles and dates show there) or tables. */
export async function getTerritoryUpdated(territory: Territory): Promise<string | undefined> {
	const [documents, grouped] = await Promise.all([getTerritoryDocuments(territory.id), groupedDatasets()]);
	return lastUpdated([
		...(territory.filePath ? [territory.filePath] : []),
		...documents.flatMap((d) => (d.filePath ? [d.filePath] : [])),
		...tableFiles(grouped.territory.get(territory.id) ?? []),
	]);
}

let glossaryChecked: Promise<void> | undefined;

/** The acronyms, A to Z; each expansion checked once against the text it cites. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
	await checkCorpus();
	const entries = await getCollection('glossaire');
	glossaryChecked ??= (async () => {
		const problems = glossaryProblems(
			entries.map((e) => ({ id: e.id, ...e.data, source: e.data.source?.id })),
			(await getCollection('documents')).map((d) => ({ id: d.id, filePath: d.filePath ?? d.id, body: documentSource(d) })),
		);
		if (problems.length > 0) {
			throw new CorpusError(`Glossaire invalide :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		}
	})();
	await glossaryChecked;
	return entries.sort((a, b) => a.data.sigle.localeCompare(b.data.sigle, 'fr'));
}

export { documentDate };
