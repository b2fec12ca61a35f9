import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	scenarioAttempts,
	scenarioMetadata,
	scenarios,
	userScenarioProgress
} from '../../src/lib/server/db/schema';
import { findCounterDrift, findProgressDrift } from '../../src/lib/server/services/progress/verify';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertSkills, makeScenario, makeUser } from '../support/factories';

function withoutDate<T extends { exportedAt?: string }>(doc: T) {
	const { exportedAt: _, ...rest } = doc;
	return rest;
}

describe.each(ENGINES)('scenario export and import on %s', (engine) => {
	let database: TestDatabase;
	let admin: Awaited<ReturnType<typeof makeUser>>;
	const data = () => callerAs(database.db, admin).admin.data;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		admin = await makeUser(database.db, { role: 'admin' });
		const author = await makeUser(database.db, { email: 'author@export.test' });
		await makeScenario(database.db, { slug: 'export-builtin' });
		await makeScenario(database.db, {
			slug: 'export-community',
			createdByUserId: author.id,
			status: 'in_review',
			content: {
				title: 'Community draft',
				skills: ['grief-support', 'termination'],
				difficulty: 'advanced',
				estimatedTime: 35,
				contentWarnings: ['death-and-grief'],
				learningObjectives: ['Stay with the silence']
			}
		});
	});
	afterAll(() => database?.destroy());

	it('round-trips: export, change the rows, import the export, export again equals the first', async () => {
		const first = await data().exportScenarios();
		expect(first.format).toBe('scenario-hub/scenarios');
		expect(first.scenarios.map((s) => s.slug)).toEqual(['export-builtin', 'export-community']);
		expect(first.scenarios[1]).toMatchObject({
			authorEmail: 'author@export.test',
			status: 'in_review',
			skills: ['grief-support', 'termination']
		});

		// Importing an unchanged export changes nothing.
		expect(await data().importScenarios({ document: first })).toEqual({
			created: 0,
			updated: 0,
			unchanged: 2
		});

		const [row] = await database.db
			.select()
			.from(scenarios)
			.where(eq(scenarios.slug, 'export-community'));
		await database.db
			.update(scenarios)
			.set({ title: 'Changed meanwhile', skills: ['active-listening'], estimatedTime: 5 })
			.where(eq(scenarios.id, row.id));
		await database.db.delete(scenarios).where(eq(scenarios.slug, 'export-builtin'));

		const result = await data().importScenarios({ document: JSON.parse(JSON.stringify(first)) });
		expect(result).toEqual({ created: 1, updated: 1, unchanged: 0 });
		const second = await data().exportScenarios();
		expect(withoutDate(second)).toEqual(withoutDate(first));
		const [after] = await database.db
			.select()
			.from(scenarios)
			.where(eq(scenarios.slug, 'export-community'));
		expect(after.id).toBe(row.id);
		expect(after.metadataVersion).toBe(row.metadataVersion + 1);
		const recreated = await database.db
			.select({ id: scenarios.id })
			.from(scenarios)
			.innerJoin(scenarioMetadata, eq(scenarioMetadata.scenarioId, scenarios.id))
			.where(eq(scenarios.slug, 'export-builtin'));
		expect(recreated).toHaveLength(1);
	});

	it('validates the whole file first: one bad scenario imports nothing and is named', async () => {
		const doc = await data().exportScenarios();
		const fresh = { ...doc.scenarios[0], slug: 'brand-new-one', title: 'Brand new' };
		const bad = { ...doc.scenarios[1], estimatedTime: 90, skills: ['no-such-skill'] };
		const error = await data()
			.importScenarios({ document: { ...doc, scenarios: [fresh, bad] } })
			.catch((e) => e);
		expect(error).toMatchObject({ code: 'BAD_REQUEST' });
		expect(error.message).toContain('scenario 2 (export-community)');
		expect(error.cause.details.problems).toHaveLength(1);
		expect(
			await database.db.select().from(scenarios).where(eq(scenarios.slug, 'brand-new-one'))
		).toEqual([]);

		await expect(
			data().importScenarios({ document: { format: 'something-else', scenarios: [] } })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		const unknownAuthor = { ...doc.scenarios[1], authorEmail: 'ghost@nowhere.test' };
		await expect(
			data().importScenarios({ document: { ...doc, scenarios: [unknownAuthor] } })
		).rejects.toThrow(/no account with the e-mail ghost@nowhere.test/);
	});
});

describe.each(ENGINES)('legacy attempt / outcome import on %s', (engine) => {
	let database: TestDatabase;
	let admin: Awaited<ReturnType<typeof makeUser>>;
	let learner: Awaited<ReturnType<typeof makeUser>>;
	let other: Awaited<ReturnType<typeof makeUser>>;
	let a: { id: string; slug: string };
	let b: { id: string; slug: string };
	const data = () => callerAs(database.db, admin).admin.data;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		admin = await makeUser(database.db, { role: 'admin' });
		learner = await makeUser(database.db, { email: 'old-learner@legacy.test' });
		other = await makeUser(database.db);
		a = await makeScenario(database.db, { slug: 'legacy-a' });
		b = await makeScenario(database.db, { slug: 'legacy-b' });
	});
	afterAll(() => database?.destroy());

	const lines = () =>
		[
			{
				table: 'scenario_attempts',
				id: 101,
				userEmail: 'old-learner@legacy.test',
				scenarioSlug: 'legacy-a',
				startedAt: '2025-03-01T10:00:00Z',
				endedAt: '2025-03-01T10:12:00Z'
			},
			{
				table: 'scenario_attempts',
				id: 102,
				userEmail: 'old-learner@legacy.test',
				scenarioSlug: 'legacy-a',
				startedAt: '2025-03-02T10:00:00Z',
				timeSpent: 300
			},
			{
				table: 'scenario_outcomes',
				id: 'o1',
				attemptId: 101,
				userEmail: 'old-learner@legacy.test',
				scenarioSlug: 'legacy-a',
				completed: true,
				saved: true,
				rating: 4,
				review: 'Helped a lot',
				createdAt: '2025-03-01T10:12:00Z'
			},
			{
				table: 'scenario_attempts',
				id: 'x-7',
				userId: other.id,
				scenarioId: b.id,
				startedAt: '2025-04-01T09:00:00Z'
			},
			{
				table: 'scenario_outcomes',
				id: 'o2',
				userId: other.id,
				scenarioId: b.id,
				completed: true,
				saved: false,
				createdAt: '2025-04-02T09:00:00Z'
			},
			{
				table: 'scenario_outcomes',
				id: 'o3',
				userId: learner.id,
				scenarioId: b.id,
				completed: false,
				saved: true,
				createdAt: '2025-04-03T09:00:00Z'
			}
		]
			.map((l) => JSON.stringify(l))
			.join('\n');

	it('refuses a file with any bad line, naming every one, writing nothing', async () => {
		const text = [
			lines(),
			'not json',
			JSON.stringify({
				table: 'scenario_outcomes',
				attemptId: 999,
				userId: other.id,
				scenarioId: b.id,
				completed: true,
				createdAt: '2025-01-01'
			}),
			JSON.stringify({
				table: 'scenario_attempts',
				id: 5,
				userEmail: 'ghost@legacy.test',
				scenarioSlug: 'legacy-a',
				startedAt: '2025-01-01'
			}),
			JSON.stringify({
				table: 'scenario_attempts',
				id: 6,
				userId: other.id,
				scenarioSlug: 'legacy-a',
				startedAt: 'yesterday'
			})
		].join('\n');
		const error = await data()
			.importLegacy({ text })
			.catch((e) => e);
		expect(error).toMatchObject({ code: 'BAD_REQUEST' });
		expect(error.message).toContain('line 7');
		const problems = error.cause.details.problems.map((p: { at: number }) => p.at);
		expect(problems).toEqual([7, 8, 9, 10]);
		expect(await database.db.select().from(scenarioAttempts)).toEqual([]);
		expect(await database.db.select().from(userScenarioProgress)).toEqual([]);
	});

	it('dry-runs, then imports into attempts, progress and exact counters; a second import adds nothing', async () => {
		const dry = await data().importLegacy({ text: lines(), dryRun: true });
		expect(dry).toMatchObject({
			imported: false,
			attempts: 3,
			outcomes: 3,
			completionsWithoutAttempt: 1,
			users: 2,
			scenarios: 2
		});
		expect(await database.db.select().from(scenarioAttempts)).toEqual([]);

		const result = await data().importLegacy({ text: lines() });
		expect(result).toMatchObject({ imported: true, attemptsAdded: 4 });

		const [progressA] = await database.db
			.select()
			.from(userScenarioProgress)
			.where(
				and(eq(userScenarioProgress.userId, learner.id), eq(userScenarioProgress.scenarioId, a.id))
			);
		expect(progressA).toMatchObject({
			timesAttempted: 2,
			timesCompleted: 1,
			totalTimeSpent: 720 + 300,
			isSaved: true,
			userRating: 4,
			reviewText: 'Helped a lot'
		});
		const [savedOnly] = await database.db
			.select()
			.from(userScenarioProgress)
			.where(
				and(eq(userScenarioProgress.userId, learner.id), eq(userScenarioProgress.scenarioId, b.id))
			);
		expect(savedOnly).toMatchObject({ timesAttempted: 0, isSaved: true });
		const [otherB] = await database.db
			.select()
			.from(userScenarioProgress)
			.where(
				and(eq(userScenarioProgress.userId, other.id), eq(userScenarioProgress.scenarioId, b.id))
			);
		// One abandoned legacy attempt plus one completion that had no attempt row.
		expect(otherB).toMatchObject({ timesAttempted: 2, timesCompleted: 1, isSaved: false });

		const [metaA] = await database.db
			.select()
			.from(scenarioMetadata)
			.where(eq(scenarioMetadata.scenarioId, a.id));
		expect(metaA).toMatchObject({
			amountSavedCount: 1,
			totalTimesUsed: 1,
			totalAttempts: 2,
			ratingsCount: 1,
			averageRating: 4,
			completionRate: 0.5
		});
		expect(await findCounterDrift(database.db)).toEqual([]);
		expect(await findProgressDrift(database.db)).toEqual([]);

		const again = await data().importLegacy({ text: lines() });
		expect(again.attemptsAdded).toBe(0);
		expect(await database.db.select().from(scenarioAttempts)).toHaveLength(4);
		expect(await findCounterDrift(database.db)).toEqual([]);
		expect(await findProgressDrift(database.db)).toEqual([]);
	});
});
