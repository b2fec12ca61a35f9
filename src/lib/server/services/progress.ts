import { sql, type SQL } from 'drizzle-orm';
import { ATTEMPT_TIME_CAP_FACTOR, ATTEMPT_TIME_CAP_FLOOR_SECONDS } from '../../domain/attempt-time';
import { currentStreak, longestStreak, weeklyActivity } from '../../domain/activity';
import { decodeCursor, encodeCursor } from '../../domain/cursor';
import { findStep } from '../../domain/step-walk';
import {
	TRENDING_EPOCH_SECONDS,
	TRENDING_HALF_LIFE_SECONDS,
	TRENDING_WEIGHTS,
	type TrendingEvent
} from '../../domain/trending';
import type { AttemptOutcome, Difficulty, Mode } from '../../schemas/enums';
import type { MineFilter } from '../../schemas/progress';
import type { ScenarioStep } from '../../schemas/steps';
import { queryRows, type Executor } from '../db/client';
import { AppError } from '../errors';
import { canView, type Viewer } from './scenario-detail';

// The one place where a learner's progress changes. Every write is one transaction that
// touches, in this order, the attempt row, the user's progress row and last the scenario's
// metadata row, so the contended metadata row lock is held only from its UPDATE to COMMIT.
// Counters change only as `column = column + delta` in SQL, where the delta is what the
// statement on the (locked) progress or attempt row reports it actually changed: saving twice,
// unsaving what is not saved and finishing twice change nothing (invariants 1-4).

export interface WriteOptions {
	/** The event time; tests pin it to build histories. Defaults to the database's now(). */
	now?: Date;
}

const nowSql = (options?: WriteOptions): SQL =>
	options?.now ? sql`${options.now.toISOString()}::timestamptz` : sql`now()`;

/** Approved, active, and for community scenarios not private: may be saved, played and rated. */
const playableSql = sql.raw(
	`s.status = 'approved' and s.is_active and (s.created_by_user_id is null or s.visibility <> 'private')`
);

interface Playable {
	id: string;
	steps: ScenarioStep[];
	estimated_time: number;
}

async function requirePlayable(db: Executor, scenarioId: string): Promise<Playable> {
	const [row] = await queryRows<Playable>(
		db,
		sql`select s.id, s.steps, s.estimated_time from scenarios s
			where s.id = ${scenarioId} and ${playableSql}`
	);
	if (!row) throw new AppError('NOT_FOUND', 'No scenario with that id');
	return row;
}

/** ln(e^trending_log + w·2^((t − epoch)/half-life)) in SQL, guarded like logAdd: exp() raises on underflow. */
function trendingAfter(event: TrendingEvent, at: SQL): SQL {
	const term = sql`(${sql.raw(String(Math.log(TRENDING_WEIGHTS[event])))} + ((extract(epoch from ${at})::float8 - ${sql.raw(String(TRENDING_EPOCH_SECONDS))}) / ${sql.raw(String(TRENDING_HALF_LIFE_SECONDS))}) * ${sql.raw(String(Math.LN2))})`;
	return sql`case
		when trending_log >= ${term} + 40 then trending_log
		when ${term} >= trending_log + 40 then ${term}
		else greatest(trending_log, ${term}) + ln(1 + exp(-abs(trending_log - ${term})))
	end`;
}

interface MetadataDelta {
	saved?: number;
	attempts?: number;
	completions?: number;
	ratingsCount?: number;
	ratingSum?: number;
	finished?: number;
	timeSpent?: number;
}

const DELTA_COLUMNS: Record<keyof MetadataDelta, string> = {
	saved: 'amount_saved_count',
	attempts: 'total_attempts',
	completions: 'total_times_used',
	ratingsCount: 'ratings_count',
	ratingSum: 'rating_sum',
	finished: 'finished_attempts',
	timeSpent: 'time_spent_sum'
};

/**
 * The last statement of every write: adds the deltas to the scenario's counters (and an event
 * to its trending score) in one UPDATE. Returns the new saves count for the UI.
 */
async function bumpMetadata(
	db: Executor,
	scenarioId: string,
	delta: MetadataDelta,
	at: SQL,
	event?: TrendingEvent
): Promise<{ saves: number }> {
	const sets: SQL[] = [];
	for (const [key, column] of Object.entries(DELTA_COLUMNS) as [keyof MetadataDelta, string][]) {
		const value = delta[key];
		if (value) sets.push(sql`${sql.raw(column)} = ${sql.raw(column)} + ${Math.trunc(value)}::int`);
	}
	if (event) {
		sets.push(sql`trending_log = ${trendingAfter(event, at)}`);
		sets.push(sql`last_activity_at = greatest(last_activity_at, ${at})`);
	}
	if (sets.length === 0) return readSaves(db, scenarioId);
	sets.push(sql`updated_at = ${at}`);
	const [row] = await queryRows<{ saves: number }>(
		db,
		sql`update scenario_metadata set ${sql.join(sets, sql`, `)}
			where scenario_id = ${scenarioId} returning amount_saved_count as saves`
	);
	if (!row) throw new AppError('NOT_FOUND', 'No scenario with that id');
	return { saves: Number(row.saves) };
}

async function readSaves(db: Executor, scenarioId: string) {
	const [row] = await queryRows<{ saves: number }>(
		db,
		sql`select amount_saved_count as saves from scenario_metadata where scenario_id = ${scenarioId}`
	);
	return { saves: Number(row?.saves ?? 0) };
}

// ---------------------------------------------------------------------------------------------
// Save

export interface SaveResult {
	saved: boolean;
	/** false when the row already was in the requested state */
	changed: boolean;
	saves: number;
}

/**
 * Sets (never toggles) whether the scenario is in the user's library.
 *
 * One statement does it all (data-modifying CTEs): the playable check, the progress row, and the
 * counter with its trending event, so a save costs one round trip instead of five (BEGIN, check,
 * upsert, counter, COMMIT) and is still atomic. The counter moves only when the row changed:
 * under READ COMMITTED a concurrent save of the same pair waits on the row, re-reads it, finds
 * it saved and changes nothing.
 */
export async function setSaved(
	db: Executor,
	userId: string,
	input: { scenarioId: string; saved: boolean },
	options?: WriteOptions
): Promise<SaveResult> {
	const at = nowSql(options);
	const [row] = await queryRows<{ playable: boolean | string; changed: number; saves: number }>(
		db,
		input.saved ? saveSql(userId, input.scenarioId, at) : unsaveSql(userId, input.scenarioId, at)
	);
	const playable = row.playable === true || row.playable === 't';
	const changed = Number(row.changed) > 0;
	// Unsaving a scenario that was archived since is allowed; anything else needs a playable one.
	if (!changed && !playable) throw new AppError('NOT_FOUND', 'No scenario with that id');
	return { saved: input.saved, changed, saves: Number(row.saves) };
}

function saveSql(userId: string, scenarioId: string, at: SQL): SQL {
	// Re-saving within a day keeps the first saved_at and adds no trending event, so flipping
	// the button cannot pump a scenario up the trending list.
	return sql`with target as (
			select s.id from scenarios s where s.id = ${scenarioId} and ${playableSql}
		), changed as (
			insert into user_scenario_progress as p
				(user_id, scenario_id, is_saved, saved_at, created_at, updated_at)
			select ${userId}, target.id, true, ${at}, ${at}, ${at} from target
			on conflict (user_id, scenario_id) do update set
				is_saved = true,
				saved_at = case when p.saved_at > ${at} - interval '1 day' then p.saved_at else ${at} end,
				updated_at = ${at}
			where not p.is_saved
			returning p.saved_at = ${at} as fresh
		), bumped as (
			update scenario_metadata set
				amount_saved_count = amount_saved_count + 1,
				trending_log = case when (select fresh from changed) then ${trendingAfter('save', at)} else trending_log end,
				last_activity_at = case when (select fresh from changed) then greatest(last_activity_at, ${at}) else last_activity_at end,
				updated_at = ${at}
			where scenario_id = ${scenarioId} and exists (select 1 from changed)
			returning amount_saved_count
		)
		select exists (select 1 from target) as playable,
			(select count(*) from changed)::int as changed,
			coalesce((select amount_saved_count from bumped),
				(select amount_saved_count from scenario_metadata where scenario_id = ${scenarioId}), 0) as saves`;
}

function unsaveSql(userId: string, scenarioId: string, at: SQL): SQL {
	return sql`with changed as (
			update user_scenario_progress set is_saved = false, updated_at = ${at}
			where user_id = ${userId} and scenario_id = ${scenarioId} and is_saved
			returning 1
		), bumped as (
			update scenario_metadata set amount_saved_count = amount_saved_count - 1, updated_at = ${at}
			where scenario_id = ${scenarioId} and exists (select 1 from changed)
			returning amount_saved_count
		)
		select exists (select 1 from scenarios s where s.id = ${scenarioId} and ${playableSql}) as playable,
			(select count(*) from changed)::int as changed,
			coalesce((select amount_saved_count from bumped),
				(select amount_saved_count from scenario_metadata where scenario_id = ${scenarioId}), 0) as saves`;
}

// ---------------------------------------------------------------------------------------------
// Attempts

export interface AttemptState {
	attemptId: string;
	scenarioId: string;
	startedAt: Date;
	currentStep: string | null;
	stepsVisited: number;
	/** true when an attempt was already open and is being resumed */
	resumed: boolean;
}

interface AttemptRow {
	id: string;
	scenario_id: string;
	started_at: Date | string;
	current_step: string | null;
	steps_visited: number;
}

const toAttemptState = (row: AttemptRow, resumed: boolean): AttemptState => ({
	attemptId: row.id,
	scenarioId: row.scenario_id,
	startedAt: new Date(row.started_at),
	currentStep: row.current_step,
	stepsVisited: Number(row.steps_visited),
	resumed
});

/**
 * Opens an attempt, or resumes the open one: a unique partial index allows one open attempt
 * per user and scenario, so a double click or a second device never counts twice.
 */
export async function startAttempt(
	db: Executor,
	userId: string,
	input: { scenarioId: string },
	options?: WriteOptions
): Promise<AttemptState> {
	const at = nowSql(options);
	return db.transaction(async (tx) => {
		const scenario = await requirePlayable(tx, input.scenarioId);
		const firstStep = scenario.steps[0]?.id ?? null;
		for (let round = 0; round < 3; round++) {
			const [created] = await queryRows<AttemptRow>(
				tx,
				sql`insert into scenario_attempts
						(user_id, scenario_id, started_at, current_step, steps_visited)
					values (${userId}, ${input.scenarioId}, ${at}, ${firstStep}, ${firstStep ? 1 : 0})
					on conflict (user_id, scenario_id) where finished_at is null do nothing
					returning id, scenario_id, started_at, current_step, steps_visited`
			);
			if (created) {
				await tx.execute(
					sql`insert into user_scenario_progress as p
							(user_id, scenario_id, times_attempted, last_attempt_at, current_step, created_at, updated_at)
						values (${userId}, ${input.scenarioId}, 1, ${at}, ${firstStep}, ${at}, ${at})
						on conflict (user_id, scenario_id) do update set
							times_attempted = p.times_attempted + 1,
							last_attempt_at = ${at},
							current_step = excluded.current_step,
							updated_at = ${at}`
				);
				await bumpMetadata(tx, input.scenarioId, { attempts: 1 }, at, 'attempt');
				return toAttemptState(created, false);
			}
			const [open] = await queryRows<AttemptRow>(
				tx,
				sql`select id, scenario_id, started_at, current_step, steps_visited from scenario_attempts
					where user_id = ${userId} and scenario_id = ${input.scenarioId} and finished_at is null`
			);
			if (open) return toAttemptState(open, true);
			// The open attempt was finished between the two statements: try to open one again.
		}
		throw new AppError('CONFLICT', 'A concurrent change got in the way, try again');
	});
}

interface AttemptOwnerRow {
	user_id: string;
	finished_at: Date | string | null;
	scenario_id: string;
	steps: ScenarioStep[];
}

/**
 * Someone else's attempt is NOT_FOUND, exactly like a missing one: attempt ids are not a way to
 * learn what another learner is doing. A finished attempt is a CONFLICT.
 */
async function ownAttempt(db: Executor, userId: string, attemptId: string) {
	const [row] = await queryRows<AttemptOwnerRow>(
		db,
		sql`select a.user_id, a.finished_at, a.scenario_id, s.steps
			from scenario_attempts a join scenarios s on s.id = a.scenario_id
			where a.id = ${attemptId}`
	);
	if (!row || row.user_id !== userId) throw new AppError('NOT_FOUND', 'No attempt with that id');
	return row;
}

const finishedConflict = () =>
	new AppError('CONFLICT', 'This attempt is already finished', { reason: 'finished' });

/** Remembers the step the learner is on, so a reload or another device resumes there. */
export async function advanceStep(
	db: Executor,
	userId: string,
	input: { attemptId: string; stepId: string },
	options?: WriteOptions
): Promise<{ currentStep: string; stepsVisited: number }> {
	const at = nowSql(options);
	return db.transaction(async (tx) => {
		const attempt = await ownAttempt(tx, userId, input.attemptId);
		if (attempt.finished_at) throw finishedConflict();
		if (!findStep(attempt.steps, input.stepId)) {
			throw new AppError('BAD_REQUEST', 'This scenario has no such step', { field: 'stepId' });
		}
		const [row] = await queryRows<{ current_step: string; steps_visited: number }>(
			tx,
			sql`update scenario_attempts set
					steps_visited = steps_visited + (current_step is distinct from ${input.stepId})::int,
					current_step = ${input.stepId}
				where id = ${input.attemptId} and user_id = ${userId} and finished_at is null
				returning current_step, steps_visited`
		);
		if (!row) throw finishedConflict();
		await tx.execute(
			sql`update user_scenario_progress set current_step = ${input.stepId}, updated_at = ${at}
				where user_id = ${userId} and scenario_id = ${attempt.scenario_id}`
		);
		return { currentStep: row.current_step, stepsVisited: Number(row.steps_visited) };
	});
}

export interface FinishResult {
	attemptId: string;
	scenarioId: string;
	outcome: AttemptOutcome;
	timeSpent: number;
	stepsVisited: number;
	timesCompleted: number;
}

/**
 * Closes the caller's open attempt as completed or abandoned. The time counted is measured by
 * the server from started_at and capped (src/lib/domain/attempt-time.ts).
 */
export async function finishAttempt(
	db: Executor,
	userId: string,
	input: { attemptId: string; completed: boolean; reflection?: string | null },
	options?: WriteOptions
): Promise<FinishResult> {
	const at = nowSql(options);
	const outcome: AttemptOutcome = input.completed ? 'completed' : 'abandoned';
	const reflection = input.reflection?.trim() ? input.reflection.trim() : null;
	return db.transaction(async (tx) => {
		const [finished] = await queryRows<{
			scenario_id: string;
			time_spent: number;
			steps_visited: number;
		}>(
			tx,
			sql`update scenario_attempts a set
					finished_at = greatest(${at}, a.started_at),
					outcome = ${outcome},
					reflection = ${reflection},
					time_spent = least(
						greatest(floor(extract(epoch from (${at} - a.started_at)))::int, 0),
						greatest(s.estimated_time * ${sql.raw(String(60 * ATTEMPT_TIME_CAP_FACTOR))}, ${sql.raw(String(ATTEMPT_TIME_CAP_FLOOR_SECONDS))}))
				from scenarios s
				where a.id = ${input.attemptId} and a.user_id = ${userId} and a.finished_at is null
					and s.id = a.scenario_id
				returning a.scenario_id, a.time_spent, a.steps_visited`
		);
		if (!finished) {
			await ownAttempt(tx, userId, input.attemptId);
			throw finishedConflict();
		}
		const completed = input.completed ? 1 : 0;
		const timeSpent = Number(finished.time_spent);
		const [progress] = await queryRows<{ times_completed: number }>(
			tx,
			sql`update user_scenario_progress set
					times_completed = times_completed + ${completed}::int,
					last_completed_at = case when ${completed}::int = 1 then ${at} else last_completed_at end,
					total_time_spent = total_time_spent + ${timeSpent}::int,
					current_step = null,
					updated_at = ${at}
				where user_id = ${userId} and scenario_id = ${finished.scenario_id}
				returning times_completed`
		);
		await bumpMetadata(
			tx,
			finished.scenario_id,
			{ finished: 1, timeSpent, completions: completed },
			at,
			completed ? 'completion' : undefined
		);
		return {
			attemptId: input.attemptId,
			scenarioId: finished.scenario_id,
			outcome,
			timeSpent,
			stepsVisited: Number(finished.steps_visited),
			timesCompleted: Number(progress?.times_completed ?? 0)
		};
	});
}

/** The caller's open attempt on a scenario, if any: the play page resumes it. */
export async function openAttempt(db: Executor, userId: string, scenarioId: string) {
	const [row] = await queryRows<AttemptRow>(
		db,
		sql`select id, scenario_id, started_at, current_step, steps_visited from scenario_attempts
			where user_id = ${userId} and scenario_id = ${scenarioId} and finished_at is null`
	);
	return row ? toAttemptState(row, true) : null;
}

/** One of the caller's attempts (open or finished), for the summary after finishing. */
export async function getAttempt(db: Executor, userId: string, attemptId: string) {
	const [row] = await queryRows<{
		id: string;
		user_id: string;
		scenario_id: string;
		started_at: Date | string;
		finished_at: Date | string | null;
		outcome: AttemptOutcome | null;
		time_spent: number | null;
		current_step: string | null;
		steps_visited: number;
		reflection: string | null;
	}>(db, sql`select * from scenario_attempts where id = ${attemptId}`);
	if (!row || row.user_id !== userId) throw new AppError('NOT_FOUND', 'No attempt with that id');
	return {
		id: row.id,
		scenarioId: row.scenario_id,
		startedAt: new Date(row.started_at),
		finishedAt: row.finished_at ? new Date(row.finished_at) : null,
		outcome: row.outcome,
		timeSpent: row.time_spent === null ? null : Number(row.time_spent),
		currentStep: row.current_step,
		stepsVisited: Number(row.steps_visited),
		reflection: row.reflection
	};
}

// ---------------------------------------------------------------------------------------------
// Ratings and notes

export interface RateResult {
	rating: number;
	review: string | null;
	averageRating: number | null;
	ratingsCount: number;
}

async function ratingSummary(db: Executor, scenarioId: string) {
	const [row] = await queryRows<{ average_rating: number | null; ratings_count: number }>(
		db,
		sql`select average_rating, ratings_count from scenario_metadata where scenario_id = ${scenarioId}`
	);
	return {
		averageRating: row?.average_rating === null || !row ? null : Number(row.average_rating),
		ratingsCount: Number(row?.ratings_count ?? 0)
	};
}

/**
 * Rates 1-5, replacing an earlier rating (rating_sum moves by new − old, the count stays).
 * `review` undefined keeps the written review; empty or null removes it.
 */
export async function rate(
	db: Executor,
	userId: string,
	input: { scenarioId: string; rating: number; review?: string | null },
	options?: WriteOptions
): Promise<RateResult> {
	const at = nowSql(options);
	const review =
		input.review === undefined ? undefined : input.review?.trim() ? input.review.trim() : null;
	const reviewSet = review === undefined ? sql`p.review_text` : sql`${review}`;
	return db.transaction(async (tx) => {
		await requirePlayable(tx, input.scenarioId);
		await tx.execute(
			sql`insert into user_scenario_progress (user_id, scenario_id, created_at, updated_at)
				values (${userId}, ${input.scenarioId}, ${at}, ${at})
				on conflict (user_id, scenario_id) do nothing`
		);
		// The CTE locks the row and reads its latest rating; the deltas are computed from it here.
		const [delta] = await queryRows<{
			count_delta: number;
			sum_delta: number;
			review: string | null;
		}>(
			tx,
			sql`with old as (
					select user_rating from user_scenario_progress
					where user_id = ${userId} and scenario_id = ${input.scenarioId}
					for update
				)
				update user_scenario_progress p set
					user_rating = ${input.rating}::int,
					review_text = ${reviewSet},
					rated_at = ${at},
					updated_at = ${at}
				from old
				where p.user_id = ${userId} and p.scenario_id = ${input.scenarioId}
				returning (old.user_rating is null)::int as count_delta,
					(${input.rating}::int - coalesce(old.user_rating, 0))::int as sum_delta,
					p.review_text as review`
		);
		if (!delta) throw new AppError('CONFLICT', 'A concurrent change got in the way, try again');
		await bumpMetadata(
			tx,
			input.scenarioId,
			{ ratingsCount: Number(delta.count_delta), ratingSum: Number(delta.sum_delta) },
			at
		);
		return {
			rating: input.rating,
			review: delta.review,
			...(await ratingSummary(tx, input.scenarioId))
		};
	});
}

/** Removes the caller's rating and review; nothing to remove changes nothing. */
export async function removeRating(
	db: Executor,
	userId: string,
	input: { scenarioId: string },
	options?: WriteOptions
): Promise<{ removed: boolean; averageRating: number | null; ratingsCount: number }> {
	const at = nowSql(options);
	return db.transaction(async (tx) => {
		const [old] = await queryRows<{ old_rating: number }>(
			tx,
			sql`with old as (
					select user_rating from user_scenario_progress
					where user_id = ${userId} and scenario_id = ${input.scenarioId} and user_rating is not null
					for update
				)
				update user_scenario_progress p set
					user_rating = null, review_text = null, rated_at = null, updated_at = ${at}
				from old
				where p.user_id = ${userId} and p.scenario_id = ${input.scenarioId}
				returning old.user_rating as old_rating`
		);
		if (old) {
			await bumpMetadata(
				tx,
				input.scenarioId,
				{ ratingsCount: -1, ratingSum: -Number(old.old_rating) },
				at
			);
		}
		return { removed: Boolean(old), ...(await ratingSummary(tx, input.scenarioId)) };
	});
}

/** The caller's private notes on a scenario (empty clears them). Never shown to anyone else. */
export async function saveNotes(
	db: Executor,
	userId: string,
	input: { scenarioId: string; notes: string },
	options?: WriteOptions
): Promise<{ savedAt: Date }> {
	const at = nowSql(options);
	const notes = input.notes.trim() ? input.notes : null;
	const [row] = await queryRows<{ updated_at: Date | string }>(
		db,
		sql`insert into user_scenario_progress as p
				(user_id, scenario_id, user_notes, created_at, updated_at)
			select ${userId}, s.id, ${notes}, ${at}, ${at} from scenarios s
			where s.id = ${input.scenarioId} and ${playableSql}
			on conflict (user_id, scenario_id) do update set
				user_notes = excluded.user_notes, updated_at = ${at}
			returning p.updated_at`
	);
	if (!row) throw new AppError('NOT_FOUND', 'No scenario with that id');
	return { savedAt: new Date(row.updated_at) };
}

// ---------------------------------------------------------------------------------------------
// Reading: the caller's own rows, public reviews, /progress

export interface MineItem {
	scenarioId: string;
	slug: string;
	title: string;
	description: string;
	mode: Mode;
	skills: string[];
	difficulty: Difficulty;
	estimatedTime: number;
	/** false when the scenario was archived or withdrawn since: shown, but cannot be played */
	available: boolean;
	isSaved: boolean;
	savedAt: Date | null;
	timesAttempted: number;
	timesCompleted: number;
	lastAttemptAt: Date | null;
	lastCompletedAt: Date | null;
	totalTimeSpent: number;
	userRating: number | null;
	openAttempt: { id: string; currentStep: string | null; startedAt: Date } | null;
}

const MINE_ORDER: Record<MineFilter, { key: string; where: string }> = {
	saved: { key: 'p.saved_at', where: 'p.is_saved' },
	in_progress: {
		key: 'p.last_attempt_at',
		where: '(o.id is not null or (p.times_attempted > 0 and p.times_completed = 0))'
	},
	completed: { key: 'p.last_completed_at', where: 'p.times_completed > 0' }
};

/** The caller's saved, in-progress or completed scenarios, newest first, keyset paged. */
export async function listMine(
	db: Executor,
	userId: string,
	input: { filter: MineFilter; cursor?: string; limit?: number }
): Promise<{ items: MineItem[]; nextCursor: string | null }> {
	const limit = input.limit ?? 50;
	const order = MINE_ORDER[input.filter];
	const key = sql.raw(`coalesce(${order.key}, 'epoch'::timestamptz)`);
	let after = sql``;
	if (input.cursor) {
		const cursor = decodeCursor(input.cursor);
		if (!cursor || typeof cursor.value !== 'string' || Number.isNaN(Date.parse(cursor.value))) {
			throw new AppError('BAD_REQUEST', 'That page cursor is not valid', { field: 'cursor' });
		}
		after = sql`and (${key}, p.scenario_id) < (${cursor.value}::timestamptz, ${cursor.id}::uuid)`;
	}
	const rows = await queryRows<Record<string, unknown>>(
		db,
		sql`select p.scenario_id, s.slug, s.title, s.description, s.mode, s.skills, s.difficulty,
				s.estimated_time, (${playableSql}) as available, p.is_saved, p.saved_at,
				p.times_attempted, p.times_completed, p.last_attempt_at, p.last_completed_at,
				p.total_time_spent, p.user_rating, o.id as open_id, o.current_step as open_step,
				o.started_at as open_started_at, ${key} as sort_key
			from user_scenario_progress p
			join scenarios s on s.id = p.scenario_id
			left join scenario_attempts o
				on o.user_id = p.user_id and o.scenario_id = p.scenario_id and o.finished_at is null
			where p.user_id = ${userId} and ${sql.raw(order.where)} ${after}
			order by ${key} desc, p.scenario_id desc
			limit ${limit + 1}`
	);
	const page = rows.slice(0, limit);
	const last = page.at(-1);
	const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
	return {
		items: page.map((r) => ({
			scenarioId: String(r.scenario_id),
			slug: String(r.slug),
			title: String(r.title),
			description: String(r.description),
			mode: r.mode as Mode,
			skills: toArray(r.skills),
			difficulty: r.difficulty as Difficulty,
			estimatedTime: Number(r.estimated_time),
			available: r.available === true || r.available === 't',
			isSaved: r.is_saved === true || r.is_saved === 't',
			savedAt: date(r.saved_at),
			timesAttempted: Number(r.times_attempted),
			timesCompleted: Number(r.times_completed),
			lastAttemptAt: date(r.last_attempt_at),
			lastCompletedAt: date(r.last_completed_at),
			totalTimeSpent: Number(r.total_time_spent),
			userRating: r.user_rating === null ? null : Number(r.user_rating),
			openAttempt: r.open_id
				? {
						id: String(r.open_id),
						currentStep: (r.open_step as string | null) ?? null,
						startedAt: new Date(r.open_started_at as string)
					}
				: null
		})),
		nextCursor:
			rows.length > limit && last
				? encodeCursor(new Date(last.sort_key as string).toISOString(), String(last.scenario_id))
				: null
	};
}

/** text[] from either driver (postgres.js parses arrays; raw PGlite rows do too, but be safe). */
function toArray(value: unknown): string[] {
	if (Array.isArray(value)) return value.map(String);
	if (typeof value === 'string' && value.startsWith('{')) {
		const inner = value.slice(1, -1);
		return inner ? inner.split(',').map((s) => s.replace(/^"|"$/g, '')) : [];
	}
	return [];
}

export interface PublicReview {
	/** opaque per-review key for lists; not the author's id */
	key: string;
	authorName: string;
	rating: number;
	review: string;
	ratedAt: Date;
	isMine: boolean;
}

/**
 * The written reviews of a scenario, newest first: rating, text, the author's display name.
 * Never notes, never anything else of the author's row. Accounts that were disabled drop out.
 */
export async function listReviews(
	db: Executor,
	viewer: Viewer | null,
	input: { scenarioId: string; cursor?: string; limit?: number }
): Promise<{
	items: PublicReview[];
	nextCursor: string | null;
	distribution: number[] | null;
}> {
	const limit = input.limit ?? 10;
	const [scenario] = await queryRows<{
		status: string;
		is_active: boolean;
		visibility: string;
		created_by_user_id: string | null;
	}>(
		db,
		sql`select status, is_active, visibility, created_by_user_id from scenarios where id = ${input.scenarioId}`
	);
	if (
		!scenario ||
		!canView(
			{
				status: scenario.status,
				isActive: scenario.is_active === true || String(scenario.is_active) === 't',
				visibility: scenario.visibility,
				createdByUserId: scenario.created_by_user_id
			},
			viewer
		)
	) {
		throw new AppError('NOT_FOUND', 'No scenario with that id');
	}
	let after = sql``;
	if (input.cursor) {
		const cursor = decodeCursor(input.cursor);
		if (!cursor || typeof cursor.value !== 'string' || Number.isNaN(Date.parse(cursor.value))) {
			throw new AppError('BAD_REQUEST', 'That page cursor is not valid', { field: 'cursor' });
		}
		after = sql`and (p.rated_at, p.user_id) < (${cursor.value}::timestamptz, ${cursor.id}::uuid)`;
	}
	const rows = await queryRows<{
		user_id: string;
		display_name: string;
		user_rating: number;
		review_text: string;
		rated_at: Date | string;
	}>(
		db,
		sql`select p.user_id, u.display_name, p.user_rating, p.review_text, p.rated_at
			from user_scenario_progress p join users u on u.id = p.user_id
			where p.scenario_id = ${input.scenarioId} and p.user_rating is not null
				and p.review_text is not null and u.disabled_at is null ${after}
			order by p.rated_at desc, p.user_id desc
			limit ${limit + 1}`
	);
	let distribution: number[] | null = null;
	if (!input.cursor) {
		const counts = await queryRows<{ rating: number; n: number }>(
			db,
			sql`select user_rating as rating, count(*)::int as n from user_scenario_progress
				where scenario_id = ${input.scenarioId} and user_rating is not null group by user_rating`
		);
		distribution = [1, 2, 3, 4, 5].map((star) =>
			Number(counts.find((c) => Number(c.rating) === star)?.n ?? 0)
		);
	}
	const page = rows.slice(0, limit);
	const last = page.at(-1);
	return {
		items: page.map((r) => ({
			key: encodeCursor(new Date(r.rated_at).toISOString(), r.user_id),
			authorName: r.display_name,
			rating: Number(r.user_rating),
			review: r.review_text,
			ratedAt: new Date(r.rated_at),
			isMine: viewer?.id === r.user_id
		})),
		nextCursor:
			rows.length > limit && last
				? encodeCursor(new Date(last.rated_at).toISOString(), last.user_id)
				: null,
		distribution
	};
}

export interface ProgressStats {
	totals: {
		saved: number;
		attempts: number;
		completions: number;
		scenariosCompleted: number;
		inProgress: number;
		timeSpentSeconds: number;
		ratingsGiven: number;
		currentStreak: number;
		longestStreak: number;
	};
	skills: { slug: string; name: string; available: number; completed: number }[];
	weeks: { week: string; completed: number; abandoned: number; minutes: number }[];
	ratings: {
		scenarioId: string;
		slug: string;
		title: string;
		rating: number;
		review: string | null;
		ratedAt: Date;
	}[];
	ratingDistribution: number[];
}

const STREAK_LOOKBACK_DAYS = 400;

/** Everything /progress shows, for the caller only; days counted in the caller's time zone. */
export async function progressStats(
	db: Executor,
	userId: string,
	input: { timeZone: string },
	now = new Date()
): Promise<ProgressStats> {
	const [totals] = await queryRows<Record<string, unknown>>(
		db,
		sql`select count(*) filter (where p.is_saved)::int as saved,
				coalesce(sum(p.times_attempted), 0)::int as attempts,
				coalesce(sum(p.times_completed), 0)::int as completions,
				count(*) filter (where p.times_completed > 0)::int as scenarios_completed,
				count(*) filter (
					where o.id is not null or (p.times_attempted > 0 and p.times_completed = 0)
				)::int as in_progress,
				coalesce(sum(p.total_time_spent), 0)::bigint as time_spent,
				count(p.user_rating)::int as ratings,
				count(*) filter (where p.user_rating = 1)::int as r1,
				count(*) filter (where p.user_rating = 2)::int as r2,
				count(*) filter (where p.user_rating = 3)::int as r3,
				count(*) filter (where p.user_rating = 4)::int as r4,
				count(*) filter (where p.user_rating = 5)::int as r5
			from user_scenario_progress p
			left join scenario_attempts o
				on o.user_id = p.user_id and o.scenario_id = p.scenario_id and o.finished_at is null
			where p.user_id = ${userId}`
	);
	const skillRows = await queryRows<{
		slug: string;
		name: string;
		available: number;
		completed: number;
	}>(
		db,
		sql`select k.slug, k.name,
				count(s.id)::int as available,
				count(s.id) filter (where p.times_completed > 0)::int as completed
			from skills k
			left join scenarios s on k.slug = any(s.skills)
				and s.status = 'approved' and s.is_active
				and (s.created_by_user_id is null or s.visibility = 'public')
			left join user_scenario_progress p on p.scenario_id = s.id and p.user_id = ${userId}
			where k.is_active
			group by k.slug, k.name, k.sort_order
			order by k.sort_order, k.name`
	);
	const attempts = await queryRows<{
		finished_at: Date | string;
		outcome: AttemptOutcome;
		time_spent: number;
	}>(
		db,
		sql`select finished_at, outcome, coalesce(time_spent, 0) as time_spent from scenario_attempts
			where user_id = ${userId} and finished_at is not null
				and finished_at > ${now.toISOString()}::timestamptz - ${sql.raw(`interval '${STREAK_LOOKBACK_DAYS} days'`)}
			order by finished_at desc limit 20000`
	);
	const finished = attempts.map((a) => ({
		finishedAt: new Date(a.finished_at),
		outcome: a.outcome,
		timeSpent: Number(a.time_spent)
	}));
	const completions = finished.filter((a) => a.outcome === 'completed').map((a) => a.finishedAt);
	const ratings = await queryRows<{
		scenario_id: string;
		slug: string;
		title: string;
		user_rating: number;
		review_text: string | null;
		rated_at: Date | string;
	}>(
		db,
		sql`select p.scenario_id, s.slug, s.title, p.user_rating, p.review_text, p.rated_at
			from user_scenario_progress p join scenarios s on s.id = p.scenario_id
			where p.user_id = ${userId} and p.user_rating is not null
			order by p.rated_at desc nulls last limit 100`
	);
	const distribution = [1, 2, 3, 4, 5].map((star) => Number(totals?.[`r${star}`] ?? 0));
	return {
		totals: {
			saved: Number(totals?.saved ?? 0),
			attempts: Number(totals?.attempts ?? 0),
			completions: Number(totals?.completions ?? 0),
			scenariosCompleted: Number(totals?.scenarios_completed ?? 0),
			inProgress: Number(totals?.in_progress ?? 0),
			timeSpentSeconds: Number(totals?.time_spent ?? 0),
			ratingsGiven: Number(totals?.ratings ?? 0),
			currentStreak: currentStreak(completions, now, input.timeZone),
			longestStreak: longestStreak(completions, input.timeZone)
		},
		skills: skillRows.map((s) => ({
			slug: s.slug,
			name: s.name,
			available: Number(s.available),
			completed: Number(s.completed)
		})),
		weeks: weeklyActivity(finished, now, input.timeZone, 12),
		ratings: ratings.map((r) => ({
			scenarioId: r.scenario_id,
			slug: r.slug,
			title: r.title,
			rating: Number(r.user_rating),
			review: r.review_text,
			ratedAt: new Date(r.rated_at)
		})),
		ratingDistribution: distribution
	};
}
