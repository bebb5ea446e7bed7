import { describe, expect, test } from 'vitest';
import { hastPlugins, markdownFeatures } from '../integrations/markdown';
import { BuildError } from './build-error';
import { bodyFirstLine, bodyParts, renderBody } from './document-body';

const FILE = 'content/documents/dijon/dijon-test.mdx';
const render = (body: string, firstLine = 1) => renderBody(body, { file: FILE, firstLine, hastPlugins, features: markdownFeatures });

/** The message a body is refused with. */
async function refusal(body: string, firstLine = 1): Promise<string> {
	const error = await render(body, firstLine).then(
		() => undefined,
		(e: unknown) => e,
	);
	expect(error).toBeInstanceOf(BuildError);
	return (error as Error).message;
}

describe('renderBody', () => {
	test('Markdown as the site writes it: part anchors, part links, no smart punctuation', async () => {
		const { html, headings } = await render("## ARTICLE 1<sup>ER</sup> — OBJET\n\nL'objet de la convention...\n\n### Les enjeux");
		expect(html).toBe(
			'<div class="part-heading"><h2 id="article-1">ARTICLE 1<sup>ER</sup> — OBJET</h2> <a class="part-link" href="#article-1" data-pagefind-ignore>Copier le lien<span class="sr-only"> vers l’article 1</span></a></div>\n' +
				'<p>L&#39;objet de la convention...</p>\n<h3 id="les-enjeux">Les enjeux</h3>',
		);
		expect(headings).toEqual([
			{ depth: 2, slug: 'article-1', text: 'ARTICLE 1ER — OBJET' },
			{ depth: 3, slug: 'les-enjeux', text: 'Les enjeux' },
		]);
	});

	test('a heading written as HTML keeps its id and is listed among the headings', async () => {
		const { html, headings } = await render('<h2 id="preambule">Il est rappelé ce qui suit :</h2>');
		expect(html).toContain('<h2 id="preambule">Il est rappelé ce qui suit :</h2> <a class="part-link" href="#preambule"');
		expect(headings).toEqual([{ depth: 2, slug: 'preambule', text: 'Il est rappelé ce qui suit :' }]);
	});

	test('the components become their markup; a table stays a mark for the page', async () => {
		const { html } = await render(
			'<EditorialNote>\nUne [note](/documents/x/).\n</EditorialNote>\n\n<EditorialNote label="Note & avis">\n\nA\n\nB\n\n</EditorialNote>\n\n' +
				'<Signatures>\nLE MAIRE\\\nJean\n</Signatures>\n\n<DatasetTable id="dijon-annexe-1" />\n\n<p className="separateur">ooo</p>',
		);
		expect(html).toBe(
			'<div class="editorial-note" role="note"><p class="editorial-note-label">Note de la rédaction</p><p>Une <a href="/documents/x/">note</a>.</p></div>\n' +
				'<div class="editorial-note" role="note"><p class="editorial-note-label">Note &amp; avis</p><p>A</p><p>B</p></div>\n' +
				'<div class="signatures"><p>LE MAIRE<br/>\nJean</p></div>\n<!--DatasetTable dijon-annexe-1-->\n<p class="separateur">ooo</p>',
		);
	});

	test.each([
		['another component', 'Texte.\n\n<Chart id="x" />', ':3: <Chart> n’est pas permis dans le texte d’un document'],
		['a script', '<script>alert(1)</script>', ':1: <script> : du code'],
		['an expression', 'Le montant de {1 + 1} euros.', ':1: expression « {1 + 1} » : du code, pas du texte'],
		['a comment in braces', '{/* note */}', ':1: expression « {/* note */} »'],
		['an import', "import X from './x.astro';\n\nTexte.", ":1: « import X from './x.astro'; » : import et export ne sont pas permis"],
		['an export', 'export const a = 1;', ':1: « export const a = 1; » : import et export'],
		['an attribute in braces', '<DatasetTable id={name} />', ':1: <DatasetTable id={name}> : une valeur entre accolades est du code'],
		['a spread attribute', '<p {...props}>x</p>', ':1: <p {...props}> : une expression entre accolades est du code'],
		['an event handler', '<p onClick="go()">x</p>', ':1: attribut « onClick » de <p> : un gestionnaire d’événement est du code'],
		['a table without id', '<DatasetTable />', ':1: <DatasetTable> attend id="…"'],
		['a fragment', '<>x</>', ':1: <>…</> (un fragment JSX) n’est pas permis'],
	])('refuses %s, with its file and line', async (_name, body, says) => {
		expect(await refusal(body)).toContain(`${FILE}${says}`);
	});

	test('counts lines from the start of the file, and names every refusal', async () => {
		const message = await refusal('Texte.\n\n<Chart />\n\nEt {x}.', 12);
		expect(message.split('\n')).toEqual([
			'Texte refusé :',
			expect.stringContaining(`${FILE}:14: <Chart>`),
			expect.stringContaining(`${FILE}:16: expression « {x} »`),
		]);
	});
	test('the glossary pairs a term once a section, not in code: an acronym in code leaves the next one to be paired', async () => {
		const { html } = await render('Le `NPNRU` puis le NPNRU, encore le NPNRU.\n\n## ARTICLE 2\n\nLe NPNRU.');
		const paired = html.match(/<abbr [^>]*>NPNRU<\/abbr>/g) ?? [];
		expect(paired).toHaveLength(2);
		expect(html).toContain('<code>NPNRU</code> puis le <abbr title="Nouveau Programme National de Renouvellement Urbain"');
		expect(html).toContain('</abbr>, encore le NPNRU.');
	});
});

describe('renderBody refuses what is code, not text, with its line', () => {
	test.each([
		['[clic](javascript:alert(1))', 'lien : adresse « javascript:alert(1) » : du code, pas un lien'],
		['[clic](JaVaScRiPt:alert(1))', 'lien : adresse « JaVaScRiPt:alert(1) » : du code'],
		['[clic](&#106;avascript:alert(1))', 'lien : adresse « javascript:alert(1) » : du code'],
		['[clic](data:text/html;base64,PHNjcmlwdD4=)', '« data: » n’est pas permis'],
		['![plan](data:image/svg+xml,x)', 'image : adresse « data:image/svg+xml,x » : « data: » n’est pas permis'],
		['[clic][ref]\n\n[ref]: javascript:alert(1)', 'du code, pas un lien'],
		['[clic](https://exemple.fr "javascript:alert(1)")', 'contient du code (javascript:)'],
		['[ailleurs](//exemple.fr/)', 'l’adresse d’un autre site s’écrit avec https://'],
		['<script>alert(1)</script>', '<script> : du code'],
		['<style>{`p { color: red }`}</style>', '<style> : du code'],
		['<iframe src="https://exemple.fr"></iframe>', '<iframe> : du code ou une page d’un autre site'],
		['<object data="x.swf"></object>', '<object> : du code'],
		['<embed src="x.swf" />', '<embed> : du code'],
		['<img src="x" onerror="alert(1)" />', '<img>'],
		['<span onclick="alert(1)">x</span>', 'attribut « onclick » de <span> : un gestionnaire d’événement est du code'],
		['<span title="javascript:alert(1)">x</span>', 'attribut « title » de <span> : « javascript:alert(1) » contient du code'],
	])('%s', async (body, says) => {
		const message = await refusal(`Texte.\n\n${body}\n`, 10);
		expect(message).toContain(`${FILE}:12: `);
		expect(message).toContain(says);
	});

	test('a body MDX cannot read: the file’s line, and what to write', async () => {
		const message = await refusal('Texte.\n\n<javascript:alert(1)>\n', 10);
		expect(message).toContain(`${FILE}:12: texte illisible (colonne 1) : un « < » ouvre une balise en MDX : pour le caractère, écrire \\<`);
		expect(message).toContain('(Unexpected character after `<`');
		expect(await refusal('Le montant {b', 5)).toContain(`${FILE}:5: texte illisible (colonne 12) : une accolade ouvre du code`);
	});

	test('the links a text may have are published', async () => {
		const { html } = await render(
			'[avenant](/documents/dijon-avenant-2020-2022/#article-2-1), [site](https://www.actionlogement.fr/), [écrire](mailto:contact@example.fr), [appeler](tel:+33380000000), [plus bas](#annexe-1)',
		);
		expect(html.match(/href="[^"]+"/g)).toEqual([
			'href="/documents/dijon-avenant-2020-2022/#article-2-1"',
			'href="https://www.actionlogement.fr/"',
			'href="mailto:contact@example.fr"',
			'href="tel:+33380000000"',
			'href="#annexe-1"',
		]);
	});
});

test('lists the tables a body shows, with the line of the file each stands on', async () => {
	const { tables } = await render('Texte.\n\n<DatasetTable id="t-1" />\n\nSuite.\n\n<DatasetTable id="t-2" />', 5);
	expect(tables).toEqual([
		{ id: 't-1', line: 7 },
		{ id: 't-2', line: 11 },
	]);
});

describe('bodyParts', () => {
	test('splits the HTML at its tables, in order', () => {
		expect(bodyParts('<p>a</p>\n<!--DatasetTable t-1-->\n<p>b</p>\n<!--DatasetTable t-2-->')).toEqual([
			{ html: '<p>a</p>\n' },
			{ dataset: 't-1' },
			{ html: '\n<p>b</p>\n' },
			{ dataset: 't-2' },
		]);
	});

	test('a body without table is one part', () => {
		expect(bodyParts('<p>a</p>')).toEqual([{ html: '<p>a</p>' }]);
	});
});

describe('bodyFirstLine', () => {
	test('the line after the frontmatter and the blank lines', () => {
		expect(bodyFirstLine('---\ntitle: "A"\n---\n\nTexte.\n\nSuite.\n', 'Texte.\n\nSuite.')).toBe(5);
	});

	test('a file without frontmatter starts at line 1', () => {
		expect(bodyFirstLine('Texte.\n', 'Texte.')).toBe(1);
	});
});
