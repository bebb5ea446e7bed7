/**
 * The site's address the build used (SITE_URL at build time, src/lib/site.ts), read from the built
 * home page's canonical address: the tests compare with it, never with a constant that could differ.
 */
import { readBuilt } from './site.ts';
import { paths } from '../../src/lib/paths.ts';

const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readBuilt(paths.home))?.[1];
if (!canonical) throw new Error('dist/index.html : adresse canonique introuvable (lancer `npx astro build` avant les tests)');

/** E.g. `https://partenariats.actionlogement.example/`, with its trailing slash. */
export const BUILT_SITE_URL = new URL('/', canonical).href;
