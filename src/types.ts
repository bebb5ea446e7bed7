/** The site's content entries, as the collections of src/content.config.ts type them. */
import type { CollectionEntry } from 'astro:content';
import type { RelatedDocument } from './lib/documents';

export type Territory = CollectionEntry<'territoires'>;
export type Document = CollectionEntry<'documents'>;
export type Dataset = CollectionEntry<'datasets'>;
export type GlossaryEntry = CollectionEntry<'glossaire'>;

/** A document linked to another by a typed relation (src/lib/documents.ts), with its entry. */
export type Related = RelatedDocument & { document: Document };
