import { sql } from 'drizzle-orm';
import { detectHints } from '../../../domain/detectors';
import { advance, initialState, WalkError, type Answer } from '../../../domain/practice-walk';
import { findStep, resumeStepId } from '../../../domain/step-walk';
import type { RespondInput, TurnEvidence, TurnHint, TurnKind } from '../../../schemas/evaluation';
import type { PracticeState, StateVariable } from '../../../schemas/practice';
import type { ScenarioStep } from '../../../schemas/steps';
import { queryRows, type Executor, type Tx } from '../../db/client';
import { AppError } from '../../errors';
import { recordAction } from './attempts';
import { nowSql, type WriteOptions } from './writes';

// One turn of practice (`progress.respond`): the learner answers the step they are on, and the
// persona's line and their answer join the attempt's transcript in the same transaction that
// moves the attempt on. The attempt row is locked first, so concurrent calls on one attempt
// run one after the other: `seq` stays gap-free and a second answer to the same step is a
// CONFLICT instead of a fork in the transcript.

export interface RespondResult {
	turnId: string;
	next: { stepId: string } | { end: true };
	state: PracticeState;
	/** what the detectors found in a reply: the play page shows them only in the debrief */
	hints: TurnHint[];
	/** shown after answering a respond step */
	modelResponse: string | null;
	suggestions: string[];
	/** a choice's feedback */
	feedback: string | null;
	/** the attempt's active time after this action (the play page's clock) */
	activeSeconds: number;
}

interface LockedAttempt {
	user_id: string;
	scenario_id: string;
	finished_at: Date | string | null;
	current_step: string | null;
	state: PracticeState;
	steps: ScenarioStep[];
	state_variables: StateVariable[];
	turns: number;
}

async function lockOwnAttempt(tx: Tx, userId: string, attemptId: string) {
	const [row] = await queryRows<LockedAttempt>(
		tx,
		sql`select a.user_id, a.scenario_id, a.finished_at, a.current_step, a.state,
				s.steps, s.state_variables,
				(select count(*)::int from attempt_turns t where t.attempt_id = a.id) as turns
			from scenario_attempts a join scenarios s on s.id = a.scenario_id
			where a.id = ${attemptId}
			for update of a`
	);
	// Someone else's attempt is NOT_FOUND, exactly like a missing one.
	if (!row || row.user_id !== userId) throw new AppError('NOT_FOUND', 'No attempt with that id');
	if (row.finished_at) {
		throw new AppError('CONFLICT', 'This attempt is already finished', { reason: 'finished' });
	}
	return row;
}

/** The step an open attempt waits on, or null when its walk reached an end. */
export function waitingStep(attempt: {
	current_step: string | null;
	steps: ScenarioStep[];
	turns: number;
}): string | null {
	if (attempt.current_step === null && Number(attempt.turns) > 0) return null;
	return resumeStepId(attempt.steps, attempt.current_step);
}

function answerOf(input: RespondInput): Answer {
	if (input.text !== undefined) return { text: input.text };
	if (input.choiceIndex !== undefined) return { choiceIndex: input.choiceIndex };
	return { continue: true };
}

export async function respond(
	db: Executor,
	userId: string,
	input: RespondInput,
	options?: WriteOptions
): Promise<RespondResult> {
	const at = nowSql(options);
	return db.transaction(async (tx) => {
		const attempt = await lockOwnAttempt(tx, userId, input.attemptId);
		const waiting = waitingStep(attempt);
		if (waiting === null) {
			throw new AppError('CONFLICT', 'This conversation has ended: finish the attempt', {
				reason: 'ended'
			});
		}
		if (waiting !== input.stepId) {
			throw new AppError('CONFLICT', 'That step was already answered; the page will catch up', {
				reason: 'stale-step',
				stepId: waiting
			});
		}
		const step = findStep(attempt.steps, waiting)!;
		// Variables added to the scenario after the attempt began start at their initial value.
		const before = { ...initialState(attempt.state_variables ?? []), ...attempt.state };
		const hints: TurnHint[] = input.text !== undefined ? detectHints(input.text) : [];
		let move;
		try {
			move = advance(attempt.steps, before, waiting, answerOf(input), hints);
		} catch (error) {
			if (error instanceof WalkError) {
				throw new AppError('BAD_REQUEST', error.message, { field: 'text' });
			}
			throw error;
		}

		const turns: {
			kind: TurnKind;
			text: string;
			choiceIndex: number | null;
			state: PracticeState;
			evidence: TurnEvidence[];
			hints: TurnHint[];
		}[] = [
			{
				kind: 'persona',
				text: step.prompt,
				choiceIndex: null,
				state: before,
				evidence: [],
				hints: []
			}
		];
		if (input.text !== undefined || input.choiceIndex !== undefined) {
			turns.push({
				kind: input.text !== undefined ? 'response' : 'choice',
				text: input.text ?? step.choices![input.choiceIndex!].label,
				choiceIndex: input.choiceIndex ?? null,
				state: move.state,
				evidence: move.evidence,
				hints
			});
		} else {
			// Continue on a say step: its effects land on the persona's line.
			turns[0] = { ...turns[0], state: move.state, evidence: move.evidence };
		}

		let lastId = '';
		for (const [i, turn] of turns.entries()) {
			const [row] = await queryRows<{ id: string }>(
				tx,
				sql`insert into attempt_turns
						(attempt_id, seq, step_id, kind, text, choice_index, state_after, evidence, hints, created_at)
					values (${input.attemptId}, ${Number(attempt.turns) + i + 1}, ${waiting}, ${turn.kind},
						${turn.text}, ${turn.choiceIndex}, ${JSON.stringify(turn.state)}::jsonb,
						${JSON.stringify(turn.evidence)}::jsonb, ${JSON.stringify(turn.hints)}::jsonb, ${at})
					returning id`
			);
			lastId = row.id;
		}

		const nextStep = move.target.kind === 'step' ? move.target.id : null;
		const [moved] = await queryRows<{ active_seconds: number }>(
			tx,
			sql`update scenario_attempts a set
					current_step = ${nextStep},
					steps_visited = a.steps_visited + ${nextStep ? 1 : 0}::int,
					state = ${JSON.stringify(move.state)}::jsonb,
					${recordAction(at)}
				where a.id = ${input.attemptId}
				returning a.active_seconds`
		);
		await tx.execute(
			sql`update user_scenario_progress set current_step = ${nextStep}, updated_at = ${at}
				where user_id = ${userId} and scenario_id = ${attempt.scenario_id}`
		);
		const choice = input.choiceIndex !== undefined ? step.choices?.[input.choiceIndex] : undefined;
		return {
			turnId: lastId,
			next: nextStep ? { stepId: nextStep } : { end: true as const },
			state: move.state,
			hints,
			modelResponse: step.modelResponse ?? null,
			suggestions: step.suggestions ?? [],
			feedback: choice?.feedback ?? null,
			activeSeconds: Number(moved.active_seconds)
		};
	});
}

export interface TranscriptTurn {
	id: string;
	seq: number;
	stepId: string;
	kind: TurnKind;
	text: string;
	choiceIndex: number | null;
	evidence: TurnEvidence[];
	hints: TurnHint[];
	createdAt: Date;
}

/** An attempt's turns in order. Callers check who may read them. */
export async function loadTranscript(db: Executor, attemptId: string): Promise<TranscriptTurn[]> {
	const rows = await queryRows<{
		id: string;
		seq: number;
		step_id: string;
		kind: TurnKind;
		text: string;
		choice_index: number | null;
		evidence: TurnEvidence[];
		hints: TurnHint[];
		created_at: Date | string;
	}>(
		db,
		sql`select id, seq, step_id, kind, text, choice_index, evidence, hints, created_at
			from attempt_turns where attempt_id = ${attemptId} order by seq`
	);
	return rows.map((r) => ({
		id: r.id,
		seq: Number(r.seq),
		stepId: r.step_id,
		kind: r.kind,
		text: r.text,
		choiceIndex: r.choice_index === null ? null : Number(r.choice_index),
		evidence: r.evidence,
		hints: r.hints,
		createdAt: new Date(r.created_at)
	}));
}

/**
 * The caller's open or finished attempt's transcript and the step it waits on (null once the
 * walk reached an end), so a reload or another device picks up where the learner was.
 */
export async function attemptTranscript(db: Executor, userId: string, attemptId: string) {
	const [row] = await queryRows<{
		user_id: string;
		finished_at: Date | string | null;
		current_step: string | null;
		state: PracticeState;
		steps: ScenarioStep[];
	}>(
		db,
		sql`select a.user_id, a.finished_at, a.current_step, a.state, s.steps
			from scenario_attempts a join scenarios s on s.id = a.scenario_id
			where a.id = ${attemptId}`
	);
	if (!row || row.user_id !== userId) throw new AppError('NOT_FOUND', 'No attempt with that id');
	const turns = await loadTranscript(db, attemptId);
	return {
		turns: turns.map((t) => ({
			id: t.id,
			seq: t.seq,
			stepId: t.stepId,
			kind: t.kind,
			text: t.text,
			choiceIndex: t.choiceIndex
		})),
		waitingStepId: waitingStep({ ...row, turns: turns.length }),
		finished: row.finished_at !== null,
		state: row.state
	};
}
