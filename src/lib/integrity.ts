/**
 * Checks across entries that no schema can make on one entry alone: every reference names an
 * existing entry, a document sits in its territory's folder, a dataset cites an anchor of its document.
 * Pure: takes plain descriptions of the entries, returns the problems, each naming the file and the field.
 */
import type { Problem } from './build-error';

export interface DocumentFacts {
	id: string;
	filePath: string;
	territory: string;
	relations: readonly { type: string; target: string }[];
	statedBy: readonly string[];
}

export interface DatasetFacts {
	id: string;
	filePath: string;
	territory: string;
	document: string;
}

export function corpusProblems(
	territories: readonly string[],
	documents: readonly DocumentFacts[],
	datasets: readonly DatasetFacts[] = [],
): Problem[] {
	const problems: Problem[] = [];
	const territorySet = new Set(territories);
	const documentSet = new Set(documents.map((d) => d.id));
	const known = (set: Set<string>) => [...set].sort().join(', ');

	for (const doc of documents) {
		if (!territorySet.has(doc.territory)) {
			problems.push({
				file: doc.filePath,
				field: 'territory',
				message: `territoire « ${doc.territory} » inconnu (attendu l'un de : ${known(territorySet)})`,
			});
		}
		const folder = /(?:^|\/)documents\/([^/]+)\/[^/]+$/.exec(doc.filePath)?.[1];
		if (folder && territorySet.has(doc.territory) && folder !== doc.territory) {
			problems.push({
				file: doc.filePath,
				field: 'territory',
				message: `« ${doc.territory} », mais le fichier est rangé dans content/documents/${folder}/`,
			});
		}
		doc.relations.forEach((relation, index) => {
			if (relation.target === doc.id) {
				problems.push({ file: doc.filePath, field: `relations[${index}].target`, message: 'un document ne peut se viser lui-même' });
			} else if (!documentSet.has(relation.target)) {
				problems.push({
					file: doc.filePath,
					field: `relations[${index}].target`,
					message: `document « ${relation.target} » introuvable dans content/documents/`,
				});
			}
		});
		doc.statedBy.forEach((target) => {
			if (!documentSet.has(target)) {
				problems.push({
					file: doc.filePath,
					field: 'dates[].statedBy',
					message: `document « ${target} » introuvable dans content/documents/`,
				});
			}
		});
	}

	for (const dataset of datasets) {
		if (!territorySet.has(dataset.territory)) {
			problems.push({ file: dataset.filePath, field: 'territory', message: `territoire « ${dataset.territory} » inconnu` });
		}
		if (!documentSet.has(dataset.document)) {
			problems.push({
				file: dataset.filePath,
				field: 'document',
				message: `document « ${dataset.document} » introuvable dans content/documents/`,
			});
		}
	}
	return problems;
}
