import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sessionIdFromToken } from '../../src/lib/server/auth/session';
import { openDatabase, queryRows, type Database } from '../../src/lib/server/db/client';
import {
	createApiKey,
	findActiveApiKey,
	hashApiKey
} from '../../src/lib/server/services/api-keys/keys';
import { createApiKeyAudited } from '../../src/lib/server/services/admin/api-keys';
import { createPostgresDatabase, ENGINES } from '../support/db';
import { startServer, type TestServer } from '../support/server';
import { tablesContaining } from '../support/at-rest';

// Real servers and databases: a first start seeds, and the machine may be busy.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

// Sessions in production (an https ORIGIN, the server itself listening on plain http behind
// a TLS proxy as adapter-node expects): the cookie's attributes, tokens and API keys hashed at
// rest, and the idle and absolute timeouts proven by ageing the session rows in the database.

const ORIGIN = 'https://scenarios.example.test';
const IDLE_MINUTES = 30;
const ABSOLUTE_DAYS = 1;
const LEARNER = { email: 'learner@scenariohub.test', password: 'learner-pass-2026' };
const REVIEWER = { email: 'reviewer@scenariohub.test', password: 'reviewer-pass-2026' };

describe.each(ENGINES)('sessions behind an https ORIGIN on %s', (engine) => {
	let server: TestServer | undefined;
	let pgliteDir: string | undefined;
	let databaseUrl: string | undefined;
	let dropDatabase: (() => Promise<void>) | undefined;

	const start = async () => {
		server = await startServer({
			engine,
			pgliteDir,
			databaseUrl,
			origin: ORIGIN,
			env: {
				SESSION_IDLE_MINUTES: String(IDLE_MINUTES),
				SESSION_ABSOLUTE_DAYS: String(ABSOLUTE_DAYS)
			}
		});
		return server;
	};
	const stop = async () => {
		await server?.stop();
		server = undefined;
	};
	/** The server's own database; PGlite allows one process, so the server is stopped first. */
	async function withDatabase<T>(body: (database: Database) => Promise<T>): Promise<T> {
		if (engine === 'pglite') await stop();
		const database = openDatabase(engine === 'pglite' ? { pgliteDir } : { url: databaseUrl });
		try {
			return await body(database);
		} finally {
			await database.close();
		}
	}

	const signIn = async (account: { email: string; password: string }) => {
		const response = await fetch(`${server!.url}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'text/html',
				origin: ORIGIN
			},
			body: new URLSearchParams(account).toString()
		});
		expect(response.status).toBe(303);
		const cookie = response.headers.getSetCookie().find((c) => c.startsWith('__Host-session='));
		expect(cookie).toBeTruthy();
		return { cookie: cookie!, token: cookie!.split(';')[0].split('=')[1] };
	};
	const me = async (cookie: string) => {
		const response = await fetch(`${server!.url}/api/trpc/auth.me`, { headers: { cookie } });
		const body = await response.json();
		return { user: body.result.data.json as { email: string } | null, response };
	};

	beforeAll(async () => {
		if (engine === 'pglite') {
			pgliteDir = mkdtempSync(join(tmpdir(), 'sh-sessions-'));
		} else {
			const pg = await createPostgresDatabase();
			databaseUrl = pg.url;
			dropDatabase = pg.drop;
		}
		await start();
	});
	afterAll(async () => {
		await stop();
		await dropDatabase?.();
		if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
	});

	it('sets a __Host- cookie: Secure, HttpOnly, SameSite=Lax, Path=/, no Domain', async () => {
		const { cookie, token } = await signIn(LEARNER);
		const attributes = cookie.split(';').map((a) => a.trim().toLowerCase());
		expect(attributes).toContain('secure');
		expect(attributes).toContain('httponly');
		expect(attributes).toContain('samesite=lax');
		expect(attributes).toContain('path=/');
		expect(attributes.some((a) => a.startsWith('domain='))).toBe(false);
		expect(attributes.some((a) => a.startsWith('expires='))).toBe(true);
		expect(token).toMatch(/^[a-z2-7]{32}$/);

		expect((await me(`__Host-session=${token}`)).user?.email).toBe(LEARNER.email);
		// The development cookie name is not honoured once the origin is https.
		expect((await me(`session=${token}`)).user).toBeNull();
		const page = await fetch(`${server!.url}/`);
		expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);

		// Form posts must come from the https origin, not from the address the server listens on.
		const fromListenAddress = await fetch(`${server!.url}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				origin: server!.url
			},
			body: new URLSearchParams(LEARNER).toString()
		});
		expect(fromListenAddress.status).toBe(403);

		const signOut = await fetch(`${server!.url}/logout`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'text/html',
				origin: ORIGIN,
				cookie: `__Host-session=${token}`
			},
			body: ''
		});
		expect(signOut.status).toBe(303);
		const cleared = signOut.headers.getSetCookie().find((c) => c.startsWith('__Host-session='));
		expect(cleared).toMatch(/^__Host-session=;/);
		expect(cleared).toMatch(/Secure/i);
		expect((await me(`__Host-session=${token}`)).user).toBeNull();
	});

	it('keeps only SHA-256 of session tokens and API keys, and ends idle, expired and disabled sessions', async () => {
		const idle = await signIn(LEARNER);
		const active = await signIn(LEARNER);
		const almostIdle = await signIn(LEARNER);
		const expired = await signIn(LEARNER);
		const disabled = await signIn(REVIEWER);
		const all = [idle, active, almostIdle, expired, disabled];

		const apiKey = await withDatabase(async (database) => {
			for (const { token } of all) {
				expect(await tablesContaining(database, token)).toEqual([]);
				const [row] = await queryRows<{ id: string }>(
					database.db,
					sql`select id from sessions where id = ${sessionIdFromToken(token)}`
				);
				expect(row?.id).toMatch(/^[0-9a-f]{64}$/);
			}

			// As the admin console makes them (with its audit entry) and as the CLI does.
			const [admin] = await queryRows<{ id: string }>(
				database.db,
				sql`select id from users where role = 'admin' limit 1`
			);
			const created = await createApiKeyAudited(database.db, admin.id, 'hashing check');
			const fromCli = await createApiKey(database.db, { name: 'cli key', createdByUserId: null });
			expect(await tablesContaining(database, fromCli.key)).toEqual([]);
			expect(created.key).toMatch(/^shk_/);
			expect(await tablesContaining(database, created.key)).toEqual([]);
			const [stored] = await queryRows<{ key_hash: string; prefix: string }>(
				database.db,
				sql`select key_hash, prefix from api_keys where id = ${created.id}`
			);
			expect(stored.key_hash).toBe(hashApiKey(created.key));
			expect(created.key.startsWith(stored.prefix)).toBe(true);
			expect(stored.prefix.length).toBeLessThanOrEqual(10);
			expect((await findActiveApiKey(database.db, created.key))?.id).toBe(created.id);

			const age = (token: string, set: ReturnType<typeof sql>) =>
				database.db.execute(
					sql`update sessions set ${set} where id = ${sessionIdFromToken(token)}`
				);
			await age(idle.token, sql`last_seen_at = now() - make_interval(mins => ${IDLE_MINUTES + 1})`);
			await age(
				almostIdle.token,
				sql`last_seen_at = now() - make_interval(mins => ${IDLE_MINUTES - 2})`
			);
			// Active all along (seen a second ago) but created more than ABSOLUTE_DAYS ago.
			await age(
				expired.token,
				sql`created_at = now() - make_interval(days => ${ABSOLUTE_DAYS}, mins => 1),
					expires_at = now() - interval '1 minute', last_seen_at = now() - interval '1 second'`
			);
			await database.db.execute(
				sql`update users set disabled_at = now() where email = ${REVIEWER.email}`
			);
			return created.key;
		});
		expect(apiKey).toBeTruthy();
		if (!server) await start();

		for (const [session, signedIn] of [
			[idle, false],
			[active, true],
			[almostIdle, true],
			[expired, false],
			[disabled, false]
		] as const) {
			const { user, response } = await me(`__Host-session=${session.token}`);
			expect(Boolean(user), session.token).toBe(signedIn);
			const clears = response.headers
				.getSetCookie()
				.some((c) => /^__Host-session=;/.test(c) && /Secure/i.test(c));
			expect(clears).toBe(!signedIn);
		}

		await withDatabase(async (database) => {
			const rows = await queryRows<{ id: string; seen_seconds_ago: number }>(
				database.db,
				sql`select id, extract(epoch from now() - last_seen_at)::int as seen_seconds_ago
					from sessions where id in (${sql.join(
						all.map((s) => sql`${sessionIdFromToken(s.token)}`),
						sql`, `
					)})`
			);
			const left = new Map(rows.map((r) => [r.id, Number(r.seen_seconds_ago)]));
			// Ended sessions are deleted, not just refused.
			expect(left.has(sessionIdFromToken(idle.token))).toBe(false);
			expect(left.has(sessionIdFromToken(expired.token))).toBe(false);
			expect(left.has(sessionIdFromToken(disabled.token))).toBe(false);
			// Use refreshes the idle clock (at most once a minute).
			expect(left.get(sessionIdFromToken(almostIdle.token))).toBeLessThan(120);
			expect(left.has(sessionIdFromToken(active.token))).toBe(true);
			await database.db.execute(
				sql`update users set disabled_at = null where email = ${REVIEWER.email}`
			);
		});
	});
});
