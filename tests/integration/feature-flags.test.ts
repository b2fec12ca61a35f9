import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/lib/server/bootstrap/prepare';
import { RETIRED_FEATURE_FLAGS, SEED_FEATURE_FLAGS } from '../../src/lib/server/bootstrap/skills';
import { auditLog, featureFlags } from '../../src/lib/server/db/schema';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertSkills } from '../support/factories';

// Feature flags follow the release on every start, in databases seeded by an older one: the
// retired leaderboard flag is deleted (audited), descriptions are rewritten in plain words,
// and what admins switched on stays on. Seeds are insert-if-missing, so only this brings
// existing rows up to date.

/** The rows an older release seeded, with an admin's toggles since. */
const OLD_FLAGS = [
	{
		key: 'token_planning_v1',
		description: 'Token + flow planning mode for scenarios (seed 001).',
		enabled: true
	},
	{
		key: 'studio_ai_assist',
		description: 'Drafting help in the authoring studio.',
		enabled: false
	},
	{
		key: 'progress_leaderboard',
		description: 'A leaderboard of completions on the progress page.',
		enabled: true
	}
];

describe('the seeded flags', () => {
	it('are described in plain words, and the leaderboard is gone for good', () => {
		for (const flag of SEED_FEATURE_FLAGS) {
			expect(flag.description, flag.key).not.toMatch(/\bseed\b|\d{3}/i);
			expect(flag.description.length, flag.key).toBeGreaterThan(40);
		}
		const keys: string[] = SEED_FEATURE_FLAGS.map((f) => f.key);
		expect(keys).toContain('token_planning_v1');
		expect(keys).not.toContain('progress_leaderboard');
		expect(RETIRED_FEATURE_FLAGS).toContain('progress_leaderboard');
	});
});

describe.each(ENGINES)('feature flags of an existing database on %s', (engine) => {
	let database: TestDatabase;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		// Seeded before (skills exist, so start-up will not seed again), by the older release.
		await insertSkills(database.db);
		await database.db.insert(featureFlags).values(OLD_FLAGS);
	});
	afterAll(() => database?.destroy());

	const start = () => prepareDatabase(database, { url: database.url, log: () => {} });
	const flags = () => database.db.select().from(featureFlags).orderBy(featureFlags.key);
	const retirements = () =>
		database.db.select().from(auditLog).where(eq(auditLog.action, 'flag.retire'));

	it('on start: deletes the retired flag (audited), rewrites descriptions, keeps toggles', async () => {
		expect(await start()).toEqual({ seeded: false });
		const rows = await flags();
		expect(rows.map((f) => f.key)).toEqual(['studio_ai_assist', 'token_planning_v1']);
		for (const row of rows) {
			const seeded = SEED_FEATURE_FLAGS.find((f) => f.key === row.key)!;
			expect(row.description).toBe(seeded.description);
		}
		// An admin's switch is theirs: the start-up only touched the words.
		expect(rows.find((f) => f.key === 'token_planning_v1')!.enabled).toBe(true);
		expect(rows.find((f) => f.key === 'studio_ai_assist')!.enabled).toBe(false);
		expect(await retirements()).toMatchObject([
			{
				actorId: null,
				entityType: 'feature_flag',
				entityId: 'progress_leaderboard',
				before: { enabled: true }
			}
		]);
	});

	it('a second start changes nothing and records nothing', async () => {
		const before = await flags();
		await start();
		expect(await flags()).toEqual(before);
		expect(await retirements()).toHaveLength(1);
	});

	it('adds a flag of this release that the database lacks, switched off', async () => {
		await database.db.delete(featureFlags).where(eq(featureFlags.key, 'studio_ai_assist'));
		await start();
		expect((await flags()).find((f) => f.key === 'studio_ai_assist')).toMatchObject({
			enabled: false,
			description: SEED_FEATURE_FLAGS.find((f) => f.key === 'studio_ai_assist')!.description
		});
	});
});
