import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { openDatabase, type Database } from '../../src/lib/server/db/client';
import { auditLog, userScenarioProgress } from '../../src/lib/server/db/schema';
import { setUserDisabled } from '../../src/lib/server/services/admin/users';
import { rate, removeRating } from '../../src/lib/server/services/progress/rating';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import {
	expectNoDrift as expectNoDriftIn,
	metadataRow,
	progressRow as progressRowIn
} from '../support/rows';
import { insertSkills, makeScenario, makeUser, startScenario } from '../support/factories';

// Issue 12, data: who may rate, and whose ratings count.
// - Rating needs a started attempt: a brand-new account cannot move an average it never played.
// - A disabled account's ratings leave ratings_count / rating_sum in the transaction that disables
//   it and come back when it is enabled, exactly, also while that account rates at the same time.

describe.each(ENGINES)('who may rate and whose ratings count on %s', (engine) => {
	let database: TestDatabase;
	let admin: SessionUser;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		admin = await makeUser(database.db, { role: 'admin' });
	});
	afterAll(() => database?.destroy());

	const metadata = (scenarioId: string) => metadataRow(database.db, scenarioId);
	const progressRow = (userId: string, scenarioId: string) =>
		progressRowIn(database.db, userId, scenarioId);
	const expectNoDrift = () => expectNoDriftIn(database.db);
	const disable = (user: SessionUser, disabled: boolean) =>
		callerAs(database.db, admin).admin.user.setDisabled({ userId: user.id, disabled });

	it('refuses a rating from someone who never started the scenario (FORBIDDEN), and it moves nothing', async () => {
		const scenario = await makeScenario(database.db);
		// Five learners who played it give it 5, 5, 4, 5, 4: an average of 4.6.
		for (const stars of [5, 5, 4, 5, 4]) {
			const user = await makeUser(database.db);
			await startScenario(database.db, user.id, scenario.id, { finish: 'completed' });
			await callerAs(database.db, user).progress.rate({ scenarioId: scenario.id, rating: stars });
		}
		expect(await metadata(scenario.id)).toMatchObject({ ratingsCount: 5, averageRating: 4.6 });

		const newcomer = await makeUser(database.db);
		const api = callerAs(database.db, newcomer);
		const refused = api.progress.rate({ scenarioId: scenario.id, rating: 1, review: 'Rubbish' });
		await expect(refused).rejects.toMatchObject({
			code: 'FORBIDDEN',
			message: 'Start this scenario to rate it'
		});
		// Nothing was written: no progress row, the average is still 4.6.
		expect(await progressRow(newcomer.id, scenario.id)).toBeUndefined();
		expect(await metadata(scenario.id)).toMatchObject({ ratingsCount: 5, averageRating: 4.6 });
		// Having saved it is not having started it.
		await api.progress.save({ scenarioId: scenario.id, saved: true });
		await expect(api.progress.rate({ scenarioId: scenario.id, rating: 1 })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		expect((await progressRow(newcomer.id, scenario.id)).userRating).toBeNull();

		// An open attempt is enough (a learner may rate mid-way, or after abandoning).
		await api.progress.startAttempt({ scenarioId: scenario.id });
		await expect(
			api.progress.rate({ scenarioId: scenario.id, rating: 1, review: 'Too slow for me' })
		).resolves.toMatchObject({ ratingsCount: 6 });
		expect((await metadata(scenario.id)).averageRating).toBeCloseTo(4, 5);
		await expectNoDrift();
	});

	it("takes a disabled account's ratings out of every average at once, and puts them back on enabling", async () => {
		const a = await makeScenario(database.db);
		const b = await makeScenario(database.db);
		const fan = await makeUser(database.db);
		const troll = await makeUser(database.db);
		for (const [user, scenarioId, stars] of [
			[fan, a.id, 5],
			[fan, b.id, 4],
			[troll, a.id, 1],
			[troll, b.id, 2]
		] as const) {
			await startScenario(database.db, user.id, scenarioId);
			await callerAs(database.db, user).progress.rate({
				scenarioId,
				rating: stars,
				review: `${stars} stars from me`
			});
		}
		expect(await metadata(a.id)).toMatchObject({ ratingsCount: 2, ratingSum: 6, averageRating: 3 });
		expect(await metadata(b.id)).toMatchObject({ ratingsCount: 2, ratingSum: 6, averageRating: 3 });

		await disable(troll, true);
		expect(await metadata(a.id)).toMatchObject({ ratingsCount: 1, ratingSum: 5, averageRating: 5 });
		expect(await metadata(b.id)).toMatchObject({ ratingsCount: 1, ratingSum: 4, averageRating: 4 });
		// The rows keep the ratings; the public list and its distribution leave them out.
		expect((await progressRow(troll.id, a.id)).userRating).toBe(1);
		const reviews = await callerAs(database.db, null).progress.reviews({ scenarioId: a.id });
		expect(reviews.items.map((r) => r.review)).toEqual(['5 stars from me']);
		expect(reviews.distribution).toEqual([0, 0, 0, 0, 1]);
		await expectNoDrift();

		// Disabling again changes nothing (the account already is).
		await disable(troll, true);
		expect(await metadata(a.id)).toMatchObject({ ratingsCount: 1, ratingSum: 5 });

		// A request already past sign-in when the account was disabled: the row changes, the
		// counters do not (the account's ratings do not count).
		await rate(database.db, troll.id, { scenarioId: a.id, rating: 2 });
		await removeRating(database.db, troll.id, { scenarioId: b.id });
		expect(await metadata(a.id)).toMatchObject({ ratingsCount: 1, ratingSum: 5 });
		expect(await metadata(b.id)).toMatchObject({ ratingsCount: 1, ratingSum: 4 });
		await expectNoDrift();

		// Enabling brings back what the account holds now: 2 stars on a, nothing on b.
		await disable(troll, false);
		expect(await metadata(a.id)).toMatchObject({
			ratingsCount: 2,
			ratingSum: 7,
			averageRating: 3.5
		});
		expect(await metadata(b.id)).toMatchObject({ ratingsCount: 1, ratingSum: 4 });
		await disable(troll, false);
		expect(await metadata(a.id)).toMatchObject({ ratingsCount: 2, ratingSum: 7 });
		await expectNoDrift();

		const entries = await database.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, troll.id)))
			.orderBy(asc(auditLog.id));
		expect(
			entries.map((e) => [e.action, (e.after as { ratingsMoved: number }).ratingsMoved])
		).toEqual([
			['user.disable', 2],
			['user.enable', 1]
		]);
	});

	it('keeps the counters exact while an account rates and is disabled and enabled at the same time', async () => {
		// PGlite has one connection (the calls interleave between transactions); PostgreSQL gets
		// a pool of its own, so the transactions really overlap and wait on each other's locks.
		let pool: Database | undefined;
		if (engine === 'postgres') pool = openDatabase({ url: database.url!, poolMax: 12 });
		const db = pool?.db ?? database.db;
		try {
			const scenarios = await Promise.all([1, 2, 3].map(() => makeScenario(database.db)));
			const raters = await Promise.all([1, 2, 3].map(() => makeUser(database.db)));
			for (const user of raters) {
				for (const s of scenarios) await startScenario(database.db, user.id, s.id);
			}
			let seed = 7;
			const random = () => {
				seed = (seed * 1103515245 + 12345) % 2147483648;
				return seed / 2147483648;
			};
			const errors: string[] = [];
			const rater = async (user: SessionUser) => {
				for (let i = 0; i < 40; i++) {
					const scenarioId = scenarios[Math.floor(random() * scenarios.length)].id;
					try {
						if (random() < 0.8) {
							await rate(db, user.id, { scenarioId, rating: 1 + Math.floor(random() * 5) });
						} else {
							await removeRating(db, user.id, { scenarioId });
						}
					} catch (e) {
						errors.push(String(e));
					}
				}
			};
			const moderator = async (user: SessionUser) => {
				for (let i = 0; i < 12; i++) {
					try {
						await setUserDisabled(db, admin.id, user.id, i % 2 === 0);
					} catch (e) {
						errors.push(String(e));
					}
				}
			};
			await Promise.all([
				...raters.map(rater),
				...raters.map(rater),
				moderator(raters[0]),
				moderator(raters[1])
			]);
			// No deadlock, no refusal: every call went through, and every counter is exact.
			expect(errors).toEqual([]);
			await expectNoDrift();
			// Both toggled accounts ended enabled (12 flips each): every rating counts again.
			for (const s of scenarios) {
				const rows = await database.db
					.select()
					.from(userScenarioProgress)
					.where(eq(userScenarioProgress.scenarioId, s.id));
				const ratings = rows.map((r) => r.userRating).filter((r): r is number => r !== null);
				expect(await metadata(s.id)).toMatchObject({
					ratingsCount: ratings.length,
					ratingSum: ratings.reduce((x, y) => x + y, 0)
				});
			}
		} finally {
			await pool?.close();
		}
	}, 120_000);
});
