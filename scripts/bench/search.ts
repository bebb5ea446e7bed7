/**
 * What a first search downloads, measured in a browser: the built site is served on 127.0.0.1
 * (sirv, plain files: public/_headers is not applied), Chromium opens `/recherche/?q=<query>` in a
 * fresh context (empty cache), waits until the page's status (`[data-search-status]`) says
 * « résultat » (« 3 résultats », « Aucun résultat »…), then until the network is idle; every response
 * under /pagefind/ counts at its gzip size (tests/support/pagefind-downloads.ts).
 * It measures through the page, so it holds whatever the site's search code does.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import sirv from 'sirv';
import { chromiumArgs, chromiumPath } from '../../tests/support/chromium.ts';
import { watchPagefindDownloads } from '../../tests/support/pagefind-downloads.ts';
import { paths } from '../../src/lib/paths.ts';

export const searchParts = ['pagefind.js', 'worker', 'wasm', 'entry', 'metadata', 'index chunks', 'fragments', 'filters', 'other'] as const;
export type SearchPart = (typeof searchParts)[number];

export interface QueryBytes {
	label: string;
	query: string;
	/** What the page's status said at the end. */
	status: string;
	/** gzip bytes per kind of file. */
	parts: Record<SearchPart, number>;
	files: number;
	total: number;
}

export interface FirstQueries {
	queries: QueryBytes[];
	/** Set when the measurement could not run (no browser…), or a query failed (its status never said « résultat »…). */
	error?: string;
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

export function partOf(file: string): SearchPart {
	const name = file.replace(/\?.*$/, '');
	if (name === 'pagefind.js') return 'pagefind.js';
	if (/worker/i.test(name)) return 'worker';
	if (/^wasm\.|\.wasm$/.test(name)) return 'wasm';
	if (name === 'pagefind-entry.json') return 'entry';
	if (name.endsWith('.pf_meta')) return 'metadata';
	if (name.endsWith('.pf_index')) return 'index chunks';
	if (name.endsWith('.pf_fragment')) return 'fragments';
	if (name.endsWith('.pf_filter')) return 'filters';
	return 'other';
}

function serve(dist: string): Promise<{ server: Server; origin: string }> {
	const files = sirv(dist, { dev: false, etag: true, extensions: ['html'] });
	const server = createServer((request, response) =>
		files(request, response, () => {
			response.statusCode = 404;
			response.end('not found');
		}),
	);
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
	});
}

async function measureQuery(browser: Browser, origin: string, label: string, query: string): Promise<QueryBytes> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const files = watchPagefindDownloads(page);
		await page.goto(`${origin}${paths.search(query)}`);
		const status = page.locator('[data-search-status]');
		await status.filter({ hasText: 'résultat' }).waitFor({ timeout: 60_000 });
		await page.waitForLoadState('networkidle');
		// A response whose body cannot be read (a redirect, an aborted request) counts for nothing.
		const downloaded = await Promise.all(files.map(async (f) => ({ file: f.file, bytes: await f.bytes.catch(() => 0) })));
		const parts = Object.fromEntries(searchParts.map((p) => [p, 0])) as Record<SearchPart, number>;
		for (const { file, bytes } of downloaded) parts[partOf(file)] += bytes;
		return {
			label,
			query,
			status: ((await status.textContent()) ?? '').replace(/\s+/g, ' ').trim(),
			parts,
			files: downloaded.length,
			total: downloaded.reduce((n, f) => n + f.bytes, 0),
		};
	} finally {
		await context.close();
	}
}

/** Serves `dist`, runs each query in a fresh browser context, and stops both. */
export async function measureFirstQueries(dist: string, queries: readonly { label: string; query: string }[]): Promise<FirstQueries> {
	const { server, origin } = await serve(dist);
	let browser: Browser | undefined;
	try {
		browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
		const results: QueryBytes[] = [];
		const failures: string[] = [];
		for (const { label, query } of queries) {
			try {
				results.push(await measureQuery(browser, origin, label, query));
			} catch (error) {
				failures.push(`« ${query} »: ${firstLine(error)}`);
			}
		}
		return failures.length > 0 ? { queries: results, error: failures.join('; ') } : { queries: results };
	} catch (error) {
		return { queries: [], error: firstLine(error) };
	} finally {
		await browser?.close();
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	}
}
