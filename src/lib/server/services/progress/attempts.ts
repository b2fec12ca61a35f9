import { sql, type SQL } from 'drizzle-orm';
import {
	ACTIVE_GAP_CAP_SECONDS,
	ATTEMPT_TIME_CAP_FACTOR,
	ATTEMPT_TIME_CAP_FLOOR_SECONDS
} from '../../../domain/attempt-time';
import { initialState } from '../../../domain/practice-walk';
import { findStep } from '../../../domain/step-walk';
import type { AttemptOutcome } from '../../../schemas/enums';
import type { ScenarioStep } from '../../../schemas/steps';
import { queryRows, type Executor } from '../../db/client';
import { AppError } from '../../errors';
import { refreshTracksAfterCompletion } from '../tracks/advance';
import { type WriteOptions, nowSql, requirePlayable, bumpMetadata } from './writes';

// Attempts: start or resume, remember the step, finish. Read back by their owner only.

export interface AttemptState {
	attemptId: string;
	scenarioId: string;
	startedAt: Date;
	currentStep: string | null;
	stepsVisited: number;
	/** seconds of activity so far: the capped gaps between the learner's actions */
	activeSeconds: number;
	/** the learner's last action on it (the start for an attempt nobody touched since) */
	lastActiveAt: Date;
	/** true when an attempt was already open and is being resumed */
	resumed: boolean;
}

interface AttemptRow {
	id: string;
	scenario_id: string;
	started_at: Date | string;
	current_step: string | null;
	steps_visited: number;
	active_seconds: number;
	last_active_at: Date | string;
}

const ATTEMPT_COLUMNS = sql.raw(
	'id, scenario_id, started_at, current_step, steps_visited, active_seconds, coalesce(last_active_at, started_at) as last_active_at'
);

const toAttemptState = (row: AttemptRow, resumed: boolean): AttemptState => ({
	attemptId: row.id,
	scenarioId: row.scenario_id,
	startedAt: new Date(row.started_at),
	currentStep: row.current_step,
	stepsVisited: Number(row.steps_visited),
	activeSeconds: Number(row.active_seconds),
	lastActiveAt: new Date(row.last_active_at),
	resumed
});

/**
 * The SET clauses that record an action at `at` on an attempt row aliased `a`: the gap since the
 * previous action (or the start) joins the active time, at most ACTIVE_GAP_CAP_SECONDS of it,
 * never negative (events may arrive out of order). In an UPDATE the right-hand sides read the
 * row as it was, so `activeAfter` is also what `time_spent` may use in the same statement.
 */
const sinceLastAction = (at: SQL) =>
	sql`least(greatest(floor(extract(epoch from (${at} - coalesce(a.last_active_at, a.started_at))))::int, 0), ${sql.raw(String(ACTIVE_GAP_CAP_SECONDS))})`;
const activeAfter = (at: SQL) => sql`(a.active_seconds + ${sinceLastAction(at)})`;
export const recordAction = (at: SQL) =>
	sql`active_seconds = ${activeAfter(at)},
		last_active_at = greatest(coalesce(a.last_active_at, a.started_at), ${at})`;

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
		const state = JSON.stringify(initialState(scenario.state_variables ?? []));
		for (let round = 0; round < 3; round++) {
			const [created] = await queryRows<AttemptRow>(
				tx,
				sql`insert into scenario_attempts
						(user_id, scenario_id, started_at, current_step, steps_visited, active_seconds, last_active_at, state)
					values (${userId}, ${input.scenarioId}, ${at}, ${firstStep}, ${firstStep ? 1 : 0}, 0, ${at}, ${state}::jsonb)
					on conflict (user_id, scenario_id) where finished_at is null do nothing
					returning ${ATTEMPT_COLUMNS}`
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
			// Resuming is an action too: the gap since the last one counts, capped.
			const [open] = await queryRows<AttemptRow>(
				tx,
				sql`update scenario_attempts a set ${recordAction(at)}
					where a.user_id = ${userId} and a.scenario_id = ${input.scenarioId} and a.finished_at is null
					returning ${ATTEMPT_COLUMNS}`
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

/**
 * Remembers the step the learner is on, so a reload or another device resumes there; moving on
 * is an action, so the gap since the last one joins the active time.
 */
export async function advanceStep(
	db: Executor,
	userId: string,
	input: { attemptId: string; stepId: string },
	options?: WriteOptions
): Promise<{ currentStep: string; stepsVisited: number; activeSeconds: number }> {
	const at = nowSql(options);
	return db.transaction(async (tx) => {
		const attempt = await ownAttempt(tx, userId, input.attemptId);
		if (attempt.finished_at) throw finishedConflict();
		if (!findStep(attempt.steps, input.stepId)) {
			throw new AppError('BAD_REQUEST', 'This scenario has no such step', { field: 'stepId' });
		}
		const [row] = await queryRows<{
			current_step: string;
			steps_visited: number;
			active_seconds: number;
		}>(
			tx,
			sql`update scenario_attempts a set
					steps_visited = a.steps_visited + (a.current_step is distinct from ${input.stepId})::int,
					current_step = ${input.stepId},
					${recordAction(at)}
				where a.id = ${input.attemptId} and a.user_id = ${userId} and a.finished_at is null
				returning a.current_step, a.steps_visited, a.active_seconds`
		);
		if (!row) throw finishedConflict();
		await tx.execute(
			sql`update user_scenario_progress set current_step = ${input.stepId}, updated_at = ${at}
				where user_id = ${userId} and scenario_id = ${attempt.scenario_id}`
		);
		return {
			currentStep: row.current_step,
			stepsVisited: Number(row.steps_visited),
			activeSeconds: Number(row.active_seconds)
		};
	});
}

/**
 * The play page's "still here" while it is visible and in use (every HEARTBEAT_INTERVAL_SECONDS):
 * records an action without moving, so reading a long step counts. One UPDATE of the caller's
 * own open attempt; someone else's is NOT_FOUND, a finished one CONFLICT.
 */
export async function heartbeat(
	db: Executor,
	userId: string,
	input: { attemptId: string },
	options?: WriteOptions
): Promise<{ activeSeconds: number }> {
	const at = nowSql(options);
	const [row] = await queryRows<{ active_seconds: number }>(
		db,
		sql`update scenario_attempts a set ${recordAction(at)}
			where a.id = ${input.attemptId} and a.user_id = ${userId} and a.finished_at is null
			returning a.active_seconds`
	);
	if (row) return { activeSeconds: Number(row.active_seconds) };
	await ownAttempt(db, userId, input.attemptId);
	throw finishedConflict();
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
 * Closes the caller's open attempt as completed or abandoned. Finishing is the last action: its
 * gap joins the active time, and the time counted is that active time, capped by the scenario's
 * allowance (src/lib/domain/attempt-time.ts).
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
					${recordAction(at)},
					time_spent = least(
						${activeAfter(at)},
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
		// Before the metadata row, whose lock is the contended one (writes.ts).
		if (completed) await refreshTracksAfterCompletion(tx, { userId }, finished.scenario_id);
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
		sql`select ${ATTEMPT_COLUMNS} from scenario_attempts
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
