import { sveltekit } from '@sveltejs/kit/vite';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [tailwindcss(), sveltekit()],
	server: { fs: { allow: ['drizzle'] } },
	test: {
		expect: { requireAssertions: true },
		include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		testTimeout: 60_000,
		hookTimeout: 300_000,
		fileParallelism: false,
		pool: 'forks'
	}
});
