import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// Unit tests beside the code, and build tests that run Astro on broken copies of the project.
		// Playwright specs (tests/e2e/*.spec.ts) run under Playwright, not here.
		include: ['src/**/*.test.ts', 'tests/build/**/*.test.ts'],
		testTimeout: 120_000,
		// Both cores: the build tests spend their time in the `astro build` they spawn, one a worker.
		maxWorkers: 2,
	},
});
