/**
 * Reads a `_headers` file (the format of Netlify and Cloudflare Pages): a path pattern on its own
 * line, then indented `Name: value` lines that apply to the paths it matches, and `! Name` lines
 * that detach a header an earlier rule set for those paths (Cloudflare Pages' syntax).
 */
export interface HeaderRule {
	pattern: string;
	headers: [string, string][];
	/** Names of headers set by earlier rules that this rule removes. */
	detach: string[];
}

export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const raw of text.split('\n')) {
		if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
		if (!/^\s/.test(raw)) {
			rules.push({ pattern: raw.trim(), headers: [], detach: [] });
			continue;
		}
		const rule = rules.at(-1);
		if (rule && raw.trim().startsWith('!')) {
			rule.detach.push(raw.trim().slice(1).trim().toLowerCase());
			continue;
		}
		const colon = raw.indexOf(':');
		if (!rule || colon === -1) throw new Error(`_headers: ligne illisible : ${raw}`);
		rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
	}
	return rules;
}

/** Whether a rule's pattern (`/*`, `/documents/*`, `/exact/`) matches a request path. */
export function matches(pattern: string, path: string): boolean {
	const regex = new RegExp(
		`^${pattern
			.split('*')
			.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
			.join('.*')}$`,
	);
	return regex.test(path);
}

/** The headers of a path: each matching rule in order, its detached headers removed first. */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
	let headers: [string, string][] = [];
	for (const rule of rules.filter((r) => matches(r.pattern, path))) {
		headers = headers.filter(([name]) => !rule.detach.includes(name.toLowerCase()));
		headers.push(...rule.headers);
	}
	return headers;
}
