/**
 * Astro's glob loader, with the checks it does not make and that a wrong page would otherwise
 * slip through: an id (the file name, which is also the URL) belongs to one file, and every date of
 * the frontmatter is a day of the calendar (YAML would roll 2021-02-30 over to 2 March).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { invalidFrontmatterDates } from '../lib/calendar-dates';

type GlobOptions = Parameters<typeof glob>[0];

export class ContentFileError extends Error {
	override name = 'ContentFileError';
}

export function contentGlob(options: GlobOptions & { generateId: NonNullable<GlobOptions['generateId']> }): Loader {
	const base = String(options.base ?? '.').replace(/^\.\//, '').replace(/\/?$/, '/');
	const files = new Map<string, Set<string>>();
	const inner = glob({
		...options,
		generateId: (args) => {
			const dates = invalidFrontmatterDates(readFileSync(fileURLToPath(new URL(args.entry, args.base)), 'utf8'));
			if (dates.length > 0) {
				throw new ContentFileError(
					dates.map((d) => `${base}${args.entry}:${d.line}: « ${d.value} » n'est pas une date du calendrier`).join('\n'),
				);
			}
			const id = options.generateId(args);
			const owners = files.get(id) ?? new Set<string>();
			owners.add(args.entry);
			files.set(id, owners);
			return id;
		},
	});
	return {
		...inner,
		name: 'content-glob',
		load: async (context) => {
			files.clear();
			await inner.load(context);
			const duplicates = [...files].filter(([, owners]) => owners.size > 1);
			if (duplicates.length > 0) {
				throw new ContentFileError(
					`Identifiants en double dans ${base} :\n${duplicates
						.map(([id, owners]) => `  - « ${id} » est l'identifiant (et l'adresse) de ${[...owners].map((f) => base + f).join(' et de ')}`)
						.join('\n')}`,
				);
			}
		},
	};
}
