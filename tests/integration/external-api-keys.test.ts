import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, type Executor } from '../../src/lib/server/db/client';
import { apiKeys } from '../../src/lib/server/db/schema';
import { hashApiKey, revokeApiKey } from '../../src/lib/server/services/api-keys/keys';
import { ENGINES } from '../support/db';
import {
	ExternalApiClient,
	startExternalApiServer,
	type ExternalApiServer
} from '../support/external-api';

// Keys, over real HTTP: every way of failing authentication, revocation, the per-key rate limit,
// last_used_at bookkeeping, and the api-key:create script.
//
// Revoking a key while the server runs is tested on PostgreSQL, where the test can write to the
// server's database. On PGlite the server holds the data directory exclusively, so there the key
// is revoked while the server is stopped and the restarted server must refuse it.

const run = promisify(execFile);

interface ErrorBody {
	ok: false;
	error: { code: string; message: string };
}

const UNAUTHORIZED = {
	ok: false,
	error: {
		code: 'UNAUTHORIZED',
		message: 'A valid API key is required in the X-API-Key header'
	}
};

/** The key printed by `npm run api-key:create`. */
async function createKeyWithScript(env: Record<string, string>, name: string) {
	const { stdout } = await run(
		process.execPath,
		['--import', 'tsx', 'scripts/api-key-create.ts', '--name', name],
		{ env: { ...process.env, LOG_LEVEL: 'warn', ...env } }
	);
	const key = /key \(shown once, store it now\): (\S+)/.exec(stdout)?.[1];
	if (!key) throw new Error(`no key in the script's output:\n${stdout}`);
	return key;
}

async function storedKeyRow(db: Executor, key: string) {
	const rows = await queryRows<Record<string, unknown>>(
		db,
		sql`select * from api_keys where key_hash = ${hashApiKey(key)}`
	);
	return rows[0];
}

/** Waits for a fresh minute window if the current one is about to end. */
async function awayFromWindowEdge() {
	const intoMinute = Date.now() % 60_000;
	if (intoMinute > 50_000) await new Promise((r) => setTimeout(r, 60_000 - intoMinute + 200));
}

describe.each(ENGINES)('external API keys on %s', (engine) => {
	let api: ExternalApiServer;
	let client: ExternalApiClient;

	beforeAll(async () => {
		api = await startExternalApiServer(engine, {
			keys: [
				{ name: 'main' },
				{ name: 'limited', rateLimitPerMinute: 3 },
				{ name: 'revoked early' },
				{ name: 'to revoke' },
				{ name: 'bystander' }
			],
			afterKeys: async (db, keys) => {
				await revokeApiKey(db, keys['revoked early'].id);
			}
		});
		client = await ExternalApiClient.connect(api.server.url);
	});
	afterAll(() => api?.stop());

	const fetchScenarios = (key: string | null, headers: Record<string, string> = {}) =>
		client.get<ErrorBody>('/api/external/scenarios?limit=1', { key, headers });

	it('refuses a missing, empty, unknown, malformed or revoked key the same way', async () => {
		const attempts: [string, Promise<{ status: number; body: unknown }>][] = [
			['missing', fetchScenarios(null)],
			['empty', fetchScenarios(null, { 'X-API-Key': '' })],
			['unknown', fetchScenarios('shk_' + 'A'.repeat(32))],
			['the old PTG dev key', fetchScenarios('ptg-dev-key-2026')],
			['too long', fetchScenarios('shk_' + 'x'.repeat(5000))],
			['revoked', fetchScenarios(api.keys['revoked early'].key)],
			['hash instead of key', fetchScenarios(hashApiKey(api.keys.main.key))],
			['as a bearer token', fetchScenarios(null, { Authorization: `Bearer ${api.keys.main.key}` })]
		];
		for (const [what, attempt] of attempts) {
			const response = await attempt;
			expect(response.status, what).toBe(401);
			expect(response.body, what).toEqual(UNAUTHORIZED);
		}
		const openapi = await client.get('/api/external/openapi.json');
		expect(openapi.status).toBe(200);
	});

	it('accepts a valid key and reports its rate limit', async () => {
		const response = await client.get('/api/external/skills', { key: api.keys.main.key });
		expect(response.status).toBe(200);
		expect(response.headers.get('x-ratelimit-limit')).toBe('600');
		expect(Number(response.headers.get('x-ratelimit-remaining'))).toBeLessThan(600);
	});

	it('answers 429 with Retry-After past the per-key limit, without touching other keys', async () => {
		await awayFromWindowEdge();
		const key = api.keys.limited.key;
		for (let i = 0; i < 3; i++) {
			const ok = await client.get('/api/external/skills', { key });
			expect(ok.status, `request ${i + 1}`).toBe(200);
			expect(ok.headers.get('x-ratelimit-remaining')).toBe(String(2 - i));
		}
		const limited = await client.get<ErrorBody>('/api/external/skills', { key });
		expect(limited.status).toBe(429);
		expect(limited.body.error.code).toBe('TOO_MANY_REQUESTS');
		const retryAfter = Number(limited.headers.get('retry-after'));
		expect(Number.isInteger(retryAfter)).toBe(true);
		expect(retryAfter).toBeGreaterThanOrEqual(1);
		expect(retryAfter).toBeLessThanOrEqual(60);
		expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
		// Every endpoint counts against the same key, and bad requests count too.
		expect((await client.get('/api/external/scenarios?limit=abc', { key })).status).toBe(429);
		const other = await client.get('/api/external/skills', { key: api.keys.bystander.key });
		expect(other.status).toBe(200);
	});

	it('stops a revoked key at its next request', async () => {
		const key = api.keys['to revoke'].key;
		expect((await fetchScenarios(key)).status).toBe(200);
		if (api.live) {
			await revokeApiKey(api.live.db, api.keys['to revoke'].id);
		} else {
			await api.restart(() =>
				api.offline((db) => revokeApiKey(db, api.keys['to revoke'].id).then(() => undefined))
			);
			client = await ExternalApiClient.connect(api.server.url);
		}
		const refused = await fetchScenarios(key);
		expect(refused.status).toBe(401);
		expect(refused.body).toEqual(UNAUTHORIZED);
		expect((await fetchScenarios(api.keys.bystander.key)).status).toBe(200);
	});

	it('keeps last_used_at to the minute instead of writing it on every request', async () => {
		if (!api.live) {
			// PGlite: read after a stop (the server holds the directory while it runs).
			await api.restart(async () => {
				const [row] = await api.offline((db) =>
					db
						.select({ at: apiKeys.lastUsedAt })
						.from(apiKeys)
						.where(eq(apiKeys.id, api.keys.main.id))
				);
				expect(row.at).toBeInstanceOf(Date);
			});
			client = await ExternalApiClient.connect(api.server.url);
			return;
		}
		const db = api.live.db;
		const id = api.keys.bystander.id;
		const lastUsed = async () =>
			(await db.select({ at: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, id)))[0].at;
		await client.get('/api/external/skills', { key: api.keys.bystander.key });
		const first = await lastUsed();
		expect(first).toBeInstanceOf(Date);
		for (let i = 0; i < 3; i++) {
			await client.get('/api/external/skills', { key: api.keys.bystander.key });
		}
		expect(await lastUsed()).toEqual(first);
		const twoMinutesAgo = new Date(Date.now() - 120_000);
		await db.update(apiKeys).set({ lastUsedAt: twoMinutesAgo }).where(eq(apiKeys.id, id));
		await client.get('/api/external/skills', { key: api.keys.bystander.key });
		expect((await lastUsed())!.getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + 60_000);
	});

	it('creates a working key with `npm run api-key:create`, storing only its hash', async () => {
		let key: string;
		if (api.live) {
			key = await createKeyWithScript({ DATABASE_URL: api.server.databaseUrl! }, 'Script key');
		} else {
			key = '';
			await api.restart(async () => {
				key = await createKeyWithScript({ DATABASE_URL: '', PGLITE_DIR: api.pgliteDir! }, 'Script');
			});
			client = await ExternalApiClient.connect(api.server.url);
		}
		expect(key).toMatch(/^shk_[A-Za-z0-9_-]{32}$/);
		expect((await fetchScenarios(key)).status).toBe(200);

		const check = async (db: Executor) => {
			const row = await storedKeyRow(db, key);
			expect(row).toBeDefined();
			expect(Object.values(row).map(String)).not.toContain(key);
			expect(row.prefix).toBe(key.slice(0, 10));
		};
		if (api.live) await check(api.live.db);
		else await api.restart(() => api.offline(check));
	});
});

describe('api-key:create on a fresh database', () => {
	it('migrates an empty PGlite directory and refuses a missing name', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'sh-key-script-'));
		try {
			const key = await createKeyWithScript({ DATABASE_URL: '', PGLITE_DIR: dir }, 'Fresh');
			expect(key.startsWith('shk_')).toBe(true);
			await expect(
				run(process.execPath, ['--import', 'tsx', 'scripts/api-key-create.ts'], {
					env: { ...process.env, DATABASE_URL: '', PGLITE_DIR: 'memory://' }
				})
			).rejects.toMatchObject({ code: 2 });
			const database = openDatabase({ pgliteDir: dir });
			try {
				const rows = await database.db.select({ name: apiKeys.name }).from(apiKeys);
				expect(rows).toEqual([{ name: 'Fresh' }]);
			} finally {
				await database.close();
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
