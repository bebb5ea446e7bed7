/**
 * Every document page links the source text it was established from; the link answers 200 as UTF-8
 * plain text, and its body is the file of sources/ byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { corpus } from '../support/corpus';
import { projectRoot } from '../support/project-copy';
import { paths } from '../../src/lib/paths';

for (const document of corpus.documents) {
	test(`${paths.document(document.slug)} links its source text, served as UTF-8 plain text`, async ({ page, request }) => {
		await page.goto(paths.document(document.slug));
		const link = page.locator('.document-meta a', { hasText: /^Texte extrait du PDF original \(texte brut, [\d,]+\u00a0(o|ko|Mo)\)$/ });
		await expect(link).toHaveCount(1);
		await expect(link).toHaveAttribute('href', paths.documentSourceText(document.slug));
		const response = await request.get(paths.documentSourceText(document.slug));
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
		expect(Buffer.compare(await response.body(), readFileSync(join(projectRoot, 'sources', document.source.file)))).toBe(0);
	});
}
