/**
 * Invented names for the synthetic corpus: French-sounding towns built from syllables, the
 * communes of each territory, and the people who sign for it. Deterministic: the caller passes a
 * seeded generator; a town name is never given twice in a run.
 */

export interface Lexicon {
	/** The territory's main town ("Vaulincourt"). */
	city: string;
	/** Its other communes. */
	communes: readonly string[];
	/** Surnames of its elected officials and staff, in capitals as the texts write them. */
	surnames: readonly string[];
	/** "Prénom NOM" of the people who sign. */
	people: readonly string[];
}

const ONSETS = [
	'b',
	'br',
	'c',
	'ch',
	'cl',
	'd',
	'f',
	'fl',
	'g',
	'gr',
	'j',
	'l',
	'm',
	'n',
	'p',
	'pl',
	'pr',
	'r',
	's',
	't',
	'tr',
	'v',
	'vr',
	'qu',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'au', 'ou', 'ai', 'a', 'an', 'on', 'in', 'é', 'eu', 'e', 'i', 'o'];
const ENDINGS = [
	'ville',
	'court',
	'ac',
	'y',
	'ay',
	'ey',
	'ières',
	'eux',
	'ange',
	'heim',
	'ois',
	'eau',
	'ans',
	'igny',
	'ot',
	'enay',
	'argues',
	'ol',
	'ecourt',
	'villers',
	'mont',
	'bourg',
	'as',
	'esse',
	'ize',
	'an',
	'euil',
	'ine',
];
const CODAS = ['r', 'n', 'l', 'v', 's', 't', 'gn', 'ch', 'm', 'rv', 'nt', 'rl', 'st'];
const PREFIXES = ['Saint-', 'Sainte-', 'Villeneuve-', 'Mont', 'Bourg-', 'Neuf', 'Le ', 'La ', 'Les ', 'Val-', 'Pont-'];
const RIVERS = [
	'Saône',
	'Loire',
	'Marne',
	'Seine',
	'Meuse',
	'Moselle',
	'Garonne',
	'Ouche',
	'Tille',
	'Vienne',
	'Dordogne',
	'Orne',
	'Aisne',
	'Sarthe',
];
const FIRST_NAMES = [
	'Claire',
	'Jean',
	'Sophie',
	'Patrick',
	'Nathalie',
	'François',
	'Isabelle',
	'Marc',
	'Hélène',
	'Thierry',
	'Anne',
	'Philippe',
	'Catherine',
	'Laurent',
	'Valérie',
	'Stéphane',
	'Sylvie',
	'Olivier',
	'Christine',
	'Éric',
	'Martine',
	'Pascal',
	'Sandrine',
	'Nicolas',
	'Céline',
	'Frédéric',
	'Véronique',
	'Julien',
	'Aurélie',
	'Benoît',
	'Delphine',
	'Gilles',
	'Agnès',
	'Damien',
	'Florence',
	'Hervé',
	'Karine',
	'Lionel',
	'Muriel',
	'Yves',
];

export function nameMaker(rand: () => number): { town(): string; surname(): string; lexicon(communes: number): Lexicon } {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
	const used = new Set<string>();
	const root = (syllables: number) => {
		let text = '';
		for (let i = 0; i < syllables; i++) text += pick(ONSETS) + pick(VOWELS);
		return text;
	};
	const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
	const town = (): string => {
		for (;;) {
			const ending = pick(ENDINGS);
			// No two vowels where the root meets a vowel ending ("Vaul" + "igny", not "Vau" + "igny").
			let name = capital(root(1 + Math.floor(rand() * 2)) + (/^[aeiouyé]/.test(ending) ? pick(CODAS) : '') + ending);
			const shape = rand();
			if (shape < 0.15) name = `${pick(PREFIXES)}${name}`;
			else if (shape < 0.25) name = `${name}-sur-${pick(RIVERS)}`;
			else if (shape < 0.3) name = `${name}-les-${capital(root(1))}ains`;
			name = name.replace(/^(Mont|Neuf)([A-Z])/, (_, p: string, c: string) => p + c.toLowerCase());
			if (!used.has(name)) {
				used.add(name);
				return name;
			}
		}
	};
	const surname = () =>
		(
			root(1 + Math.floor(rand() * 2)) +
			pick(CODAS) +
			pick(['ier', 'on', 'and', 'et', 'in', 'aud', 'ot', 'el', 'ard', 'y', 'ault', 'eur'])
		).toUpperCase();
	return {
		town,
		surname,
		lexicon(communes) {
			const surnames = Array.from({ length: 6 }, surname);
			return {
				city: town(),
				communes: Array.from({ length: communes }, town),
				surnames,
				people: surnames.map((s) => `${pick(FIRST_NAMES)} ${s}`),
			};
		},
	};
}

/** "de Vaulincourt", "d’Avrigny", "du Mans". */
export function of(name: string): string {
	if (/^Le /.test(name)) return `du ${name.slice(3)}`;
	if (/^Les /.test(name)) return `des ${name.slice(4)}`;
	return /^[AEIOUYÉÈ]/i.test(name) ? `d’${name}` : `de ${name}`;
}
