import { sql } from 'drizzle-orm';
import { scoreAutomatically } from '../../../domain/evaluation/automatic';
import { rubricKeyFor } from '../../../domain/evaluation/rubric-choice';
import type { RunKind, RunStatus, RunSummary, ScoreEvidence } from '../../../schemas/evaluation';
import { queryRows, type Executor } from '../../db/client';
import { logger } from '../../logger';
import { loadTranscript } from '../progress/respond';
import type { Coach } from './coach';
import { loadRubric, type LoadedRubric } from './rubrics';

// Evaluation runs of a finished attempt. Each run is a row that goes queued -> running ->
// succeeded | failed, with its scores written in the same statement batch that marks it
// succeeded. The automatic run is computed in the request that finishes the attempt (it is a
// few sums); the coach run happens after the response, so a slow coach never delays finishing.
// A run that failed keeps its reason; nothing here throws at the learner.

export interface RunScore {
	criterionKey: string;
	score: number;
	rationale: string | null;
	evidence: ScoreEvidence[];
}

interface AttemptFacts {
	id: string;
	finished: boolean;
	title: string;
	learning_goal: string | null;
	rubric: string | null;
	cefr_level: string | null;
	age_range: string | null;
	psychological_module: string | null;
}

async function attemptFacts(db: Executor, attemptId: string) {
	const [row] = await queryRows<AttemptFacts>(
		db,
		sql`select a.id, a.finished_at is not null as finished, s.title, s.learning_goal,
				s.rubric_key as rubric, s.cefr_level, s.age_range, s.psychological_module
			from scenario_attempts a join scenarios s on s.id = a.scenario_id
			where a.id = ${attemptId}`
	);
	return row;
}

/** The rubric an attempt is scored against: the one named by its scenario, else its kind's default. */
export async function rubricForAttempt(db: Executor, attemptId: string) {
	const facts = await attemptFacts(db, attemptId);
	if (!facts) return null;
	const key = rubricKeyFor({
		rubric: facts.rubric,
		cefrLevel: facts.cefr_level,
		ageRange: facts.age_range,
		psychologicalModule: facts.psychological_module
	});
	return { facts, rubric: await loadRubric(db, key) };
}

/**
 * Creates the run row unless the attempt already has one of that kind (one automatic, self and
 * coach run per attempt): returns its id, and whether this call created it.
 */
export async function queueRun(
	db: Executor,
	attemptId: string,
	kind: Exclude<RunKind, 'supervisor'>,
	rubricKey: string
): Promise<{ id: string; created: boolean }> {
	const [created] = await queryRows<{ id: string }>(
		db,
		sql`insert into evaluation_runs (attempt_id, kind, status, rubric_key)
			values (${attemptId}, ${kind}, 'queued', ${rubricKey})
			on conflict (attempt_id, kind) where kind <> 'supervisor' do nothing
			returning id`
	);
	if (created) return { id: created.id, created: true };
	const [existing] = await queryRows<{ id: string }>(
		db,
		sql`select id from evaluation_runs where attempt_id = ${attemptId} and kind = ${kind}`
	);
	return { id: existing.id, created: false };
}

async function setStatus(db: Executor, runId: string, status: RunStatus, error?: string) {
	const finished = status === 'succeeded' || status === 'failed';
	await db.execute(
		sql`update evaluation_runs set status = ${status}, error = ${error ?? null},
				finished_at = ${finished ? sql`now()` : sql`null`}
			where id = ${runId}`
	);
}

/** Writes a run's scores and marks it succeeded, in one transaction. */
export async function completeRun(
	db: Executor,
	runId: string,
	scores: RunScore[],
	summary: RunSummary = {}
) {
	await db.transaction(async (tx) => {
		await tx.execute(sql`delete from rubric_scores where run_id = ${runId}`);
		for (const s of scores) {
			await tx.execute(
				sql`insert into rubric_scores (run_id, criterion_key, score, rationale, evidence)
					values (${runId}, ${s.criterionKey}, ${s.score}, ${s.rationale},
						${JSON.stringify(s.evidence)}::jsonb)`
			);
		}
		await tx.execute(
			sql`update evaluation_runs set status = 'succeeded', error = null, finished_at = now(),
					summary = ${JSON.stringify(summary)}::jsonb
				where id = ${runId}`
		);
	});
}

function scoreRubric(rubric: LoadedRubric, transcript: Awaited<ReturnType<typeof loadTranscript>>) {
	return scoreAutomatically(
		rubric.criteria.map((c) => ({ key: c.key, hintWeights: c.hintWeights })),
		transcript
	);
}

/**
 * The automatic run of a finished attempt, idempotent: a second call finds the run and leaves
 * it. Returns the run's id, or null for an attempt that is not finished.
 */
export async function runAutomaticEvaluation(db: Executor, attemptId: string) {
	const found = await rubricForAttempt(db, attemptId);
	if (!found || !found.facts.finished) return null;
	const { rubric } = found;
	const rubricKey =
		rubric?.key ??
		rubricKeyFor({
			rubric: found.facts.rubric,
			cefrLevel: null,
			ageRange: null,
			psychologicalModule: null
		});
	const run = await queueRun(db, attemptId, 'automatic', rubricKey);
	if (!run.created) return run.id;
	await setStatus(db, run.id, 'running');
	try {
		if (!rubric) throw new Error(`The rubric "${rubricKey}" does not exist`);
		const transcript = await loadTranscript(db, attemptId);
		const scores = scoreRubric(rubric, transcript);
		const hintCount = transcript.reduce((n, t) => n + t.hints.length, 0);
		await completeRun(db, run.id, scores, { hints: hintCount, turns: transcript.length });
	} catch (error) {
		const reason = error instanceof Error ? error.message : 'The automatic run failed';
		logger.warn('evaluation.automatic_failed', { attemptId, reason });
		await setStatus(db, run.id, 'failed', reason);
	}
	return run.id;
}

/**
 * The coach's run: queued now, evaluated by the caller after the response (see
 * scheduleCoachRun). Returns null when there is no coach or nothing to do.
 */
export async function runCoachEvaluation(db: Executor, coach: Coach, attemptId: string) {
	const found = await rubricForAttempt(db, attemptId);
	if (!found?.rubric || !found.facts.finished) return null;
	const { rubric, facts } = found;
	const run = await queueRun(db, attemptId, 'coach', rubric.key);
	if (!run.created) return run.id;
	await setStatus(db, run.id, 'running');
	try {
		const transcript = await loadTranscript(db, attemptId);
		const result = await coach.evaluate({
			scenario: { title: facts.title, learningGoal: facts.learning_goal },
			criteria: rubric.criteria.map((c) => ({
				key: c.key,
				title: c.title,
				description: c.description,
				levels: c.levels
			})),
			transcript: transcript.map((t) => ({ id: t.id, seq: t.seq, kind: t.kind, text: t.text }))
		});
		if (!result.ok) {
			await setStatus(db, run.id, 'failed', result.reason);
		} else {
			await completeRun(db, run.id, result.scores, { summary: result.summary, model: coach.model });
		}
	} catch (error) {
		await setStatus(db, run.id, 'failed', error instanceof Error ? error.message : 'failed');
	}
	return run.id;
}
