/**
 * A document's original: a PDF under public/ named by `source.pdf` is served by the site and offered
 * with its size; `source.url` is a link to the issuer's site; a `pdf` that is missing or not a PDF
 * stops the build with the document's file and the field.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { formatFileSize } from '../../src/lib/originals';
import { paths } from '../../src/lib/paths';
import { AVENANT_DIJON, COMMUNIQUE_METZ } from '../support/corpus';
import { minimalPdf } from '../support/pdf';
import { projectCopy, type ProjectCopy } from '../support/project-copy';
import { distFile } from '../support/site';

const PDF = 'originaux/dijon-avenant-2020-2022.pdf';
const withPdf = (c: ProjectCopy, pdf = PDF) =>
	c.edit(AVENANT_DIJON.file, `file: ${AVENANT_DIJON.source.file}`, `file: ${AVENANT_DIJON.source.file}\n  pdf: ${pdf}`);

let copy: ProjectCopy | undefined;
afterEach(() => copy?.dispose());

test('a PDF under public/ is served and offered with its size; an address links to the issuer’s site', () => {
	copy = projectCopy();
	const pdf = minimalPdf();
	expect(pdf.length).toBeLessThan(1000);
	copy.write(`public/${PDF}`, '');
	writeFileSync(join(copy.root, 'public', PDF), pdf);
	withPdf(copy);
	copy.edit(
		COMMUNIQUE_METZ.file,
		`file: ${COMMUNIQUE_METZ.source.file}`,
		`file: ${COMMUNIQUE_METZ.source.file}\n  url: https://www.metzmetropole.fr/communique.pdf`,
	);
	const { status, output } = copy.build();
	expect(status, output).toBe(0);

	const avenant = copy.read(distFile(paths.document(AVENANT_DIJON.slug)));
	expect(avenant).toContain(
		`<a href="${paths.originalPdf(PDF)}" type="application/pdf">Texte original (PDF, ${formatFileSize(pdf.length)})</a>`,
	);
	expect(formatFileSize(pdf.length)).toMatch(/^\d{3}\u00a0o$/);
	// With the original, the extracted text is no longer what the page offers.
	expect(avenant).not.toContain(paths.documentSourceText(AVENANT_DIJON.slug));
	expect(Buffer.compare(Buffer.from(copy.read(`dist/${PDF}`), 'latin1'), pdf)).toBe(0);

	const metz = copy.read(distFile(paths.document(COMMUNIQUE_METZ.slug)));
	expect(metz).toContain(
		'<a href="https://www.metzmetropole.fr/communique.pdf">Texte original sur le site de l’émetteur (metzmetropole.fr)</a>',
	);
	expect(metz).toContain(
		`href="${paths.documentSourceText(COMMUNIQUE_METZ.slug)}" type="text/plain">Texte extrait du PDF original (texte brut,`,
	);
});

test.each([
	{ case: 'a PDF that is not in public/', file: undefined, says: `« public/${PDF} » introuvable` },
	{ case: 'a file that is not a PDF', file: '<!doctype html><title>Not a PDF</title>', says: `« public/${PDF} » n'est pas un PDF` },
])('$case stops the build with the document’s file and the field', ({ file, says }) => {
	copy = projectCopy();
	if (file !== undefined) copy.write(`public/${PDF}`, file);
	withPdf(copy);
	const { status, output } = copy.build();
	expect(status, output).not.toBe(0);
	expect(output).toContain(AVENANT_DIJON.file);
	expect(output).toContain('source.pdf');
	expect(output).toContain(says);
});

test('an address that is not https stops the build', () => {
	copy = projectCopy();
	copy.edit(
		COMMUNIQUE_METZ.file,
		`file: ${COMMUNIQUE_METZ.source.file}`,
		`file: ${COMMUNIQUE_METZ.source.file}\n  url: http://www.metzmetropole.fr/a.pdf`,
	);
	const { status, output } = copy.build();
	expect(status, output).not.toBe(0);
	expect(output).toContain(COMMUNIQUE_METZ.file);
	expect(output).toContain('source.url');
});
