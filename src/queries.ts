/**
 * The one module that reads the content collections. Routes and components ask it; it checks
 * the corpus as a whole once (references, folders) and stops the build on any problem.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { corpusProblems } from './lib/integrity';
import { documentDate, sortByDate } from './lib/documents';
import { RESERVED_DATA_IDS, type CatalogueEntry } from './lib/open-data';

export type Territory = CollectionEntry<'territoires'>;
export type Document = CollectionEntry<'documents'>;
export type Dataset = CollectionEntry<'datasets'>;

class CorpusError extends Error {
	override name = 'CorpusError';
}

let checked: Promise<void> | undefined;

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

/** All documents, newest first. */
export async function getDocuments(): Promise<Document[]> {
	await checkCorpus();
	return sortByDate(await getCollection('documents'));
}

export async function getDocument(id: string): Promise<Document> {
	await checkCorpus();
	const document = await getEntry('documents', id);
	if (!document) throw new CorpusError(`document « ${id} » introuvable`);
	return document;
}

/** A territory's documents, oldest first: the order of the partnership's history. */
export async function getTerritoryDocuments(territoryId: string): Promise<Document[]> {
	const documents = await getDocuments();
	return documents.filter((d) => d.data.territory.id === territoryId).reverse();
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

export async function getDocumentDatasets(documentId: string): Promise<Dataset[]> {
	await checkCorpus();
	return (await getCollection('datasets', (d) => d.data.document.id === documentId)).sort((a, b) =>
		a.id.localeCompare(b.id),
	);
}

/** Délibérations, newest first. */
export async function getDeliberations(): Promise<Document[]> {
	return (await getDocuments()).filter((d) => d.data.kind === 'deliberation');
}

/** Every dataset with the document and territory it comes from, by territory then id: the open-data catalogue. */
export async function getCatalogue(): Promise<CatalogueEntry[]> {
	await checkCorpus();
	const [datasets, documents, territories] = await Promise.all([
		getCollection('datasets'),
		getCollection('documents'),
		getCollection('territoires'),
	]);
	const reserved = datasets.filter((d) => (RESERVED_DATA_IDS as readonly string[]).includes(d.id));
	if (reserved.length > 0) {
		throw new CorpusError(
			reserved.map((d) => `${d.filePath}: le nom « ${d.id} » est réservé (/donnees/${d.id}.csv) ; renommez le fichier`).join('\n'),
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

export { documentDate };
