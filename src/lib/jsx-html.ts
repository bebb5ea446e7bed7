/**
 * A JSX runtime that writes HTML strings, for the MDX bodies the documents' loader renders itself
 * (src/lib/document-body.ts) instead of bundling each of them as a module. It writes what Astro's
 * own JSX rendering writes for the same elements (astro/dist/runtime/server/jsx.js and
 * render/util.js: `addAttribute`, `escapeHTML`), so that a page is the same byte for byte whichever
 * way its text was rendered: text escaped with `& < > ' "`, `className` as `class`, an empty value as
 * a bare attribute, void elements as `<br/>`.
 */

/** HTML already written: put in as is, never escaped again. */
export class Html {
	// A field, not a parameter property: Node runs this module as it is in the bodies' thread (src/loaders/body-worker.ts).
	readonly value: string;
	constructor(value: string) {
		this.value = value;
	}
	toString(): string {
		return this.value;
	}
}

/** What the compiled MDX passes as children: text, elements already written, or lists of them. */
export type Child = string | number | bigint | boolean | null | undefined | Html | readonly Child[];

export type Props = { readonly children?: Child; readonly [attribute: string]: unknown };

/** A component of the body: its props in, its HTML out. */
export type Component = (props: Props) => Html;

export const Fragment = Symbol('Fragment');

const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text as Astro escapes it in a page. */
export const escapeHtml = (text: string): string => text.replace(/[&<>'"]/g, (c) => ESCAPED[c]!);

const VOID_ELEMENT = /^(area|base|br|col|command|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)$/i;
const BOOLEAN_ATTRIBUTE =
	/^(?:allowfullscreen|async|autofocus|autoplay|checked|controls|default|defer|disabled|disablepictureinpicture|disableremoteplayback|formnovalidate|inert|loop|muted|nomodule|novalidate|open|playsinline|readonly|required|reversed|scoped|seamless|selected|itemscope)$/i;
/** Characters that would let a name break out of its attribute: Astro drops such an attribute. */
const INVALID_NAME = /[\s"'>/=]/;

const attributeValue = (value: unknown): string => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** One attribute as Astro's `addAttribute` writes it, with its leading space; '' when left out. */
export function attribute(name: string, value: unknown): string {
	if (value === null || value === undefined || INVALID_NAME.test(name)) return '';
	if (name === 'className') return ` class="${attributeValue(value)}"`;
	const booleanValued = BOOLEAN_ATTRIBUTE.test(name) || (typeof value === 'boolean' && ['popover', 'download', 'hidden'].includes(name));
	if (booleanValued) return value ? ` ${name}` : '';
	return value === '' ? ` ${name}` : ` ${name}="${attributeValue(value)}"`;
}

export function childrenHtml(child: Child): string {
	if (child instanceof Html) return child.value;
	if (typeof child === 'string') return escapeHtml(child);
	if (Array.isArray(child)) return child.map(childrenHtml).join('');
	// Astro writes nothing for null, undefined, false and true, and numbers as text (0 included).
	if (typeof child === 'number' || typeof child === 'bigint') return String(child);
	return '';
}

export function jsx(type: string | typeof Fragment | Component, props: Props): Html {
	if (type === Fragment) return new Html(childrenHtml(props.children));
	if (typeof type === 'function') return type(props);
	const { children, ...attributes } = props;
	const attrs = Object.entries(attributes)
		.map(([name, value]) => attribute(name, value))
		.join('');
	const inner = childrenHtml(children);
	if (inner === '' && VOID_ELEMENT.test(type)) return new Html(`<${type}${attrs}/>`);
	return new Html(`<${type}${attrs}>${inner}</${type}>`);
}

/** What `new Function(code)` of an MDX body compiled as a function body is given. */
export const runtime = { Fragment, jsx, jsxs: jsx };
