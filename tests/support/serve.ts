/**
 * Serves the built site as a static host would: the files of dist/ (sirv), with the headers of
 * dist/_headers applied, so that the end-to-end tests run under the real security policy.
 * Usage: node tests/support/serve.ts [--port 4399] [--dir dist]
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { headersFor, parseHeaders } from './headers.ts';

const { values } = parseArgs({
	options: { port: { type: 'string', default: '4399' }, dir: { type: 'string', default: 'dist' } },
});
const dir = resolve(values.dir);
const rules = parseHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
const notFound = (() => {
	try {
		return readFileSync(join(dir, '404.html'));
	} catch {
		return Buffer.from('<!doctype html><html lang="fr"><title>404</title><p>Page introuvable</p></html>');
	}
})();

createServer((request, response) => {
	const path = new URL(request.url ?? '/', 'http://localhost').pathname;
	// A header that several rules set is sent once with their values joined, as Cloudflare Pages does:
	// two policies would both apply, so a rule must detach (`! Name`) what it replaces.
	const headers = new Map<string, [string, string[]]>();
	for (const [name, value] of headersFor(rules, path)) {
		const [, values] = headers.get(name.toLowerCase()) ?? headers.set(name.toLowerCase(), [name, []]).get(name.toLowerCase())!;
		values.push(value);
	}
	for (const [name, values] of headers.values()) response.setHeader(name, values.join(', '));
	files(request, response, () => {
		response.statusCode = 404;
		response.setHeader('Content-Type', 'text/html; charset=utf-8');
		response.end(notFound);
	});
}).listen(Number(values.port), '127.0.0.1', () => {
	console.log(`dist/ servi sur http://127.0.0.1:${values.port}/`);
});
