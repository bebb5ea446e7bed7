/**
 * A synthetic corpus written into a copy of the project, through the same files an editor writes:
 * `content/territoires/bench-NNN.md` (with periods, a key figure and two charts, like dijon.md),
 * `content/documents/bench-NNN/<slug>.mdx` and, for the avenants (one document in four), the annex
 * table `data/bench-NNN/<id>.csv` + `<id>.meta.json`.
 * Everything it writes satisfies src/content.config.ts and the corpus checks (relations to earlier
 * documents of the same territory, totals that add up). Deterministic: the same size gives the same files.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DocumentKind, RelationType } from '../../src/lib/domain.ts';
import { paths } from '../../src/lib/paths.ts';
import { nameMaker, of, type Lexicon } from './names.ts';
import type { ProseModel } from './prose.ts';

export interface CorpusSize {
	/** Documents in all. */
	documents: number;
	/** Documents per territory (the last territory may have fewer). */
	perTerritory: number;
	/** Another seed writes another corpus, of the same shape: texts, names and figures the site has not been measured on. */
	seed?: number;
}

export interface Corpus {
	territories: number;
	documents: number;
	datasets: number;
	/** Words of the generated MDX bodies. */
	words: number;
	/** How the words spread over the documents: distinct words, and how many are in most or few pages. */
	spread: { distinct: number; inHalf: number; inAll: number; inOnePercent: number };
	/** Queries for the first-search measurement, drawn from what was written. */
	queries: { label: string; query: string }[];
}

/** Document kinds in the order a partnership goes through them, repeated. */
const CYCLE = ['convention-cadre', 'deliberation', 'avenant', 'communique'] as const satisfies readonly DocumentKind[];

/** The source extraction each kind points to (any existing file of sources/ passes the schema). */
const SOURCE_FILES: Record<DocumentKind, string> = {
	'convention-cadre': 'dijon-2017-convention-cadre-2017-2019.txt',
	avenant: 'dijon-2020-12-avenant-2020-2022.txt',
	deliberation: 'dijon-2020-12-17-deliberation-conseil-metropolitain.txt',
	communique: 'dijon-2021-01-26-communique-de-presse.txt',
};

const REGIONS = [
	'Auvergne-Rhône-Alpes',
	'Bourgogne-Franche-Comté',
	'Bretagne',
	'Centre-Val de Loire',
	'Grand Est',
	'Hauts-de-France',
	'Île-de-France',
	'Normandie',
	'Nouvelle-Aquitaine',
	'Occitanie',
	'Pays de la Loire',
	"Provence-Alpes-Côte d'Azur",
];
const BODIES = ['Métropole', 'Communauté urbaine', 'Communauté d’agglomération', 'Ville', 'Communauté de communes'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const TABLE_LINES = [
	'Production de logement social et intermédiaire (1)',
	'Services et aides aux salariés (2)',
	'Accession à la propriété',
	'Aides à la mobilité',
	'Renouvellement urbain (NPNRU)',
	"Louer pour l'emploi",
];

/** Month of each kind within its year: convention, then its délibération, avenant, communiqué. */
const KIND_MONTH: Record<DocumentKind, number> = { 'convention-cadre': 3, deliberation: 5, avenant: 9, communique: 10 };

/** mulberry32: a small seeded generator, so that runs compare. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher-Yates, on a copy. */
function shuffled<T>(list: readonly T[], rand: () => number): T[] {
	const copy = [...list];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

const q = (text: string) => JSON.stringify(text);
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

interface Plan {
	slug: string;
	kind: DocumentKind;
	year: number;
	date: string;
	period?: { start: number; end: number };
}

type Write = (path: string, text: string) => void;

export function writeCorpus(root: string, size: CorpusSize, prose: ProseModel): Corpus {
	for (const file of Object.values(SOURCE_FILES)) {
		if (!existsSync(join(root, 'sources', file))) throw new Error(`bench: sources/${file} is missing`);
	}
	const seed = size.seed ?? 0;
	const rand = random(20_240_601 + seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
	const write: Write = (path, text) => {
		const file = join(root, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
	};
	const names = nameMaker(random(1789 + seed));
	const territories = Math.ceil(size.documents / size.perTerritory);
	const territoryWidth = Math.max(3, String(territories).length);
	const documentWidth = Math.max(2, String(size.perTerritory).length);
	const corpus: Corpus = {
		territories: 0,
		documents: 0,
		datasets: 0,
		words: 0,
		spread: { distinct: 0, inHalf: 0, inAll: 0, inOnePercent: 0 },
		queries: [],
	};
	// Document frequency of each word, and the amounts written, to pick the queries.
	const pages = new Map<string, number>();
	const amounts = new Map<string, number>();
	let middleCity = '';

	for (let t = 1; t <= territories; t++) {
		const territory = `bench-${pad(t, territoryWidth)}`;
		const lexicon = names.lexicon(8 + Math.floor(rand() * 10));
		const name = `${pick(BODIES)} ${of(lexicon.city)}`;
		if (t === Math.ceil(territories / 2)) middleCity = lexicon.city;
		const region = REGIONS[(t - 1) % REGIONS.length]!;

		const plans: Plan[] = [];
		const count = Math.min(size.perTerritory, size.documents - (t - 1) * size.perTerritory);
		for (let i = 1; i <= count; i++) {
			const kind = CYCLE[(i - 1) % CYCLE.length]!;
			// Each cycle of four acts takes three years; periods stay within the schema's 1950-2100.
			const year = 2000 + ((Math.floor((i - 1) / CYCLE.length) * 3) % 90);
			const day = 1 + ((t * 7 + i) % 28);
			const month = KIND_MONTH[kind];
			const plan: Plan = {
				slug: `${territory}-${kind}-${pad(i, documentWidth)}`,
				kind,
				year,
				date: `${year}-${pad(month, 2)}-${pad(day, 2)}`,
			};
			if (kind === 'convention-cadre') plan.period = { start: year, end: year + 2 };
			if (kind === 'avenant') plan.period = { start: year + 1, end: year + 3 };
			plans.push(plan);
		}
		write(
			`content/territoires/${territory}.md`,
			territoryFile(name, lexicon.city, region, prose.paragraph(rand, t, lexicon, plans[0]!.year), plans),
		);
		corpus.territories++;

		plans.forEach((plan, index) => {
			const relations = relationsOf(plans, index);
			const datasetId = plan.kind === 'avenant' ? datasetIdOf(plan) : undefined;
			const announcedBy = plans[index + 1]?.kind === 'communique' ? plans[index + 1]!.slug : undefined;
			const signatories = Array.from({ length: 2 + Math.floor(rand() * 2) }, (_, n) => ({
				name: n === 0 ? lexicon.people[0]! : pick(lexicon.people.slice(1)),
				role: n === 0 ? 'Président' : n === 1 ? 'Président du CRAL' : 'Directeur régional',
				organisation: n === 0 ? name : n === 1 ? 'Action Logement Groupe' : 'Action Logement Services',
			}));
			const body = bodyOf({ plan, name, lexicon, relations, datasetId, signatories, prose, rand });
			for (const word of new Set(body.text.toLocaleLowerCase('fr').match(/\p{L}[\p{L}-]{2,}/gu)))
				pages.set(word, (pages.get(word) ?? 0) + 1);
			for (const [, amount] of body.text.matchAll(/\b(\d+ millions) d’euros/g)) amounts.set(amount!, (amounts.get(amount!) ?? 0) + 1);
			write(
				`content/documents/${territory}/${plan.slug}.mdx`,
				`${frontmatter({ plan, territory, name, relations, announcedBy, signatories })}\n${body.text}`,
			);
			corpus.documents++;
			corpus.words += body.words;
			if (datasetId && plan.period) {
				writeDataset(write, { id: datasetId, territory, name, document: plan.slug, period: plan.period, rand });
				corpus.datasets++;
			}
		});
	}
	const n = corpus.documents;
	const frequencies = [...pages].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	corpus.spread = {
		distinct: pages.size,
		inAll: frequencies.filter(([, f]) => f === n).length,
		inHalf: frequencies.filter(([, f]) => f >= n / 2).length,
		inOnePercent: frequencies.filter(([, f]) => f <= Math.max(1, n / 100)).length,
	};
	const lowerCase = frequencies.filter(([word]) => /^\p{Ll}{8,}$/u.test(word));
	const rareTarget = Math.max(2, Math.round(n / 200));
	const rare = [...lowerCase]
		.filter(([, f]) => f >= 2)
		.sort((a, b) => Math.abs(a[1] - rareTarget) - Math.abs(b[1] - rareTarget) || a[0].localeCompare(b[0]))[0];
	const amount = [...amounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
	const acronym = ['npnru', 'visale', 'cral'].find((word) => pages.has(word));
	corpus.queries = [
		...(lowerCase[0] ? [{ label: `frequent word (${lowerCase[0][1]} pages)`, query: lowerCase[0][0] }] : []),
		...(rare ? [{ label: `rare word (${rare[1]} pages)`, query: rare[0] }] : []),
		{ label: 'territory name', query: middleCity },
		...(acronym ? [{ label: `acronym (${pages.get(acronym)} pages)`, query: acronym.toUpperCase() }] : []),
		{ label: 'two words', query: prose.commonPair },
		...(amount ? [{ label: 'amount', query: amount }] : []),
	];
	return corpus;
}

/** An avenant's annex table, and its columns. */
const datasetIdOf = (plan: Plan) => `${plan.slug}-annexe-1`;
const yearColumnsOf = (period: { start: number; end: number }) =>
	Array.from({ length: period.end - period.start + 1 }, (_, n) => `annee_${period.start + n}`);
const totalColumnOf = (period: { start: number; end: number }) => `total_${period.start}_${period.end}`;

/**
 * A territory like content/territoires/dijon.md: the periods of its conventions and avenants and,
 * from its latest avenant's annex table, a key figure and two charts (so that its page draws them).
 */
function territoryFile(name: string, city: string, region: string, paragraph: string, plans: readonly Plan[]): string {
	const periods = plans.flatMap((plan) =>
		plan.period
			? [
					`  - { label: ${q(plan.kind === 'avenant' ? 'Avenant à la convention-cadre' : 'Convention-cadre de territoire')}, ` +
						`start: ${plan.period.start}, end: ${plan.period.end}, document: ${plan.slug} }`,
				]
			: [],
	);
	const avenant = plans.findLast((plan) => plan.kind === 'avenant');
	const figures: string[] = [];
	if (avenant?.period) {
		const { start, end } = avenant.period;
		const dataset = datasetIdOf(avenant);
		figures.push(
			'keyFigures:',
			`  - { label: "Concours financiers prévus", scope: ${q(`${name}, prévision ${start}-${end}`)}, dataset: ${dataset}, row: "Total Général", column: ${totalColumnOf(avenant.period)} }`,
			'charts:',
			'  - kind: series',
			'    id: prevision-par-annee',
			`    title: ${q(`Concours financiers prévus par année et par ligne, ${start}-${end}`)}`,
			`    dataset: ${dataset}`,
			`    columns: [${yearColumnsOf(avenant.period).join(', ')}]`,
			'  - kind: breakdown',
			'    id: prevision-par-ligne',
			`    title: ${q(`Concours financiers prévus par ligne, ${start}-${end}`)}`,
			`    dataset: ${dataset}`,
			`    column: ${totalColumnOf(avenant.period)}`,
		);
	}
	return `${[
		'---',
		`name: ${q(name)}`,
		`shortName: ${q(city)}`,
		`region: ${q(region)}`,
		`partner: ${q(name)}`,
		'formerNames:',
		`  - ${q(`Syndicat intercommunal ${of(city)}`)}`,
		`actionLogementBody: ${q(`Comité régional Action Logement (CRAL) ${region}`)}`,
		`summary: ${q(`Territoire synthétique du banc d'essai : partenariat de ${name} avec Action Logement.`)}`,
		...(periods.length > 0 ? ['periods:', ...periods] : []),
		...figures,
		'---',
	].join('\n')}

${name} est un territoire inventé pour mesurer la construction du site. ${paragraph}
`;
}

interface Relation {
	type: RelationType;
	target: Plan;
}

/** A relation or two, always to earlier documents of the territory (written on the later act). */
function relationsOf(plans: readonly Plan[], index: number): Relation[] {
	const back = (n: number) => plans[index - n];
	const plan = plans[index]!;
	const relations: (Relation | undefined)[] = [];
	if (plan.kind === 'deliberation') relations.push(relation('approuve', back(1)));
	if (plan.kind === 'avenant') relations.push(relation('modifie', back(2)), relation('modifie', back(4)));
	if (plan.kind === 'communique') relations.push(relation('annonce', back(1)), relation('annonce', back(3)));
	return relations.filter((r): r is Relation => r !== undefined);
}

function relation(type: RelationType, target: Plan | undefined): Relation | undefined {
	return target ? { type, target } : undefined;
}

interface Signatory {
	name: string;
	role: string;
	organisation: string;
}

function titlesOf(plan: Plan, name: string): { title: string; shortTitle: string; summary: string } {
	const period = plan.period ? `${plan.period.start}-${plan.period.end}` : String(plan.year);
	const upper = name.toUpperCase();
	switch (plan.kind) {
		case 'convention-cadre':
			return {
				title: `CONVENTION-CADRE DE TERRITOIRE ${period} ENTRE ${upper} ET ACTION LOGEMENT`,
				shortTitle: `Convention-cadre ${period}`,
				summary: `Convention-cadre de territoire ${period} entre ${name} et Action Logement (document synthétique du banc d'essai).`,
			};
		case 'avenant':
			return {
				title: `AVENANT A LA CONVENTION CADRE DE TERRITOIRE ENTRE ${upper} ET ACTION LOGEMENT`,
				shortTitle: `Avenant ${period} à la convention-cadre`,
				summary: `Avenant ${period} : bilan des engagements et concours financiers prévisionnels d'Action Logement à ${name} (document synthétique).`,
			};
		case 'deliberation':
			return {
				title: `EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL DE ${upper}`,
				shortTitle: `Délibération du ${plan.date.split('-').reverse().join('/')}`,
				summary: `Délibération du conseil de ${name} approuvant la convention avec Action Logement (document synthétique).`,
			};
		case 'communique':
			return {
				title: `${name} et Action Logement renouvellent leur partenariat`,
				shortTitle: `Communiqué de presse ${plan.year}`,
				summary: `Communiqué de presse annonçant la signature de l'avenant entre ${name} et Action Logement (document synthétique).`,
			};
	}
}

function frontmatter(args: {
	plan: Plan;
	territory: string;
	name: string;
	relations: readonly Relation[];
	announcedBy: string | undefined;
	signatories: readonly Signatory[];
}): string {
	const { plan, territory, name, relations, announcedBy, signatories } = args;
	const { title, shortTitle, summary } = titlesOf(plan, name);
	const dateKind = { 'convention-cadre': 'signature', avenant: 'signature', deliberation: 'seance', communique: 'publication' }[plan.kind];
	const month = MONTHS[Number(plan.date.slice(5, 7)) - 1]!;
	const lines = [
		'---',
		`title: ${q(title)}`,
		`shortTitle: ${q(shortTitle)}`,
		`kind: ${plan.kind}`,
		`territory: ${territory}`,
		`summary: ${q(summary)}`,
		'dates:',
		`  - kind: ${dateKind}`,
		`    date: ${plan.date}`,
		// Like the real avenant: the text leaves the day blank, the communiqué that follows gives it.
		...(announcedBy ? [`    wording: ${q(`XX ${month} ${plan.year}`)}`, `    statedBy: ${announcedBy}`] : []),
		...(plan.period ? [`period: { start: ${plan.period.start}, end: ${plan.period.end} }`] : []),
		'signatories:',
		...signatories.map((s) => `  - { name: ${q(s.name)}, role: ${q(s.role)}, organisation: ${q(s.organisation)} }`),
		'source:',
		`  description: ${q('Document synthétique du banc d’essai (PDF)')}`,
		`  issuer: ${q(`${name} et Action Logement`)}`,
		`  file: ${SOURCE_FILES[plan.kind]}`,
		...(relations.length > 0 ? ['relations:', ...relations.map((r) => `  - { type: ${r.type}, target: ${r.target.slug} }`)] : []),
		'---',
	];
	return `${lines.join('\n')}\n`;
}

function bodyOf(args: {
	plan: Plan;
	name: string;
	lexicon: Lexicon;
	relations: readonly Relation[];
	datasetId: string | undefined;
	signatories: readonly Signatory[];
	prose: ProseModel;
	rand: () => number;
}): { text: string; words: number } {
	const { plan, name, lexicon, relations, datasetId, signatories, prose, rand } = args;
	// A document leans on one topic of the real texts; half of its articles take another.
	const documentTopic = Math.floor(rand() * prose.topics);
	let topic = documentTopic;
	const paragraph = () => prose.paragraph(rand, topic, lexicon, plan.year);
	const list = () => prose.list(rand, topic, lexicon, plan.year);
	const target = 1500 + Math.floor(rand() * 1500);
	const blocks: string[] = [];
	let count = 0;
	const add = (block: string, counted = true) => {
		blocks.push(block);
		if (counted) count += words(block);
	};
	const text = () => (rand() < 0.2 ? list() : paragraph());
	// Heading titles: the real ones dealt from a shuffled deck (a document rarely repeats one), or
	// (one in three, and once the deck is out) a few words of the chain.
	const deck = shuffled(prose.titles, rand);
	let dealt = 0;
	const title = () => (dealt < deck.length && rand() < 2 / 3 ? deck[dealt++]! : prose.heading(rand, topic, lexicon, plan.year));

	add(`Entre ${name} et Action Logement,`);
	add(paragraph());
	const linked = relations[0]?.target;
	add(
		[
			'<EditorialNote>',
			'',
			linked
				? `Ce document synthétique se rapporte au [document du ${linked.date}](${paths.document(linked.slug)}) du même territoire. Son texte est tiré au hasard du vocabulaire des textes officiels publiés sur ce site.`
				: 'Ce document synthétique ouvre le partenariat de ce territoire. Son texte est tiré au hasard du vocabulaire des textes officiels publiés sur ce site.',
			'',
			'</EditorialNote>',
		].join('\n'),
	);
	add('## PREAMBULE', false);
	add(paragraph());
	add(list());
	add(paragraph());

	for (let article = 1; count < target; article++) {
		topic = rand() < 0.5 ? documentTopic : Math.floor(rand() * prose.topics);
		add(`## ARTICLE ${article} : ${title().toUpperCase()}`, false);
		add(paragraph());
		const subArticles = 1 + Math.floor(rand() * 3);
		for (let sub = 1; sub <= subArticles && count < target; sub++) {
			add(`### ${article}.${sub} ${title()}`, false);
			const paragraphs = 2 + Math.floor(rand() * 3);
			for (let p = 0; p < paragraphs; p++) add(text());
		}
	}

	add(
		[
			'<Signatures>',
			'',
			signatories.map((s) => `${s.organisation.toUpperCase()}\\\n${s.name}\\\n${s.role}`).join('\n\n'),
			'',
			'</Signatures>',
		].join('\n'),
		false,
	);
	if (datasetId) {
		add(`## ANNEXE 1 : TABLEAU DES CONCOURS FINANCIERS PREVISIONNELS ${plan.period?.start ?? ''} A ${plan.period?.end ?? ''}`, false);
		add(`<DatasetTable id="${datasetId}" />`, false);
	}
	return { text: `${blocks.join('\n\n')}\n`, words: count };
}

function writeDataset(
	write: Write,
	args: { id: string; territory: string; name: string; document: string; period: { start: number; end: number }; rand: () => number },
): void {
	const { id, territory, name, document, period, rand } = args;
	const years = Array.from({ length: period.end - period.start + 1 }, (_, n) => period.start + n);
	const yearColumns = yearColumnsOf(period);
	const totalColumn = totalColumnOf(period);
	const lineCount = 2 + Math.floor(rand() * (TABLE_LINES.length - 1));
	const rows = TABLE_LINES.slice(0, lineCount).map((label) => {
		const values = years.map(() => 100 + Math.floor(rand() * 9_000));
		return { label, values, total: values.reduce((a, b) => a + b, 0) };
	});
	const columnTotals = years.map((_, n) => rows.reduce((sum, row) => sum + row.values[n]!, 0));
	const csv = [
		['ligne', ...yearColumns, totalColumn].join(','),
		...rows.map((row) => [row.label, ...row.values, row.total].join(',')),
		['Total Général', ...columnTotals, columnTotals.reduce((a, b) => a + b, 0)].join(','),
	];
	const meta = {
		title: `Concours financiers prévisionnels à ${name}, ${period.start}-${period.end}`,
		caption: `Concours financiers prévisionnels sur la période ${period.start}-${period.end}, en k€`,
		description: `Prêts, aides et services d'Action Logement Services prévus sur le territoire de ${name}, par année et par ligne de financement, en milliers d'euros (données synthétiques du banc d'essai).`,
		territory,
		document,
		anchor: 'annexe-1',
		nature: 'prevision',
		period,
		columns: [
			{ name: 'ligne', label: 'PRETS, AIDES ET SERVICES ACTION LOGEMENT SERVICES', type: 'string', description: 'Ligne de financement' },
			...years.map((y) => ({
				name: `annee_${y}`,
				label: `Année ${y} (en k€)`,
				type: 'number',
				unit: 'k€',
				description: `Montant prévu en ${y}, en milliers d'euros`,
			})),
			{
				name: totalColumn,
				label: `Total ${period.start} / ${period.end} (en k€)`,
				type: 'number',
				unit: 'k€',
				description: 'Total des années, en milliers d’euros',
				sumOf: yearColumns,
			},
		],
		totalRow: 'Total Général',
		footnotes: [
			'(1) cette ligne comprend l’ensemble des financements d’Action Logement Services visant à accompagner la production de logements',
			'(2) cette ligne comprend l’ensemble des services et aides apportés aux salariés',
		],
	};
	write(`data/${territory}/${id}.csv`, `${csv.join('\n')}\n`);
	write(`data/${territory}/${id}.meta.json`, `${JSON.stringify(meta, null, '\t')}\n`);
}
