/**
 * Everything a page shows, built in one place per kind of page (as Starlight builds its route data):
 * a route asks one function, then passes typed values down to its components, which fetch nothing.
 */
import type { RSSOptions } from '@astrojs/rss';
import type { Page } from 'astro';
import { getCorpus, documentBody, documentSource } from './queries';
import { lastUpdated } from './last-updated';
import { chartCitation, chartImageFooter, type ChartData } from './lib/charts';
import { citation } from './lib/citation';
import { documentDate } from './lib/documents';
import { documentKindLabels } from './lib/domain';
import { feedOptions, siteFeed, territoryFeed } from './lib/feeds';
import { datasetNode, documentNode, type JsonLdNode } from './lib/jsonld';
import type { KeyFigure } from './lib/key-figures';
import { leadParagraph } from './lib/lead';
import { absolute, anchors, paths } from './lib/paths';
import { OG_IMAGE, SITE_NAME } from './lib/site';
import { tableOfContents, type TocEntry } from './lib/toc';
import type { Dataset, Document, Related, Territory } from './types';

/** A table's files: its CSV and the metadata beside it. */
const tableFiles = (datasets: readonly Dataset[]) =>
	datasets.flatMap((d) => (d.filePath ? [d.filePath, d.filePath.replace(/\.csv$/, '.meta.json')] : []));

const filesOf = (entries: readonly { filePath?: string | undefined }[]) => entries.flatMap((e) => (e.filePath ? [e.filePath] : []));

/** A part of a document's text: its HTML, or one of its tables. */
export type DocumentPart = { html: string } | { dataset: Dataset };

export interface DocumentRoute {
	document: Document;
	territory: Territory;
	/** The document's absolute address. */
	url: string;
	parts: DocumentPart[];
	toc: TocEntry[];
	/** The day the page last changed (`YYYY-MM-DD`): its text, or one of its tables and their metadata. */
	updated: string | undefined;
	/** The documents that give some of its dates, by id. */
	statedBy: ReadonlyMap<string, Document>;
	related: Related[];
	/** "Citer ce document", with the consultation placeholder the reader's day fills. */
	citation: string;
	jsonLd: JsonLdNode[];
}

export async function documentRoute(document: Document, site: URL): Promise<DocumentRoute> {
	const corpus = await getCorpus();
	const { data } = document;
	const territory = corpus.territory(data.territory.id);
	const datasets = corpus.documentDatasets(document.id);
	const { parts, headings } = documentBody(document);
	const url = absolute(paths.document(document.id), site);
	const updated = await lastUpdated([...filesOf([document]), ...tableFiles(datasets)]);
	const date = documentDate(document);
	const jsonLd = [
		documentNode({
			url,
			title: data.title,
			shortTitle: data.shortTitle,
			description: data.summary,
			kind: data.kind,
			kindLabel: documentKindLabels[data.kind],
			date,
			dateModified: updated,
			issuer: data.source.issuer,
			territory: territory.data.name,
			relations: data.relations.map((r) => ({ type: r.type, url: absolute(paths.document(r.target.id), site) })),
			image: absolute(OG_IMAGE.path, site),
		}),
		// The annex tables shown in the text are datasets of their own.
		...datasets.map((dataset) =>
			datasetNode({
				url: absolute(paths.document(document.id, anchors.table(dataset.id)), site),
				name: dataset.data.title,
				description: dataset.data.description,
				issuer: data.source.issuer,
				territory: territory.data.name,
				period: dataset.data.period,
				document: url,
			}),
		),
	];
	return {
		document,
		territory,
		url,
		parts: parts.map((part) => ('dataset' in part ? { dataset: corpus.dataset(part.dataset) } : part)),
		toc: tableOfContents(headings),
		updated,
		statedBy: new Map(data.dates.flatMap((d) => (d.statedBy ? [[d.statedBy.id, corpus.document(d.statedBy.id)] as const] : []))),
		related: corpus.related(document.id),
		citation: citation({
			issuer: data.source.issuer,
			title: data.title,
			kind: documentKindLabels[data.kind],
			date,
			url,
			siteName: SITE_NAME,
		}),
		jsonLd,
	};
}

export interface TerritoryRoute {
	territory: Territory;
	/** Oldest first. */
	documents: Document[];
	figures: KeyFigure[];
	/** Each chart, with its CSV, its "Citer" text and the source line drawn into its PNG. */
	charts: { chart: ChartData; csvHref: string; citation: string; imageFooter: string }[];
	/** Whether any table (bilan or prévision) has been published for the territory. */
	hasDatasets: boolean;
	/** The day the page last changed: its text, one of its documents (their titles and dates show there) or tables. */
	updated: string | undefined;
	/** Short titles of its documents, by id: how its figures and charts name their sources. */
	titles: ReadonlyMap<string, string>;
}

export async function territoryRoute(territory: Territory, site: URL): Promise<TerritoryRoute> {
	const corpus = await getCorpus();
	const documents = corpus.territoryDocuments(territory.id);
	const datasets = corpus.territoryDatasets(territory.id);
	const titles = new Map(documents.map((d) => [d.id, d.data.shortTitle]));
	const pageUrl = absolute(paths.territory(territory.id), site);
	// The PNG's "Données du …": the day the territory's tables last changed.
	const dataDay = await lastUpdated(tableFiles(datasets));
	return {
		territory,
		documents,
		figures: corpus.territoryKeyFigures(territory.id),
		charts: corpus.territoryCharts(territory.id).map((chart) => ({
			chart,
			csvHref: paths.territoryChartCsv(territory.id, chart.id),
			citation: chartCitation(chart, pageUrl, (id) => titles.get(id) ?? id, site),
			imageFooter: chartImageFooter(chart, pageUrl, (id) => titles.get(id) ?? id, dataDay),
		})),
		hasDatasets: datasets.length > 0,
		updated: await lastUpdated([...filesOf([territory]), ...filesOf(documents), ...tableFiles(datasets)]),
		titles,
	};
}

/** A press release as the lists and the feed show it. */
export interface CommuniqueItem {
	document: Document;
	date: string | undefined;
	territoryName: string;
	/** Its first paragraph, from its text. */
	lead: string | undefined;
}

export interface CommuniquesRoute {
	items: CommuniqueItem[];
	/** Every territory with press releases, with how many: the list's filter links. */
	territories: readonly { id: string; name: string; count: number }[];
	total: number;
}

/** Each press release's lead, parsed from its text once: the list, its territory's list and the feed all show it. */
const leads = new Map<string, string | undefined>();

function leadOf(document: Document): string | undefined {
	if (!leads.has(document.id)) leads.set(document.id, leadParagraph(documentSource(document)));
	return leads.get(document.id);
}

/** What a feed or list shows of each press release. */
export async function communiqueItems(documents: readonly Document[]): Promise<CommuniqueItem[]> {
	const corpus = await getCorpus();
	return documents.map((document) => ({
		document,
		date: documentDate(document),
		territoryName: corpus.territory(document.data.territory.id).data.name,
		lead: leadOf(document),
	}));
}

/** A page of the press releases' list: its items, and the territories' links with their counts. */
export async function communiquesRoute(page: Page<Document>): Promise<CommuniquesRoute> {
	const corpus = await getCorpus();
	return { items: await communiqueItems(page.data), territories: corpus.communiqueTerritories, total: corpus.communiques.length };
}

/**
 * A feed of press releases: every one (`/communiques/rss.xml`), or one territory's
 * (`/territoires/<t>/rss.xml`), each item filed under its territory and its kind.
 */
export async function communiquesFeedRoute(site: URL, territory?: Territory): Promise<RSSOptions> {
	const corpus = await getCorpus();
	const documents = territory ? corpus.territoryCommuniques(territory.id) : corpus.communiques;
	const entries = (await communiqueItems(documents)).map(({ document, date, territoryName, lead }) => ({
		path: paths.document(document.id),
		title: document.data.shortTitle,
		date,
		description: lead,
		categories: [territoryName, documentKindLabels[document.data.kind]],
	}));
	const feed = territory ? territoryFeed({ id: territory.id, name: territory.data.name }) : siteFeed;
	return feedOptions(feed, entries, site);
}

/** One static path per chart of every territory: its CSV and its « CSV pour Excel » (`…/graphiques/<chart>.csv`). */
export async function chartPaths(): Promise<{ params: { territory: string; chart: string }; props: { chart: ChartData } }[]> {
	const corpus = await getCorpus();
	return corpus.territories.flatMap((territory) =>
		corpus.territoryCharts(territory.id).map((chart) => ({ params: { territory: territory.id, chart: chart.id }, props: { chart } })),
	);
}
