import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionIdFromToken } from '../../src/lib/server/auth/session';
import { SIGN_IN_PER_ACCOUNT } from '../../src/lib/server/security/limits';
import { openDatabase, queryRows, type Database } from '../../src/lib/server/db/client';
import {
	findCounterDrift,
	findProgressDrift,
	findUnknownSkills
} from '../../src/lib/server/services/progress/verify';
import { HttpSession } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { throwawayPostgresAvailable, ThrowawayPostgres, timedFetch } from './support';

// Two app processes on one PostgreSQL database, as behind a load balancer: started together on
// an empty database they migrate and seed once; a session made on one works on the other;
// rate limits are counted once for both; a concurrent load spread over both keeps every
// counter equal to its rows. Nothing the app needs lives in one process's memory.

const USERS = 12;
const OPERATIONS = 1200;
const CONCURRENCY = 24;
const SCENARIOS = 6;
/** concurrent sign-ins of one account: within its sign-in limit */
const SESSIONS = SIGN_IN_PER_ACCOUNT.limit - 2;

let address = 0;
/** A sign-in from an address of its own (the servers read X-Forwarded-For, as behind a proxy). */
function signIn(browser: HttpSession, email: string) {
	address += 1;
	return browser.fetch('/login', {
		method: 'POST',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			origin: browser.baseUrl,
			'x-forwarded-for': `192.0.2.${address}`
		},
		body: new URLSearchParams({ email, password: 'crowd-pass-2026' }).toString()
	});
}

function mulberry32(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe.skipIf(!throwawayPostgresAvailable)('two app servers on one database', () => {
	let pg: ThrowawayPostgres;
	let servers: TestServer[];
	let check: Database;

	beforeAll(async () => {
		pg = await ThrowawayPostgres.create();
		const options = {
			engine: 'postgres' as const,
			databaseUrl: pg.url,
			env: { ADDRESS_HEADER: 'x-forwarded-for', LOG_LEVEL: 'info', DATABASE_POOL_MAX: '20' }
		};
		servers = await Promise.all([startServer(options), startServer(options)]);
		check = openDatabase({ url: pg.url, poolMax: 2 });
	});
	afterAll(async () => {
		await check?.close();
		await Promise.all((servers ?? []).map((s) => s.stop()));
		await pg?.destroy();
	});

	const count = async (query: ReturnType<typeof sql>) =>
		Number((await queryRows<{ n: number }>(check.db, query))[0].n);

	it('migrates and seeds once although both started on the empty database together', async () => {
		const seeders = servers.filter((s) => s.logs().includes('first run: seeding'));
		expect(seeders).toHaveLength(1);
		expect(await count(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)).toBe(
			(await (await fetch(`${servers[1].url}/api/health`)).json()).migrations.available
		);
		expect(await count(sql`select count(*)::int as n from skills`)).toBe(15);
		expect(await count(sql`select count(*) - count(distinct slug) as n from scenarios`)).toBe(0);
		expect(await count(sql`select count(*) - count(distinct email) as n from users`)).toBe(0);
	});

	it('shares sessions: made on one server, valid on both, ended on both by one sign-out', async () => {
		const browsers = await Promise.all(
			Array.from({ length: SESSIONS }, async (_, i) => {
				const browser = new HttpSession(servers[i % 2].url);
				const response = await signIn(browser, 'learner06@scenariohub.test');
				expect(response.status).toBe(303);
				return browser;
			})
		);
		const tokens = browsers.map((b) => b.cookies.get('session')!);
		expect(new Set(tokens).size).toBe(SESSIONS);
		expect(
			await count(
				sql`select count(*)::int as n from sessions where id in (${sql.join(
					tokens.map((t) => sql`${sessionIdFromToken(t)}`),
					sql`, `
				)})`
			)
		).toBe(SESSIONS);
		for (const token of tokens) {
			for (const server of servers) {
				const other = new HttpSession(server.url);
				other.cookies.set('session', token);
				expect((await other.trpc.auth.me.query())?.email).toBe('learner06@scenariohub.test');
			}
		}
		expect((await browsers[0].signOut()).status).toBe(303);
		const replay = new HttpSession(servers[1].url);
		replay.cookies.set('session', tokens[0]);
		expect(await replay.trpc.auth.me.query()).toBeNull();
		replay.cookies.set('session', tokens[1]);
		expect(await replay.trpc.auth.me.query()).not.toBeNull();
	});

	it('counts rate limits once for both servers', async () => {
		const email = 'learner07@scenariohub.test';
		const attempt = (server: TestServer, i: number, password = 'wrong-password') =>
			fetch(`${server.url}/login`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					accept: 'text/html',
					origin: server.url,
					'x-forwarded-for': `198.51.100.${i + 1}`
				},
				body: new URLSearchParams({ email, password }).toString()
			});
		for (let i = 0; i < SIGN_IN_PER_ACCOUNT.limit; i++) {
			expect((await attempt(servers[i % 2], i)).status).toBe(400);
		}
		for (const [i, server] of servers.entries()) {
			const blocked = await attempt(server, 50 + i, 'crowd-pass-2026');
			expect(blocked.status).toBe(429);
			expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
		}
	});

	it(`keeps every counter exact under ${OPERATIONS} operations spread over both servers`, async () => {
		const random = mulberry32(20261122);
		const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
		const list = await new HttpSession(servers[0].url).trpc.scenario.list.query({
			limit: SCENARIOS,
			sort: 'most_saved'
		});
		const scenarioIds = list.items.map((s) => s.id);
		const users: string[] = [];
		for (let i = 0; i < USERS; i++) {
			const email = `learner${String(i + 1).padStart(2, '0')}@scenariohub.test`;
			if (email === 'learner07@scenariohub.test') continue; // rate limited by the test above
			const browser = new HttpSession(servers[i % 2].url);
			expect((await signIn(browser, email)).status).toBe(303);
			users.push(browser.cookieHeader());
		}
		const attempts = new Map<string, string[]>();
		const statuses = new Map<number, number>();
		let remaining = OPERATIONS;
		const call = async (cookie: string, procedure: string, input: unknown) => {
			const server = pick(servers);
			const result = await timedFetch(`${server.url}/api/trpc/${procedure}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: server.url, cookie },
				body: JSON.stringify({ json: input })
			});
			statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
			if (result.status >= 500 || result.status < 0) {
				throw new Error(`${procedure} on ${server.url}: ${result.status} ${result.text}`);
			}
			return result;
		};
		const worker = async () => {
			while (remaining-- > 0) {
				const cookie = pick(users);
				const scenarioId = pick(scenarioIds);
				const key = `${cookie} ${scenarioId}`;
				const roll = random();
				if (roll < 0.3) {
					await call(cookie, 'progress.save', { scenarioId, saved: random() < 0.6 });
				} else if (roll < 0.5 && attempts.has(key)) {
					// Rating needs a started attempt (a pair not started yet starts below instead).
					await call(cookie, 'progress.rate', {
						scenarioId,
						rating: 1 + Math.floor(random() * 5),
						review: random() < 0.5 ? 'Helpful practice.' : undefined
					});
				} else if (roll >= 0.5 && roll < 0.55) {
					await call(cookie, 'progress.removeRating', { scenarioId });
				} else if (roll < 0.8) {
					const started = await call(cookie, 'progress.startAttempt', { scenarioId });
					if (started.status === 200) {
						const id = JSON.parse(started.text).result.data.json.attemptId as string;
						attempts.set(key, [...(attempts.get(key) ?? []), id]);
					}
				} else {
					const open = attempts.get(key) ?? [];
					if (open.length) {
						await call(cookie, 'progress.finishAttempt', {
							attemptId: pick(open),
							completed: random() < 0.7
						});
					}
				}
			}
		};
		await Promise.all(Array.from({ length: CONCURRENCY }, worker));
		expect(statuses.get(200) ?? 0).toBeGreaterThan(OPERATIONS * 0.6);

		expect(await findCounterDrift(check.db)).toEqual([]);
		expect(await findProgressDrift(check.db)).toEqual([]);
		expect(await findUnknownSkills(check.db)).toEqual([]);
		expect(
			await count(
				sql`select count(*)::int as n from (
					select user_id, scenario_id from scenario_attempts where finished_at is null
					group by user_id, scenario_id having count(*) > 1) d`
			)
		).toBe(0);
	});
});
