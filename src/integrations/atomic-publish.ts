/**
 * A failed build never leaves a half-built site: `astro build` writes into a staging folder, and
 * only a build that has fully succeeded replaces `dist/`, by renaming. Until then the last good site
 * stays in place. Must be the last integration, so that every other one has written its files first.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function atomicPublish(): AstroIntegration {
	let target: string | undefined;
	let staging: string | undefined;
	return {
		name: 'atomic-publish',
		hooks: {
			'astro:config:setup': async ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				target = fileURLToPath(config.outDir);
				const stagingUrl = new URL('./.dist-staging/', config.root);
				staging = fileURLToPath(stagingUrl);
				await rm(staging, { recursive: true, force: true });
				updateConfig({ outDir: stagingUrl });
			},
			'astro:build:done': async ({ logger }) => {
				if (!target || !staging) return;
				const previous = `${target.replace(/\/$/, '')}.previous`;
				await rm(previous, { recursive: true, force: true });
				if (existsSync(target)) await rename(target, previous);
				await rename(staging, target);
				await rm(previous, { recursive: true, force: true });
				logger.info(`site publié dans ${target}`);
			},
		},
	};
}
