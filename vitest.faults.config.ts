import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// npm run test:faults: slow tests that kill a throwaway PostgreSQL server, stop app servers
// and run two of them on one database. Not part of `npm test`; .ci/run runs them after it.
export default defineConfig({
	plugins: [sveltekit()],
	test: {
		expect: { requireAssertions: true },
		include: ['tests/faults/**/*.test.ts'],
		testTimeout: 300_000,
		hookTimeout: 300_000,
		fileParallelism: false,
		pool: 'forks'
	}
});
