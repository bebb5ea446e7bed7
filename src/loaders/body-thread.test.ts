import { afterEach, expect, test } from 'vitest';
import { hastPlugins, markdownFeatures } from '../integrations/markdown';
import { BuildError } from '../lib/build-error';
import { renderBody } from '../lib/document-body';
import { bodyThread } from './body-thread';
import type { BodyRendering } from './content-glob';

const FILE = 'content/documents/dijon/essai.mdx';
const where = (firstLine = 1) => ({ file: FILE, firstLine, fileURL: new URL(`file:///projet/${FILE}`) });

const BODY = [
	'## ARTICLE 1 : OBJET',
	'',
	'Le dispositif VISALE et le NPNRU, avec 30 603 k€ pour la <sup>1re</sup> année.',
	'',
	'<EditorialNote>Une note de la rédaction.</EditorialNote>',
	'',
	'<DatasetTable id="dijon-bilan" />',
].join('\n');

let rendering: BodyRendering | undefined;
afterEach(async () => {
	await rendering?.close();
	rendering = undefined;
});

test('the thread renders a body exactly as the loader would in its own thread', async () => {
	rendering = bodyThread();
	const [inThread, here] = await Promise.all([
		rendering.render(BODY, where(5)),
		renderBody(BODY, { ...where(5), hastPlugins, features: markdownFeatures }),
	]);
	expect(inThread).toEqual(here);
	expect(inThread.html).toContain('id="article-1"');
	expect(inThread.tables).toEqual([{ id: 'dijon-bilan', line: 11 }]);
});

test('many bodies at once, shared by two threads, each get their own answer', async () => {
	rendering = bodyThread(2);
	const bodies = Array.from({ length: 20 }, (_, i) => `Paragraphe numéro ${i}.`);
	const rendered = await Promise.all(bodies.map((body) => rendering!.render(body, where())));
	expect(rendered.map((r) => r.html)).toEqual(bodies.map((body) => `<p>${body}</p>`));
});

test('a body the thread refuses is a BuildError with the file, the line and what was found', async () => {
	rendering = bodyThread();
	const refused = rendering.render('Texte.\n\n<script>alert(1)</script>', where(10));
	await expect(refused).rejects.toBeInstanceOf(BuildError);
	const error = (await refused.catch((e: unknown) => e)) as BuildError;
	expect(error.problems).toEqual([expect.objectContaining({ file: FILE, line: 12, message: expect.stringContaining('script') })]);
});

test('once closed (a load that failed), a body that still comes starts no thread and is refused', async () => {
	rendering = bodyThread();
	await rendering.render('Un.', where());
	await rendering.close();
	await expect(rendering.render('Deux.', where())).rejects.toThrow(/fermé/);
});
