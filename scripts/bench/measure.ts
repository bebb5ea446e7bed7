/**
 * Figures read from a built site (`dist/`): pages by type, the JavaScript each page loads, the weight
 * of a document page beyond its text, and the size of the search index on disk (what a first query
 * downloads is measured in a browser: search.ts). Sizes are bytes; "gzip" is zlib's default level
 * (what a web server sends), each file compressed on its own, as it is served.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { pageTypeOf, pageTypes, type PageType } from '../../tests/support/page-types.ts';
import { textOf } from '../../tests/support/text.ts';

export interface Size {
	raw: number;
	gzip: number;
}

export interface JsFigure {
	pages: number;
	/** Scripts a page runs on load: `<script src>` files with their static imports, plus inline scripts. Largest page of the type. */
	initial: Size;
	/** Files only reached through dynamic `import()`, loaded later. Largest page of the type. */
	lazy: Size;
}

export interface DocumentHtml {
	pages: number;
	rawMedian: number;
	gzipMedian: number;
	gzipMax: number;
	/** gzip(page) − gzip(its text content). */
	beyondTextMedian: number;
	beyondTextMax: number;
	beyondTextMaxUrl: string;
}

export interface SearchIndex {
	/** Bytes of dist/pagefind/ on disk (its index files are stored gzipped). */
	totalBytes: number;
	files: number;
}

export interface SiteFigures {
	pages: number;
	pagesByType: Record<PageType, number>;
	js: Record<PageType, JsFigure>;
	/** JS (initial + lazy) that pages with a chart load and pages without one never do; the largest page. */
	chartJs: Size & { files: string[]; pages: number; url: string | undefined };
	documentHtml: DocumentHtml | undefined;
	search: SearchIndex | undefined;
}

const gzip = (data: string | Buffer) => gzipSync(data).length;

export const median = (values: readonly number[]): number => {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(dir, file)).isFile());
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const attribute = (attributes: string, name: string) =>
	new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
		.exec(attributes)
		?.slice(1)
		.find((v) => v !== undefined);
/** A specifier the site serves: relative or from the root (not a bare name, not another host). */
const SITE_SPECIFIER = /^(?:\.{1,2}\/|\/)/;

/**
 * The imports of a script, read by es-module-lexer: static ones (`import`, `export … from`) and
 * dynamic ones with a fixed specifier. Minifiers may write that as a template literal, import(`./x.js`),
 * which the lexer reads as a "glob" pattern: without a substitution (`*`), it is the file itself.
 * A script the lexer cannot read counts as importing nothing, as it would for the browser.
 */
function moduleImports(code: string): { static: string[]; dynamic: string[] } {
	let imports;
	try {
		[imports] = parseModule(code);
	} catch {
		return { static: [], dynamic: [] };
	}
	const found = { static: [] as string[], dynamic: [] as string[] };
	for (const entry of imports) {
		if (entry.type === 'import-meta' || entry.specifier === undefined || !SITE_SPECIFIER.test(entry.specifier)) continue;
		if (entry.type === 'dynamic') {
			if (!entry.glob || !entry.specifier.includes('*')) found.dynamic.push(entry.specifier);
		} else if (!entry.typeOnly) {
			found.static.push(entry.specifier);
		}
	}
	return found;
}
/** A chart on a page: Astro's chart component renders `<figure class="chart">` (or a `<chart-…>` element). */
const CHART = /<chart-[a-z-]*\b|<figure\b[^>]*\bclass="(?:[^"]*\s)?chart(?:\s[^"]*)?"/;

/** The JavaScript graph of a built site: file sizes and imports, read once per file. */
class Scripts {
	readonly dist: string;
	readonly sizes = new Map<string, Size>();
	readonly #imports = new Map<string, { static: string[]; dynamic: string[] }>();

	constructor(dist: string) {
		this.dist = dist;
	}

	/** A site path (`/_astro/x.js`) resolved from a page or script URL, as a browser would. */
	resolve(specifier: string, from: string): string {
		return new URL(specifier, new URL(from, 'https://site.invalid')).pathname;
	}

	importsOf(key: string, source?: string): { static: string[]; dynamic: string[] } {
		const known = this.#imports.get(key);
		if (known) return known;
		let code = source;
		if (code === undefined) {
			const file = join(this.dist, key);
			code = existsSync(file) ? readFileSync(file, 'utf8') : '';
			this.sizes.set(key, { raw: Buffer.byteLength(code), gzip: gzip(code) });
		}
		const base = key.startsWith('inline:') ? key.slice('inline:'.length).split('#')[0]! : key;
		const specifiers = moduleImports(code);
		const found = {
			static: specifiers.static.map((specifier) => this.resolve(specifier, base)),
			dynamic: specifiers.dynamic.map((specifier) => this.resolve(specifier, base)),
		};
		this.#imports.set(key, found);
		return found;
	}

	/** Every script a page loads at once, and those it may load later. */
	ofPage(html: string, url: string): { initial: Set<string>; lazy: Set<string> } {
		const initial = new Set<string>();
		const lazyRoots: string[] = [];
		const visit = (key: string, source?: string) => {
			if (initial.has(key)) return;
			initial.add(key);
			const { static: statics, dynamic } = this.importsOf(key, source);
			statics.forEach((next) => visit(next));
			lazyRoots.push(...dynamic);
		};
		for (const [, attributes, body] of html.matchAll(SCRIPT)) {
			const type = attribute(attributes!, 'type')?.toLowerCase();
			if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
			const src = attribute(attributes!, 'src');
			if (src) {
				if (!/^[a-z]+:|^\/\//i.test(src)) visit(this.resolve(src, url));
			} else if (body!.trim()) {
				const key = `inline:${url}#${createHash('sha1').update(body!).digest('hex').slice(0, 12)}`;
				this.sizes.set(key, { raw: Buffer.byteLength(body!), gzip: gzip(body!) });
				visit(key, body!);
			}
		}
		const lazy = new Set<string>();
		const visitLazy = (key: string) => {
			if (initial.has(key) || lazy.has(key)) return;
			lazy.add(key);
			const { static: statics, dynamic } = this.importsOf(key);
			[...statics, ...dynamic].forEach(visitLazy);
		};
		lazyRoots.forEach(visitLazy);
		return { initial, lazy };
	}

	total(keys: Iterable<string>): Size {
		let raw = 0;
		let gz = 0;
		for (const key of keys) {
			const size = this.sizes.get(key);
			raw += size?.raw ?? 0;
			gz += size?.gzip ?? 0;
		}
		return { raw, gzip: gz };
	}
}

/** Inline scripts are keyed by page; the same code on two pages is one script for the chart comparison. */
const codeKey = (key: string) => key.replace(/^inline:[^#]*#/, 'inline#');

export async function measureSite(dist: string): Promise<SiteFigures> {
	// The lexer is WebAssembly, compiled once before the first script is read.
	await initLexer();
	const htmlFiles = filesUnder(dist).filter((file) => file.endsWith('.html'));
	const scripts = new Scripts(dist);
	const pagesByType = Object.fromEntries(pageTypes.map((t) => [t, 0])) as Record<PageType, number>;
	const js = Object.fromEntries(pageTypes.map((t) => [t, { pages: 0, initial: { raw: 0, gzip: 0 }, lazy: { raw: 0, gzip: 0 } }])) as Record<
		PageType,
		JsFigure
	>;
	const beyond: { url: string; bytes: number }[] = [];
	const raws: number[] = [];
	const gzips: number[] = [];
	const withChart: { url: string; keys: Set<string> }[] = [];
	const withoutChart = new Set<string>();

	for (const file of htmlFiles) {
		const url = `/${file.replace(/\\/g, '/')}`.replace(/index\.html$/, '');
		const type = pageTypeOf(url);
		const html = readFileSync(join(dist, file), 'utf8');
		pagesByType[type]++;
		const { initial, lazy } = scripts.ofPage(html, url);
		const figure = js[type];
		figure.pages++;
		const initialSize = scripts.total(initial);
		const lazySize = scripts.total(lazy);
		if (initialSize.gzip > figure.initial.gzip) figure.initial = initialSize;
		if (lazySize.gzip > figure.lazy.gzip) figure.lazy = lazySize;
		const keys = new Set([...initial, ...lazy]);
		if (CHART.test(html)) withChart.push({ url, keys });
		else keys.forEach((key) => withoutChart.add(codeKey(key)));

		if (type !== 'document') continue;
		const pageGzip = gzip(html);
		raws.push(Buffer.byteLength(html));
		gzips.push(pageGzip);
		beyond.push({ url, bytes: pageGzip - gzip(textOf(html)) });
	}

	// The charts' JS: what pages with a chart load and pages without one never do.
	let chartJs: SiteFigures['chartJs'] = { raw: 0, gzip: 0, files: [], pages: withChart.length, url: undefined };
	for (const { url, keys } of withChart) {
		const own = [...keys].filter((key) => !withoutChart.has(codeKey(key)));
		const size = scripts.total(own);
		if (chartJs.url === undefined || size.gzip > chartJs.gzip) chartJs = { ...size, files: own.map(codeKey), pages: withChart.length, url };
	}

	const worst = beyond.reduce<{ url: string; bytes: number } | undefined>((a, b) => (a && a.bytes >= b.bytes ? a : b), undefined);
	return {
		pages: htmlFiles.length,
		pagesByType,
		js,
		chartJs,
		documentHtml: worst && {
			pages: beyond.length,
			rawMedian: median(raws),
			gzipMedian: median(gzips),
			gzipMax: Math.max(...gzips),
			beyondTextMedian: median(beyond.map((b) => b.bytes)),
			beyondTextMax: worst.bytes,
			beyondTextMaxUrl: worst.url,
		},
		search: measureSearch(join(dist, 'pagefind')),
	};
}

/** The index on disk; what a first query downloads is measured in a browser (search.ts). */
function measureSearch(dir: string): SearchIndex | undefined {
	if (!existsSync(dir)) return undefined;
	const files = filesUnder(dir);
	return { totalBytes: files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0), files: files.length };
}
