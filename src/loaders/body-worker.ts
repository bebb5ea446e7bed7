/**
 * The thread that renders the documents' MDX bodies (started by src/loaders/body-thread.ts), so that
 * the load's other work (reading the files, their frontmatter, the store) runs beside it on the other
 * core. It renders each body as the build would in its own thread: the same function, plugins and
 * features (src/lib/document-body.ts, src/integrations/markdown.ts). Node runs this file as it is:
 * the site's modules, written for Vite, import each other without `.ts`, which the hook below adds.
 */
import { registerHooks } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { BodyRequest, BodyAnswer } from './body-thread';

registerHooks({
	resolve(specifier, context, nextResolve) {
		try {
			return nextResolve(specifier, context);
		} catch (error) {
			if (!/^\.\.?\//.test(specifier) || /\.[cm]?[jt]s$/.test(specifier)) throw error;
			return nextResolve(`${specifier}.ts`, context);
		}
	},
});

const [{ renderBody }, { hastPlugins, markdownFeatures }, { buildErrorProblems }] = await Promise.all([
	import('../lib/document-body'),
	import('../integrations/markdown'),
	import('../lib/build-error'),
]);

parentPort!.on('message', async ({ id, body, file, firstLine, fileURL }: BodyRequest) => {
	let answer: BodyAnswer;
	try {
		const rendered = await renderBody(body, { file, firstLine, fileURL: new URL(fileURL), hastPlugins, features: markdownFeatures });
		answer = { id, rendered };
	} catch (error) {
		// A refusal crosses as its problems (a class does not cross threads); anything else as its message, as the loader says it.
		const problems = buildErrorProblems(error);
		answer = problems ? { id, problems } : { id, failure: error instanceof Error ? error.message : String(error) };
	}
	parentPort!.postMessage(answer);
});
