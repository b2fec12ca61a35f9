import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DbKind } from '../../src/lib/server/db/client';
import { buildIfStale } from '../../scripts/build-if-stale.js';
import { createPostgresDatabase } from './db';

// Starts the real production build (`node build`) as a child process on a free port, with its
// own database, so tests go through real HTTP exactly as a browser or the PTG would.

export interface TestServer {
	url: string;
	engine: DbKind;
	databaseUrl?: string;
	pgliteDir?: string;
	process: ChildProcess;
	logs: () => string;
	stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? resolvePort(address.port) : reject()
			);
		});
	});
}

export interface StartServerOptions {
	engine?: DbKind;
	env?: Record<string, string>;
	/** an existing PostgreSQL database (kept on stop) */
	databaseUrl?: string;
	/** the public origin (ORIGIN); default the http address it listens on */
	origin?: string;
	/** an existing PGlite directory (kept on stop), e.g. to read the rows after the server stopped */
	pgliteDir?: string;
}

export async function startServer(options: StartServerOptions = {}): Promise<TestServer> {
	// Only suites that talk to the real server pay for a build, and only when sources changed.
	buildIfStale();
	const engine = options.engine ?? 'pglite';
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	let databaseUrl = options.databaseUrl;
	let dropDatabase: (() => Promise<void>) | undefined;
	let pgliteDir: string | undefined;
	if (engine === 'postgres' && !databaseUrl) {
		const pg = await createPostgresDatabase();
		databaseUrl = pg.url;
		dropDatabase = pg.drop;
	}
	let removePgliteDir = false;
	if (engine === 'pglite') {
		pgliteDir = options.pgliteDir ?? mkdtempSync(join(tmpdir(), 'sh-pglite-'));
		removePgliteDir = !options.pgliteDir;
	}

	let output = '';
	const child = spawn(process.execPath, [resolve('scripts/server-entry.js')], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: options.origin ?? url,
			NODE_ENV: 'production',
			LOG_LEVEL: 'warn',
			BODY_SIZE_LIMIT: '1M',
			...(databaseUrl ? { DATABASE_URL: databaseUrl, SEED_DEMO: 'true' } : { DATABASE_URL: '' }),
			...(pgliteDir ? { PGLITE_DIR: pgliteDir } : {}),
			...options.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));

	// A first start migrates and seeds; on a busy shared machine that can take minutes.
	const deadline = Date.now() + 240_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
		try {
			const response = await fetch(`${url}/api/health`);
			if (response.ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`server did not become healthy in time:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 250));
	}

	return {
		url,
		engine,
		databaseUrl,
		pgliteDir,
		process: child,
		logs: () => output,
		async stop() {
			if (child.exitCode === null) {
				const exited = new Promise((r) => child.once('exit', r));
				child.kill('SIGTERM');
				await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
				if (child.exitCode === null) child.kill('SIGKILL');
			}
			if (dropDatabase) await dropDatabase();
			if (pgliteDir && removePgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
		}
	};
}
