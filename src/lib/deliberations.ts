/**
 * The délibérations as a table of the French open-data standard SCDL « Délibérations »
 * (schema.data.gouv.fr/scdl/deliberations, version 2.1.5): its 17 columns, in its order, filled
 * only with what the published sources state. What they do not state (SIRET, ACTES code, the
 * prefecture's number…) stays empty: a wrong identifier would be worse than none.
 */
import type { Cell } from './csv';
import { toCsv } from './open-data';
import { absolute, paths } from './paths';

export const SCDL_DELIBERATIONS = {
	name: 'scdl/deliberations',
	version: '2.1.5',
	url: 'https://schema.data.gouv.fr/scdl/deliberations/2.1.5/',
} as const;

export interface ScdlField {
	name: string;
	type: 'string' | 'date' | 'integer';
	format?: 'uri';
	/** The field's title in the standard. */
	title: string;
	/** What the column holds in this site's table, and where its value comes from. */
	description: string;
}

const EMPTY = 'Vide : les documents publiés ne le donnent pas.';

export const scdlFields = [
	{
		name: 'COLL_NOM',
		type: 'string',
		title: 'Nom de la collectivité',
		description: 'Nom officiel de la collectivité qui a délibéré, tel que le document le donne.',
	},
	{
		name: 'COLL_SIRET',
		type: 'string',
		title: 'Code SIRET de la collectivité',
		description: `Numéro SIRET (14 chiffres) de la collectivité. ${EMPTY}`,
	},
	{
		name: 'DELIB_ID',
		type: 'string',
		title: 'Identifiant de la délibération',
		description: `Numéro interne de la délibération dans la collectivité. ${EMPTY}`,
	},
	{
		name: 'DELIB_DATE',
		type: 'date',
		title: "Date d'adoption de la délibération",
		description: 'Date de la séance qui a adopté la délibération (AAAA-MM-JJ).',
	},
	{
		name: 'DELIB_MATIERE_CODE',
		type: 'string',
		title: 'Code de matière issu de la nomenclature ACTES',
		description: `Code de matière de la nomenclature ACTES (par exemple 8.5). ${EMPTY}`,
	},
	{
		name: 'DELIB_MATIERE_NOM',
		type: 'string',
		title: 'Nom de matière',
		description:
			'Rubrique sous laquelle le registre classe la délibération, dans ses propres termes (référentiel de la collectivité, pas la nomenclature ACTES).',
	},
	{
		name: 'DELIB_OBJET',
		type: 'string',
		title: 'Objet de la délibération',
		description: 'Objet de la délibération, dans les termes du registre.',
	},
	{ name: 'BUDGET_ANNEE', type: 'string', title: 'Année du budget', description: `Exercice budgétaire concerné. ${EMPTY}` },
	{ name: 'BUDGET_NOM', type: 'string', title: 'Nom du budget', description: `Budget concerné. ${EMPTY}` },
	{
		name: 'PREF_ID',
		type: 'string',
		title: "Identifiant de l'entité exerçant le contrôle de légalité",
		description: `Préfecture ou sous-préfecture destinataire (PREFNNN). ${EMPTY}`,
	},
	{
		name: 'PREF_DATE',
		type: 'date',
		title: "Date d'enregistrement de la délibération auprès du contrôle de légalité",
		description: `Date de réception au contrôle de légalité. ${EMPTY}`,
	},
	{
		name: 'VOTE_EFFECTIF',
		type: 'integer',
		title: 'Effectif théorique des votants',
		description: "Nombre de membres en exercice de l'assemblée, d'après le registre.",
	},
	{
		name: 'VOTE_REEL',
		type: 'integer',
		title: 'Effectif réel des votants',
		description: "Membres présents participant au vote, plus les procurations, d'après le registre.",
	},
	{ name: 'VOTE_POUR', type: 'integer', title: 'Pour', description: 'Nombre de voix pour, procurations comprises.' },
	{ name: 'VOTE_CONTRE', type: 'integer', title: 'Contre', description: 'Nombre de voix contre, procurations comprises.' },
	{ name: 'VOTE_ABSTENTION', type: 'integer', title: 'Abstention', description: "Nombre d'abstentions, procurations comprises." },
	{
		name: 'DELIB_URL',
		type: 'string',
		format: 'uri',
		title: 'Lien vers le document de la délibération',
		description: 'Adresse du texte intégral de la délibération sur ce site.',
	},
] as const satisfies readonly ScdlField[];

export type ScdlColumn = (typeof scdlFields)[number]['name'];
export type ScdlRow = Record<ScdlColumn, Cell>;

/** What a délibération's metadata gives to the table. */
export interface DeliberationSource {
	id: string;
	data: {
		title: string;
		source: { issuer: string };
		dates: readonly { kind: string; date?: string | undefined }[];
		matiere?: string | undefined;
		vote?:
			| {
					membersInOffice?: number | undefined;
					present?: number | undefined;
					proxies?: number | undefined;
					pour: number;
					contre: number;
					abstention: number;
			  }
			| undefined;
	};
}

/** One row of the table: each value read from the document's frontmatter, never typed here. */
export function deliberationRow(doc: DeliberationSource, site: URL): ScdlRow {
	const { vote } = doc.data;
	// Members represented by a proxy vote through it: they count among the votes cast.
	const reel = vote?.present !== undefined && vote.proxies !== undefined ? vote.present + vote.proxies : null;
	return {
		COLL_NOM: doc.data.source.issuer,
		COLL_SIRET: null,
		DELIB_ID: null,
		DELIB_DATE: doc.data.dates.find((d) => d.kind === 'seance' && d.date)?.date ?? null,
		DELIB_MATIERE_CODE: null,
		DELIB_MATIERE_NOM: doc.data.matiere ?? null,
		DELIB_OBJET: doc.data.title,
		BUDGET_ANNEE: null,
		BUDGET_NOM: null,
		PREF_ID: null,
		PREF_DATE: null,
		VOTE_EFFECTIF: vote?.membersInOffice ?? null,
		VOTE_REEL: reel,
		VOTE_POUR: vote?.pour ?? null,
		VOTE_CONTRE: vote?.contre ?? null,
		VOTE_ABSTENTION: vote?.abstention ?? null,
		DELIB_URL: absolute(paths.document(doc.id), site),
	};
}

export function deliberationsCsv(rows: readonly ScdlRow[]): string {
	return toCsv(
		scdlFields.map((f) => f.name),
		rows,
	);
}

/** The JSON download: the same rows, typed, with the standard's columns. */
export function deliberationsJson(rows: readonly ScdlRow[]) {
	return {
		title: 'Délibérations',
		description:
			'Les délibérations publiées sur ce site, au format du Socle commun des données locales (SCDL « Délibérations »). Les colonnes que les documents ne renseignent pas restent vides.',
		standard: SCDL_DELIBERATIONS,
		columns: scdlFields,
		rows,
	};
}

/** How many rows fill each column: the catalogue says which columns the sources give. */
export function filledColumns(rows: readonly ScdlRow[]): Record<ScdlColumn, number> {
	return Object.fromEntries(scdlFields.map((f) => [f.name, rows.filter((row) => row[f.name] !== null).length])) as Record<
		ScdlColumn,
		number
	>;
}
