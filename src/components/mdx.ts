/** The components an MDX document may use without importing them (see content/README.md). */
import DatasetTable from './DatasetTable.astro';
import EditorialNote from './EditorialNote.astro';
import Signatures from './Signatures.astro';

export const mdxComponents = { DatasetTable, EditorialNote, Signatures };
