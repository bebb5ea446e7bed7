/**
 * Pairs each acronym of the glossary with its expansion, and each expansion with its acronym, in
 * the rendered text of every document and territory, once per section (src/lib/glossary.ts finds
 * them). The acronym becomes `<abbr title="expansion">`, which readers and screen readers can use;
 * the other half also goes in a `data-glossaire` attribute that Pagefind indexes
 * (`data-pagefind-index-attrs`), so that searching "NPNRU" finds a text that only spells it out, and
 * the reverse. No word is added to the text itself: the published wording stays the source's.
 * Runs after the part anchors and links, on the compiled HAST, once per document.
 */
import { readFileSync } from 'node:fs';
import type { HastPluginEntry } from 'satteri';
import { parse } from 'yaml';
import { compileGlossary, glossaryNodes, type GlossaryTerm } from '../lib/glossary';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Text that is not running text: left as it is. */
const SKIPPED = new Set(['abbr', 'code', 'pre', 'script', 'style', 'title']);

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * The glossary's terms, read from its YAML file. The glossary collection validates the same file
 * (src/content.config.ts) before any page is rendered, so an entry without acronym or expansion is
 * only skipped here.
 */
export function readGlossaryTerms(file: string): GlossaryTerm[] {
	const entries: unknown = parse(readFileSync(file, 'utf8'));
	if (entries === null || typeof entries !== 'object') return [];
	return Object.entries(entries as Record<string, Record<string, unknown>>).flatMap(([id, entry]) =>
		typeof entry?.['sigle'] === 'string' && typeof entry['developpement'] === 'string'
			? [
					{
						id,
						sigle: entry['sigle'],
						variantes: strings(entry['variantes']),
						developpement: entry['developpement'],
						autresFormes: strings(entry['autresFormes']),
					},
				]
			: [],
	);
}

export function glossaryTerms(file = 'content/glossaire.yaml'): HastPluginEntry {
	const glossary = compileGlossary(readGlossaryTerms(file));
	// A factory: called once per compiled document, so that each document starts a new section.
	return () => {
		let seen = new Set<string>();
		return {
			name: 'glossary-terms',
			element: {
				filter: [...HEADINGS],
				// Each heading starts a section, whose text gets its own pairs: a search result points to a section.
				visit() {
					seen = new Set();
				},
			},
			text(node, ctx) {
				// The text first, its ancestors only when it has a term: most texts have none, and each
				// ancestor asked for is a node the compiler builds: asking first took 1.4 of the 10.4 s that
				// each body thread worked at 2,000 documents.
				const marked = new Set(seen);
				const nodes = glossaryNodes(node.value, glossary, marked);
				if (!nodes) return;
				for (let parent = ctx.parent(node); parent && parent.type === 'element'; parent = ctx.parent(parent)) {
					if (SKIPPED.has(parent.tagName)) return;
				}
				seen = marked;
				ctx.replaceNode(node, nodes);
			},
		};
	};
}
