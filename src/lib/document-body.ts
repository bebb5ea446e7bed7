/**
 * The body of a document, from its MDX to the HTML of the page, once, when the content is loaded.
 * Astro would otherwise compile each MDX body into a module that the build bundles and then runs:
 * at 2 000 documents, most of the build's time and memory. An official text is text, not code:
 * besides Markdown, a body may hold only the site's three components and the HTML of a text
 * (`<sup>`, `<h2 id="…">`…). Anything else (another element, a `{…}` expression, an import or
 * export) is refused with its file, line and what was found, rather than published.
 *
 * The HTML is the one Astro's MDX rendering writes (same processor, same plugins, same JSX
 * output: src/lib/jsx-html.ts). `<EditorialNote>` and `<Signatures>` become their markup here;
 * `<DatasetTable id="…" />` stays a mark that the page replaces with the table (it needs the
 * datasets, which another loader reads): see `bodyParts`.
 */
import { mdxToJs, type Features, type HastPluginDefinition, type HastPluginList, type MdxJsxAttributeUnion } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { childrenHtml, escapeHtml, Html, runtime, type Component, type Props } from './jsx-html';
import { BuildError } from './build-error';
import { holdsScript, LINK_ELEMENTS, linkProblems } from './safe-url';
import type { Heading } from './toc';

export interface RenderedBody {
	html: string;
	/** The headings as Astro lists them (`render(entry).headings`), for the table of contents. */
	headings: Heading[];
	/** The tables the body shows (`<DatasetTable id="…" />`), with the line of the file each stands on. */
	tables: { id: string; line: number }[];
}

/** The label of an editors' note when it does not give its own. */
export const EDITORIAL_NOTE_LABEL = 'Note de la rédaction';

/** The components a body may use, with the attributes each accepts. */
const COMPONENTS: Record<string, readonly string[]> = { EditorialNote: ['label'], Signatures: [], DatasetTable: ['id'] };

/** The HTML an official text may need that Markdown does not write. */
const HTML_ELEMENTS = new Set([
	'p',
	'br',
	'sup',
	'sub',
	'strong',
	'em',
	'u',
	's',
	'small',
	'span',
	'abbr',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'div',
	'blockquote',
	'ul',
	'ol',
	'li',
	'table',
	'caption',
	'thead',
	'tbody',
	'tfoot',
	'tr',
	'th',
	'td',
]);
const HTML_ATTRIBUTES = new Set(['id', 'className', 'title', 'lang', 'colSpan', 'rowSpan', 'scope', 'start']);

/** Elements that run code or show another site's page: named as such when a body holds one. */
const CODE_ELEMENTS = new Set([
	'script',
	'style',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'link',
	'meta',
	'base',
	'form',
	'svg',
	'math',
	'template',
]);

const DATASET_ID = /^[a-z0-9-]+$/;

/** Where a table stands in the HTML: a comment, which no text of a body can write (MDX has no comments). */
const datasetMark = (id: string) => `<!--DatasetTable ${id}-->`;
const DATASET_MARK = /<!--DatasetTable ([a-z0-9-]+)-->/;

/** A part of a body: HTML as it is, or the table of a dataset, in their order. */
export type BodyPart = { html: string } | { dataset: string };

/** Splits a rendered body at its tables. */
export function bodyParts(html: string): BodyPart[] {
	// split() with a capturing group alternates the HTML around the marks and the marks' ids.
	return html
		.split(DATASET_MARK)
		.map((piece, index): BodyPart => (index % 2 === 1 ? { dataset: piece } : { html: piece }))
		.filter((part) => !('html' in part) || part.html !== '');
}

const textOf = (props: Props, name: string): string | undefined => {
	const value = props[name];
	return typeof value === 'string' ? value : undefined;
};

/** The markup of src/components/DatasetTable.astro's neighbours, as their .astro files wrote it. */
const components: Record<keyof typeof COMPONENTS, Component> = {
	EditorialNote: (props) =>
		new Html(
			`<div class="editorial-note" role="note"><p class="editorial-note-label">${escapeHtml(textOf(props, 'label') ?? EDITORIAL_NOTE_LABEL)}</p>${childrenHtml(props.children)}</div>`,
		),
	Signatures: (props) => new Html(`<div class="signatures">${childrenHtml(props.children)}</div>`),
	DatasetTable: (props) => new Html(datasetMark(textOf(props, 'id') ?? '')),
};

const list = (names: Iterable<string>) => [...names].join(', ');

/** What is wrong with a JSX element of a body, or undefined when it is allowed. */
function elementProblem(name: string | null, attributes: readonly MdxJsxAttributeUnion[], hasChildren: boolean): string | undefined {
	if (name === null) return '<>…</> (un fragment JSX) n’est pas permis dans le texte d’un document';
	if (CODE_ELEMENTS.has(name.toLowerCase()))
		return `<${name}> : du code ou une page d’un autre site, pas du texte ; un document n’en contient pas`;
	const component = COMPONENTS[name];
	if (component === undefined && !HTML_ELEMENTS.has(name)) {
		return `<${name}> n’est pas permis dans le texte d’un document : seuls <EditorialNote>, <Signatures>, <DatasetTable id="…" /> et ces balises HTML le sont : ${list(HTML_ELEMENTS)}`;
	}
	const accepted = component ?? [...HTML_ATTRIBUTES];
	for (const attribute of attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			return `<${name} {${attribute.value}}> : une expression entre accolades est du code, pas du texte`;
		}
		if (attribute.value !== null && typeof attribute.value === 'object') {
			return `<${name} ${attribute.name}={${attribute.value.value}}> : une valeur entre accolades est du code ; écrire ${attribute.name}="…"`;
		}
		if (/^on/i.test(attribute.name)) {
			return `attribut « ${attribute.name} » de <${name}> : un gestionnaire d’événement est du code, pas du texte`;
		}
		if (typeof attribute.value === 'string' && holdsScript(attribute.value)) {
			return `attribut « ${attribute.name} » de <${name}> : « ${attribute.value} » contient du code (javascript:)`;
		}
		if (!accepted.includes(attribute.name)) {
			return `attribut « ${attribute.name} » de <${name}> non permis (permis : ${list(accepted) || 'aucun'})`;
		}
	}
	if (name === 'DatasetTable') {
		const id = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
		if (typeof id !== 'string' || !DATASET_ID.test(id)) {
			return '<DatasetTable> attend id="…" : le nom d’un fichier CSV de data/, sans « .csv »';
		}
		if (hasChildren) return '<DatasetTable id="…" /> n’a pas de contenu : le tableau vient de ses données';
	}
	return undefined;
}

interface BodyProblem {
	line: number | undefined;
	message: string;
}

/** Collects what a body may not hold, and the tables it shows, with the line where each stands (in the body). */
function bodyRules(problems: BodyProblem[], tables: { id: string; line: number | undefined }[]): HastPluginDefinition {
	const at = (node: { position?: { start: { line: number } } | undefined }, message: string): void => {
		problems.push({ line: node.position?.start.line, message });
	};
	const firstLine = (text: string) => text.trim().split('\n')[0]!.trim();
	const expression = (node: { value: string; position?: { start: { line: number } } | undefined }) =>
		at(node, `expression « {${node.value}} » : du code, pas du texte ; pour des accolades dans le texte, écrire \\{ et \\}`);
	const element = {
		filter: [],
		visit(node: {
			name: string | null;
			attributes: MdxJsxAttributeUnion[];
			children: readonly unknown[];
			position?: { start: { line: number } } | undefined;
		}) {
			const problem = elementProblem(node.name, node.attributes, node.children.length > 0);
			if (problem !== undefined) at(node, problem);
			else if (node.name === 'DatasetTable') {
				const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
				tables.push({ id: String(id), line: node.position?.start.line });
			}
		},
	};
	// Markdown's own links and images (`[texte](adresse)`, `![…](adresse)`, a reference), after the parser decoded their entities.
	const link = {
		filter: [...LINK_ELEMENTS],
		visit(node: { tagName: string; properties: Readonly<Record<string, unknown>>; position?: { start: { line: number } } | undefined }) {
			for (const problem of linkProblems(node.tagName, node.properties)) at(node, problem);
		},
	};
	return {
		name: 'document-body-rules',
		options: { position: true },
		element: link,
		mdxjsEsm: (node) => at(node, `« ${firstLine(node.value)} » : import et export ne sont pas permis dans le texte d’un document`),
		mdxFlowExpression: expression,
		mdxTextExpression: expression,
		mdxJsxFlowElement: element,
		mdxJsxTextElement: element,
	};
}

/** The line of a file's `contents` where its `body` (the trimmed text after the frontmatter) starts. */
export function bodyFirstLine(contents: string, body: string): number {
	// The body ends the file, but for the blank lines it was trimmed of: its last occurrence is itself.
	const start = body === '' ? -1 : contents.lastIndexOf(body);
	return start < 0 ? 1 : contents.slice(0, start).split('\n').length;
}

export interface BodyOptions {
	/** The file, as error messages name it (`content/documents/…/x.mdx`). */
	file: string;
	/** The line of the file the body starts on (after the frontmatter). */
	firstLine: number;
	/** The site's hast plugins and Markdown features (src/integrations/markdown.ts). */
	hastPlugins: HastPluginList;
	features: Features;
	fileURL?: URL;
}

/** What MDX's parser says of a body it cannot read (`3:1: Unexpected character after \`<\`…`), for an editor. */
const SYNTAX_HINTS: readonly [RegExp, string][] = [
	[
		/Unexpected character after `<`|valid JSX tag/,
		'un « < » ouvre une balise en MDX : pour le caractère, écrire \\< ; pour un lien, [texte](adresse)',
	],
	[/closing tag/, 'une balise ouverte n’est pas fermée'],
	[/closing brace|expression/, 'une accolade ouvre du code en MDX : pour le caractère, écrire \\{ et \\}'],
];

/** A body MDX cannot parse, as a BuildError with the file's line; any other error as it is. */
function syntaxError(error: unknown, file: string, fileLine: (line: number) => number): unknown {
	const message = error instanceof Error ? error.message : '';
	const at = /^(\d+):(\d+): ([\s\S]*)$/.exec(message);
	if (!at) return error;
	const hint = SYNTAX_HINTS.find(([pattern]) => pattern.test(at[3]!))?.[1];
	return new BuildError(
		{ file, line: fileLine(Number(at[1])), message: `texte illisible (colonne ${at[2]}) : ${hint ?? 'syntaxe MDX'} (${at[3]!.trim()})` },
		'Texte refusé',
	);
}

/** The body's HTML, headings and tables; throws a BuildError naming every line it refuses. */
export async function renderBody(body: string, options: BodyOptions): Promise<RenderedBody> {
	const problems: BodyProblem[] = [];
	const tables: { id: string; line: number | undefined }[] = [];
	const fileLine = (line: number) => line + options.firstLine - 1;
	// What Astro's heading ids plugin reads and fills (ctx.data.astro), as Astro's own pipeline gives it.
	const astro = { frontmatter: {}, headings: [] as Heading[], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
	// MDX's parser throws on a body it cannot read (`3:1: Unexpected character…`), with the body's line.
	let compiled: Awaited<ReturnType<typeof mdxToJs>>;
	try {
		compiled = await mdxToJs(body, {
			// The rules first, so that they see the body as it was written; Astro's heading ids last, as in its own pipeline.
			hastPlugins: [bodyRules(problems, tables), ...options.hastPlugins, satteriHeadingIdsPlugin()],
			features: { gfm: true, ...options.features },
			...(options.fileURL && { fileURL: options.fileURL }),
			outputFormat: 'function-body',
			elementAttributeNameCase: 'html',
			data: { astro },
		});
	} catch (error) {
		throw syntaxError(error, options.file, fileLine);
	}
	if (problems.length > 0) {
		throw new BuildError(
			problems.map((p) => ({ file: options.file, ...(p.line === undefined ? {} : { line: fileLine(p.line) }), message: p.message })),
			'Texte refusé',
		);
	}
	// The code is the compiler's, from a body that holds no expression: it only calls the runtime.
	const module = new Function(compiled.code)(runtime) as { default: (props: { components: typeof components }) => Html };
	const html = module.default({ components }).value;
	return { html, headings: astro.headings, tables: tables.map((t) => ({ id: t.id, line: fileLine(t.line ?? 1) })) };
}
