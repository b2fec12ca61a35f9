import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { gapSeconds } from '../../../domain/attempt-time';
import { advance, initialState, stepKind, WalkError } from '../../../domain/practice-walk';
import { findStep, firstStepId, resumeStepId } from '../../../domain/step-walk';
import type { childAnswerSchema } from '../../../schemas/family';
import type { Executor } from '../../db/client';
import { questProgress, scenarios } from '../../db/schema';
import { AppError } from '../../errors';
import { listedCondition, questCondition } from '../catalog/list';
import { refreshTracksAfterCompletion } from '../tracks/advance';

// A child plays a quest in child mode. The walk is the practice walk's pure `advance`; what a
// child types on a "respond" step only moves the quest on and is never stored (no detectors run
// on it either). quest_progress keeps the step, the walk's state, the sessions and the time,
// measured on the server like an attempt's: the gaps between the child's moves, each capped.

/** A child's quest as the session knows it. */
export interface PlayingChild {
	childId: string;
	ageBand: string;
}

/** Coming back to a quest after this long (or after finishing it) is a new play session. */
const PLAY_SESSION_GAP_MINUTES = 30;

export const NO_QUEST = 'There is no quest like that here';

function bounds(range: string): [number, number] | null {
	const m = /^(\d{1,2})-(\d{1,2})$/.exec(range.trim());
	return m ? [Number(m[1]), Number(m[2])] : null;
}

/** Whether a quest's age range ("6-8") overlaps the child's age band ("7-9"). */
export function ageRangeFits(questRange: string | null, band: string): boolean {
	const quest = questRange ? bounds(questRange) : null;
	const child = bounds(band);
	if (!quest || !child) return false;
	return quest[0] <= child[1] && child[0] <= quest[1];
}

const questColumns = {
	id: scenarios.id,
	title: scenarios.title,
	estimatedTime: scenarios.estimatedTime,
	ageRange: scenarios.ageRange
};
/** What a child may play: listed (approved, active, built-in or public) quests (of their age). */
const playable = () => and(listedCondition(), questCondition());

export async function childQuests(db: Executor, child: PlayingChild) {
	const rows = await db
		.select({
			...questColumns,
			currentStep: questProgress.currentStep,
			completed: questProgress.completed,
			started: questProgress.childId
		})
		.from(scenarios)
		.leftJoin(
			questProgress,
			and(eq(questProgress.scenarioId, scenarios.id), eq(questProgress.childId, child.childId))
		)
		.where(playable())
		.orderBy(asc(scenarios.title), asc(scenarios.id));
	return rows
		.filter((r) => ageRangeFits(r.ageRange, child.ageBand))
		.map((r) => ({
			id: r.id,
			title: r.title,
			estimatedTime: r.estimatedTime,
			state: (r.currentStep ? 'playing' : r.completed ? 'done' : 'new') as
				'new' | 'playing' | 'done'
		}));
}

async function playableQuest(db: Executor, child: PlayingChild, scenarioId: string) {
	const [row] = await db
		.select({ ...questColumns, steps: scenarios.steps, variables: scenarios.stateVariables })
		.from(scenarios)
		.where(and(eq(scenarios.id, scenarioId), playable()));
	if (!row || !ageRangeFits(row.ageRange, child.ageBand)) throw new AppError('NOT_FOUND', NO_QUEST);
	return row;
}

/** One child's progress in one quest. */
const progressKey = (childId: string, scenarioId: string) =>
	and(eq(questProgress.childId, childId), eq(questProgress.scenarioId, scenarioId));

async function progressRow(db: Executor, childId: string, scenarioId: string, lock = false) {
	const query = db.select().from(questProgress).where(progressKey(childId, scenarioId));
	const [row] = lock ? await query.for('update') : await query;
	return row;
}

/** The quest page: the step the child is on (none before starting and after finishing). */
export async function childQuest(db: Executor, child: PlayingChild, scenarioId: string) {
	const quest = await playableQuest(db, child, scenarioId);
	const progress = await progressRow(db, child.childId, scenarioId);
	const step = progress?.currentStep ? findStep(quest.steps, progress.currentStep) : undefined;
	return {
		quest: { id: quest.id, title: quest.title },
		started: Boolean(progress),
		completed: progress?.completed ?? false,
		step: step
			? {
					id: step.id,
					kind: stepKind(step),
					title: step.title,
					prompt: step.prompt,
					choices: (step.choices ?? []).map((c) => c.label)
				}
			: null
	};
}

type Clock = Pick<
	typeof questProgress.$inferSelect,
	'sessionCount' | 'totalTimeSeconds' | 'lastPlayedAt'
>;

/**
 * The clock after a move at `now`: a new play session (`newSession`, or the first move after a
 * long break) counts one more session and the break is not time played; otherwise the gap since
 * the last move is.
 */
function playClock(row: Clock, now: Date, newSession: boolean): Clock {
	const gap = row.lastPlayedAt ? (now.getTime() - row.lastPlayedAt.getTime()) / 1000 : Infinity;
	const fresh = newSession || gap > PLAY_SESSION_GAP_MINUTES * 60;
	return {
		sessionCount: row.sessionCount + (fresh ? 1 : 0),
		totalTimeSeconds: row.totalTimeSeconds + (fresh ? 0 : gapSeconds(gap)),
		lastPlayedAt: now
	};
}

/**
 * Starts or resumes the quest. A new play session (the first, one after finishing, or one after
 * a long break) counts one more session; resuming soon after the last move is the same session
 * and its gap counts as time played.
 */
export async function startQuest(
	db: Executor,
	child: PlayingChild,
	scenarioId: string,
	now = new Date()
) {
	return db.transaction(async (tx) => {
		const quest = await playableQuest(tx, child, scenarioId);
		const first = firstStepId(quest.steps);
		if (!first) throw new AppError('CONFLICT', 'This quest has no steps yet');
		const row = await progressRow(tx, child.childId, scenarioId, true);
		if (!row) {
			await tx.insert(questProgress).values({
				childId: child.childId,
				scenarioId,
				currentStep: first,
				state: initialState(quest.variables),
				sessionCount: 1,
				lastPlayedAt: now
			});
			return { stepId: first };
		}
		const finished = row.currentStep === null;
		const stepId = finished ? first : resumeStepId(quest.steps, row.currentStep)!;
		await tx
			.update(questProgress)
			.set({
				currentStep: stepId,
				state: finished ? initialState(quest.variables) : row.state,
				...playClock(row, now, finished)
			})
			.where(progressKey(child.childId, scenarioId));
		return { stepId };
	});
}

/** One move: Next, a choice, or a reply (its words are dropped here). */
export async function answerStep(
	db: Executor,
	child: PlayingChild,
	input: z.output<typeof childAnswerSchema>,
	now = new Date()
) {
	return db.transaction(async (tx) => {
		const quest = await playableQuest(tx, child, input.scenarioId);
		const row = await progressRow(tx, child.childId, input.scenarioId, true);
		if (!row?.currentStep) throw new AppError('CONFLICT', 'Start the quest first');
		if (row.currentStep !== input.stepId) {
			throw new AppError('CONFLICT', 'That step is already done: here is where you are now', {
				stepId: row.currentStep
			});
		}
		// Only what kind of answer it was matters; a reply's words go no further than this line.
		const answer = 'text' in input.answer ? { text: '' } : input.answer;
		let move;
		try {
			move = advance(quest.steps, row.state, input.stepId, answer);
		} catch (e) {
			if (e instanceof WalkError) throw new AppError('BAD_REQUEST', e.message);
			throw e;
		}
		const step = findStep(quest.steps, input.stepId);
		const feedback =
			'choiceIndex' in input.answer
				? (step?.choices?.[input.answer.choiceIndex]?.feedback ?? null)
				: null;
		const next = move.target.kind === 'step' ? findStep(quest.steps, move.target.id) : undefined;
		const done = !next;
		// The quest page opens on the step the child stopped at, so a move after a long break
		// starts a new play session (the break itself is not time played).
		await tx
			.update(questProgress)
			.set({
				currentStep: next?.id ?? null,
				state: move.state,
				...playClock(row, now, false),
				...(done ? { completed: true, completedAt: now } : {})
			})
			.where(progressKey(child.childId, input.scenarioId));
		if (done) await refreshTracksAfterCompletion(tx, { childId: child.childId }, input.scenarioId);
		return { done, stepId: next?.id ?? null, feedback };
	});
}
