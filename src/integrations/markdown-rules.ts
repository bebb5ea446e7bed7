/**
 * The Markdown texts Astro renders itself (the territories' `.md`) obey the documents' rule: text, not
 * code. A link or an image whose address would run code or leave the site unannounced
 * (src/lib/safe-url.ts), and any raw HTML (Markdown keeps it as written, `<script>` included), stop the
 * build with the file, the line and what was found. The documents' MDX bodies have their own rules,
 * with the same addresses refused (src/lib/document-body.ts).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry } from 'satteri';
import { BuildError, type Problem } from '../lib/build-error';
import { bodyFirstLine } from '../lib/document-body';
import { LINK_ELEMENTS, linkProblems } from '../lib/safe-url';

type Positioned = { position?: { start: { line: number } } | undefined };

export function markdownRules(): HastPluginEntry {
	let found: { line: number | undefined; message: string }[] = [];
	const at = (node: Positioned, message: string) => found.push({ line: node.position?.start.line, message });
	return {
		name: 'markdown-rules',
		options: { position: true },
		before() {
			found = [];
		},
		element: {
			filter: [...LINK_ELEMENTS],
			visit(node) {
				for (const problem of linkProblems(node.tagName, node.properties)) at(node, problem);
			},
		},
		raw(node) {
			at(node, `« ${node.value.trim().slice(0, 60)} » : du HTML, qu’un texte .md n’a pas ; écrire en Markdown`);
		},
		after(_root, ctx) {
			if (found.length === 0) return;
			const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
			// Astro hands over the text after the frontmatter: its lines are counted from the file's.
			const firstLine = path ? bodyFirstLine(readFileSync(path, 'utf8'), ctx.source.trim()) : 1;
			const file = path ? relative(process.cwd(), path) : 'texte Markdown';
			const problems: Problem[] = found.map((f) => ({
				file,
				...(f.line === undefined ? {} : { line: f.line + firstLine - 1 }),
				message: f.message,
			}));
			throw new BuildError(problems, 'Texte refusé');
		},
	};
}
