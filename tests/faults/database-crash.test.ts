import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { openDatabase, queryRows, type Database } from '../../src/lib/server/db/client';
import {
	findCounterDrift,
	findProgressDrift,
	findUnknownSkills
} from '../../src/lib/server/services/progress/verify';
import { HttpSession } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { throwawayPostgresAvailable, ThrowawayPostgres, timedFetch } from './support';

// The database server dies (SIGKILL to every PostgreSQL process) in the middle of a write load
// against the production server. While it is down every request fails fast with a clear 503;
// once PostgreSQL is back (crash recovery), the same app process serves again within 5 s, every
// write it acknowledged is there, and every counter still matches its rows.

const WORKERS = 8;
const FAIL_FAST_MS = 5000;
const RECOVER_MS = 5000;

interface Outcome {
	kind: 'save' | 'start' | 'finish';
	user: string;
	scenarioId: string;
	attemptId?: string;
	status: number;
	started: number;
	ended: number;
	text: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!throwawayPostgresAvailable)('a PostgreSQL crash under write load', () => {
	let pg: ThrowawayPostgres;
	let server: TestServer;
	let check: Database;

	beforeAll(async () => {
		pg = await ThrowawayPostgres.create();
		server = await startServer({ engine: 'postgres', databaseUrl: pg.url });
		check = openDatabase({ url: pg.url, poolMax: 2 });
	});
	afterAll(async () => {
		await check?.close();
		await server?.stop();
		await pg?.destroy();
	});

	it('fails fast with 503 while down, recovers in the same process, loses no acknowledged write', async () => {
		onTestFailed(() => {
			console.log(`app server output:\n${server.logs().slice(-6000)}`);
			console.log(`PostgreSQL log:\n${pg.log().slice(-3000)}`);
		});
		const anonymous = new HttpSession(server.url);
		const scenarioIds: string[] = [];
		let cursor: string | undefined;
		do {
			const page = await anonymous.trpc.scenario.list.query({ limit: 50, cursor, sort: 'newest' });
			scenarioIds.push(...page.items.map((s) => s.id));
			cursor = page.nextCursor ?? undefined;
		} while (cursor && scenarioIds.length < 60);

		const users: { email: string; cookie: string }[] = [];
		for (let i = 1; i <= WORKERS; i++) {
			const email = `learner${String(i).padStart(2, '0')}@scenariohub.test`;
			const browser = new HttpSession(server.url);
			expect((await browser.signIn(email, 'crowd-pass-2026')).status).toBe(303);
			users.push({ email, cookie: browser.cookieHeader() });
		}

		const outcomes: Outcome[] = [];
		let stop = false;
		const mutate = async (
			user: (typeof users)[number],
			procedure: string,
			input: Record<string, unknown>
		) => {
			const r = await timedFetch(`${server.url}/api/trpc/${procedure}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: server.url, cookie: user.cookie },
				body: JSON.stringify({ json: input })
			});
			return { ...r, ended: r.started + r.ms };
		};
		const worker = async (user: (typeof users)[number], offset: number) => {
			for (let i = 0; !stop; i++) {
				const scenarioId = scenarioIds[(offset + i) % scenarioIds.length];
				const save = await mutate(user, 'progress.save', { scenarioId, saved: true });
				outcomes.push({ kind: 'save', user: user.email, scenarioId, ...save });
				const start = await mutate(user, 'progress.startAttempt', { scenarioId });
				let attemptId: string | undefined;
				if (start.status === 200) attemptId = JSON.parse(start.text).result.data.json.attemptId;
				outcomes.push({ kind: 'start', user: user.email, scenarioId, attemptId, ...start });
				if (attemptId) {
					const finish = await mutate(user, 'progress.finishAttempt', {
						attemptId,
						completed: i % 3 !== 0
					});
					outcomes.push({ kind: 'finish', user: user.email, scenarioId, attemptId, ...finish });
				}
				if (save.status !== 200) await sleep(50);
			}
		};
		const load = Promise.all(users.map((u, i) => worker(u, i * 7)));

		await sleep(2500);
		const acknowledgedBefore = outcomes.filter((o) => o.status === 200).length;
		expect(acknowledgedBefore).toBeGreaterThan(10);

		const serverPid = server.process.pid;
		const killedAt = Date.now();
		await pg.kill();
		const downAt = Date.now();

		// While it is down: every kind of request answers 503 quickly.
		await sleep(300);
		const cookie = users[0].cookie;
		const probes = {
			health: await timedFetch(`${server.url}/api/health`),
			query: await timedFetch(
				`${server.url}/api/trpc/scenario.list?input=${encodeURIComponent(JSON.stringify({ json: { limit: 5 } }))}`
			),
			page: await timedFetch(`${server.url}/scenarios`),
			signedInPage: await timedFetch(`${server.url}/scenarios`, { headers: { cookie } }),
			mutation: await timedFetch(`${server.url}/api/trpc/progress.save`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: server.url, cookie },
				body: JSON.stringify({ json: { scenarioId: scenarioIds[0], saved: true } })
			}),
			formAction: await timedFetch(`${server.url}/login`, {
				method: 'POST',
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					accept: 'text/html',
					origin: server.url
				},
				body: 'email=learner01%40scenariohub.test&password=crowd-pass-2026'
			})
		};
		for (const [name, probe] of Object.entries(probes)) {
			expect(probe.status, `${name}: ${probe.text.slice(0, 300)}`).toBe(503);
			expect(probe.ms, name).toBeLessThan(FAIL_FAST_MS);
			expect(probe.response?.headers.get('retry-after'), name).toBe('5');
			// a clear message, and nothing about the database's address, SQL or code
			expect(probe.text, name).not.toMatch(/ECONNREFUSED|127\.0\.0\.1:\d{4,}|select |\.js:\d+/i);
		}
		expect(JSON.parse(probes.health.text)).toMatchObject({
			ok: false,
			db: 'postgres',
			error: 'database unavailable'
		});
		expect(JSON.parse(probes.query.text).error.json.data.code).toBe('SERVICE_UNAVAILABLE');
		expect(JSON.parse(probes.mutation.text).error.json.data.code).toBe('SERVICE_UNAVAILABLE');
		expect(probes.page.text).toContain('briefly unavailable');
		expect(probes.signedInPage.text).toContain('briefly unavailable');

		await sleep(1500);
		const restartAt = Date.now();
		pg.start();
		const upAt = Date.now();

		// The same process serves again: health and a write both succeed within 5 s.
		let recoveredAt = 0;
		while (Date.now() - upAt < RECOVER_MS + 5000) {
			const health = await timedFetch(`${server.url}/api/health`);
			const write = await timedFetch(`${server.url}/api/trpc/progress.save`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: server.url, cookie },
				body: JSON.stringify({ json: { scenarioId: scenarioIds[1], saved: true } })
			});
			if (health.status === 200 && write.status === 200) {
				recoveredAt = Date.now();
				outcomes.push({
					kind: 'save',
					user: users[0].email,
					scenarioId: scenarioIds[1],
					...write,
					ended: write.started + write.ms
				});
				break;
			}
			await sleep(100);
		}
		expect(recoveredAt, 'no recovery').toBeGreaterThan(0);
		expect(recoveredAt - upAt).toBeLessThan(RECOVER_MS);
		expect(server.process.exitCode).toBeNull();
		expect(server.process.pid).toBe(serverPid);

		await sleep(1500);
		stop = true;
		await load;

		// Every answer was either success or a 503: never a 500, never a hang.
		const unexpected = outcomes.filter((o) => o.status !== 200 && o.status !== 503);
		expect(unexpected.map((o) => `${o.kind} ${o.status} ${o.text.slice(0, 200)}`)).toEqual([]);
		const duringOutage = outcomes.filter((o) => o.started >= downAt && o.ended <= restartAt);
		expect(duringOutage.length).toBeGreaterThan(WORKERS);
		for (const o of duringOutage) {
			expect(o.status).toBe(503);
			expect(o.ended - o.started).toBeLessThan(FAIL_FAST_MS);
		}
		const inFlightAtKill = outcomes.filter((o) => o.started < killedAt && o.ended > killedAt);
		for (const o of inFlightAtKill) expect(o.ended - killedAt).toBeLessThan(FAIL_FAST_MS);
		const acknowledgedAfter = outcomes.filter((o) => o.status === 200 && o.started >= upAt);
		expect(acknowledgedAfter.length).toBeGreaterThan(WORKERS);

		// Every acknowledged write survived the crash.
		const saved = await queryRows<{ email: string; scenario_id: string }>(
			check.db,
			sql`select u.email, p.scenario_id from user_scenario_progress p
				join users u on u.id = p.user_id where p.is_saved`
		);
		const savedPairs = new Set(saved.map((r) => `${r.email} ${r.scenario_id}`));
		const attempts = await queryRows<{ id: string; outcome: string | null }>(
			check.db,
			sql`select id, outcome from scenario_attempts`
		);
		const attemptOutcome = new Map(attempts.map((a) => [a.id, a.outcome]));
		const acknowledged = outcomes.filter((o) => o.status === 200);
		for (const o of acknowledged) {
			if (o.kind === 'save') expect(savedPairs.has(`${o.user} ${o.scenarioId}`)).toBe(true);
			if (o.kind === 'start') expect(attemptOutcome.has(o.attemptId!)).toBe(true);
			if (o.kind === 'finish')
				expect(attemptOutcome.get(o.attemptId!)).toMatch(/completed|abandoned/);
		}
		expect(acknowledged.filter((o) => o.kind === 'finish').length).toBeGreaterThan(WORKERS);

		// And the invariants hold (what db:verify checks).
		expect(await findCounterDrift(check.db)).toEqual([]);
		expect(await findProgressDrift(check.db)).toEqual([]);
		expect(await findUnknownSkills(check.db)).toEqual([]);
	});
});
