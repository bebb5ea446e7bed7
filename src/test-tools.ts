/**
 * The versions of the tools the site's own tests run, read at build from the installed packages'
 * package.json (the accessibility declaration names them): axe-core as @axe-core/playwright loads it,
 * which may differ from the top-level axe-core, Playwright and Lighthouse.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const versionOf = (packageJson: string): string => (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;

export function testToolVersions(): { axeCore: string; playwright: string; lighthouse: string } {
	const project = createRequire(join(process.cwd(), 'package.json'));
	// axe-core as the accessibility gate loads it: resolved from @axe-core/playwright itself.
	const axeRunner = createRequire(project.resolve('@axe-core/playwright'));
	return {
		axeCore: versionOf(axeRunner.resolve('axe-core/package.json')),
		playwright: versionOf(project.resolve('@playwright/test/package.json')),
		lighthouse: versionOf(project.resolve('lighthouse/package.json')),
	};
}
