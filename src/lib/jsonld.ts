/**
 * schema.org descriptions of the pages (JSON-LD), for search engines and the tools that read
 * them: an official text is a `Legislation`, a press release a `NewsArticle`, an annex table a
 * `Dataset` (with its downloads in the open-data `DataCatalog`), and every page below home has its
 * `BreadcrumbList`.
 */
import { LICENCE } from './site';
import { absolute } from './paths';
import type { Crumb } from './breadcrumbs';
import type { DocumentKind, RelationType } from './domain';

export interface JsonLdNode {
	'@type': string;
	[property: string]: unknown;
}

/** Conventions, avenants and délibérations are acts; communiqués are news. */
export const schemaTypes = {
	'convention-cadre': 'Legislation',
	avenant: 'Legislation',
	deliberation: 'Legislation',
	communique: 'NewsArticle',
} as const satisfies Record<DocumentKind, 'Legislation' | 'NewsArticle'>;

export function breadcrumbList(trail: readonly Crumb[], site: string | URL): JsonLdNode {
	return {
		'@type': 'BreadcrumbList',
		itemListElement: trail.map((crumb, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.label,
			item: absolute(crumb.href, site),
		})),
	};
}

export interface DocumentFacts {
	/** The page's absolute address; it is also the node's `@id`. */
	url: string;
	title: string;
	shortTitle: string;
	description: string;
	kind: DocumentKind;
	/** The kind in words ("Avenant"). */
	kindLabel: string;
	/** The date that places the document (`YYYY-MM-DD`). */
	date?: string | undefined;
	/** The day the page last changed (`YYYY-MM-DD`). */
	dateModified?: string | undefined;
	issuer: string;
	/** The territory the document concerns ("Dijon Métropole"). */
	territory: string;
	/** The relations the document holds (written on it), to absolute addresses. */
	relations: readonly { type: RelationType; url: string }[];
	/** An image of the site's own, absolute (a press article must have one). */
	image: string;
}

/** How a relation reads in schema.org: an avenant changes a convention; the other acts are about theirs. */
const relationProperty = {
	modifie: 'legislationChanges',
	approuve: 'about',
	annonce: 'about',
} as const satisfies Record<RelationType, string>;

export function documentNode(facts: DocumentFacts): JsonLdNode {
	const type = schemaTypes[facts.kind];
	const related: Record<string, { '@id': string }[]> = {};
	for (const relation of facts.relations) {
		(related[relationProperty[relation.type]] ??= []).push({ '@id': relation.url });
	}
	const issuer = { '@type': 'Organization', name: facts.issuer };
	const common = {
		'@id': facts.url,
		url: facts.url,
		name: facts.title,
		alternateName: facts.shortTitle,
		description: facts.description,
		inLanguage: 'fr',
		spatialCoverage: { '@type': 'Place', name: facts.territory },
		author: issuer,
		...(facts.dateModified && { dateModified: facts.dateModified }),
		license: LICENCE.path,
		...related,
	};
	if (type === 'Legislation') {
		return {
			'@type': type,
			...common,
			legislationType: facts.kindLabel,
			...(facts.date && { legislationDate: facts.date }),
		};
	}
	return {
		'@type': type,
		...common,
		headline: facts.shortTitle,
		...(facts.date && { datePublished: facts.date }),
		publisher: issuer,
		image: facts.image,
	};
}

export interface DatasetFacts {
	/** Where the table is shown: the document's address and the table's anchor. */
	url: string;
	name: string;
	description: string;
	issuer: string;
	territory: string;
	period: { start: number; end: number };
	/** The absolute address of the document the table comes from. */
	document: string;
	/** Its files, at absolute addresses, where the page offers them (the open-data catalogue). */
	downloads?: readonly DatasetDownload[];
}

export interface DatasetDownload {
	url: string;
	format: 'text/csv' | 'application/json';
}

export function datasetNode(facts: DatasetFacts): JsonLdNode {
	return {
		'@type': 'Dataset',
		'@id': facts.url,
		url: facts.url,
		name: facts.name,
		description: facts.description,
		inLanguage: 'fr',
		creator: { '@type': 'Organization', name: facts.issuer },
		spatialCoverage: { '@type': 'Place', name: facts.territory },
		temporalCoverage: `${facts.period.start}/${facts.period.end}`,
		isPartOf: { '@id': facts.document },
		license: LICENCE.path,
		...(facts.downloads && {
			distribution: facts.downloads.map((d) => ({ '@type': 'DataDownload', contentUrl: d.url, encodingFormat: d.format })),
		}),
	};
}

export interface CatalogFacts {
	/** The catalogue's absolute address; it is also the node's `@id`. */
	url: string;
	name: string;
	description: string;
	publisher: string;
	/** The `@id`s of its datasets, described by nodes of their own. */
	datasets: readonly string[];
}

/** The open-data catalogue: the datasets it holds, each a `Dataset` node of the same page. */
export function dataCatalogNode(facts: CatalogFacts): JsonLdNode {
	return {
		'@type': 'DataCatalog',
		'@id': facts.url,
		url: facts.url,
		name: facts.name,
		description: facts.description,
		inLanguage: 'fr',
		publisher: { '@type': 'Organization', name: facts.publisher },
		license: LICENCE.path,
		dataset: facts.datasets.map((id) => ({ '@id': id })),
	};
}

/** One JSON-LD document for a page: its nodes in a graph. */
export function jsonLdGraph(nodes: readonly JsonLdNode[]): { '@context': string; '@graph': readonly JsonLdNode[] } {
	return { '@context': 'https://schema.org', '@graph': nodes };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is written `\u003c` so that no text of a
 * document can close the script element, and the line separators JavaScript once refused are escaped.
 */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
