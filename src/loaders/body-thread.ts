/**
 * The documents' bodies rendered in threads of their own (src/loaders/body-worker.ts) while the
 * loader reads the next files: at 2 000 documents, rendering is most of the content load, which
 * otherwise runs on one core while the other waits. The threads live for one load, started with its
 * first bodies and stopped when it ends, even when it fails (a body that comes after is refused).
 * A body a thread refuses is a BuildError here, with the same problems; a thread that fails fails
 * every body it was given.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { BuildError, type Problem } from '../lib/build-error';
import type { RenderedBody } from '../lib/document-body';
import type { BodyRendering } from './content-glob';

export interface BodyRequest {
	id: number;
	body: string;
	file: string;
	firstLine: number;
	fileURL: string;
}

export type BodyAnswer = { id: number; rendered: RenderedBody } | { id: number; problems: Problem[] } | { id: number; failure: string };

const WORKER = new URL('./body-worker.ts', import.meta.url);

/**
 * As many threads as cores: the loader's own thread has less to do than rendering, so with two
 * cores, two threads and the loader share them evenly.
 */
const THREADS = availableParallelism();

interface Thread {
	worker: Worker;
	waiting: Map<number, { resolve: (rendered: RenderedBody) => void; reject: (error: Error) => void }>;
}

export function bodyThread(threads = THREADS): BodyRendering {
	let pool: Thread[] = [];
	let closed = false;
	let next = 0;
	const start = (): Thread => {
		const thread: Thread = { worker: new Worker(WORKER), waiting: new Map() };
		const failAll = (error: Error) => {
			for (const { reject } of thread.waiting.values()) reject(error);
			thread.waiting.clear();
			pool = pool.filter((t) => t !== thread);
		};
		thread.worker.on('message', (answer: BodyAnswer) => {
			const caller = thread.waiting.get(answer.id);
			if (!caller) return;
			thread.waiting.delete(answer.id);
			if ('rendered' in answer) caller.resolve(answer.rendered);
			else if ('problems' in answer) caller.reject(new BuildError(answer.problems, 'Texte refusé'));
			else caller.reject(new Error(answer.failure));
		});
		thread.worker.on('error', failAll);
		thread.worker.on('exit', (code) => failAll(new Error(`le fil de rendu des textes s'est arrêté (code ${code})`)));
		return thread;
	};
	return {
		render(body, { file, firstLine, fileURL }) {
			// A load that failed is closed while its other files still come in: they start no thread that nothing would stop.
			if (closed) return Promise.reject(new Error('le rendu des textes est fermé (le chargement est terminé)'));
			if (pool.length < threads) pool.push(start());
			// The thread with the fewest bodies waiting.
			const thread = pool.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
			const id = next++;
			const rendered = new Promise<RenderedBody>((resolve, reject) => thread.waiting.set(id, { resolve, reject }));
			thread.worker.postMessage({ id, body, file, firstLine, fileURL: fileURL.href } satisfies BodyRequest);
			return rendered;
		},
		async close() {
			closed = true;
			const closing = pool;
			pool = [];
			await Promise.all(closing.map((t) => t.worker.terminate()));
		},
	};
}
