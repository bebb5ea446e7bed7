/**
 * Pure functions over documents' metadata: which date stands for a document, how they sort,
 * how their typed relations read both ways, whether an act is in force.
 */
import { relationLabels, type DateKind, type DocumentKind, type RelationType } from './domain';
import { formatDate } from './format';

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
	// Each document's date is found once, not once per comparison.
	return documents
		.map((doc) => ({ doc, date: documentDate(doc) ?? '' }))
		.sort((a, b) => (a.date === b.date ? (a.doc.id < b.doc.id ? -1 : 1) : a.date < b.date ? 1 : -1))
		.map(({ doc }) => doc);
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

/**
 * Every document's linked documents, both the ones it names and the ones that name it, in one pass
 * over the corpus (a page asks the index, it does not scan the corpus).
 */
export function indexRelations(all: readonly Related[]): Map<string, RelatedDocument[]> {
	const index = new Map<string, RelatedDocument[]>(all.map((doc) => [doc.id, []]));
	const add = (id: string, related: RelatedDocument) => {
		const list = index.get(id) ?? [];
		list.push(related);
		index.set(id, list);
	};
	for (const doc of all) {
		for (const r of doc.data.relations) {
			add(doc.id, { id: r.target.id, relation: r.type, direction: 'forward', label: relationLabels[r.type].forward });
		}
	}
	for (const doc of all) {
		for (const r of doc.data.relations) {
			add(r.target.id, { id: doc.id, relation: r.type, direction: 'backward', label: relationLabels[r.type].backward });
		}
	}
	return index;
}

/** Whether an act with a period applies on a given day. */
export type InForce =
	| { state: 'en-vigueur'; label: string }
	| { state: 'terminee'; label: string; end: string }
	| { state: 'a-venir'; label: string; start: string };

/** The kinds of act that apply over a period: the others (délibérations, communiqués) say nothing. */
const KINDS_IN_FORCE: readonly DocumentKind[] = ['convention-cadre', 'avenant'];

/**
 * Whether a convention-cadre or an avenant is in force on `today` (`YYYY-MM-DD`), from its period
 * only: it runs from 1 January of its first year to 31 December of its last. Nothing for another kind
 * of act, or for an act without a period.
 */
export function inForce(
	doc: { data: { kind: DocumentKind; period?: { start: number; end: number } | undefined } },
	today: string,
): InForce | undefined {
	const { kind, period } = doc.data;
	if (!period || !KINDS_IN_FORCE.includes(kind)) return undefined;
	const start = `${period.start}-01-01`;
	const end = `${period.end}-12-31`;
	if (today > end) return { state: 'terminee', label: `Terminée le ${formatDate(end)}`, end };
	if (today < start) return { state: 'a-venir', label: `À venir, à partir du ${formatDate(start)}`, start };
	return { state: 'en-vigueur', label: 'En vigueur' };
}

/** Made once: a page asks for the day with every document it lists. */
const frenchDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day of a moment in France (`YYYY-MM-DD`): the build's day, for `inForce`. */
export function dayInFrance(moment: Date): string {
	return frenchDay.format(moment);
}
