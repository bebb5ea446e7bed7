/**
 * `npm run import -- sources/<file>.txt --territory <id> --kind <kind> [--slug <slug>] [--force]`:
 * writes the draft of a document from its PDF's extracted text (src/lib/draft.ts, rules in
 * src/lib/extraction.ts) to `content/documents/<territory>/<slug>.mdx`, and each run of numbers that
 * reads as a table to `data/<territory>/<id>.draft.csv` with its `.draft.meta.json` (not published
 * until an editor completes and renames them). Prints the path, then what it inferred and what the
 * editor must check. Never overwrites a file without --force.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { parse as parseYaml } from 'yaml';

const root = resolve(import.meta.dirname, '..');

/** src/ is written for Vite (imports without extensions): load it through Vite's module runner. */
const load = async <T>(path: string): Promise<T> =>
	(await runnerImport<T>(join(root, path), { root, configFile: false, logLevel: 'error' })).module;

const { draftDocument } = await load<typeof import('../src/lib/draft.ts')>('src/lib/draft.ts');
const { documentKinds } = await load<typeof import('../src/lib/domain.ts')>('src/lib/domain.ts');
const { paths } = await load<typeof import('../src/lib/paths.ts')>('src/lib/paths.ts');

const USAGE = `Utilisation : npm run import -- sources/<fichier>.txt --territory <territoire> --kind <${documentKinds.join('|')}> [--slug <slug>] [--force]`;

function fail(message: string): never {
	console.error(`import : ${message}`);
	process.exit(1);
}

const { values, positionals } = (() => {
	try {
		return parseArgs({
			allowPositionals: true,
			options: {
				territory: { type: 'string' },
				kind: { type: 'string' },
				slug: { type: 'string' },
				force: { type: 'boolean', default: false },
			},
		});
	} catch (error) {
		return fail(`${(error as Error).message}\n${USAGE}`);
	}
})();

const [sourceArg] = positionals;
if (!sourceArg || positionals.length > 1) fail(`un fichier source, et un seul, est attendu.\n${USAGE}`);
if (!values.territory) fail(`--territory manque.\n${USAGE}`);
const kind = values.kind as (typeof documentKinds)[number] | undefined;
if (!kind || !documentKinds.includes(kind)) fail(`--kind doit être l'un de : ${documentKinds.join(', ')}.\n${USAGE}`);
if (values.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.slug)) {
	fail(`--slug « ${values.slug} » : lettres minuscules sans accents, chiffres et tirets seulement (c'est l'adresse de la page).`);
}

// The territory: its file names it and its partner.
const territoryFile = join(root, 'content/territoires', `${values.territory}.md`);
if (!existsSync(territoryFile)) {
	const known = readdirSync(join(root, 'content/territoires'))
		.filter((f) => f.endsWith('.md'))
		.map((f) => f.replace(/\.md$/, ''));
	fail(
		`territoire « ${values.territory} » inconnu (territoires : ${known.join(', ')}).\n` +
			`Pour l'ajouter, écrivez content/territoires/${values.territory}.md sur le modèle de content/territoires/${known[0] ?? 'dijon'}.md (voir README, « Add a territory »), puis relancez l'import.`,
	);
}
const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(territoryFile, 'utf8'))?.[1] ?? '';
const territoryData = parseYaml(frontmatter) as { name?: string; partner?: string };
const territory = {
	id: values.territory,
	name: territoryData.name ?? values.territory,
	partner: territoryData.partner ?? territoryData.name ?? values.territory,
};

// The source: a UTF-8 text under sources/, whose name the frontmatter's `source.file` can hold.
const sourcePath = resolve(sourceArg);
if (!existsSync(sourcePath)) fail(`fichier introuvable : ${sourceArg}`);
const sourceFile = basename(sourcePath);
if (!/^[a-z0-9-]+\.txt$/.test(sourceFile))
	fail(
		`« ${sourceFile} » : le nom d'un fichier de sources/ s'écrit en minuscules sans accents, chiffres et tirets, et finit par .txt ; renommez-le.`,
	);
let source: string;
try {
	source = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(sourcePath));
} catch {
	fail(`${sourceArg} n'est pas un texte UTF-8 : réenregistrez l'extraction en UTF-8.`);
}
const inSources = join(root, 'sources', sourceFile);
if (resolve(inSources) !== sourcePath) {
	if (existsSync(inSources) && readFileSync(inSources, 'utf8') !== source && !values.force) {
		fail(`sources/${sourceFile} existe déjà avec un autre texte : --force pour le remplacer.`);
	}
	copyFileSync(sourcePath, inSources);
	console.log(`source copiée dans sources/${sourceFile}`);
}

const draft = draftDocument({ source, sourceFile, territory, kind, ...(values.slug && { slug: values.slug }) });

// One file per slug across the territories: the slug is the page's address.
const target = join(root, 'content/documents', territory.id, `${draft.slug}.mdx`);
const taken = readdirSync(join(root, 'content/documents'), { recursive: true, encoding: 'utf8' }).find(
	(f) => basename(f) === `${draft.slug}.mdx` && resolve(root, 'content/documents', f) !== target,
);
if (taken) fail(`le slug « ${draft.slug} » est déjà pris par content/documents/${taken} : choisissez-en un autre avec --slug.`);
const outputs = [
	{ path: target, text: draft.mdx },
	...draft.tables.flatMap((t) => [
		{ path: join(root, 'data', territory.id, `${t.id}.draft.csv`), text: t.csv },
		{ path: join(root, 'data', territory.id, `${t.id}.draft.meta.json`), text: `${JSON.stringify(t.meta, null, 2)}\n` },
	]),
];
const existing = outputs.filter((o) => existsSync(o.path));
if (existing.length > 0 && !values.force) {
	fail(`${existing.map((o) => relative(root, o.path)).join(', ')} existe déjà : --force pour remplacer.`);
}
for (const o of outputs) {
	mkdirSync(dirname(o.path), { recursive: true });
	writeFileSync(o.path, o.text);
}

const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
console.log(relative(root, target));
for (const t of draft.tables) console.log(`data/${territory.id}/${t.id}.draft.csv (brouillon, non publié)`);
console.log(
	`\nfidélité : ${percent.format(Math.floor(draft.fidelity.ratio * 1000) / 1000)} des mots de sources/${sourceFile}, dans l'ordre`,
);
console.log('\nDéduit du texte :');
for (const line of draft.inferred) console.log(`  - ${line}`);
console.log('\nÀ vérifier :');
for (const line of draft.toCheck) console.log(`  - ${line}`);
console.log(`\nAperçu : npm run dev, puis http://localhost:4321${paths.document(draft.slug)} ; contrôle : npm run check:content`);
