/**
 * Astro's glob loader, with one more rule: an id (the file name, which is also the URL) belongs to
 * one file. Astro only warns when two files share an id, and keeps one of them at random: here the
 * build stops and names both files.
 */
import { glob, type Loader } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];

export class DuplicateIdError extends Error {
	override name = 'DuplicateIdError';
}

export function uniqueGlob(options: GlobOptions & { generateId: NonNullable<GlobOptions['generateId']> }): Loader {
	const files = new Map<string, Set<string>>();
	const inner = glob({
		...options,
		generateId: (args) => {
			const id = options.generateId(args);
			const owners = files.get(id) ?? new Set<string>();
			owners.add(args.entry);
			files.set(id, owners);
			return id;
		},
	});
	return {
		...inner,
		name: 'unique-glob',
		load: async (context) => {
			files.clear();
			await inner.load(context);
			const base = String(options.base ?? '.').replace(/^\.\//, '').replace(/\/?$/, '/');
			const duplicates = [...files].filter(([, owners]) => owners.size > 1);
			if (duplicates.length > 0) {
				throw new DuplicateIdError(
					`Identifiants en double dans ${base} :\n${duplicates
						.map(([id, owners]) => `  - « ${id} » est l'identifiant (et l'adresse) de ${[...owners].map((f) => base + f).join(' et de ')}`)
						.join('\n')}`,
				);
			}
		},
	};
}
