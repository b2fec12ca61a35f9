import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/lib/server/db/client';
import { loadSeedContent } from '../../src/lib/server/bootstrap/load-content';
import { seedDatabase } from '../../src/lib/server/bootstrap/seed';
import {
	findCounterDrift,
	findProgressDrift,
	findUnknownSkills
} from '../../src/lib/server/services/progress/verify';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';

const COUNTED = [
	'skills',
	'scenarios',
	'scenario_metadata',
	'users',
	'user_scenario_progress',
	'scenario_attempts',
	'scenario_reviews',
	'feature_flags',
	'app_settings',
	'tracks',
	'track_items'
];

async function counts(database: TestDatabase) {
	const rows = await queryRows<Record<string, number>>(
		database.db,
		sql.raw(`select ${COUNTED.map((t) => `(select count(*)::int from ${t}) as ${t}`).join(', ')}`)
	);
	return rows[0];
}

describe.each(ENGINES)('seed on %s', (engine) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
	});
	afterAll(() => database?.destroy());

	it('seeds the taxonomy, content and demo data, and a second run changes nothing', async () => {
		await database.db.transaction((tx) => seedDatabase(tx, { demo: true }));
		const first = await counts(database);
		expect(first.skills).toBe(15);
		expect(first.scenarios).toBeGreaterThanOrEqual(64 + 8);
		expect(first.scenario_metadata).toBe(first.scenarios);
		expect(first.user_scenario_progress).toBeGreaterThan(100);
		// tracks.yaml: three tracks, every slug in it a built-in scenario.
		expect(first.tracks).toBe(3);
		expect(first.track_items).toBe(36);
		await database.db.transaction((tx) => seedDatabase(tx, { demo: true }));
		expect(await counts(database)).toEqual(first);
	});

	it('leaves every counter consistent with its rows and every skill known', async () => {
		expect(await findCounterDrift(database.db)).toEqual([]);
		expect(await findProgressDrift(database.db)).toEqual([]);
		expect(await findUnknownSkills(database.db)).toEqual([]);
	});

	it('rates only what the rater started: every demo rating comes with an attempt', async () => {
		const unstarted = await queryRows<{ user_id: string; scenario_id: string }>(
			database.db,
			sql`select p.user_id, p.scenario_id from user_scenario_progress p
				where p.user_rating is not null and (p.times_attempted = 0 or not exists (
					select 1 from scenario_attempts a
					where a.user_id = p.user_id and a.scenario_id = p.scenario_id))`
		);
		expect(unstarted).toEqual([]);
	});

	it('gives every crowd review its own text, written for that scenario and number of stars', async () => {
		const rows = await queryRows<{ slug: string; stars: number; text: string }>(
			database.db,
			sql`select s.slug, p.user_rating as stars, p.review_text as text
				from user_scenario_progress p join scenarios s on s.id = p.scenario_id
				where p.review_text is not null`
		);
		expect(rows.length).toBeGreaterThan(40);
		expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
		const { crowdReviews } = loadSeedContent();
		const misplaced = rows.filter((r) => {
			const stars = String(r.stars) as keyof typeof crowdReviews.any;
			const own = crowdReviews.scenarios[r.slug]?.[stars] ?? [];
			return !own.includes(r.text) && !(crowdReviews.any[stars] ?? []).includes(r.text);
		});
		expect(misplaced).toEqual([]);
	});

	it('adds the missing content warnings to a database seeded before they were in the files (0004)', async () => {
		const slugs = ['crisis-stop-lithium-songwriter-chat', 'quest-the-inner-critic-courtroom'];
		const warningsOf = async () =>
			queryRows<{ slug: string; content_warnings: string[] }>(
				database.db,
				sql`select slug, content_warnings from scenarios where slug in ${slugs} order by slug`
			);
		const seeded = await warningsOf();
		expect(seeded.map((r) => r.content_warnings)).toEqual([
			['suicide'],
			expect.arrayContaining(['self-harm', 'bullying'])
		]);
		// As an older seed left them: without the warnings the files gained in issue 12, plus one an
		// admin added since, which the fix keeps.
		await database.db.execute(
			sql`update scenarios set content_warnings = case slug
				when 'crisis-stop-lithium-songwriter-chat' then array['firearms']
				else array(select w from unnest(content_warnings) w where w not in ('self-harm', 'bullying'))
				end where slug in ${slugs}`
		);
		const migration = readFileSync('drizzle/0004_seed_content_warnings.sql', 'utf8');
		await database.db.execute(sql.raw(migration));
		const fixed = await warningsOf();
		expect(fixed[0].content_warnings).toEqual(['firearms', 'suicide']);
		expect([...fixed[1].content_warnings].sort()).toEqual([...seeded[1].content_warnings].sort());
		// Running it again changes nothing.
		await database.db.execute(sql.raw(migration));
		expect(await warningsOf()).toEqual(fixed);
	});

	it('covers what the product needs: skills, difficulties, modes, times, kinds and review states', async () => {
		const [row] = await queryRows<Record<string, unknown>>(
			database.db,
			sql`select
				(select count(distinct skill)::int from scenarios, unnest(skills) skill) as skills,
				(select array_agg(distinct difficulty::text) from scenarios) as difficulties,
				(select array_agg(distinct mode::text) from scenarios) as modes,
				(select min(estimated_time) from scenarios) as min_time,
				(select max(estimated_time) from scenarios) as max_time,
				(select count(*)::int from scenarios where is_one_time) as one_time,
				(select count(*)::int from scenarios where category not in ('therapeutic_quest', 'language_roleplay') and created_by_user_id is null) as crisis,
				(select count(*)::int from scenarios where category = 'therapeutic_quest' and created_by_user_id is null) as quests,
				(select count(*)::int from scenarios where category = 'language_roleplay' and created_by_user_id is null) as language,
				(select array_agg(distinct status::text) from scenarios where created_by_user_id is not null) as community_states,
				(select count(*)::int from scenarios where created_by_user_id is null and status <> 'approved') as unapproved_builtin`
		);
		expect(row.skills).toBe(15);
		expect([...(row.difficulties as string[])].sort()).toEqual([
			'advanced',
			'beginner',
			'intermediate'
		]);
		expect([...(row.modes as string[])].sort()).toEqual(['chat', 'phone']);
		expect(row.min_time).toBe(5);
		expect(row.max_time).toBe(60);
		expect(row.one_time).toBeGreaterThanOrEqual(2);
		expect(row.crisis).toBeGreaterThanOrEqual(42);
		expect(row.quests).toBeGreaterThanOrEqual(12);
		expect(row.language).toBeGreaterThanOrEqual(10);
		expect(row.community_states).toEqual(
			expect.arrayContaining(['draft', 'in_review', 'changes_requested', 'approved'])
		);
		expect(row.unapproved_builtin).toBe(0);
	});
});
