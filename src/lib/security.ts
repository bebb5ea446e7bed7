/**
 * The site's Content-Security-Policy, in one place. Astro (`security.csp`) writes it into each
 * page's `<meta>` with the hashes of what it bundles; `public/_headers` sends the same policy as an
 * HTTP header, with what only a header can say (`frame-ancestors`). A test keeps the two in step.
 */
export const cspDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Sources of scripts and styles: the site's own files, never inline code or another host. */
export const scriptSources = ["'self'"] as const;
export const styleSources = ["'self'"] as const;
