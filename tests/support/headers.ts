/**
 * Reads a `_headers` file (the format of Netlify and Cloudflare Pages): a path pattern on its own
 * line, then indented `Name: value` lines that apply to the paths it matches.
 */
export interface HeaderRule {
	pattern: string;
	headers: [string, string][];
}

export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const raw of text.split('\n')) {
		if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
		if (!/^\s/.test(raw)) {
			rules.push({ pattern: raw.trim(), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const colon = raw.indexOf(':');
		if (!rule || colon === -1) throw new Error(`_headers: ligne illisible : ${raw}`);
		rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
	}
	return rules;
}

/** Whether a rule's pattern (`/*`, `/documents/*`, `/exact/`) matches a request path. */
export function matches(pattern: string, path: string): boolean {
	const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
	return regex.test(path);
}

export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
	return rules.filter((rule) => matches(rule.pattern, path)).flatMap((rule) => rule.headers);
}
