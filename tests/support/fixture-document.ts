/** The bad-input documents, each written as the one change it makes to tests/fixtures/bad-input/valid-document.mdx. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { splitFrontmatter } from './corpus.ts';
import { projectRoot } from './project-copy.ts';

export const VALID_DOCUMENT = 'tests/fixtures/bad-input/valid-document.mdx';

/** The valid document, as written. */
export const validDocument = () => readFileSync(join(projectRoot, VALID_DOCUMENT), 'utf8');

/**
 * The valid document with some frontmatter fields set (`territory`, or a path such as `dates.0.date`;
 * `undefined` removes the field), and its body changed. The YAML is edited in place (yaml's
 * Document), not rewritten, so that every line the change does not touch keeps its number and its
 * style: the build's messages give lines.
 */
export function withFrontmatter(fields: Readonly<Record<string, unknown>>, body: (text: string) => string = (text) => text): string {
	const parts = splitFrontmatter(validDocument(), VALID_DOCUMENT);
	const yaml = parseDocument(parts.frontmatter);
	for (const [field, value] of Object.entries(fields)) {
		const path = field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
		if (value === undefined) yaml.deleteIn(path);
		else yaml.setIn(path, value);
	}
	return `---\n${yaml.toString({ lineWidth: 0 })}---\n${body(parts.body)}`;
}

/** The valid document with its body changed only. */
export const withBody = (body: (text: string) => string) => withFrontmatter({}, body);
