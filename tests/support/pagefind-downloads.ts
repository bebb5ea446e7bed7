/**
 * What a page downloads from `/pagefind/`, each file at its gzip size: Pagefind's index files
 * (.pf_*, and its WebAssembly) are stored gzipped and count as they are; the others are gzipped
 * with zlib's default level, as a web server would send them. Used by the first-query budget of
 * tests/e2e/search.spec.ts and by `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface PagefindDownload {
	/** The path under /pagefind/, e.g. `fragment/fr_9c95a55.pf_fragment`. */
	file: string;
	/** Its gzip size, once its body has arrived (rejects when the body cannot be read). */
	bytes: Promise<number>;
}

/** Starts listening: the list fills as the page's responses under /pagefind/ arrive. */
export function watchPagefindDownloads(page: Page): PagefindDownload[] {
	const downloads: PagefindDownload[] = [];
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (!url.pathname.startsWith('/pagefind/')) return;
		downloads.push({
			file: url.pathname.slice('/pagefind/'.length),
			bytes: response.body().then((body) => (body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length)),
		});
	});
	return downloads;
}
