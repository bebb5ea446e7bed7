/**
 * Puts a "Copier le lien" control beside each part heading of an official text (preamble, article,
 * annex). It is built here, at compile time, as a plain `#anchor` link, which works without
 * JavaScript (follow it, or "Copier l'adresse du lien"); on a document page, `<copy-links>`
 * (src/components/CopyLinks.astro) also copies the part's full address and says so. The heading
 * keeps its official text untouched; the link stands after it, in a wrapper, as Starlight's heading
 * links do. It is furniture, not text: kept out of the search index.
 */
import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { isPartAnchor, partPhrase } from '../lib/anchors';

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];

/** The control's visible words; a screen reader hears where it leads too ("… vers l’article 2.1"). */
const PART_LINK_LABEL = 'Copier le lien';

/** The wrapper's content after the heading: the link to the heading's own anchor. */
function linkTo(id: string): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: { className: ['part-link'], href: `#${id}`, dataPagefindIgnore: '' },
		children: [
			{ type: 'text', value: PART_LINK_LABEL },
			{
				type: 'element',
				tagName: 'span',
				properties: { className: ['sr-only'] },
				children: [{ type: 'text', value: ` vers ${partPhrase(id)}` }],
			},
		],
	};
}

/** The heading's wrapper; a space keeps the heading's last word apart from the link in the text of the page. */
const wrapper = (children: ElementContent[]): Element => ({
	type: 'element',
	tagName: 'div',
	properties: { className: ['part-heading'] },
	children: [...children.slice(0, -1), { type: 'text', value: ' ' }, ...children.slice(-1)],
});

export function partLinks(): HastPluginEntry {
	return {
		name: 'part-links',
		element: {
			filter: HEADINGS,
			visit(node, ctx) {
				const id = node.properties?.id;
				if (typeof id !== 'string' || !isPartAnchor(id)) return;
				ctx.wrapNode(node, wrapper([linkTo(id)]));
			},
		},
		// A heading written as HTML in the MDX (`<h2 id="preambule">Il est rappelé…</h2>`, for a part
		// whose text does not say what it is) is JSX: it becomes a plain heading, so that Astro lists
		// it among the document's headings (and so in its table of contents) like any other.
		mdxJsxFlowElement: {
			filter: HEADINGS,
			visit(node, ctx) {
				const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
				const id = attribute && 'name' in attribute ? attribute.value : undefined;
				if (typeof id !== 'string' || !isPartAnchor(id) || node.attributes.length !== 1) return;
				const heading: Element = { type: 'element', tagName: node.name!, properties: { id }, children: [...node.children] };
				ctx.replaceNode(node, wrapper([heading, linkTo(id)]));
			},
		},
	};
}
