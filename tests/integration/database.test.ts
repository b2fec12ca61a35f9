import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/lib/server/db/client';
import { migrationStatus, runMigrations } from '../../src/lib/server/db/migrate';
import {
	scenarioMetadata,
	scenarios,
	userScenarioProgress,
	scenarioReviews
} from '../../src/lib/server/db/schema';
import { fromDatabaseError } from '../../src/lib/server/errors';
import { createScenario } from '../../src/lib/server/services/catalog/create';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertSkills, makeScenario, makeUser, scenarioContent } from '../support/factories';

const TABLES = [
	'scenarios',
	'scenario_metadata',
	'user_scenario_progress',
	'scenario_attempts',
	'skills',
	'scenario_reviews',
	'users',
	'sessions',
	'api_keys',
	'audit_log',
	'feature_flags',
	'metadata_proposals'
];

/** Runs `run` and returns the error the database raised, mapped as the app maps it. */
async function rejection(run: () => Promise<unknown>) {
	try {
		await run();
	} catch (error) {
		return { raw: error as { code?: string }, mapped: fromDatabaseError(error) };
	}
	throw new Error('expected the database to reject this');
}

describe.each(ENGINES)('database on %s', (engine) => {
	let database: TestDatabase;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
	});
	afterAll(() => database?.destroy());

	it('migrates an empty database to every table of the product', async () => {
		const rows = await queryRows<{ table_name: string }>(
			database.db,
			sql`select table_name from information_schema.tables where table_schema = 'public'`
		);
		const names = rows.map((r) => r.table_name);
		for (const table of TABLES) expect(names).toContain(table);
		const status = await migrationStatus(database);
		expect(status.applied).toBe(status.available);
	});

	it('applies migrations idempotently', async () => {
		await runMigrations(database, database.url);
		const status = await migrationStatus(database);
		expect(status.applied).toBe(status.available);
	});

	it('creates a scenario and its metadata row together', async () => {
		const { id } = await makeScenario(database.db);
		const rows = await database.db
			.select()
			.from(scenarioMetadata)
			.where(sql`scenario_id = ${id}`);
		expect(rows).toHaveLength(1);
		expect(rows[0].amountSavedCount).toBe(0);
		expect(rows[0].averageRating).toBeNull();
	});

	it('rolls the scenario back when its metadata row cannot be written', async () => {
		const before = await queryRows<{ n: number }>(
			database.db,
			sql`select count(*)::int as n from scenarios`
		);
		const failing = createScenario(database.db, scenarioContent({ skills: ['no-such-skill'] }), {
			slug: 'never-created',
			createdByUserId: null,
			status: 'draft'
		});
		await expect(failing).rejects.toThrow(/Unknown skill: no-such-skill/);
		const after = await queryRows<{ n: number }>(
			database.db,
			sql`select count(*)::int as n from scenarios`
		);
		expect(after[0].n).toBe(before[0].n);
	});

	it('rejects an estimated time outside 5..60 with a clear error', async () => {
		const { raw, mapped } = await rejection(() =>
			database.db
				.insert(scenarios)
				.values({ slug: 'too-short', title: 'Too short', estimatedTime: 4 })
		);
		expect(raw.code ?? (raw as { cause?: { code?: string } }).cause?.code).toBe('23514');
		expect(mapped?.code).toBe('BAD_REQUEST');
		expect(mapped?.message).toMatch(/scenarios_estimated_time_range/);
	});

	it('rejects a rating outside 1..5', async () => {
		const user = await makeUser(database.db);
		const { id } = await makeScenario(database.db);
		const { mapped } = await rejection(() =>
			database.db
				.insert(userScenarioProgress)
				.values({ userId: user.id, scenarioId: id, userRating: 6 })
		);
		expect(mapped?.code).toBe('BAD_REQUEST');
		expect(mapped?.message).toMatch(/progress_rating_range/);
	});

	it('rejects a review score outside 1..5', async () => {
		const reviewer = await makeUser(database.db, { role: 'reviewer' });
		const { id } = await makeScenario(database.db);
		const { mapped } = await rejection(() =>
			database.db.insert(scenarioReviews).values({
				scenarioId: id,
				scenarioVersion: 1,
				reviewerId: reviewer.id,
				emotionalSafetyScore: 0,
				therapeuticCorrectnessScore: 3,
				ageAppropriatenessScore: 3,
				revealTimingScore: 3,
				decision: 'approved'
			})
		);
		expect(mapped?.code).toBe('BAD_REQUEST');
	});

	it('rejects a value outside an enum and a duplicate slug', async () => {
		const bad = await rejection(() =>
			database.db.execute(
				sql`insert into scenarios (slug, title, difficulty) values ('x-enum', 'X', 'expert')`
			)
		);
		expect(bad.mapped?.code).toBe('BAD_REQUEST');
		const { slug } = await makeScenario(database.db);
		const duplicate = await rejection(() => makeScenario(database.db, { slug }));
		expect(duplicate.mapped?.code).toBe('CONFLICT');
	});

	it('cascades a scenario delete to its metadata and progress', async () => {
		const user = await makeUser(database.db);
		const { id } = await makeScenario(database.db);
		await database.db
			.insert(userScenarioProgress)
			.values({ userId: user.id, scenarioId: id, isSaved: true });
		await database.db.delete(scenarios).where(sql`id = ${id}`);
		const left = await queryRows<{ n: number }>(
			database.db,
			sql`select (select count(*) from scenario_metadata where scenario_id = ${id}) + (select count(*) from user_scenario_progress where scenario_id = ${id}) as n`
		);
		expect(Number(left[0].n)).toBe(0);
	});
});
