/**
 * Checks across entries that no schema can make on one entry alone: every reference names an
 * existing entry, a document sits in its territory's folder, a dataset cites an anchor of its document,
 * the relations between documents go from a later act to an earlier one and never loop.
 * Pure: takes plain descriptions of the entries, returns the problems, each naming the file and the field.
 */
import type { Problem } from './build-error';
import { formatDate } from './format';

export interface DocumentFacts {
	id: string;
	filePath: string;
	territory: string;
	relations: readonly { type: string; target: string }[];
	statedBy: readonly string[];
	/** Every day the document's dates give (`YYYY-MM-DD`), whatever their kind. */
	dates: readonly string[];
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

	problems.push(...chronologyProblems(documents), ...cycleProblems(documents));

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

/** The earliest and the latest of a document's days, or nothing when none is known. */
function span(doc: DocumentFacts): { earliest: string; latest: string } | undefined {
	if (doc.dates.length === 0) return undefined;
	const sorted = [...doc.dates].sort();
	return { earliest: sorted[0]!, latest: sorted[sorted.length - 1]! };
}

/**
 * A relation is written on the later act (an avenant modifies an earlier convention, a délibération
 * approves an avenant, a communiqué announces it), so its source cannot end before its target
 * begins. The days of every kind count, not the one date that places a document (`documentDate`):
 * the délibération of 17 December 2020 approves an avenant signed on the 23rd, but approved on the
 * 17th. A document without a known day is not checked.
 */
function chronologyProblems(documents: readonly DocumentFacts[]): Problem[] {
	const byId = new Map(documents.map((d) => [d.id, d]));
	const problems: Problem[] = [];
	for (const doc of documents) {
		const source = span(doc);
		if (!source) continue;
		doc.relations.forEach((relation, index) => {
			const target = byId.get(relation.target);
			const targetSpan = target && target !== doc ? span(target) : undefined;
			if (!target || !targetSpan || source.latest >= targetSpan.earliest) return;
			problems.push({
				file: doc.filePath,
				field: `relations[${index}].target`,
				message:
					`« ${relation.type} » vise ${target.id} (${target.filePath}), daté au plus tôt du ${formatDate(targetSpan.earliest)}, ` +
					`postérieur à ce document (au plus tard le ${formatDate(source.latest)}) : une relation s'écrit sur l'acte le plus récent`,
			});
		});
	}
	return problems;
}

/**
 * Relations that loop (A modifies B, which modifies A; or a longer loop), whatever their types: an
 * act cannot come both before and after another, and the pages that walk the relations would go
 * round. A depth-first walk finds each loop by the relation that closes it; each is reported once,
 * on its document that comes first by id, at its relation to the next one. A relation to itself or
 * to a missing document is reported above, and left out here.
 */
function cycleProblems(documents: readonly DocumentFacts[]): Problem[] {
	const byId = new Map(documents.map((d) => [d.id, d]));
	const next = (doc: DocumentFacts) => doc.relations.map((r) => r.target).filter((t) => t !== doc.id && byId.has(t));
	const state = new Map<string, 'open' | 'done'>();
	const path: string[] = [];
	const cycles = new Map<string, string[]>();

	function walk(id: string): void {
		state.set(id, 'open');
		path.push(id);
		for (const target of next(byId.get(id)!)) {
			if (state.get(target) === 'open') {
				const loop = path.slice(path.indexOf(target));
				// The same loop, from its first document by id: two relations between the same documents make it once.
				const first = loop.indexOf([...loop].sort()[0]!);
				const cycle = [...loop.slice(first), ...loop.slice(0, first)];
				cycles.set(cycle.join(' '), cycle);
			} else if (!state.has(target)) {
				walk(target);
			}
		}
		path.pop();
		state.set(id, 'done');
	}
	for (const id of [...byId.keys()].sort()) if (!state.has(id)) walk(id);

	return [...cycles.values()].map((cycle) => {
		const doc = byId.get(cycle[0]!)!;
		const index = doc.relations.findIndex((r) => r.target === cycle[1]);
		const others = cycle.slice(1).map((id) => byId.get(id)!.filePath);
		return {
			file: doc.filePath,
			field: `relations[${index}].target`,
			message: `les relations forment un cycle : ${[...cycle, cycle[0]].join(' → ')} (${others.join(', ')})`,
		};
	});
}
