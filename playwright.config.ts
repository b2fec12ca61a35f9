import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// End-to-end tests run the production build on a fresh embedded database, in Debian's Chromium.
// Workers evaluate this file again: keep the port and directory in the environment they inherit.
process.env.E2E_PORT ??= String(4173 + Math.floor(Math.random() * 500));
const port = Number(process.env.E2E_PORT);
const origin = `http://127.0.0.1:${port}`;
process.env.E2E_PGLITE_DIR ??= mkdtempSync(join(tmpdir(), 'sh-e2e-'));
const LOG_SCAN = /log-scan\.spec\.ts$/;

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list']],
	globalTeardown: './tests/e2e/global-teardown.ts',
	use: {
		baseURL: origin,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [
		// Every spec but the log scan. Its teardown project runs once it has finished, whether its
		// tests passed or not (also after a single spec: `--no-deps` skips it).
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'] },
			testIgnore: LOG_SCAN,
			teardown: 'log-scan'
		},
		// The secret scan of the server log of the whole run: last, by this ordering, not by name.
		{ name: 'log-scan', use: { ...devices['Desktop Chrome'] }, testMatch: LOG_SCAN }
	],
	webServer: {
		command: 'node tests/e2e/serve.js',
		url: `${origin}/api/health`,
		timeout: 240_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		stderr: 'pipe',
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			PGLITE_DIR: process.env.E2E_PGLITE_DIR,
			DATABASE_URL: '',
			NODE_ENV: 'production',
			LOG_LEVEL: 'info'
		}
	}
});
