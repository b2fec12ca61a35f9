import { eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import { appSettings, featureFlags, scenarios, skillPools, skills } from '../db/schema';
import { recordAudit } from '../services/audit/record';
import { createScenario } from '../services/catalog/create';
import { loadSeedContent } from './load-content';
import { syncRubrics } from './rubrics';
import { syncTracks } from './tracks';
import { seedDemo, type DemoReport } from './demo';
import {
	RETIRED_FEATURE_FLAGS,
	SEED_APP_SETTINGS,
	SEED_FEATURE_FLAGS,
	SEED_SKILL_POOLS,
	SEED_SKILLS
} from './skills';

// Idempotent: every insert skips what already exists, so a second run leaves the same rows
// and never reverts an admin's later edits. The scenarios are the YAML files of content/.

export interface SeedOptions {
	demo: boolean;
	now?: Date;
	log?: (message: string) => void;
}

export interface SeedReport {
	skills: number;
	builtinScenarios: number;
	demo?: DemoReport;
}

export async function seedDatabase(db: Executor, options: SeedOptions): Promise<SeedReport> {
	const now = options.now ?? new Date();
	const log = options.log ?? (() => {});

	const insertedSkills = await db
		.insert(skills)
		.values(SEED_SKILLS.map((s, i) => ({ ...s, sortOrder: (i + 1) * 10 })))
		.onConflictDoNothing()
		.returning({ slug: skills.slug });
	await reconcileFeatureFlags(db);
	await syncSkillPools(db);
	await db
		.insert(appSettings)
		.values(SEED_APP_SETTINGS.map((s) => ({ key: s.key, value: s.value })))
		.onConflictDoNothing();
	log(`skills: ${insertedSkills.length} added`);

	const { builtin, rubrics } = loadSeedContent();
	await syncRubrics(db, rubrics);
	let builtinScenarios = 0;
	for (const [index, seed] of builtin.entries()) {
		const [existing] = await db
			.select({ id: scenarios.id })
			.from(scenarios)
			.where(eq(scenarios.slug, seed.slug))
			.limit(1);
		if (existing) continue;
		// Spread creation dates over the past months so "newest" has an order worth seeing.
		const createdAt = new Date(now.getTime() - (builtin.length - index) * 36 * 3600_000);
		await createScenario(db, seed.content, {
			slug: seed.slug,
			createdByUserId: null,
			status: 'approved',
			approvedAt: createdAt,
			createdAt
		});
		builtinScenarios++;
	}
	log(`built-in scenarios: ${builtinScenarios} added`);
	log(`tracks: ${await syncTracks(db)} added`);

	const report: SeedReport = { skills: insertedSkills.length, builtinScenarios };
	if (options.demo) report.demo = await seedDemo(db, { now, log });
	return report;
}

/**
 * Brings the feature flags to what this release knows, on every start and seed, idempotently:
 * missing flags are added (off), known flags get the current description (admins toggle flags
 * but never edit descriptions, so nothing of theirs is overwritten; `enabled` is kept), and
 * retired flags are deleted with an audit entry by no one (the system). A second run changes
 * nothing.
 */
export async function reconcileFeatureFlags(db: Executor) {
	const upserted = await db
		.insert(featureFlags)
		.values([...SEED_FEATURE_FLAGS])
		.onConflictDoUpdate({
			target: featureFlags.key,
			set: { description: sql`excluded.description` },
			setWhere: sql`${featureFlags.description} is distinct from excluded.description`
		})
		.returning({ key: featureFlags.key });
	const retired = await db
		.delete(featureFlags)
		.where(inArray(featureFlags.key, [...RETIRED_FEATURE_FLAGS]))
		.returning();
	for (const flag of retired) {
		await recordAudit(db, {
			actorId: null,
			action: 'flag.retire',
			entityType: 'feature_flag',
			entityId: flag.key,
			before: { enabled: flag.enabled, description: flag.description }
		});
	}
	return { updated: upserted.map((f) => f.key), retired: retired.map((f) => f.key) };
}

/**
 * Seed 001's pools, idempotently on every start: the five pools go in once, when the table is
 * empty (so a pool an admin renamed is not added again under its seed name), and a seeded skill
 * that has no pool yet is placed in its seed pool if that pool still exists by name. A second
 * run changes nothing; nothing an admin changed is undone.
 */
export async function syncSkillPools(db: Executor) {
	const [{ n }] = await queryRows<{ n: number }>(
		db,
		sql`select count(*)::int as n from skill_pools`
	);
	const added =
		Number(n) > 0
			? []
			: await db
					.insert(skillPools)
					.values(
						SEED_SKILL_POOLS.map((p, i) => ({
							name: p.name,
							description: p.description,
							sortOrder: (i + 1) * 10
						}))
					)
					.onConflictDoNothing({ target: skillPools.name })
					.returning({ name: skillPools.name });
	// One statement for all seeded skills (it runs on every start): skill → its seed pool's name.
	const pairs = SEED_SKILL_POOLS.flatMap((pool) =>
		pool.skills.map((skill) => sql`(${skill}, ${pool.name})`)
	);
	const moved = await queryRows<{ slug: string }>(
		db,
		sql`update skills s set pool_id = p.id
			from (values ${sql.join(pairs, sql`, `)}) as seed(slug, pool_name)
				join skill_pools p on p.name = seed.pool_name
			where s.slug = seed.slug and s.pool_id is null
			returning s.slug`
	);
	const placed = moved.length;
	return { added: added.map((p) => p.name), placed };
}
