/**
 * How the site turns Markdown into HTML, in one place for both pipelines that do it: Astro's own
 * (the .md files: territories) through astro.config.mjs, and the documents' loader, which renders
 * the MDX bodies itself (src/content.config.ts, src/lib/document-body.ts). A hast plugin added here runs in both.
 */
import type { Features, HastPluginList } from 'satteri';
import { glossaryTerms } from './glossary-terms';
import { partAnchors } from './part-anchors';
import { partLinks } from './part-links';

/** The hast plugins, in run order: the glossary's pairs come last, after the headings' anchors and links. */
export const hastPlugins: HastPluginList = [partAnchors(), partLinks(), glossaryTerms()];

/** Official texts keep their own quotes and dots: no smart punctuation. */
export const markdownFeatures = { smartPunctuation: false } as const satisfies Features;
