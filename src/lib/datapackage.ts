/**
 * The site's data as one Frictionless Data Package (v1, profile `tabular-data-package`): a resource
 * per dataset and one for the délibérations, each with its Table Schema, licence and sources, so
 * that data tools (frictionless, Validata, data.gouv.fr) read the CSVs without guessing.
 */
import type { Unit } from './domain';
import { LICENCE, SITE_NAME } from './site';
import { scdlFields, SCDL_DELIBERATIONS } from './deliberations';
import { footnotesSentence } from './footnotes';
import {
	columnDescription,
	entryFootnotes,
	partName,
	sourcePath,
	TOTAL_ROW_COLUMN,
	totalRowColumnDescription,
	totalRowNote,
	type CatalogueEntry,
} from './open-data';
import { EXCEL_CSV } from './excel-csv';
import { absolute, paths } from './paths';
import { BuildError } from './build-error';

export interface TableField {
	name: string;
	type: 'string' | 'number' | 'integer' | 'date' | 'boolean';
	format?: 'uri';
	/** A number's decimal separator when it is not the point (the « CSV pour Excel »). */
	decimalChar?: typeof EXCEL_CSV.decimalChar;
	/** The column's header as the source writes it (or the standard's title). */
	title: string;
	description: string;
	/** Table Schema has no unit keyword: this property is ours; the description spells the unit out too. */
	unit?: Unit;
}

export interface DataResource {
	profile: 'tabular-data-resource';
	name: string;
	/** Relative to the descriptor, /donnees/datapackage.json. */
	path: string;
	title: string;
	description: string;
	format: 'csv';
	mediatype: 'text/csv';
	encoding: 'utf-8' | typeof EXCEL_CSV.encoding;
	/** CSV Dialect: only the « CSV pour Excel » differs from the default (comma). */
	dialect?: { delimiter: typeof EXCEL_CSV.delimiter };
	schema: { fields: TableField[]; missingValues: [''] };
	licenses: (typeof LICENCE)[];
	sources: { title: string; path: string }[];
}

/** A CSV's path as the descriptor sees it: resources sit beside datapackage.json. */
function relativePath(csvPath: string): string {
	if (!csvPath.startsWith(paths.data.catalogue)) throw new BuildError({ file: csvPath, message: `hors de ${paths.data.catalogue}` });
	return csvPath.slice(paths.data.catalogue.length);
}

/** A dataset's fields: its columns, then `ligne_total` when it has a total row. */
function datasetFields(entry: CatalogueEntry): TableField[] {
	const fields: TableField[] = entry.columns.map((c) => ({
		name: c.name,
		type: c.type,
		title: c.label,
		description: columnDescription(c),
		...(c.unit && c.type === 'number' ? { unit: c.unit } : {}),
	}));
	if (entry.totalRow !== undefined) {
		fields.push({
			name: TOTAL_ROW_COLUMN,
			type: 'boolean',
			title: 'Ligne de total',
			description: totalRowColumnDescription(entry.totalRow),
		});
	}
	return fields;
}

export function datasetResource(entry: CatalogueEntry, site: URL): DataResource {
	return {
		profile: 'tabular-data-resource',
		name: entry.id,
		path: relativePath(paths.data.csv(entry.id)),
		title: entry.title,
		// Table Schema has no footnotes: the source's notes on the rows ("(1) cette ligne comprend…") go in the description.
		description: [entry.description, totalRowNote(entry), footnotesSentence(entryFootnotes(entry))].filter(Boolean).join(' '),
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		schema: { fields: datasetFields(entry), missingValues: [''] },
		licenses: [LICENCE],
		sources: [
			{
				title: `${entry.document.title} (${entry.document.issuer}), ${partName(entry.anchor)}`,
				path: absolute(sourcePath(entry), site),
			},
		],
	};
}

/** The same dataset as « CSV pour Excel »: same fields and rows, UTF-8 with BOM, `;`, decimal comma. */
export function datasetExcelResource(entry: CatalogueEntry, site: URL): DataResource {
	const resource = datasetResource(entry, site);
	return {
		...resource,
		name: `${entry.id}-excel`,
		path: relativePath(paths.data.excelCsv(entry.id)),
		title: `${entry.title} (CSV pour Excel)`,
		description: `Les mêmes colonnes et lignes que ${resource.path}, pour Excel en français : UTF-8 avec BOM, « ; » entre les cellules, virgule décimale. ${resource.description}`,
		encoding: EXCEL_CSV.encoding,
		dialect: { delimiter: EXCEL_CSV.delimiter },
		schema: {
			...resource.schema,
			fields: resource.schema.fields.map((f) => (f.type === 'number' ? { ...f, decimalChar: EXCEL_CSV.decimalChar } : f)),
		},
	};
}

export function deliberationsResource(
	documents: readonly { id: string; data: { title: string; source: { issuer: string } } }[],
	site: URL,
): DataResource {
	return {
		profile: 'tabular-data-resource',
		name: 'deliberations',
		path: relativePath(paths.data.csv('deliberations')),
		title: 'Délibérations',
		description:
			`Les délibérations publiées sur ce site, une par ligne, selon le schéma SCDL « Délibérations » ${SCDL_DELIBERATIONS.version} ` +
			`(${SCDL_DELIBERATIONS.url}). Seul ce que les documents donnent est renseigné ; le reste est vide.`,
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		schema: { fields: scdlFields.map((f) => ({ ...f })), missingValues: [''] },
		licenses: [LICENCE],
		sources: documents.map((d) => ({
			title: `${d.data.title} (${d.data.source.issuer})`,
			path: absolute(paths.document(d.id), site),
		})),
	};
}

/** The descriptor of the whole site's data; stops on a resource name the standard refuses or that two resources share. */
export function dataPackage(site: URL, resources: readonly DataResource[]) {
	const seen = new Set<string>();
	for (const resource of resources) {
		if (!/^[a-z0-9._-]+$/.test(resource.name)) {
			throw new BuildError({
				file: `data/**/${resource.name}.csv`,
				message: `jeu de données « ${resource.name} » : identifiant attendu en minuscules, chiffres, « - », « _ » ou « . » (nom de son fichier CSV)`,
			});
		}
		if (seen.has(resource.name)) {
			throw new BuildError({
				file: `data/**/${resource.name}.csv`,
				message: `jeu de données « ${resource.name} » : identifiant déjà pris (réservés : deliberations, datapackage)`,
			});
		}
		seen.add(resource.name);
	}
	return {
		profile: 'tabular-data-package',
		name: 'partenariats-action-logement',
		title: `${SITE_NAME} : données ouvertes`,
		description:
			"Les chiffres des conventions, avenants et délibérations publiés sur le site des partenariats d'Action Logement avec les territoires, et la liste des délibérations.",
		homepage: absolute(paths.data.catalogue, site),
		licenses: [LICENCE],
		resources,
	};
}

/** What is wrong with a CSV cell for its Table Schema field, or `undefined` when it reads as the field's type. */
export function valueProblem(field: Pick<TableField, 'type' | 'format' | 'decimalChar'>, text: string): string | undefined {
	if (text === '') return undefined;
	switch (field.type) {
		case 'number': {
			const decimal = field.decimalChar ?? '.';
			const number = new RegExp(`^-?\\d+(\\${decimal}\\d+)?$`);
			return number.test(text)
				? undefined
				: `« ${text} » n'est pas un nombre (chiffres, ${decimal === '.' ? 'point' : 'virgule'} décimal${decimal === '.' ? '' : 'e'})`;
		}
		case 'boolean':
			return text === 'true' || text === 'false' ? undefined : `« ${text} » n'est pas un booléen (true ou false)`;
		case 'integer':
			return /^-?\d+$/.test(text) ? undefined : `« ${text} » n'est pas un entier`;
		case 'date': {
			const day = new Date(`${text}T00:00:00Z`);
			const valid = /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
			return valid ? undefined : `« ${text} » n'est pas une date AAAA-MM-JJ`;
		}
		case 'string':
			if (field.format === 'uri' && !URL.canParse(text)) return `« ${text} » n'est pas une adresse`;
			return undefined;
	}
}
