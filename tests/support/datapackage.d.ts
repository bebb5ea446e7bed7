/**
 * The part of Frictionless's JavaScript library (`datapackage`, which has no types of its own) that the
 * open-data test uses: load a descriptor, validate it against its profile, read each resource as its
 * Table Schema casts it.
 */
declare module 'datapackage' {
	export class Resource {
		readonly name: string;
		readonly tabular: boolean;
		/** The rows, each value cast to its field's type; throws on a header or value its schema refuses. */
		read(options?: { cast?: boolean; keyed?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
	}
	export class Package {
		static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
		readonly valid: boolean;
		readonly errors: Error[];
		readonly profile: { readonly name: string };
		readonly resources: Resource[];
	}
}
