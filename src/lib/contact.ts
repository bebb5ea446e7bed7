/** The `mailto:` links of the site: a reader reports an error in a text, or an accessibility problem. */

/**
 * A `mailto:` address with its subject and body, each encoded by RFC 6068: percent-encoded UTF-8,
 * spaces as `%20` (never `+`), line breaks as `%0D%0A`.
 */
export function mailto(email: string, { subject, body }: { subject: string; body?: string }): string {
	const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
	const query = [`subject=${encode(subject)}`, ...(body ? [`body=${encode(body)}`] : [])].join('&');
	return `mailto:${email}?${query}`;
}

/** "Signaler une erreur dans ce texte": the document's title and address in the subject, a frame to fill in the body. */
export function errorReportMailto(email: string, document: { title: string; url: string }): string {
	return mailto(email, {
		subject: `Erreur dans « ${document.title} » (${document.url})`,
		body: `Page : ${document.url}\nPassage concerné :\n\nCorrection proposée :\n`,
	});
}
