import { sql, type SQL } from 'drizzle-orm';
import {
	AGE_RANGES,
	CEFR_LEVELS,
	CONTENT_WARNINGS,
	PSYCHOLOGICAL_MODULES
} from '../src/lib/schemas/enums';
import { queryRows, type Executor } from '../src/lib/server/db/client';
import { rebuildCounters } from '../src/lib/server/services/progress/verify';

// The benchmark's data, generated inside the database with set-based statements (one INSERT ...
// SELECT FROM generate_series per table), so 100 000 scenarios and 1 000 000 progress rows take
// about a minute instead of the hours row-by-row inserts would. The same code seeds PGlite.
// random() is seeded with setseed, so one engine and one set of sizes give the same spreads.

export interface BenchSizes {
	scenarios: number;
	users: number;
	progress: number;
}

export const DEFAULT_SIZES: BenchSizes = { scenarios: 100_000, users: 20_000, progress: 1_000_000 };
export const BENCH_EMAIL_DOMAIN = 'bench.scenariohub.test';
export const BENCH_PASSWORD = 'bench-pass-2026';
const SEED = 0.4242;

const text = (values: readonly string[]) =>
	sql.raw(`array[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(',')}]::text[]`);
const int = (n: number) => sql.raw(String(Math.trunc(n)));
/** one element of an array literal, uniformly at random (arrays are 1-based) */
const pick = (values: readonly string[]) =>
	sql`(${text(values)})[1 + floor(random() * ${int(values.length)})::int]`;

const PERSONAS = [
	'Teen caller',
	'Veteran',
	'College student',
	'New parent',
	'Retired teacher',
	'Night nurse',
	'Farmer',
	'Widow',
	'Young father',
	'Migrant worker',
	'Truck driver',
	'Foster youth',
	'Pastor',
	'Firefighter',
	'Single mother',
	'Grandfather',
	'Med student',
	'Chef',
	'Athlete',
	'Soldier',
	'Musician',
	'Caregiver',
	'Refugee',
	'Shop owner',
	'Paramedic',
	'Twelve year old',
	'Exchange student',
	'Coach',
	'Police officer',
	'Artist'
];
const SITUATIONS = [
	'in a panic attack',
	'after a breakup',
	'facing eviction',
	'after a relapse',
	'after losing a job',
	'with suicidal thoughts',
	'with self harm urges',
	'in an abusive relationship',
	'grieving a sibling',
	'after an overdose scare',
	'with exam stress',
	'on the anniversary of a loss',
	'who cannot sleep',
	'bullied online',
	'after a car crash',
	'hearing voices',
	'after a miscarriage',
	'with gambling debt',
	'caring for a dying parent',
	'after coming out',
	'with a drinking problem',
	'after a house fire',
	'afraid of a partner',
	'with chronic pain',
	'after a divorce',
	'worried about a friend',
	'after a break in',
	'with an eating disorder',
	'after a diagnosis',
	'feeling numb'
];
const SETTINGS = [
	'late at night',
	'from a parked car',
	'during a storm',
	'on a lunch break',
	'after a family fight',
	'before a court date',
	'on a holiday',
	'from a hospital bed',
	'at a bus station',
	'after midnight',
	'during a school day',
	'on a first call',
	'calling back',
	'by text only',
	'in a second language',
	'while drinking',
	'from a shelter',
	'at work',
	'with a child nearby',
	'on a bridge'
];
const SENTENCES = [
	'The caller opens with a long silence and a short apology.',
	'They ask whether the line is confidential before saying anything else.',
	'Emotions rise quickly when family is mentioned.',
	'The texter answers in fragments and needs patient reflection.',
	'A safety concern surfaces halfway through the contact.',
	'They minimise what happened and change the subject twice.',
	'The conversation practises open questions and summarising.',
	'Rapport takes time because of a bad experience with a previous counselor.',
	'Means safety and a concrete plan for tonight matter most.',
	'Grief shows up as anger at the start of the call.',
	'Substance use makes the story hard to follow.',
	'A partner can be heard in the background.',
	'The caller wants advice the counselor should not give.',
	'Cultural context shapes how distress is described.',
	'Hope appears when strengths and supports are named.',
	'Panic symptoms ease with grounding and paced breathing.',
	'Ambivalence about living is stated indirectly.',
	'The contact ends with a warm handoff to local services.',
	'Boundaries are tested with repeated requests for personal details.',
	'Practice validating feelings without agreeing with every thought.'
];
const INSTRUCTIONS = [
	'Listen first and reflect feelings before asking questions.',
	'Ask directly about suicide when warning signs appear.',
	'Build a safety plan together and write down each step.',
	'Stay calm, slow the pace and name what you notice.',
	'Summarise the caller story before moving to next steps.',
	'Check for immediate danger and access to means.',
	'Offer referrals only after the caller feels heard.',
	'Use open questions and avoid why questions.',
	'Normalise the reaction and explore coping that worked before.',
	'Agree on what the caller will do in the next hour.'
];
const CATEGORIES = [
	'crisis-line',
	'crisis-chat',
	'youth',
	'family',
	'grief',
	'substance-use',
	'relationships',
	'work',
	'health',
	'language-practice'
];
const FIRST_NAMES = [
	'Alex',
	'Sam',
	'Noor',
	'Mia',
	'Leo',
	'Ava',
	'Kai',
	'Zoe',
	'Omar',
	'Lena',
	'Ivan',
	'Yuki',
	'Ines',
	'Tom',
	'Ada',
	'Raj'
];
const LAST_NAMES = [
	'Garcia',
	'Nguyen',
	'Smith',
	'Kowalski',
	'Okafor',
	'Haddad',
	'Larsen',
	'Rossi',
	'Tanaka',
	'Silva',
	'Novak',
	'Byrne'
];

export interface BenchSeedReport extends BenchSizes {
	attempts: number;
	reviews: number;
	listed: number;
	seconds: Record<string, number>;
}

/**
 * Fills a migrated, seeded (skills + built-ins) database with bench users, scenarios, reviews,
 * progress and attempts, then rebuilds every counter from those rows so `db:verify` passes.
 * Runs on one connection (a transaction, or a pool of one): it uses temporary tables and setseed.
 * `passwordHash` is one precomputed hash shared by every bench user (scrypt per user would take
 * longer than the whole seed).
 */
export async function seedBench(
	db: Executor,
	sizes: BenchSizes,
	options: { passwordHash: string; log?: (message: string) => void }
): Promise<BenchSeedReport> {
	const log = options.log ?? (() => {});
	const seconds: Record<string, number> = {};
	const step = async (name: string, body: () => Promise<unknown>) => {
		const started = performance.now();
		await body();
		seconds[name] = Math.round((performance.now() - started) / 100) / 10;
		log(`${name}: ${seconds[name]} s`);
	};
	const run = (query: SQL) => db.execute(query);
	const U = Math.max(10, sizes.users);
	const N = Math.max(10, sizes.scenarios);

	await run(sql`select setseed(${SEED})`);
	// Foreign keys hold by construction (every id comes from a join); skipping their per-row
	// triggers halves the load. Needs a superuser (PGlite and the local server); otherwise the
	// checks simply run.
	const [role] = await queryRows<{ superuser: boolean | string }>(
		db,
		sql`select rolsuper as superuser from pg_roles where rolname = current_user`
	);
	const superuser = role?.superuser === true || role?.superuser === 't';
	if (superuser) await run(sql`set session_replication_role = replica`);
	else log('not a superuser: foreign-key checks stay on (slower)');
	const rebuild = await dropLoadIndexes(db, BULK_TABLES);
	log(`dropped ${rebuild.length} indexes and keys for the load`);
	try {
		await loadRows(db, sizes, U, N, options.passwordHash, step, run);
		// Before the indexes come back: the upsert rewrites every metadata row.
		await step('counters', () => rebuildCounters(db));
	} finally {
		await step('indexes', async () => {
			for (const statement of rebuild) await run(sql.raw(statement));
		});
		if (superuser) await run(sql`set session_replication_role = origin`);
	}

	const [counts] = await queryRows<{
		users: number;
		scenarios: number;
		progress: number;
		attempts: number;
		reviews: number;
		listed: number;
	}>(
		db,
		sql`select (select count(*) from users)::int as users,
			(select count(*) from scenarios)::int as scenarios,
			(select count(*) from user_scenario_progress)::int as progress,
			(select count(*) from scenario_attempts)::int as attempts,
			(select count(*) from scenario_reviews)::int as reviews,
			(select count(*) from bench_listed)::int as listed`
	);
	for (const table of [
		'bench_users',
		'bench_reviewers',
		'bench_skill_sets',
		'bench_listed',
		'bench_candidates',
		'bench_pairs',
		'bench_rows'
	]) {
		await run(sql.raw(`drop table if exists ${table}`));
	}
	return {
		scenarios: Number(counts.scenarios),
		users: Number(counts.users),
		progress: Number(counts.progress),
		attempts: Number(counts.attempts),
		reviews: Number(counts.reviews),
		listed: Number(counts.listed),
		seconds
	};
}

type Step = (name: string, body: () => Promise<unknown>) => Promise<void>;
type Run = (query: SQL) => Promise<unknown>;

/** The tables the load fills; their indexes are built once at the end, not row by row. */
const BULK_TABLES = [
	'users',
	'scenarios',
	'scenario_metadata',
	'scenario_reviews',
	'user_scenario_progress',
	'scenario_attempts'
];

/**
 * Drops the indexes of these tables, except those a foreign key or an upsert relies on, and
 * returns the exact statements that recreate them (CREATE INDEX, or ALTER TABLE ... ADD
 * CONSTRAINT for primary keys and unique constraints), so the schema ends unchanged.
 */
async function dropLoadIndexes(db: Executor, tables: string[]) {
	const list = sql.join(
		tables.map((t) => sql`${t}::regclass`),
		sql`, `
	);
	const indexes = await queryRows<{ name: string; definition: string }>(
		db,
		sql`select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
			from pg_index i
			where i.indrelid in (${list})
				and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
			order by 1`
	);
	const constraints = await queryRows<{ tbl: string; name: string; definition: string }>(
		db,
		sql`select c.conrelid::regclass::text as tbl, c.conname as name,
				pg_get_constraintdef(c.oid) as definition
			from pg_constraint c
			where c.conrelid in (${list}) and c.contype in ('p', 'u')
				and c.conrelid <> 'scenario_metadata'::regclass
				and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = c.conindid)
			order by 1, 2`
	);
	for (const row of indexes) await db.execute(sql.raw(`drop index ${row.name}`));
	for (const row of constraints) {
		await db.execute(sql.raw(`alter table ${row.tbl} drop constraint "${row.name}"`));
	}
	return [
		...constraints.map((c) => `alter table ${c.tbl} add constraint "${c.name}" ${c.definition}`),
		...indexes.map((i) => i.definition)
	];
}

async function loadRows(
	db: Executor,
	sizes: BenchSizes,
	U: number,
	N: number,
	passwordHash: string,
	step: Step,
	run: Run
) {
	await step('users', async () => {
		// About 1 % reviewers (they sign the community scenarios' reviews) and one admin.
		await run(sql`insert into users (email, display_name, password_hash, role, created_at, updated_at)
			select 'bench' || g || '@' || ${BENCH_EMAIL_DOMAIN},
				${pick(FIRST_NAMES)} || ' ' || ${pick(LAST_NAMES)},
				${passwordHash},
				(case when g = 1 then 'admin' when g % 100 = 2 then 'reviewer' else 'learner' end)::user_role,
				t, t
			from (select g, now() - random() * interval '720 days' as t
				from generate_series(1, ${int(U)}) g) x`);
		await run(sql`drop table if exists bench_users`);
		await run(sql`create temp table bench_users as
			select row_number() over (order by email)::int as n, id, role
			from users where email like ${'%@' + BENCH_EMAIL_DOMAIN}`);
		await run(sql`create unique index on bench_users (n)`);
		await run(sql`drop table if exists bench_reviewers`);
		await run(sql`create temp table bench_reviewers as
			select row_number() over (order by n)::int as n, id from bench_users where role = 'reviewer'`);
		await run(sql`create unique index on bench_reviewers (n)`);
	});

	await step('scenarios', async () => {
		// Skills: 1-4 per scenario, drawn without replacement with weights that fall with the
		// taxonomy's order (active listening is everywhere, medical emergencies are rare). Drawing
		// per row costs a sort per scenario, so 4096 draws are made once and each scenario takes one.
		await run(sql`drop table if exists bench_skill_sets`);
		await run(sql`create temp table bench_skill_sets as
			select n, array(select slug from (select slug,
					1.0 / (row_number() over (order by sort_order, slug))^0.7 as weight
					from skills where is_active) k
				where n >= 0 order by -ln(1 - random()) / weight limit 1 + floor(random()^1.5 * 4)::int) as skills
			from generate_series(0, 4095) n`);
		await run(sql`create unique index on bench_skill_sets (n)`);
		await run(sql`insert into scenarios (slug, title, description, instructions, context,
				expected_outcome, learning_goal, learning_objectives, mode, category, skills, difficulty,
				estimated_time, psychological_module, age_range, cefr_level, content_warnings,
				is_one_time, created_by_user_id, visibility, status, is_active, submitted_at,
				approved_at, created_at, updated_at)
			select 'bench-' || x.g,
				${pick(PERSONAS)} || ' ' || ${pick(SITUATIONS)} || ' ' || ${pick(SETTINGS)},
				${pick(SENTENCES)} || ' ' || ${pick(SENTENCES)} || ' ' || ${pick(SENTENCES)},
				${pick(INSTRUCTIONS)} || ' ' || ${pick(INSTRUCTIONS)},
				${pick(SENTENCES)},
				'The learner keeps the person engaged and agrees on a next step.',
				${pick(INSTRUCTIONS)},
				jsonb_build_array(${pick(INSTRUCTIONS)}, ${pick(INSTRUCTIONS)}),
				(case when x.r_mode < 0.62 then 'phone' else 'chat' end)::scenario_mode,
				${pick(CATEGORIES)},
				k.skills,
				(case when x.r_diff < 0.35 then 'beginner' when x.r_diff < 0.8 then 'intermediate'
					else 'advanced' end)::difficulty,
				least(60, 5 + floor(56 * random()^1.8))::int,
				case when random() < 0.15 then ${pick(PSYCHOLOGICAL_MODULES)} end,
				case when random() < 0.1 then ${pick(AGE_RANGES)} end,
				case when random() < 0.1 then ${pick(CEFR_LEVELS)} end,
				case when random() < 0.3 then array[${pick(CONTENT_WARNINGS)}] else '{}'::text[] end,
				random() < 0.03,
				u.id,
				(case when u.id is null then 'public'
					when x.status not in ('approved', 'archived') then 'private'
					when x.r_vis < 0.88 then 'public' when x.r_vis < 0.96 then 'unlisted'
					else 'private' end)::visibility,
				x.status::scenario_status,
				random() < 0.98,
				case when x.status <> 'draft' then x.created + interval '1 day' end,
				case when x.status = 'approved' then x.created + interval '2 days' end,
				x.created, x.created + interval '2 days'
			from (
				select g, r_mode, r_diff, r_vis, created, r_comm,
					case when r_comm >= 0.6 then (case when r_status < 0.97 then 'approved' else 'archived' end)
						when r_status < 0.82 then 'approved' when r_status < 0.87 then 'in_review'
						when r_status < 0.91 then 'draft' when r_status < 0.94 then 'changes_requested'
						when r_status < 0.97 then 'rejected' else 'archived' end as status
				from (select g, random() as r_mode, random() as r_diff, random() as r_vis,
						random() as r_status, random() as r_comm,
						now() - interval '730 days' * random() as created
					from generate_series(1, ${int(N)}) g) r
			) x
			left join bench_users u on x.r_comm < 0.6 and u.n = 1 + (x.g * 7919) % ${int(U)}
			join bench_skill_sets k on k.n = x.g % 4096`);
		await run(sql`insert into scenario_metadata (scenario_id)
			select id from scenarios where slug like 'bench-%' on conflict do nothing`);
	});

	await step('reviews', async () => {
		await run(sql`insert into scenario_reviews (scenario_id, scenario_version, reviewer_id,
				emotional_safety_score, therapeutic_correctness_score, age_appropriateness_score,
				reveal_timing_score, strengths, decision, created_at)
			select s.id, 1, r.id, 3 + floor(random() * 3)::int, 3 + floor(random() * 3)::int,
				3 + floor(random() * 3)::int, 3 + floor(random() * 3)::int,
				'Safe pacing and a clear next step.', 'approved', s.approved_at
			from scenarios s
			join bench_reviewers r on r.n = 1 + abs(hashtext(s.slug)) % (select count(*) from bench_reviewers)
			where s.slug like 'bench-%' and s.created_by_user_id is not null and s.status = 'approved'`);
	});

	await step('progress pairs', async () => {
		// Popularity: 35 % of the picks follow a 1/rank law over the listed scenarios (a handful
		// get tens of thousands of learners), the rest are uniform. Learners' activity is skewed too.
		await run(sql`drop table if exists bench_listed`);
		await run(sql`create temp table bench_listed as
			select row_number() over (order by md5(s.id::text))::int as rank, s.id, s.estimated_time,
				2.6 + 2.2 * random()^0.6 as quality
			from scenarios s
			where s.status = 'approved' and s.is_active
				and (s.created_by_user_id is null or s.visibility = 'public')`);
		await run(sql`create unique index on bench_listed (rank)`);
		const [{ n: listed }] = await queryRows<{ n: number }>(
			db,
			sql`select count(*)::int as n from bench_listed`
		);
		// Candidates with repeats, then distinct pairs: an upsert per candidate would take 10x longer.
		const L = Number(listed);
		const target = Math.min(sizes.progress, Math.floor(U * L * 0.5));
		await run(sql`drop table if exists bench_candidates`);
		await run(sql`create temp table bench_candidates (user_n int, rank int)`);
		let distinct = 0;
		for (let round = 0; round < 20 && distinct < target; round++) {
			const more = round === 0 ? Math.ceil(target * 1.08) : (target - distinct) * 2 + 1000;
			await run(sql`insert into bench_candidates (user_n, rank)
				select 1 + floor(${int(U)} * random()^1.4)::int,
					case when random() < 0.35 then least(${int(L)}, floor(exp(random() * ln(${int(L)})))::int)
						else 1 + floor(random() * ${int(L)})::int end
				from generate_series(1, ${int(more)})`);
			const [{ n }] = await queryRows<{ n: number }>(
				db,
				sql`select count(*)::int as n from (select distinct user_n, rank from bench_candidates) d`
			);
			distinct = Number(n);
		}
		await run(sql`drop table if exists bench_pairs`);
		await run(sql`create temp table bench_pairs as
			select distinct user_n, rank from bench_candidates limit ${int(target)}`);
		// Every row carries some state: saved, attempted, or both. The attempts' seconds are
		// base + step * i, so the progress row's total is a closed form of its finished count.
		await run(sql`drop table if exists bench_rows`);
		await run(sql`create temp table bench_rows as
			select u.id as user_id, l.id as scenario_id, x.attempted,
				least(x.attempted, floor(x.r_completed * (x.attempted + 1))::int) as completed,
				greatest(60, l.estimated_time * 60 * (0.5 + x.r_base))::int as base,
				floor(x.r_step * 60)::int as step,
				now() - interval '90 days' * x.r_last^2 as last_at,
				now() - interval '120 days' * x.r_saved^1.5 as saved_at,
				x.attempted = 0 or x.r_save < 0.35 as saved,
				l.quality, x.r_open, x.r_rate, x.r_noise
			from (
				select p.*, case when random() < 0.35 then 0
						else least(8, 1 + floor(-ln(1 - random()) * 1.2)::int) end as attempted,
					random() as r_completed, random() as r_base, random() as r_step, random() as r_last,
					random() as r_saved, random() as r_save, random() as r_open, random() as r_rate,
					random() as r_noise
				from bench_pairs p
			) x
			join bench_users u on u.n = x.user_n
			join bench_listed l on l.rank = x.rank`);
	});

	await step('progress', async () => {
		await run(sql`insert into user_scenario_progress (user_id, scenario_id, is_saved, saved_at,
				times_completed, times_attempted, last_attempt_at, last_completed_at, total_time_spent,
				user_rating, review_text, rated_at, created_at, updated_at)
			select user_id, scenario_id, saved, case when saved then saved_at end,
				completed, attempted,
				case when attempted > 0 then last_at end,
				case when completed > 0 then last_at - (attempted - completed) * interval '2 days' end,
				f * base + step * f * (f + 1) / 2,
				rating,
				case when rating is not null and r_noise < 0.08 then 'Realistic and well paced practice.' end,
				case when rating is not null then last_at end,
				least(saved_at, last_at - attempted * interval '2 days'),
				greatest(saved_at, last_at)
			from (select *,
					attempted - (case when attempted > completed and r_open < 0.15 then 1 else 0 end) as f,
					case when completed > 0 and r_rate < 0.6
						then greatest(1, least(5, round(quality + (r_noise - 0.5) * 2.4)))::int end as rating
				from bench_rows) r
			order by user_id, scenario_id`);
	});

	await step('attempts', async () => {
		await run(sql`insert into scenario_attempts (user_id, scenario_id, started_at, finished_at,
				outcome, time_spent, steps_visited)
			select user_id, scenario_id, started,
				case when not open then started + (base + step * i) * interval '1 second' end,
				(case when open then null when i <= completed then 'completed' else 'abandoned' end)::attempt_outcome,
				case when not open then base + step * i end,
				case when i <= completed then 6 else 2 end
			from (select r.*, i, r.last_at - (r.attempted - i) * interval '2 days' as started,
					i = r.attempted and r.attempted > r.completed and r.r_open < 0.15 as open
				from bench_rows r cross join lateral generate_series(1, r.attempted) i) x`);
	});
}
