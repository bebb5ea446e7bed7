/**
 * Pure functions over documents' metadata: which date stands for a document, how they sort,
 * how their typed relations read both ways.
 */
import { relationLabels, type DateKind, type RelationType } from './domain';

export interface DatedDocument {
	data: {
		dates: readonly { kind: DateKind; date?: string | undefined; wording?: string | undefined }[];
	};
}

/** The date that places a document in time: its signature, else its sitting, its publication… */
const DATE_PREFERENCE: readonly DateKind[] = ['signature', 'seance', 'publication', 'approbation', 'convocation'];

export function documentDate(doc: DatedDocument): string | undefined {
	for (const kind of DATE_PREFERENCE) {
		const found = doc.data.dates.find((d) => d.kind === kind && d.date);
		if (found) return found.date;
	}
	return undefined;
}

/** Newest first; documents without a known date last; ties keep a stable, readable order by id. */
export function sortByDate<T extends DatedDocument & { id: string }>(documents: readonly T[]): T[] {
	return [...documents].sort((a, b) => {
		const da = documentDate(a) ?? '';
		const db = documentDate(b) ?? '';
		return db.localeCompare(da) || a.id.localeCompare(b.id);
	});
}

export interface RelatedDocument {
	id: string;
	relation: RelationType;
	/** `forward` when `doc` holds the relation, `backward` when another document points to it. */
	direction: 'forward' | 'backward';
	label: string;
}

interface Related {
	id: string;
	data: { relations: readonly { type: RelationType; target: { id: string } }[] };
}

/** The documents linked to `doc`, both the ones it names and the ones that name it. */
export function relatedDocuments(doc: Related, all: readonly Related[]): RelatedDocument[] {
	const forward = doc.data.relations.map((r) => ({
		id: r.target.id,
		relation: r.type,
		direction: 'forward' as const,
		label: relationLabels[r.type].forward,
	}));
	const backward = all.flatMap((other) =>
		other.data.relations
			.filter((r) => r.target.id === doc.id)
			.map((r) => ({
				id: other.id,
				relation: r.type,
				direction: 'backward' as const,
				label: relationLabels[r.type].backward,
			})),
	);
	return [...forward, ...backward];
}
