import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { file } from 'astro/loaders';
import { csvDatasets } from './loaders/csv-datasets';
import { contentGlob } from './loaders/content-glob';
import { bodyThread } from './loaders/body-thread';
import { dateKinds, documentKinds, relationTypes, units } from './lib/domain';
import { datasetSchema, oneOf, period, year } from './lib/dataset-schema';
import { pdfProblem, PUBLIC_PDF } from './lib/originals';

/** A calendar day, kept as `YYYY-MM-DD` (YAML turns unquoted dates into `Date`: bring them back). */
const isoDay = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z.iso.date({ message: 'date attendue au format AAAA-MM-JJ (une date réelle)' }),
);

/**
 * A headline figure. Either a cell of a dataset (its value, unit and source come from the data), or
 * a figure quoted word for word from a document (the build checks the quote is in the text): no
 * figure is ever typed in on its own.
 */
const keyFigure = z.union([
	z.strictObject({
		label: z.string().min(1),
		/** Whose figure and when: "Dijon Métropole, 2017-2019". */
		scope: z.string().min(1),
		dataset: reference('datasets'),
		/** First-column value of the row. */
		row: z.string().min(1),
		column: z.string().min(1),
	}),
	z.strictObject({
		label: z.string().min(1),
		scope: z.string().min(1),
		/** The figure as the document writes it, e.g. "116 000 logements". */
		quote: z.string().min(1),
		document: reference('documents'),
		/** Anchor of the part of the document where the quote stands. */
		anchor: z.string().regex(/^[a-z0-9-]+$/),
	}),
]);

/** A chart: what it draws from which datasets. The chart kinds are in src/lib/charts.ts. */
const chartSpec = z.discriminatedUnion('kind', [
	z.strictObject({
		/** Bars per category (columns of the dataset, e.g. years), one series per row (lines of the table). */
		kind: z.literal('series'),
		id: z.string().regex(/^[a-z0-9-]+$/),
		title: z.string().min(1),
		dataset: reference('datasets'),
		/** The numeric columns to draw, in order. */
		columns: z.array(z.string().min(1)).min(1),
		/** What the columns are, for the table's first header. */
		categoryLabel: z.string().min(1).default('Année'),
	}),
	z.strictObject({
		/** A bilan against a prévision, row by row, converted to one unit. */
		kind: z.literal('comparison'),
		id: z.string().regex(/^[a-z0-9-]+$/),
		title: z.string().min(1),
		unit: oneOf(units),
		bilan: z.strictObject({ dataset: reference('datasets'), column: z.string().min(1) }),
		prevision: z.strictObject({ dataset: reference('datasets'), column: z.string().min(1) }),
	}),
	z.strictObject({
		/** The rows of one column, largest first (the parts of a whole). */
		kind: z.literal('breakdown'),
		id: z.string().regex(/^[a-z0-9-]+$/),
		title: z.string().min(1),
		dataset: reference('datasets'),
		column: z.string().min(1),
	}),
]);

/** A file of the project (`public/…`, `sources/…`): its size and first bytes, or nothing when it is not there. */
function readOriginal(path: string): { bytes: number; head: Uint8Array } | undefined {
	let fd: number | undefined;
	try {
		fd = openSync(join(process.cwd(), path), 'r');
		const head = new Uint8Array(8);
		const read = readSync(fd, head, 0, head.length, 0);
		return { bytes: fstatSync(fd).size, head: head.subarray(0, read) };
	} catch {
		return undefined;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/** The files an entry's id comes from: `content/documents/dijon/dijon-avenant-2020-2022.mdx` -> its file name. */
const byFileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

const territoires = defineCollection({
	loader: contentGlob({ pattern: '*.md', base: './content/territoires', generateId: byFileName }),
	schema: z.strictObject({
		/** Official name of the partner body, e.g. "Dijon Métropole". */
		name: z.string().min(1),
		/** Name used in navigation and URLs' titles, e.g. "Dijon". */
		shortName: z.string().min(1),
		region: z.string().min(1),
		/** The local authority that signs with Action Logement. */
		partner: z.string().min(1),
		/** Earlier names of the partner found in older documents. */
		formerNames: z.array(z.string()).default([]),
		/** Action Logement's regional body for this territory. */
		actionLogementBody: z.string().min(1),
		/** One sentence for cards and meta descriptions. */
		summary: z.string().min(1),
		/** The periods of the partnership, each from the document that sets it. */
		periods: z
			.array(
				z.strictObject({
					label: z.string().min(1),
					start: year,
					end: year,
					/** The document that sets the period, or that reports it when the act itself is not published. */
					document: reference('documents'),
				}),
			)
			.default([]),
		/** Headline figures, each taken from a dataset cell or quoted word for word from a document. */
		keyFigures: z.array(keyFigure).default([]),
		/** Charts of the territory page, each fed by its datasets. */
		charts: z.array(chartSpec).default([]),
	}),
});

const count = z.number().int().nonnegative();

/** The vote of a délibération, as its register states it; what the register does not give stays out. */
const vote = z
	.strictObject({
		/** "Nombre de membres en exercice". */
		membersInOffice: count.optional(),
		/** "Nombre de présents participant au vote". */
		present: count.optional(),
		/** "Nombre de procurations": absent members who gave their vote to a present one. */
		proxies: count.optional(),
		pour: count,
		contre: count,
		abstention: count,
		/** "Ne se prononce pas". */
		neSePrononcePas: count.optional(),
	})
	.superRefine((v, ctx) => {
		// Each member present or represented votes once: more votes than that is a typing error.
		const cast = v.pour + v.contre + v.abstention + (v.neSePrononcePas ?? 0);
		if (v.present !== undefined && v.proxies !== undefined && cast > v.present + v.proxies) {
			ctx.addIssue({
				code: 'custom',
				message: `pour + contre + abstention + ne se prononce pas = ${cast}, plus que présents + procurations = ${v.present + v.proxies}`,
			});
		}
		const attending = (v.present ?? 0) + (v.proxies ?? 0);
		if (v.membersInOffice !== undefined && attending > v.membersInOffice) {
			ctx.addIssue({
				code: 'custom',
				message: `présents + procurations = ${attending}, plus que les ${v.membersInOffice} membres en exercice`,
			});
		}
	});

const documents = defineCollection({
	// The bodies are rendered to HTML as they are loaded, in threads of their own, not compiled into modules of the build (src/lib/document-body.ts).
	loader: contentGlob({
		pattern: '**/*.mdx',
		base: './content/documents',
		generateId: byFileName,
		renderMdx: bodyThread,
	}),
	schema: z
		.strictObject({
			/** The document's own title, in the source's wording. */
			title: z.string().min(1),
			/** Lines the source prints above its title (letterhead, place and date), in its order. */
			preTitle: z.array(z.string().min(1)).default([]),
			/** A short title for lists, links and the browser tab. */
			shortTitle: z.string().min(1),
			kind: oneOf(documentKinds),
			territory: reference('territoires'),
			/** One or two sentences saying what the document is (editorial). */
			summary: z.string().min(1),
			dates: z
				.array(
					z.strictObject({
						kind: oneOf(dateKinds),
						/** Absent when no source gives the day. */
						date: isoDay.optional(),
						/** The text's own wording when it differs from a plain date ("XX décembre 2020"). */
						wording: z.string().optional(),
						/** Another document that states this date, when this one does not. */
						statedBy: reference('documents').optional(),
					}),
				)
				.min(1),
			/** The years the document's commitments cover. */
			period: period.optional(),
			signatories: z
				.array(
					z.strictObject({
						name: z.string().min(1),
						role: z.string().min(1),
						organisation: z.string().min(1),
					}),
				)
				.default([]),
			source: z
				.strictObject({
					/** What the original is, e.g. "Avenant signé (PDF)". */
					description: z.string().min(1),
					issuer: z.string().min(1),
					/** The plain-text extraction under `sources/` this page was established from. */
					file: z.string().regex(/^[a-z0-9-]+\.txt$/, 'nom de fichier de sources/ attendu'),
					/** The original's public address on its issuer's site. */
					url: z.url({ protocol: /^https$/, hostname: z.regexes.domain, message: 'adresse https:// attendue' }).optional(),
					/** The original PDF, a file of public/ the site serves (`originaux/<slug>.pdf`): it must exist and be a PDF. */
					pdf: z.string().regex(PUBLIC_PDF, 'chemin d’un fichier .pdf de public/ attendu (originaux/<fichier>.pdf)').optional(),
				})
				.transform((source, ctx) => {
					// The sizes the page gives, read from the files at build time; the PDF is checked here, file by file.
					const pdf = source.pdf === undefined ? undefined : readOriginal(`public/${source.pdf}`);
					const problem = source.pdf === undefined ? undefined : pdfProblem(source.pdf, pdf);
					if (problem) ctx.addIssue({ code: 'custom', path: ['pdf'], message: problem });
					const text = readOriginal(`sources/${source.file}`);
					return { ...source, bytes: { pdf: pdf?.bytes, file: text?.bytes } };
				}),
			relations: z
				.array(
					z.strictObject({
						type: oneOf(relationTypes),
						target: reference('documents'),
					}),
				)
				.default([]),
			/** Délibérations only: the subject heading of the register ("HABITAT, POLITIQUE DE LA VILLE ET URBANISME"). */
			matiere: z.string().min(1).optional(),
			/** Délibérations only: the vote. */
			vote: vote.optional(),
		})
		.superRefine((d, ctx) => {
			for (const field of ['matiere', 'vote'] as const) {
				if (d[field] !== undefined && d.kind !== 'deliberation') {
					ctx.addIssue({ code: 'custom', path: [field], message: `réservé aux délibérations (kind: deliberation), pas à « ${d.kind} »` });
				}
			}
		}),
});

const datasets = defineCollection({
	loader: csvDatasets({ base: './data' }),
	// The one dataset schema (src/lib/dataset-schema.ts), with Astro's references in place of its plain ones.
	schema: datasetSchema.extend({ territory: reference('territoires'), document: reference('documents') }),
});

/** Acronyms of the texts and their expansions (content/glossaire.yaml): the /glossaire/ page and the search. */
const glossaire = defineCollection({
	loader: file('./content/glossaire.yaml'),
	schema: z.strictObject({
		/** The acronym as the texts write it, e.g. "NPNRU". */
		sigle: z.string().min(1),
		/** Its other spellings in the texts, e.g. "Visale". */
		variantes: z.array(z.string().min(1)).default([]),
		/** The expansion, in the words of the `source` text (its case may differ). */
		developpement: z.string().min(1),
		/** Other wordings of the expansion that the texts use. */
		autresFormes: z.array(z.string().min(1)).default([]),
		/** The document that spells the acronym out; the build checks that it holds these words. */
		source: reference('documents').optional(),
		/** Required without `source`: where the expansion comes from (an editorial note). */
		note: z.string().min(1).optional(),
	}),
});

export const collections = { territoires, documents, datasets, glossaire };
