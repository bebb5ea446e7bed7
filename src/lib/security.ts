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

/**
 * What the search page, and only it, adds to `script-src`: Pagefind runs its index as WebAssembly,
 * which the browser compiles only under 'wasm-unsafe-eval'. That keyword allows compiling
 * WebAssembly; it does not allow eval() or inline scripts ('unsafe-eval', 'unsafe-inline').
 */
export const searchScriptSources = ["'wasm-unsafe-eval'"] as const;
