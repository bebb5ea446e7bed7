/** robots.txt: everything may be indexed; the sitemap's address comes from the one `site` of the config. */
import type { APIRoute } from 'astro';
import { SITEMAP_INDEX } from '../integrations/sitemap-alias';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(`/${SITEMAP_INDEX}`, site).href}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
