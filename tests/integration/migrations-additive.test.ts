import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../src/lib/server/db/client';
import { migrationStatus, runMigrations } from '../../src/lib/server/db/migrate';
import { ENGINES, type TestDatabase } from '../support/db';
import {
	appliedMigrations,
	createEmptyTestDatabase,
	folderMigrations,
	migrateFrom,
	readJournal,
	releaseMigrations,
	rowCounts,
	rowLosses,
	schemaLosses,
	snapshotRows,
	snapshotSchema,
	type ReleaseMigrations,
	type RowsSnapshot,
	type SchemaSnapshot
} from '../support/migrations';

// Seed 001's rule: a migration is additive, it never loses an existing row or column. A
// database of the previous release (built by that release's migrations alone, with rows in
// every table) is upgraded by the current migrations folder, and every table, column (with its
// type), row count and row value it had must still be there.

/**
 * The last migration of the release in production. Every migration after it in the journal is
 * checked here. Move it forward when a release ships, and extend PREVIOUS_RELEASE_ROWS to give
 * the tables that release added rows (the test below fails until every table has one).
 */
const PREVIOUS_RELEASE_LAST_TAG = '0007_cohorts';

const LEARNER = '00000000-0000-4000-8000-000000000001';
const REVIEWER = '00000000-0000-4000-8000-000000000002';
const ADMIN = '00000000-0000-4000-8000-000000000003';
const SCENARIO = '00000000-0000-4000-8000-000000000101';
const DRAFT = '00000000-0000-4000-8000-000000000102';
const REVISION = '00000000-0000-4000-8000-000000000201';
const FINISHED_ATTEMPT = '00000000-0000-4000-8000-000000000301';
const OPEN_ATTEMPT = '00000000-0000-4000-8000-000000000302';
const PERSONA_TURN = '00000000-0000-4000-8000-000000000401';
const CHOICE_TURN = '00000000-0000-4000-8000-000000000402';
const AUTOMATIC_RUN = '00000000-0000-4000-8000-000000000501';
const SUPERVISOR_RUN = '00000000-0000-4000-8000-000000000502';
const ANSWERED_REQUEST = '00000000-0000-4000-8000-000000000601';
const POOL = '00000000-0000-4000-8000-000000000701';
const COHORT = '00000000-0000-4000-8000-000000000702';
const T = (minute: number) => `'2030-01-02T03:${String(minute).padStart(2, '0')}:00Z'`;

/**
 * Rows for every table of the previous release's schema, in plain SQL: the seed and factories
 * write through the current schema, which an older database may not have. Nullable columns get
 * values where the table's checks allow, so a changed type or value shows.
 */
const PREVIOUS_RELEASE_ROWS = [
	`insert into users (id, email, display_name, password_hash, role, disabled_at, created_at, updated_at, email_verified_at) values
		('${LEARNER}', 'learner@example.test', 'Lee Learner', 'scrypt$learner', 'learner', null, ${T(0)}, ${T(1)}, ${T(2)}),
		('${REVIEWER}', 'reviewer@example.test', 'Rae Reviewer', 'scrypt$reviewer', 'reviewer', null, ${T(0)}, ${T(1)}, null),
		('${ADMIN}', 'admin@example.test', 'Ada Admin', 'scrypt$admin', 'admin', ${T(3)}, ${T(0)}, ${T(1)}, ${T(2)})`,
	`insert into sessions (id, user_id, created_at, expires_at, last_seen_at, user_agent) values
		('session-hash-1', '${LEARNER}', ${T(4)}, '2030-02-01T00:00:00Z', ${T(5)}, 'Fixture/1.0')`,
	`insert into skills (slug, name, description, is_active, sort_order, created_at, updated_at) values
		('active-listening', 'Active listening', 'Reflects back what was heard', true, 10, ${T(0)}, ${T(1)}),
		('retired-skill', 'Retired skill', '', false, 20, ${T(0)}, ${T(1)})`,
	`insert into scenarios (id, slug, title, description, instructions, context, expected_outcome,
			learning_goal, learning_objectives, persona, comfort_indicators, mode, category, skills,
			difficulty, estimated_time, psychological_module, age_range, cefr_level, content_warnings,
			steps, is_one_time, created_by_user_id, visibility, status, version, is_active,
			metadata_version, submitted_at, approved_at, created_at, updated_at, state_variables,
			rubric_key) values
		('${SCENARIO}', 'migration-fixture-call', 'A caller after a long week', 'A tired caller',
			'Listen first', 'Late evening line', 'The caller feels heard', 'Reflective listening',
			'["Reflect feelings"]', '{"name":"Sam","age":34}', '{"calm":["slower speech"]}', 'chat',
			'crisis', '{active-listening}', 'beginner', 10, 'validation', '25-40', 'B1',
			'{death-and-grief}', '[{"id":"start","text":"Hello?"}]', false, '${ADMIN}', 'public',
			'approved', 2, true, 3, ${T(6)}, ${T(7)}, ${T(0)}, ${T(8)},
			'[{"key":"trust","initial":1}]', 'crisis-core')`,
	`insert into scenarios (id, slug, title, created_by_user_id, created_at, updated_at) values
		('${DRAFT}', 'migration-fixture-draft', 'A draft', '${LEARNER}', ${T(0)}, ${T(1)})`,
	`insert into scenario_metadata (scenario_id, amount_saved_count, total_times_used, total_attempts,
			ratings_count, rating_sum, finished_attempts, time_spent_sum, trending_log, last_activity_at,
			created_at, updated_at) values
		('${SCENARIO}', 1, 1, 2, 2, 7, 1, 300, 1.5, ${T(9)}, ${T(0)}, ${T(9)}),
		('${DRAFT}', 0, 0, 1, 0, 0, 0, 0, -1000000000, null, ${T(0)}, ${T(1)})`,
	`insert into scenario_revisions (id, scenario_id, author_id, base_version, content, status,
			submitted_at, decided_at, created_at, updated_at, base_metadata_version) values
		('${REVISION}', '${SCENARIO}', '${ADMIN}', 2, '{"title":"A caller after a long week, revised"}',
			'in_review', ${T(10)}, null, ${T(9)}, ${T(10)}, 3)`,
	`insert into scenario_attempts (id, user_id, scenario_id, started_at, finished_at, outcome,
			time_spent, current_step, steps_visited, reflection, active_seconds, last_active_at, state) values
		('${FINISHED_ATTEMPT}', '${LEARNER}', '${SCENARIO}', ${T(11)}, ${T(16)}, 'completed', 300,
			'end', 3, 'I slowed down', 250, ${T(16)}, '{"trust":3}'),
		('${OPEN_ATTEMPT}', '${LEARNER}', '${DRAFT}', ${T(17)}, null, null, null, 'start', 1, null, 20,
			${T(18)}, '{}')`,
	`insert into user_scenario_progress (user_id, scenario_id, is_saved, saved_at, times_completed,
			times_attempted, last_attempt_at, last_completed_at, current_step, total_time_spent,
			user_rating, review_text, rated_at, user_notes, created_at, updated_at, review_hidden_at) values
		('${LEARNER}', '${SCENARIO}', true, ${T(11)}, 1, 1, ${T(11)}, ${T(16)}, null, 300, 4,
			'Felt real', ${T(19)}, 'Try a softer opening', ${T(11)}, ${T(19)}, null),
		('${REVIEWER}', '${SCENARIO}', false, null, 0, 1, ${T(12)}, null, 'start', 0, 3, 'Rude words',
			${T(20)}, null, ${T(12)}, ${T(21)}, ${T(21)}),
		('${LEARNER}', '${DRAFT}', false, null, 0, 1, ${T(17)}, null, 'start', 0, null, null, null,
			null, ${T(17)}, ${T(18)}, null)`,
	`insert into review_claims (scenario_id, reviewer_id, claimed_at, expires_at) values
		('${SCENARIO}', '${REVIEWER}', ${T(22)}, ${T(52)})`,
	`insert into scenario_reviews (id, scenario_id, scenario_version, revision_id, reviewer_id,
			emotional_safety_score, therapeutic_correctness_score, age_appropriateness_score,
			reveal_timing_score, strengths, concerns, recommendations, decision, created_at,
			confirmed_warnings) values
		('00000000-0000-4000-8000-000000000701', '${SCENARIO}', 2, '${REVISION}', '${REVIEWER}', 4, 5,
			3, 4, 'Warm persona', 'Long opening', 'Trim step one', 'approved', ${T(23)}, '{death-and-grief}')`,
	`insert into api_keys (id, name, prefix, key_hash, created_by_user_id, rate_limit_per_minute,
			created_at, last_used_at, revoked_at) values
		('00000000-0000-4000-8000-000000000801', 'Partner', 'shk_fixture', 'hash-of-key', '${ADMIN}',
			120, ${T(24)}, ${T(25)}, ${T(26)})`,
	`insert into app_settings (key, value, updated_at) values
		('fixture.setting', '{"enabled":true,"limit":3}', ${T(27)})`,
	`insert into audit_log (actor_id, action, entity_type, entity_id, before, after, undone_at, at) values
		('${ADMIN}', 'scenario.update', 'scenario', '${SCENARIO}', '{"title":"Old"}',
			'{"title":"A caller after a long week"}', null, ${T(28)}),
		(null, 'flag.toggle', 'feature_flag', 'fixture-flag', '{"enabled":false}', '{"enabled":true}',
			${T(30)}, ${T(29)})`,
	`insert into feature_flags (key, enabled, description, updated_at) values
		('fixture-flag', true, 'A flag of the fixture', ${T(29)})`,
	`insert into metadata_proposals (id, scenario_id, proposed_skills, proposed_difficulty,
			proposed_estimated_time, base_metadata_version, status, decided_by_user_id, decided_at,
			created_at) values
		('00000000-0000-4000-8000-000000000901', '${SCENARIO}', '{active-listening}', 'advanced', 20,
			3, 'accepted', '${ADMIN}', ${T(31)}, ${T(30)})`,
	`insert into notifications (id, user_id, kind, title, body, link, read_at, created_at) values
		('00000000-0000-4000-8000-000000001001', '${LEARNER}', 'review', 'A new review', 'Read it',
			'/scenarios/migration-fixture-call', ${T(33)}, ${T(32)})`,
	`insert into rate_limit_buckets (key, window_start, count) values
		('sign-in:fixture', ${T(34)}, 3)`,
	`insert into account_tokens (id, user_id, purpose, email, created_at, expires_at, used_at) values
		('token-hash-1', '${LEARNER}', 'password_reset', 'learner@example.test', ${T(35)}, ${T(55)},
			${T(36)})`,
	`insert into sign_in_pairs (user_id, address_hash, failures, last_failure_at, last_success_at) values
		('${LEARNER}', 'address-hash', 2, ${T(37)}, ${T(38)})`,
	`insert into review_reports (id, scenario_id, review_author_id, reporter_id, reason, created_at,
			resolved_at, resolved_by, resolution) values
		('00000000-0000-4000-8000-000000001101', '${SCENARIO}', '${REVIEWER}', '${LEARNER}',
			'Insulting', ${T(39)}, ${T(40)}, '${ADMIN}', 'hidden')`,
	`insert into mail_outbox (id, to_address, subject, text_body, purpose, created_at, sent_at, error) values
		('00000000-0000-4000-8000-000000001201', 'learner@example.test', 'Reset your password',
			'Follow the link', 'password_reset', ${T(35)}, ${T(36)}, null),
		('00000000-0000-4000-8000-000000001202', 'reviewer@example.test', 'News', 'Hello',
			'notification', ${T(41)}, null, 'connection refused')`,
	`insert into rubrics (key, title, audience, description, sort_order) values
		('crisis-core', 'Crisis line core skills', 'volunteers', 'What a first call needs', 10)`,
	`insert into rubric_criteria (rubric_key, key, title, description, levels, skills, sources,
			hint_weights, sort_order) values
		('crisis-core', 'empathy', 'Empathy', 'Names the feeling', '[{"level":1,"text":"Misses"}]',
			'{active-listening}', '[{"title":"Handbook"}]', '[{"hint":"feeling","weight":2}]', 10)`,
	`insert into attempt_turns (id, attempt_id, seq, step_id, kind, text, choice_index, state_after,
			evidence, hints, created_at) values
		('${PERSONA_TURN}', '${FINISHED_ATTEMPT}', 1, 'start', 'persona', 'Hello?', null, '{"trust":1}',
			'[]', '[]', ${T(12)}),
		('${CHOICE_TURN}', '${FINISHED_ATTEMPT}', 2, 'start', 'choice', 'It sounds heavy', 0,
			'{"trust":2}', '[{"criterion":"empathy"}]', '[{"kind":"feeling"}]', ${T(13)})`,
	`insert into evaluation_runs (id, attempt_id, kind, rubric_key, status, summary, error,
			created_at, finished_at, scored_by) values
		('${AUTOMATIC_RUN}', '${FINISHED_ATTEMPT}', 'automatic', 'crisis-core', 'succeeded',
			'{"overall":3}', null, ${T(16)}, ${T(16)}, null),
		('${SUPERVISOR_RUN}', '${FINISHED_ATTEMPT}', 'supervisor', 'crisis-core', 'succeeded',
			'{"overall":2}', null, ${T(42)}, ${T(43)}, '${REVIEWER}')`,
	`insert into rubric_scores (run_id, criterion_key, score, rationale, evidence) values
		('${AUTOMATIC_RUN}', 'empathy', 3, 'Named the feeling once', '[{"turn":2}]')`,
	`insert into feedback_requests (id, attempt_id, learner_id, purpose, calibrates, note, status,
			claimed_by, claimed_until, run_id, answered_by, created_at, answered_at, withdrawn_at) values
		('${ANSWERED_REQUEST}', '${FINISHED_ATTEMPT}', '${LEARNER}', 'learner', null, 'Was I too fast?',
			'answered', '${REVIEWER}', ${T(44)}, '${SUPERVISOR_RUN}', '${REVIEWER}', ${T(41)}, ${T(43)},
			null),
		('00000000-0000-4000-8000-000000000602', '${FINISHED_ATTEMPT}', '${LEARNER}', 'calibration',
			'${ANSWERED_REQUEST}', '', 'claimed', '${REVIEWER}', ${T(59)}, null, null, ${T(45)}, null, null)`,
	`insert into turn_comments (run_id, turn_id, text, created_at) values
		('${SUPERVISOR_RUN}', '${CHOICE_TURN}', 'Good reflection', ${T(43)})`,
	// 0007_cohorts: its tables, and non-default values in the columns it added
	`update users set is_coordinator = true where id = '${REVIEWER}'`,
	`insert into skill_pools (id, name, description, is_active, sort_order, created_at, updated_at) values
		('${POOL}', 'Engagement', 'Opening and rapport', true, 10, ${T(46)}, ${T(47)})`,
	`update skills set pool_id = '${POOL}' where slug = 'active-listening'`,
	`update scenarios set planning_mode = 'token' where id = '${SCENARIO}'`,
	`insert into cohorts (id, name, description, starts_on, ends_on, created_by, invite_code_hash,
			invite_expires_at, archived_at, created_at, updated_at) values
		('${COHORT}', 'Evening volunteers', 'Spring intake', '2030-01-01', '2030-03-01', '${REVIEWER}',
			'hmac-of-invite', ${T(50)}, null, ${T(46)}, ${T(47)})`,
	`insert into cohort_members (cohort_id, user_id, role, joined_at, consent_at, consent_version,
			consent_withdrawn_at) values
		('${COHORT}', '${REVIEWER}', 'coordinator', ${T(46)}, null, null, null),
		('${COHORT}', '${LEARNER}', 'trainee', ${T(47)}, ${T(47)}, 1, ${T(48)})`,
	`insert into assignments (id, cohort_id, scenario_id, due_at, required, min_level, created_by,
			created_at) values
		('00000000-0000-4000-8000-000000000703', '${COHORT}', '${SCENARIO}', ${T(55)}, false, 3,
			'${REVIEWER}', ${T(48)})`,
	`insert into token_calibrations (id, skill_pool_id, tokens_per_hour, effective_date, notes,
			created_at, updated_at) values
		('00000000-0000-4000-8000-000000000704', '${POOL}', 1.5, '2030-01-15', 'Winter rate', ${T(49)}, ${T(49)})`,
	`insert into token_demands (id, cohort_id, skill_pool_id, tokens_p50, tokens_p90, notes,
			created_at, updated_at) values
		('00000000-0000-4000-8000-000000000705', '${COHORT}', '${POOL}', 2.5, 4, 'Two calls each',
			${T(49)}, ${T(49)})`,
	`insert into token_supplies (id, scenario_id, skill_pool_id, tokens, notes, created_at, updated_at) values
		('00000000-0000-4000-8000-000000000706', '${SCENARIO}', '${POOL}', 0.75, 'Measured', ${T(49)}, ${T(49)})`
];

describe.each(ENGINES)('migrations after the previous release on %s', (engine) => {
	let release: ReleaseMigrations;
	let database: TestDatabase;
	let schemaBefore: SchemaSnapshot;
	let rowsBefore: RowsSnapshot;
	let schemaAfter: SchemaSnapshot;
	let rowsAfter: RowsSnapshot;

	beforeAll(async () => {
		release = releaseMigrations(PREVIOUS_RELEASE_LAST_TAG);
		database = await createEmptyTestDatabase(engine);
		await migrateFrom(database, release.folder);
		for (const statement of PREVIOUS_RELEASE_ROWS) await database.db.execute(sql.raw(statement));
		schemaBefore = await snapshotSchema(database.db);
		rowsBefore = await snapshotRows(database.db, schemaBefore);
		// The current folder, through the app's own migration path, on the same database.
		await runMigrations(database, database.url);
		schemaAfter = await snapshotSchema(database.db);
		rowsAfter = await snapshotRows(database.db, schemaBefore);
	});
	afterAll(async () => {
		await database?.destroy();
		release?.remove();
	});

	it('builds the previous release from its migrations alone, with rows in every table', () => {
		expect(release.shipped.at(-1)?.tag).toBe(PREVIOUS_RELEASE_LAST_TAG);
		const tables = Object.keys(schemaBefore);
		expect(tables.length).toBeGreaterThan(0);
		// A table left empty would let a migration drop or rewrite its rows unnoticed.
		const empty = tables.filter((table) => (rowsBefore[table]?.length ?? 0) === 0);
		expect(empty, 'tables of the previous release without fixture rows').toEqual([]);
	});

	it('applies exactly the migrations after the previous release', async () => {
		const current = readJournal(migrationsFolder());
		// Drizzle applies a migration only if its `when` is later than the last one recorded: one
		// dated earlier than the previous release's last would never run on production.
		const outOfOrder = current.entries
			.filter((entry, i) => i > 0 && entry.when <= current.entries[i - 1].when)
			.map((entry) => `${entry.tag}: its journal \`when\` is not after the migration before it`);
		expect(outOfOrder).toEqual([]);
		expect(current.entries.map((entry) => entry.tag)).toEqual(
			[...release.shipped, ...release.newer].map((entry) => entry.tag)
		);
		// `newer` is empty while nothing has been added since the release: then the upgrade is a
		// no-op and the comparisons below check that it changed nothing. Either way the database
		// must now hold exactly the folder's migrations, each recorded once with its file's hash.
		expect(await appliedMigrations(database.db)).toEqual(folderMigrations(migrationsFolder()));
		const status = await migrationStatus(database);
		expect(status.applied).toBe(status.available);
		expect(status.applied).toBe(release.shipped.length + release.newer.length);
	});

	it('keeps every table and column of the previous release, with its type', () => {
		expect(schemaLosses(schemaBefore, schemaAfter)).toEqual([]);
	});

	it('keeps the row count of every table of the previous release', () => {
		expect(rowCounts(rowsAfter)).toEqual(rowCounts(rowsBefore));
	});

	it("keeps every value of every old row's old columns", () => {
		expect(rowLosses(rowsBefore, rowsAfter, schemaAfter)).toEqual([]);
	});
});
