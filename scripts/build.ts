/**
 * `npm run build`: Astro's build, with the content's problems said as the site says them. A content
 * error (src/lib/build-error.ts, or Astro's about a file) is printed as its problems, one a line, in
 * French: no stack trace, none of Astro's hints (which read « document » in a path as a browser API).
 * Any other error is a fault of the code and keeps its stack.
 */
import { build } from 'astro';
import { errorProblems, problemLines } from '../src/lib/content-check.ts';

try {
	await build({});
} catch (error) {
	const problems = errorProblems(error, process.cwd());
	if (problems === undefined) throw error;
	console.error(['', 'Construction arrêtée : le contenu est invalide.', ...problemLines(problems)].join('\n'));
	process.exit(1);
}
