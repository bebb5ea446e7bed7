/**
 * Every address and anchor of the URL contract, each built by one function. Elected officials
 * link these addresses in mails and council documents: a route, a component, a feed, a test and
 * the open data all ask here, so that an address can change (or rather never change) in one place.
 */

/** The fragment of an address: `#id`, or nothing. */
const fragment = (anchor?: string) => (anchor ? `#${anchor}` : '');

/** The « CSV pour Excel » beside a CSV (same columns and rows, French Excel's dialect). */
const excelCsvOf = (csv: string) => csv.replace(/\.csv$/, '-excel.csv');

/** A numbered list's page: the first page is the list's own address, the others `<list>/<n>/`. */
const listPage = (base: string, page = 1) => (page > 1 ? `${base}${page}/` : base);

export const paths = {
	home: '/',
	territories: '/territoires/',
	territory: (territory: string, anchor?: string) => `/territoires/${territory}/${fragment(anchor)}`,
	/** A territory chart's data as CSV, beside the territory's page. */
	territoryChartCsv: (territory: string, chart: string) => `/territoires/${territory}/graphiques/${chart}.csv`,
	/** The same data as « CSV pour Excel » (BOM, `;`, decimal comma). */
	territoryChartExcelCsv: (territory: string, chart: string) => excelCsvOf(`/territoires/${territory}/graphiques/${chart}.csv`),
	/** The « CSV pour Excel » beside any CSV of the site: `<name>.csv` -> `<name>-excel.csv`. */
	excelCsvOf: (csv: string) => excelCsvOf(csv),
	documents: (page?: number) => listPage('/documents/', page),
	/** A document's page, or one of its parts (`article-2-1`, `annexe-1`, `preambule`, a table). */
	document: (slug: string, anchor?: string) => `/documents/${slug}/${fragment(anchor)}`,
	/** The plain text a document's page was established from (its `source.file`, extracted from the PDF), beside the page. */
	documentSourceText: (slug: string) => `/documents/${slug}/texte-source.txt`,
	/** An original PDF the site serves: a file of public/ (`originaux/….pdf`), at its own path. */
	originalPdf: (file: string) => `/${file}`,
	communiques: (page?: number) => listPage('/communiques/', page),
	territoryCommuniques: (territory: string, page?: number) => listPage(`/communiques/territoire/${territory}/`, page),
	communiquesFeed: '/communiques/rss.xml',
	/** A territory's own RSS feed (its press releases), beside the territory's page. */
	territoryFeed: (territory: string) => `/territoires/${territory}/rss.xml`,
	/** The search page; with a query, a search one can link (`/recherche/?q=VISALE`). */
	search: (query?: string) => (query ? `/recherche/?${new URLSearchParams({ q: query })}` : '/recherche/'),
	/** A piece of the search suggestions' vocabulary: the words of one first letter (src/lib/suggest.ts). */
	searchVocabulary: (shard: string) => `/recherche/vocabulaire/${shard}.json`,
	glossary: '/glossaire/',
	glossaryJson: '/glossaire.json',
	data: {
		catalogue: '/donnees/',
		entry: (id: string) => `/donnees/#${id}`,
		csv: (id: string) => `/donnees/${id}.csv`,
		/** The same columns and rows as « CSV pour Excel » (BOM, `;`, decimal comma), beside the open-data CSV. */
		excelCsv: (id: string) => excelCsvOf(`/donnees/${id}.csv`),
		json: (id: string) => `/donnees/${id}.json`,
		dataPackage: '/donnees/datapackage.json',
	},
	/** The pages a French public site owes: mentions légales, accessibility declaration (RGAA), site map, personal data. */
	legalNotice: '/mentions-legales/',
	accessibility: '/accessibilite/',
	siteMap: '/plan-du-site/',
	personalData: '/donnees-personnelles/',
} as const;

/** Anchors of the things a page shows besides the parts of a text (those come from `anchors.ts`). */
export const anchors = {
	/** A dataset's table in its document's text. */
	table: (dataset: string) => `tableau-${dataset}`,
	/** A chart's figure on its territory's page. */
	chart: (chart: string) => `graphique-${chart}`,
} as const;

/** An address of the site made absolute on the site's public address (canonical, feeds, JSON-LD, citations). */
export const absolute = (path: string, site: URL | string) => new URL(path, site).href;
