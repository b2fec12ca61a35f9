import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { scenarioMetadata } from '../../src/lib/server/db/schema';
import { decayedScore } from '../../src/lib/domain/trending';
import { rebuildCounters } from '../../src/lib/server/services/progress/verify';
import { finishAttempt, startAttempt } from '../../src/lib/server/services/progress/attempts';
import { rate } from '../../src/lib/server/services/progress/rating';
import { setSaved } from '../../src/lib/server/services/progress/save';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertSkills, makeScenario, makeUser, startScenario } from '../support/factories';

// Ranking with real rows written through the progress service, at controlled times.

describe.each(ENGINES)('catalogue ranking on %s', (engine) => {
	let database: TestDatabase;
	let crowd: SessionUser[];

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		crowd = [];
		for (let i = 0; i < 45; i++) crowd.push(await makeUser(database.db));
	});
	afterAll(() => database?.destroy());

	const order = async (
		sort: 'top_rated' | 'trending' | 'most_saved' | 'most_played',
		only: string[]
	) => {
		const page = await callerAs(database.db, null).scenario.list({ sort, limit: 100 });
		return page.items.map((i) => i.id).filter((id) => only.includes(id));
	};

	it('top rated: a few perfect votes rank below many high votes', async () => {
		const few = (await makeScenario(database.db, { content: { title: 'Two perfect votes' } })).id;
		const one = (await makeScenario(database.db, { content: { title: 'One perfect vote' } })).id;
		const many = (await makeScenario(database.db, { content: { title: 'Forty high votes' } })).id;
		const unrated = (await makeScenario(database.db, { content: { title: 'No votes' } })).id;
		// Rating needs a started attempt.
		const rateAfterStart = async (userId: string, scenarioId: string, rating: number) => {
			await startScenario(database.db, userId, scenarioId);
			await rate(database.db, userId, { scenarioId, rating });
		};
		for (const user of crowd.slice(0, 2)) {
			await rateAfterStart(user.id, few, 5);
		}
		await rateAfterStart(crowd[2].id, one, 5);
		// 32 fives and 8 fours: a 4.8 average from forty learners.
		for (const [i, user] of crowd.slice(0, 40).entries()) {
			await rateAfterStart(user.id, many, i < 32 ? 5 : 4);
		}
		const rows = await database.db
			.select()
			.from(scenarioMetadata)
			.where(inArray(scenarioMetadata.scenarioId, [few, many]));
		expect(rows.find((r) => r.scenarioId === few)?.averageRating).toBe(5);
		expect(rows.find((r) => r.scenarioId === many)?.averageRating).toBeCloseTo(4.8, 5);

		expect(await order('top_rated', [few, one, many, unrated])).toEqual([many, few, one, unrated]);
	});

	it('trending: an old burst ranks below a smaller fresh one, and the O(1) update equals a rebuild', async () => {
		const old = (await makeScenario(database.db, { content: { title: 'Old burst' } })).id;
		const fresh = (await makeScenario(database.db, { content: { title: 'Fresh trickle' } })).id;
		const quiet = (await makeScenario(database.db, { content: { title: 'Quiet' } })).id;
		const now = Date.now();
		const day = 86_400_000;
		// Three weeks ago: 30 saves, 30 attempts, 25 completions (seven half-lives back).
		for (const [i, user] of crowd.slice(0, 30).entries()) {
			const at = new Date(now - 21 * day + i * 60_000);
			await setSaved(database.db, user.id, { scenarioId: old, saved: true }, { now: at });
			const a = await startAttempt(database.db, user.id, { scenarioId: old }, { now: at });
			await finishAttempt(
				database.db,
				user.id,
				{ attemptId: a.attemptId, completed: i < 25 },
				{ now: new Date(at.getTime() + 600_000) }
			);
		}
		// Today: 4 saves and 2 completed attempts.
		for (const [i, user] of crowd.slice(30, 34).entries()) {
			const at = new Date(now - 3_600_000 + i * 60_000);
			await setSaved(database.db, user.id, { scenarioId: fresh, saved: true }, { now: at });
			if (i < 2) {
				const a = await startAttempt(database.db, user.id, { scenarioId: fresh }, { now: at });
				await finishAttempt(
					database.db,
					user.id,
					{ attemptId: a.attemptId, completed: true },
					{ now: new Date(at.getTime() + 600_000) }
				);
			}
		}
		expect(await order('trending', [old, fresh, quiet])).toEqual([fresh, old, quiet]);
		// The old burst is still the most saved and most played: only trending decays.
		expect(await order('most_saved', [old, fresh])).toEqual([old, fresh]);
		expect(await order('most_played', [old, fresh])).toEqual([old, fresh]);

		// Three days later (one half-life) the fresh scenario's score has halved.
		const [freshRow] = await database.db
			.select()
			.from(scenarioMetadata)
			.where(eq(scenarioMetadata.scenarioId, fresh));
		const today = decayedScore(freshRow.trendingLog, new Date(now));
		const later = decayedScore(freshRow.trendingLog, new Date(now + 3 * day));
		expect(later / today).toBeCloseTo(0.5, 5);
		// 4 saves × 3 + 2 attempts × 1 + 2 completions × 2, all about an hour old.
		expect(today).toBeGreaterThan(17.5);
		expect(today).toBeLessThan(18);

		// The incremental log-sum-exp in SQL agrees with recomputing from history.
		const before = await database.db
			.select({ id: scenarioMetadata.scenarioId, log: scenarioMetadata.trendingLog })
			.from(scenarioMetadata)
			.where(inArray(scenarioMetadata.scenarioId, [old, fresh, quiet]));
		await rebuildCounters(database.db, [old, fresh, quiet]);
		const after = await database.db
			.select({ id: scenarioMetadata.scenarioId, log: scenarioMetadata.trendingLog })
			.from(scenarioMetadata)
			.where(inArray(scenarioMetadata.scenarioId, [old, fresh, quiet]));
		for (const row of before) {
			expect(after.find((a) => a.id === row.id)?.log).toBeCloseTo(row.log, 6);
		}
	});
});
