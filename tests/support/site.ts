/** What the end-to-end tests know of the built site, read from the build output and the content, never typed in. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { paths } from '../../src/lib/paths.ts';
import { AVENANT_DIJON, COMMUNIQUE_DIJON, COMMUNIQUE_METZ, CONVENTION_DIJON, DELIBERATION_DIJON, corpus } from './corpus.ts';
import { projectRoot } from './project-copy.ts';

export const distDir = join(projectRoot, 'dist');

/** The file of a build that answers an address, relative to the project: `/documents/x/#a` → `dist/documents/x/index.html`. */
export function distFile(address: string): string {
	const { pathname } = new URL(address, 'https://site.invalid');
	return join('dist', decodeURI(pathname), pathname.endsWith('/') ? 'index.html' : '');
}

/** The built file that answers an address, as text. */
export const readBuilt = (address: string) => readFileSync(join(projectRoot, distFile(address)), 'utf8');

/** Every page the build wrote, as the path a browser asks for ("/documents/x/"). */
export function builtPages(): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.html')) {
				const rel = relative(distDir, path).split(sep).join('/');
				pages.push(`/${rel.replace(/(^|\/)index\.html$/, '$1')}`);
			}
		}
	};
	walk(distDir);
	return pages.sort();
}

/**
 * The URL contract: addresses linked from mails and council documents, which must never break. The
 * one list kept by hand, on purpose: a page leaving the build, or a document renamed, fails its test.
 */
export const contractPages = [
	paths.home,
	paths.territories,
	paths.territory('dijon'),
	paths.territory('metz'),
	paths.documents(),
	...[CONVENTION_DIJON, AVENANT_DIJON, DELIBERATION_DIJON, COMMUNIQUE_DIJON, COMMUNIQUE_METZ].map((d) => paths.document(d.slug)),
	paths.communiques(),
	paths.search(),
	paths.glossary,
	paths.legalNotice,
	paths.accessibility,
	paths.siteMap,
	paths.personalData,
] as const;

/** The contract's anchors of each text, as a mail or a council document would paste them. */
export const contractAnchors: Readonly<Record<string, readonly string[]>> = {
	[paths.document(AVENANT_DIJON.slug)]: [
		'preambule',
		'article-1',
		'article-2',
		'article-2-1',
		'article-2-2',
		'article-3',
		'article-4',
		'article-5',
		'annexe-1',
		'annexe-2',
	],
	[paths.document(CONVENTION_DIJON.slug)]: [
		'preambule',
		'article-1',
		'article-2',
		'article-2-1',
		'article-2-3-1',
		'article-2-8',
		'article-3-2',
		'article-5',
	],
};

/** Each source text of sources/ and the page that publishes it, from each document's `source.file`. */
export const sourcePages: Readonly<Record<string, string>> = Object.fromEntries(
	corpus.documents.map((document) => [document.source.file, paths.document(document.slug)]),
);
