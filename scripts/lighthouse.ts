/**
 * `npm run lighthouse`: Lighthouse's four scores (performance, accessibility, best practices, SEO) on
 * the four page types, in the light and the dark colour scheme, with the performance metrics. It
 * serves the built site (dist/, `npm run build` first) as the end-to-end tests do, with its headers.
 * Performance depends on the machine: run it on a quiet one. The e2e spec holds the other three at 100.
 * Usage: npm run lighthouse [-- --port 4390]
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import {
	colourSchemes,
	launchChromium,
	lighthouseCategories,
	lighthousePages,
	lighthouseScore,
	schemeMatches,
	type LighthouseScore,
} from '../tests/support/lighthouse.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4390' } } });
const base = `http://127.0.0.1:${values.port}/`;
const server = spawn(process.execPath, ['tests/support/serve.ts', '--port', values.port], { stdio: 'inherit' });

async function ready(): Promise<void> {
	for (let i = 0; i < 100; i++) {
		if (
			await fetch(base).then(
				(r) => r.ok,
				() => false,
			)
		)
			return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`Le site construit ne répond pas sur ${base} (lancer \`npm run build\` d'abord)`);
}

const rows: LighthouseScore[] = [];
try {
	await ready();
	for (const scheme of colourSchemes) {
		const chrome = await launchChromium(scheme);
		try {
			if (!(await schemeMatches(chrome, base, scheme))) throw new Error(`Chromium ne donne pas le thème ${scheme}`);
			for (const { path } of lighthousePages) rows.push(await lighthouseScore(chrome, new URL(path, base).href, scheme));
		} finally {
			chrome.kill();
		}
	}
} finally {
	server.kill();
}

const header = ['page', 'thème', ...lighthouseCategories, 'mesures'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const row of rows) {
	const scores = lighthouseCategories.map((c) => String(row.scores[c] ?? '—'));
	console.log(`| ${row.path} | ${row.scheme === 'dark' ? 'sombre' : 'clair'} | ${scores.join(' | ')} | ${row.metrics.join(', ')} |`);
}
const failing = rows.flatMap((row) => row.failing.map((f) => `${row.path} (${row.scheme}) ${f}`));
if (failing.length > 0) {
	console.log(`\nÀ corriger :\n${failing.join('\n')}`);
	process.exitCode = 1;
}
