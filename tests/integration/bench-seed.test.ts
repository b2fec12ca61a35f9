import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureWorkload } from '../../bench/capture';
import { BENCH_EMAIL_DOMAIN, seedBench } from '../../bench/seed';
import { generateSessionToken, sessionIdFromToken } from '../../src/lib/server/auth/session';
import { queryRows, type DbKind } from '../../src/lib/server/db/client';
import { sessions } from '../../src/lib/server/db/schema';
import { seedDatabase } from '../../src/lib/server/bootstrap/seed';
import { createApiKey } from '../../src/lib/server/services/api-keys/keys';
import {
	findCounterDrift,
	findProgressDrift,
	findUnknownSkills
} from '../../src/lib/server/services/progress/verify';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';

// The benchmark's data generator keeps every invariant db:verify checks and leaves the schema as
// the migrations made it; on PostgreSQL the SQL the bare baseline replays is recorded from the
// app's own procedures, so a change to progress.save's statements fails here, not mid-benchmark.

const indexDefinitions = (db: TestDatabase) =>
	queryRows<{ definition: string }>(
		db.db,
		sql`select indexdef as definition from pg_indexes where schemaname = 'public' order by indexname`
	);

describe.each(ENGINES)('bench seed on %s', (engine: DbKind) => {
	let db: TestDatabase;
	let indexesBefore: { definition: string }[];
	let report: Awaited<ReturnType<typeof seedBench>>;

	beforeAll(async () => {
		db = await createTestDatabase(engine);
		await db.db.transaction((tx) => seedDatabase(tx, { demo: false }));
		indexesBefore = await indexDefinitions(db);
		// one connection, as the bench seed needs (setseed, temporary tables)
		report = await db.db.transaction((tx) =>
			seedBench(
				tx,
				{ scenarios: 400, users: 80, progress: 3000 },
				{ passwordHash: 'scrypt$32768$8$3$c2FsdA==$a2V5' }
			)
		);
	}, 120_000);
	afterAll(() => db?.destroy());

	it('fills the tables at the sizes asked, with a spread of popularity', async () => {
		expect(report.users).toBe(80);
		expect(report.progress).toBe(3000);
		expect(report.scenarios).toBeGreaterThanOrEqual(400);
		expect(report.attempts).toBeGreaterThan(0);
		const [spread] = await queryRows<{ top: number; median: number; skills: number }>(
			db.db,
			sql`select max(amount_saved_count)::int as top,
					(percentile_cont(0.5) within group (order by amount_saved_count))::int as median,
					(select count(distinct k)::int from scenarios, unnest(skills) k) as skills
				from scenario_metadata`
		);
		expect(Number(spread.top)).toBeGreaterThan(5 * Math.max(1, Number(spread.median)));
		expect(Number(spread.skills)).toBeGreaterThanOrEqual(10);
	});

	it('leaves no drift: every counter and progress total matches its rows, every skill exists', async () => {
		expect(await findCounterDrift(db.db)).toEqual([]);
		expect(await findProgressDrift(db.db)).toEqual([]);
		expect(await findUnknownSkills(db.db)).toEqual([]);
	});

	it('recreates every index it dropped for the load, unchanged', async () => {
		expect(await indexDefinitions(db)).toEqual(indexesBefore);
	});

	it.skipIf(engine !== 'postgres')(
		'records the statements of each benchmarked request from the app code',
		async () => {
			const [user] = await queryRows<{ id: string }>(
				db.db,
				sql`select id from users where email like ${'%@' + BENCH_EMAIL_DOMAIN} and role = 'learner' limit 1`
			);
			const token = generateSessionToken();
			await db.db.insert(sessions).values({
				id: sessionIdFromToken(token),
				userId: user.id,
				expiresAt: new Date(Date.now() + 86_400_000)
			});
			const key = await createApiKey(db.db, { name: 'bench test', createdByUserId: null });
			const progressOf = () =>
				queryRows(
					db.db,
					sql`select scenario_id, is_saved, updated_at from user_scenario_progress
						where user_id = ${user.id} order by scenario_id`
				);
			const before = await progressOf();
			const workload = await captureWorkload(db.url!, {
				apiKey: key.key,
				userId: user.id,
				sessionToken: token
			});
			expect(workload.listFiltered).toHaveLength(1);
			expect(workload.marketplace[0].text).toContain('trending_log');
			expect(workload.page).toHaveLength(2);
			expect(workload.external.at(-1)?.text).toContain('from "scenarios"');
			expect(workload.save.save.text).toContain('trending_log');
			expect(workload.save.save.params).toContainEqual({ ref: 'userId' });
			expect(workload.save.unsave.params).toContainEqual({ ref: 'scenarioId' });
			expect(workload.session.params).toContainEqual({ ref: 'sessionId' });
			// the capture ran progress.save in a transaction it rolled back
			expect(await progressOf()).toEqual(before);
		},
		60_000
	);
});
