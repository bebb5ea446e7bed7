/**
 * The one module that reads the content collections. Routes and components ask it; it checks
 * the corpus as a whole once (references, folders) and stops the build on any problem.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { corpusProblems } from './lib/integrity';
import { documentDate, sortByDate } from './lib/documents';
import { glossaryProblems } from './lib/glossary';

export type Territory = CollectionEntry<'territoires'>;
export type Document = CollectionEntry<'documents'>;
export type Dataset = CollectionEntry<'datasets'>;
export type GlossaryEntry = CollectionEntry<'glossaire'>;

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

let glossaryChecked: Promise<void> | undefined;

/** The acronyms, A to Z; each expansion checked once against the text it cites. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
	await checkCorpus();
	const entries = await getCollection('glossaire');
	glossaryChecked ??= (async () => {
		const problems = glossaryProblems(
			entries.map((e) => ({ id: e.id, ...e.data, source: e.data.source?.id })),
			(await getCollection('documents')).map((d) => ({ id: d.id, filePath: d.filePath ?? d.id, body: d.body ?? '' })),
		);
		if (problems.length > 0) {
			throw new CorpusError(`Glossaire invalide :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		}
	})();
	await glossaryChecked;
	return entries.sort((a, b) => a.data.sigle.localeCompare(b.data.sigle, 'fr'));
}

export { documentDate };
