/**
 * The checks of `npm run check:content` that need the loaded content, run by Vite as the site's
 * own modules are (scripts/check-content/run.ts loads this one): the corpus checks of the build
 * (`getCorpus()`, src/queries.ts), then each document's text against its source (src/lib/fidelity.ts).
 * Returns a plain report; the runner prints it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { BuildError, formatProblem, type Problem } from '../../src/lib/build-error';
import type { ContentReport, DocumentFidelity } from '../../src/lib/content-check';
import { coverage, fromExtraction, passageAt } from '../../src/lib/fidelity';
import { datasetTableText, documentText } from '../../src/lib/page-text';
import { TO_COMPLETE } from '../../src/lib/draft';
import { documentBody, documentSource, getCorpus } from '../../src/queries';
import type { Dataset, Document } from '../../src/types';

/** Where the documents' source texts are, relative to the project (`source.file` names a file there). */
const SOURCES = 'sources';

const fileOf = (entry: { id: string; filePath?: string | undefined }) => entry.filePath ?? entry.id;

/** A document's page text against its source; a problem when the source is not there. */
function measure(document: Document, root: string, datasetById: ReadonlyMap<string, Dataset>): DocumentFidelity | Problem {
	const file = fileOf(document);
	const source = `${SOURCES}/${document.data.source.file}`;
	if (!existsSync(join(root, source))) {
		return { file, field: 'source.file', message: `« ${source} » introuvable : la page est comparée à ce texte source` };
	}
	const sourceText = fromExtraction(readFileSync(join(root, source), 'utf8'));
	const page = documentText(document.data, documentBody(document).parts, (id) => {
		const dataset = datasetById.get(id);
		return dataset && datasetTableText(dataset.data);
	});
	const result = coverage(sourceText, page);
	// A passage as the source writes it; as the comparison reads it (lower case, no accents) if the two do not line up.
	const passage = (index: number) => passageAt(sourceText, result.missingAt[index]!) ?? { text: result.missing[index]! };
	const longest = result.missingAt.reduce((best, run, index) => (run.count > result.missingAt[best]!.count ? index : best), 0);
	return {
		slug: document.id,
		file,
		source,
		found: result.found,
		total: result.total,
		...(result.missingAt.length > 0 && { firstMissing: passage(0) }),
		...(longest > 0 && { longestMissing: passage(longest) }),
	};
}

/** What `npm run import` left for the editor to write (« À COMPLÉTER »): a draft not finished is not published. */
function unfinished(document: Document): Problem[] {
	const file = fileOf(document);
	const fields = Object.entries(document.data).flatMap(([field, value]) => (JSON.stringify(value).includes(TO_COMPLETE) ? [field] : []));
	const body = documentSource(document)
		.split('\n')
		.findIndex((line) => line.includes(TO_COMPLETE));
	return [
		...fields.map((field) => ({ file, field, message: `« ${TO_COMPLETE} » : valeur laissée à écrire par npm run import` })),
		...(body >= 0 ? [{ file, message: `« ${TO_COMPLETE} » dans le texte : passage laissé à écrire par npm run import` }] : []),
	];
}

export async function checkContent(root: string): Promise<ContentReport> {
	const [territories, documents, datasets, glossary] = await Promise.all([
		getCollection('territoires'),
		getCollection('documents'),
		getCollection('datasets'),
		getCollection('glossaire'),
	]);
	const problems: Problem[] = [];
	try {
		await getCorpus();
	} catch (error) {
		// The corpus's problems, as the build would stop on them; the texts are measured all the same.
		if (error instanceof BuildError) problems.push(...error.problems);
		else throw error;
	}
	const datasetById = new Map(datasets.map((d) => [d.id, d]));
	const fidelity: DocumentFidelity[] = [];
	for (const document of [...documents].sort((a, b) => a.id.localeCompare(b.id))) {
		try {
			problems.push(...unfinished(document));
			const result = measure(document, root, datasetById);
			if ('message' in result) problems.push(result);
			else fidelity.push(result);
		} catch (error) {
			// A text the loader did not render: getCorpus() has said so already.
			if (error instanceof BuildError) problems.push(...error.problems);
			else throw error;
		}
	}
	return {
		counts: { documents: documents.length, territories: territories.length, datasets: datasets.length, glossary: glossary.length },
		// Each problem once, whichever check found it.
		problems: [...new Map(problems.map((p) => [formatProblem(p), p])).values()],
		fidelity,
	};
}
