import { sql } from 'drizzle-orm';
import {
	TRENDING_EMPTY,
	TRENDING_EPOCH_SECONDS,
	TRENDING_HALF_LIFE_SECONDS,
	TRENDING_WEIGHTS
} from '../../../domain/trending';
import { queryRows, type Executor, sqlBoolean } from '../../db/client';
import { deriveEnrolments } from '../tracks/derive';

// What every counter in scenario_metadata must equal, computed from the rows it summarises.
// `db:verify` compares; `rebuildCounters` repairs (seed, bench seed and legacy import use it).
// Ratings of disabled accounts are left out of ratings_count and rating_sum (their reviews are
// hidden too); saves, attempts, completions and time stay counted: those happened, and an
// average of opinions is what a disabled account must no longer move.

const expectedCountersSql = sql`
	select s.id as scenario_id,
		coalesce(p.saved, 0)::int as amount_saved_count,
		coalesce(p.used, 0)::int as total_times_used,
		coalesce(p.attempts, 0)::int as total_attempts,
		coalesce(p.ratings, 0)::int as ratings_count,
		coalesce(p.rating_sum, 0)::int as rating_sum,
		coalesce(a.finished, 0)::int as finished_attempts,
		coalesce(a.time_sum, 0)::bigint as time_spent_sum
	from scenarios s
	left join (
		select scenario_id,
			count(*) filter (where is_saved) as saved,
			sum(times_completed) as used,
			sum(times_attempted) as attempts,
			count(user_rating) filter (where u.disabled_at is null) as ratings,
			sum(user_rating) filter (where u.disabled_at is null) as rating_sum
		from user_scenario_progress up join users u on u.id = up.user_id
		group by scenario_id
	) p on p.scenario_id = s.id
	left join (
		select scenario_id,
			count(*) filter (where finished_at is not null) as finished,
			sum(time_spent) filter (where finished_at is not null) as time_sum
		from scenario_attempts group by scenario_id
	) a on a.scenario_id = s.id`;

export interface CounterDrift {
	scenarioId: string;
	column: string;
	stored: number | null;
	expected: number | null;
}

const COLUMNS = [
	'amount_saved_count',
	'total_times_used',
	'total_attempts',
	'ratings_count',
	'rating_sum',
	'finished_attempts',
	'time_spent_sum'
] as const;

/** Every counter that differs from its rows, and every scenario without its metadata row. */
export async function findCounterDrift(db: Executor): Promise<CounterDrift[]> {
	const rows = await queryRows<Record<string, string | number | boolean | null>>(
		db,
		sql`select e.*, ${sql.raw(COLUMNS.map((c) => `m.${c} as stored_${c}`).join(', '))},
				m.scenario_id is null as missing
			from (${expectedCountersSql}) e
			left join scenario_metadata m on m.scenario_id = e.scenario_id`
	);
	const drift: CounterDrift[] = [];
	for (const row of rows) {
		const scenarioId = String(row.scenario_id);
		if (sqlBoolean(row.missing)) {
			drift.push({ scenarioId, column: '(metadata row missing)', stored: null, expected: null });
			continue;
		}
		for (const column of COLUMNS) {
			const stored = Number(row[`stored_${column}`]);
			const expected = Number(row[column]);
			if (stored !== expected) drift.push({ scenarioId, column, stored, expected });
		}
	}
	return drift;
}

/**
 * Progress rows whose own numbers disagree with their attempts: times attempted / completed,
 * and the seconds of finished attempts in total_time_spent.
 */
export async function findProgressDrift(db: Executor) {
	return queryRows<{
		user_id: string;
		scenario_id: string;
		times_attempted: number;
		attempts: number;
		times_completed: number;
		completed: number;
		total_time_spent: number;
		time_spent: number;
	}>(
		db,
		sql`select p.user_id, p.scenario_id, p.times_attempted, coalesce(a.attempts, 0)::int as attempts,
				p.times_completed, coalesce(a.completed, 0)::int as completed,
				p.total_time_spent, coalesce(a.time_spent, 0)::int as time_spent
			from user_scenario_progress p
			left join (
				select user_id, scenario_id, count(*) as attempts,
					count(*) filter (where outcome = 'completed') as completed,
					sum(time_spent) filter (where finished_at is not null) as time_spent
				from scenario_attempts group by user_id, scenario_id
			) a on a.user_id = p.user_id and a.scenario_id = p.scenario_id
			where p.times_attempted <> coalesce(a.attempts, 0)
				or p.times_completed <> coalesce(a.completed, 0)
				or p.total_time_spent <> coalesce(a.time_spent, 0)`
	);
}

/** Scenarios carrying a skill slug that is not in the taxonomy (invariant 5). */
export async function findUnknownSkills(db: Executor) {
	return queryRows<{ id: string; slug: string; skill: string }>(
		db,
		sql`select s.id, s.slug, u.skill
			from scenarios s cross join lateral unnest(s.skills) as u(skill)
			where not exists (select 1 from skills k where k.slug = u.skill)`
	);
}

/**
 * Recomputes the counters (and the trending score) of the given scenarios, or of all, from
 * progress and attempt rows, creating missing metadata rows. Set-based: one statement.
 */
export async function rebuildCounters(db: Executor, scenarioIds?: string[]) {
	const filter =
		scenarioIds && scenarioIds.length > 0
			? sql`where e.scenario_id in (${sql.join(
					scenarioIds.map((id) => sql`${id}::uuid`),
					sql`, `
				)})`
			: sql``;
	const ln2 = Math.LN2;
	const eventTerm = (weight: number, at: string) =>
		`ln(${weight}) + ((extract(epoch from ${at}) - ${TRENDING_EPOCH_SECONDS}) / ${TRENDING_HALF_LIFE_SECONDS}) * ${ln2}`;
	await db.execute(sql`
		with e as (${expectedCountersSql}),
		events as (
			select scenario_id, ${sql.raw(eventTerm(TRENDING_WEIGHTS.save, 'saved_at'))} as x
				from user_scenario_progress where is_saved and saved_at is not null
			union all
			select scenario_id, ${sql.raw(eventTerm(TRENDING_WEIGHTS.attempt, 'started_at'))}
				from scenario_attempts
			union all
			select scenario_id, ${sql.raw(eventTerm(TRENDING_WEIGHTS.completion, 'finished_at'))}
				from scenario_attempts where outcome = 'completed'
		),
		peaks as (select scenario_id, max(x) as m from events group by scenario_id),
		trend as (
			select ev.scenario_id, p.m + ln(sum(exp(greatest(ev.x - p.m, -700)))) as trending_log
			from events ev join peaks p using (scenario_id) group by ev.scenario_id, p.m
		),
		activity as (
			select scenario_id, max(at) as last_at from (
				select scenario_id, saved_at as at from user_scenario_progress where saved_at is not null
				union all select scenario_id, started_at from scenario_attempts
				union all select scenario_id, finished_at from scenario_attempts where finished_at is not null
			) x group by scenario_id
		)
		insert into scenario_metadata as m (scenario_id, amount_saved_count, total_times_used,
			total_attempts, ratings_count, rating_sum, finished_attempts, time_spent_sum,
			trending_log, last_activity_at, updated_at)
		select e.scenario_id, e.amount_saved_count, e.total_times_used, e.total_attempts,
			e.ratings_count, e.rating_sum, e.finished_attempts, e.time_spent_sum,
			coalesce(t.trending_log, ${TRENDING_EMPTY}), a.last_at, now()
		from e left join trend t on t.scenario_id = e.scenario_id
			left join activity a on a.scenario_id = e.scenario_id
		${filter}
		on conflict (scenario_id) do update set
			amount_saved_count = excluded.amount_saved_count,
			total_times_used = excluded.total_times_used,
			total_attempts = excluded.total_attempts,
			ratings_count = excluded.ratings_count,
			rating_sum = excluded.rating_sum,
			finished_attempts = excluded.finished_attempts,
			time_spent_sum = excluded.time_spent_sum,
			trending_log = excluded.trending_log,
			last_activity_at = excluded.last_activity_at,
			updated_at = now()`);
}

/**
 * Transcripts that break their rules: an attempt whose turns are not numbered 1..n without
 * gaps, an evaluation run on an attempt still open, or a succeeded run's score for a criterion
 * its rubric does not have.
 */
export async function findTranscriptDrift(db: Executor) {
	return queryRows<{ attempt_id: string; problem: string }>(
		db,
		sql`select attempt_id, 'turns numbered ' || min(seq) || '..' || max(seq) || ' for ' || count(*) || ' turns' as problem
			from attempt_turns group by attempt_id
			having min(seq) <> 1 or max(seq) <> count(*)
			union all
			select e.attempt_id, 'a ' || e.kind || ' run on an open attempt'
			from evaluation_runs e join scenario_attempts a on a.id = e.attempt_id
			where a.finished_at is null
			union all
			select e.attempt_id, 'a ' || e.kind || ' run scores "' || r.criterion_key || '", not in ' || e.rubric_key
			from rubric_scores r join evaluation_runs e on e.id = r.run_id
			where not exists (
				select 1 from rubric_criteria c where c.rubric_key = e.rubric_key and c.key = r.criterion_key
			)`
	);
}

export interface TrackDrift {
	enrolmentId: string;
	owner: string;
	trackId: string;
	column: 'current_phase' | 'completion_percentage';
	stored: string | number;
	expected: string | number;
}

/**
 * Enrolments (user_tracks) whose phase or percentage differ from what their owner's completions
 * give (services/tracks/derive.ts, the same derivation the completion hook stores).
 */
export async function findTrackDrift(db: Executor): Promise<TrackDrift[]> {
	const drift: TrackDrift[] = [];
	for (const e of await deriveEnrolments(db, sql`true`)) {
		const base = {
			enrolmentId: e.id,
			owner: e.userId ? `user ${e.userId}` : `child ${e.childId}`,
			trackId: e.trackId
		};
		if (e.stored.currentPhase !== e.progress.currentPhase) {
			drift.push({
				...base,
				column: 'current_phase',
				stored: e.stored.currentPhase,
				expected: e.progress.currentPhase
			});
		}
		if (e.stored.completionPercentage !== e.progress.completionPercentage) {
			drift.push({
				...base,
				column: 'completion_percentage',
				stored: e.stored.completionPercentage,
				expected: e.progress.completionPercentage
			});
		}
	}
	return drift;
}
