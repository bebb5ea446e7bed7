import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// Unit tests beside the code, and build tests that run Astro on broken copies of the project.
		// Playwright specs (tests/e2e/*.spec.ts) run under Playwright, not here.
		include: ['src/**/*.test.ts', 'tests/build/**/*.test.ts'],
		testTimeout: 120_000,
	},
});
