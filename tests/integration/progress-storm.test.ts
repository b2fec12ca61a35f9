import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { openDatabase, type Database } from '../../src/lib/server/db/client';
import {
	scenarioAttempts,
	scenarioMetadata,
	userScenarioProgress
} from '../../src/lib/server/db/schema';
import { findCounterDrift, findProgressDrift } from '../../src/lib/server/services/progress/verify';
import { callerAs } from '../support/caller';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { insertSkills, makeScenario, makeUser } from '../support/factories';

// A storm on a real PostgreSQL server: 60 concurrent clients on their own 60-connection pool
// run 2400 random saves, unsaves, ratings, rating removals, starts, step moves and finishes
// over 20 users and 5 scenarios. Afterwards every counter must equal what the rows say (as
// db:verify computes it, and as this test recomputes it on its own), and what the clients
// saw succeed must add up too. PGlite has one connection, so it cannot storm: skipped there.

const USERS = 20;
const SCENARIOS = 5;
const CLIENTS = 60;
const OPERATIONS = 2400;

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

describe.skipIf(!process.env.TEST_DATABASE_URL)('progress storm on postgres', () => {
	let database: TestDatabase;
	let pool: Database;
	let users: SessionUser[];
	let scenarioIds: string[];

	beforeAll(async () => {
		database = await createTestDatabase('postgres');
		await insertSkills(database.db);
		users = [];
		for (let i = 0; i < USERS; i++) users.push(await makeUser(database.db));
		scenarioIds = [];
		for (let i = 0; i < SCENARIOS; i++) scenarioIds.push((await makeScenario(database.db)).id);
		pool = openDatabase({ url: database.url, poolMax: CLIENTS });
	});
	afterAll(async () => {
		await pool?.close();
		await database?.destroy();
	});

	it(`keeps every counter exact under ${OPERATIONS} concurrent operations from ${CLIENTS} clients`, async () => {
		const random = mulberry32(20260501);
		const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
		// Attempt ids the clients have seen, so finishes (and finishing twice, or someone
		// else's) hit real rows.
		const knownAttempts: { id: string; userId: string }[] = [];
		const finishedIds = new Set<string>();
		const seen = { newAttempts: 0, finishes: 0, completions: 0, ops: 0 };
		const errors = new Map<string, number>();
		let peak = 0;
		let inFlight = 0;

		const operation = async () => {
			const user = pick(users);
			const api = callerAs(pool.db, user);
			const scenarioId = pick(scenarioIds);
			const roll = random();
			if (roll < 0.25) {
				await api.progress.save({ scenarioId, saved: random() < 0.6 });
			} else if (roll < 0.4) {
				await api.progress.rate({
					scenarioId,
					rating: 1 + Math.floor(random() * 5),
					review: random() < 0.3 ? 'Storm review' : undefined
				});
			} else if (roll < 0.45) {
				await api.progress.removeRating({ scenarioId });
			} else if (roll < 0.65) {
				const started = await api.progress.startAttempt({ scenarioId });
				if (!started.resumed) seen.newAttempts++;
				knownAttempts.push({ id: started.attemptId, userId: user.id });
				if (random() < 0.5) {
					await api.progress.advanceStep({ attemptId: started.attemptId, stepId: 'middle' });
				}
			} else {
				// Mostly the owner finishing; sometimes someone else (must be refused).
				const unfinished = knownAttempts.filter((a) => !finishedIds.has(a.id));
				const target = random() < 0.8 && unfinished.length ? pick(unfinished) : pick(knownAttempts);
				if (!target) return;
				const owner = users.find((u) => u.id === target.userId)!;
				const caller = random() < 0.9 ? owner : user;
				const result = await callerAs(pool.db, caller).progress.finishAttempt({
					attemptId: target.id,
					completed: random() < 0.7
				});
				if (caller.id !== owner.id) throw new Error('finished someone else’s attempt');
				seen.finishes++;
				finishedIds.add(target.id);
				if (result.outcome === 'completed') seen.completions++;
			}
		};

		let next = 0;
		const worker = async () => {
			while (next < OPERATIONS) {
				next++;
				inFlight++;
				peak = Math.max(peak, inFlight);
				try {
					await operation();
					seen.ops++;
				} catch (e) {
					const code = e instanceof TRPCError ? `${e.code}: ${e.message}` : String(e);
					errors.set(code, (errors.get(code) ?? 0) + 1);
				} finally {
					inFlight--;
				}
			}
		};
		await Promise.all(Array.from({ length: CLIENTS }, worker));

		// Only the refusals the rules call for: finishing a finished attempt (CONFLICT),
		// finishing someone else's (NOT_FOUND) and rating a scenario not started yet (FORBIDDEN).
		// No deadlock, no lost update, no 500.
		expect(
			[...errors.keys()].filter(
				(c) =>
					c !== 'CONFLICT: This attempt is already finished' &&
					c !== 'NOT_FOUND: No attempt with that id' &&
					c !== 'FORBIDDEN: Start this scenario to rate it'
			)
		).toEqual([]);
		expect(peak).toBeGreaterThanOrEqual(50);
		expect(seen.ops + [...errors.values()].reduce((a, b) => a + b, 0)).toBe(OPERATIONS);
		expect(seen.newAttempts).toBeGreaterThan(100);
		expect(seen.finishes).toBeGreaterThan(100);

		expect(await findCounterDrift(database.db)).toEqual([]);
		expect(await findProgressDrift(database.db)).toEqual([]);

		// Recomputed here, independently of counters.ts, from the raw rows.
		const progress = await database.db.select().from(userScenarioProgress);
		const attempts = await database.db.select().from(scenarioAttempts);
		const metadata = await database.db.select().from(scenarioMetadata);
		expect(attempts).toHaveLength(seen.newAttempts);
		expect(attempts.filter((a) => a.finishedAt).length).toBe(seen.finishes);
		expect(attempts.filter((a) => a.outcome === 'completed').length).toBe(seen.completions);
		for (const id of scenarioIds) {
			const rows = progress.filter((p) => p.scenarioId === id);
			const tries = attempts.filter((a) => a.scenarioId === id);
			const finished = tries.filter((a) => a.finishedAt);
			const ratings = rows.filter((p) => p.userRating !== null).map((p) => p.userRating!);
			const m = metadata.find((row) => row.scenarioId === id)!;
			expect(m).toMatchObject({
				amountSavedCount: rows.filter((p) => p.isSaved).length,
				totalAttempts: tries.length,
				totalTimesUsed: tries.filter((a) => a.outcome === 'completed').length,
				ratingsCount: ratings.length,
				ratingSum: ratings.reduce((a, b) => a + b, 0),
				finishedAttempts: finished.length,
				timeSpentSum: finished.reduce((a, b) => a + (b.timeSpent ?? 0), 0)
			});
			if (ratings.length) {
				expect(m.averageRating).toBeCloseTo(ratings.reduce((a, b) => a + b, 0) / ratings.length, 5);
			}
			expect(m.completionRate).toBeCloseTo(m.totalTimesUsed / m.totalAttempts, 5);
		}
		// At most one open attempt per user and scenario, and each progress row agrees with it.
		const open = attempts.filter((a) => !a.finishedAt);
		expect(new Set(open.map((a) => `${a.userId}/${a.scenarioId}`)).size).toBe(open.length);
		for (const p of progress) {
			const mine = attempts.filter((a) => a.userId === p.userId && a.scenarioId === p.scenarioId);
			expect(p.totalTimeSpent).toBe(mine.reduce((a, b) => a + (b.timeSpent ?? 0), 0));
		}
	}, 300_000);
});
