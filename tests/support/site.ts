/** What the end-to-end tests know of the built site, read from the build output itself. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { projectRoot } from './project-copy';

export const distDir = join(projectRoot, 'dist');

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

/** The URL contract of DEVELOPERS.md: these addresses are linked from mails and council documents. */
export const contractPages = [
	'/',
	'/territoires/',
	'/territoires/dijon/',
	'/territoires/metz/',
	'/documents/',
	'/documents/dijon-convention-cadre-2017-2019/',
	'/documents/dijon-avenant-2020-2022/',
	'/documents/dijon-deliberation-2020-12-17/',
	'/documents/dijon-communique-2021-01-26/',
	'/documents/metz-communique-2019-10-02/',
	'/communiques/',
	'/recherche/',
] as const;

/** Each source text and the page that publishes it. */
export const sourcePages = {
	'dijon-2017-convention-cadre-2017-2019.txt': '/documents/dijon-convention-cadre-2017-2019/',
	'dijon-2020-12-avenant-2020-2022.txt': '/documents/dijon-avenant-2020-2022/',
	'dijon-2020-12-17-deliberation-conseil-metropolitain.txt': '/documents/dijon-deliberation-2020-12-17/',
	'dijon-2021-01-26-communique-de-presse.txt': '/documents/dijon-communique-2021-01-26/',
	'metz-2019-10-02-communique-de-presse.txt': '/documents/metz-communique-2019-10-02/',
} as const;
