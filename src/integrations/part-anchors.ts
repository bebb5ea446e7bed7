/**
 * Gives every heading of an official text its anchor: the parts (`#article-2-1`, `#annexe-1`,
 * `#preambule`) from the numbering in their text, the others from their words without accents.
 * A heading given an id by hand in the MDX keeps it. Astro's own slugger then has nothing left to do.
 */
import type { HastPluginEntry } from 'satteri';
import { headingSlug, partAnchor } from '../lib/anchors';

export function partAnchors(): HastPluginEntry {
	// A factory: called once per compiled document, so `used` is per document.
	return () => {
		const used = new Set<string>();
		const unique = (anchor: string) => {
			let candidate = anchor;
			for (let n = 2; used.has(candidate); n++) candidate = `${anchor}-${n}`;
			used.add(candidate);
			return candidate;
		};
		return {
			name: 'part-anchors',
			element: {
				filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
				visit(node, ctx) {
					const existing = node.properties?.id;
					if (typeof existing === 'string') {
						used.add(existing);
						return;
					}
					const text = ctx.textContent(node);
					ctx.setProperty(node, 'id', unique(partAnchor(text) ?? headingSlug(text)));
				},
			},
		};
	};
}
