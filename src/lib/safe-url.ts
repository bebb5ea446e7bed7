/**
 * Which addresses an official text may link to or show: `https:`, `http:`, `mailto:` and `tel:`, and
 * the site's own pages (`/documents/…`, `#article-1`, `../x/`). Anything else (`javascript:`, `data:`,
 * `vbscript:`, `file:`, an address of another site without its scheme, `//exemple.fr`) would run code
 * or leave the site unannounced: the build refuses it. The address is read as a browser reads it:
 * entities already decoded by the Markdown parser, tabs and line breaks inside it ignored, leading
 * spaces and control characters dropped, the scheme in any letter case.
 */

/** The schemes a link of a text may have. */
export const ALLOWED_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/** What a browser removes from an address before reading its scheme (WHATWG URL: ASCII tab or newline anywhere; C0 controls and space at the ends). */
const IGNORED_INSIDE = /[\t\n\r]/g;
const IGNORED_AT_ENDS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The address as the browser will read it. */
export function browserUrl(url: string): string {
	return url.replace(IGNORED_INSIDE, '').replace(IGNORED_AT_ENDS, '');
}

/** What is wrong with `url` as the address of a link or an image of a text, or undefined when it may be published. */
export function urlProblem(url: string): string | undefined {
	const read = browserUrl(url);
	if (read.startsWith('//') || read.startsWith('\\\\') || /^\/\\|^\\\//.test(read)) {
		return `adresse « ${url} » : l’adresse d’un autre site s’écrit avec https://`;
	}
	const scheme = SCHEME.exec(read)?.[1]?.toLowerCase();
	if (scheme === undefined) return undefined;
	if ((ALLOWED_SCHEMES as readonly string[]).includes(`${scheme}:`)) return undefined;
	const what = scheme === 'javascript' || scheme === 'vbscript' ? 'du code, pas un lien' : `« ${scheme}: » n’est pas permis`;
	return `adresse « ${url} » : ${what} (permis : ${ALLOWED_SCHEMES.join(' ')} ou une page du site)`;
}

/** Whether a text holds `javascript:` as a browser would read it in an attribute (any case, tabs and line breaks inside ignored). */
export function holdsScript(text: string): boolean {
	return /javascript:|vbscript:/i.test(text.replace(IGNORED_INSIDE, ''));
}

/** The hast elements Markdown writes for its links and images: what `linkProblems` checks. */
export const LINK_ELEMENTS = ['a', 'img'] as const;

/**
 * What is wrong with a Markdown link or image (a hast `a` or `img`, after the parser decoded its
 * entities): its address (`href`, `src`), or a `javascript:` in its title. One message each.
 */
export function linkProblems(tagName: string, properties: Readonly<Record<string, unknown>>): string[] {
	const what = tagName === 'img' ? 'image' : 'lien';
	return (['href', 'src', 'title'] as const).flatMap((property) => {
		const value = properties[property];
		if (typeof value !== 'string') return [];
		const problem =
			property === 'title' ? (holdsScript(value) ? `« ${value} » contient du code (javascript:)` : undefined) : urlProblem(value);
		return problem === undefined ? [] : [`${what} : ${problem}`];
	});
}
