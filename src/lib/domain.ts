/**
 * The closed lists of the domain. Each list is the single source of its values: the content
 * schemas (`src/content.config.ts`) turn them into `z.enum`, and pages read their French labels here.
 */

export const documentKinds = ['convention-cadre', 'avenant', 'deliberation', 'communique'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentKindLabels = {
	'convention-cadre': 'Convention-cadre',
	avenant: 'Avenant',
	deliberation: 'Délibération',
	communique: 'Communiqué de presse',
} as const satisfies Record<DocumentKind, string>;

/**
 * Typed relations between documents, always written on the later act:
 * an avenant `modifie` a convention, a délibération `approuve` an avenant,
 * a communiqué `annonce` a signature.
 */
export const relationTypes = ['modifie', 'approuve', 'annonce'] as const;
export type RelationType = (typeof relationTypes)[number];

/** How a relation reads from its source document, and from its target. */
export const relationLabels = {
	modifie: { forward: 'Modifie', backward: 'Modifié par' },
	approuve: { forward: 'Approuve', backward: 'Approuvé par' },
	annonce: { forward: 'Annonce', backward: 'Annoncé par' },
} as const satisfies Record<RelationType, { forward: string; backward: string }>;

/** What a date of a document is the date of. */
export const dateKinds = ['signature', 'seance', 'approbation', 'publication', 'convocation'] as const;
export type DateKind = (typeof dateKinds)[number];

export const dateKindLabels = {
	signature: 'Signature',
	seance: 'Séance',
	approbation: 'Approbation',
	publication: 'Publication',
	convocation: 'Convocation',
} as const satisfies Record<DateKind, string>;

/** A dataset either reports what was done (bilan) or what is planned (prévision). */
export const datasetNatures = ['bilan', 'prevision'] as const;
export type DatasetNature = (typeof datasetNatures)[number];

export const datasetNatureLabels = {
	bilan: 'Bilan',
	prevision: 'Prévision',
} as const satisfies Record<DatasetNature, string>;

/** Units the datasets may use; amounts are converted between them in `format.ts` only. */
export const units = ['k€', 'M€', '€', 'nombre', '%'] as const;
export type Unit = (typeof units)[number];

/** What a unit means, in words, for data users (descriptions of the downloads). */
export const unitLabels = {
	'k€': "milliers d'euros",
	'M€': "millions d'euros",
	'€': 'euros',
	nombre: 'nombre',
	'%': 'pourcentage',
} as const satisfies Record<Unit, string>;

export const columnTypes = ['string', 'number'] as const;
export type ColumnType = (typeof columnTypes)[number];
