import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import type { PracticeState } from '../../../schemas/practice';
import type {
	CriterionSource,
	HintWeight,
	RunSummary,
	ScoreEvidence,
	TurnEvidence,
	TurnHint
} from '../../../schemas/evaluation';
import { users } from './auth';
import { scenarioAttempts } from './progress';

// Practice and feedback (PRODUCT.md): rubrics, the turns of an attempt, and the evaluation runs
// that score them. Turns and runs belong to their attempt's owner like the attempt itself.

/** A rubric: the criteria an attempt is evaluated on (seeded from bootstrap/content/rubrics.yaml). */
export const rubrics = pgTable('rubrics', {
	key: text('key').primaryKey(),
	title: text('title').notNull(),
	/** who it is for, in a few words ("crisis-line trainees") */
	audience: text('audience').notNull(),
	description: text('description').notNull().default(''),
	sortOrder: integer('sort_order').notNull().default(0)
});

export const rubricCriteria = pgTable(
	'rubric_criteria',
	{
		rubricKey: text('rubric_key')
			.notNull()
			.references(() => rubrics.key, { onDelete: 'cascade' }),
		key: text('key').notNull(),
		title: text('title').notNull(),
		description: text('description').notNull(),
		/** what levels 1..4 look like, in that order */
		levels: jsonb('levels').$type<string[]>().notNull(),
		/** skill slugs practising this criterion trains (for mastery and "practise next") */
		skills: text('skills')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** the public practice each criterion is grounded in */
		sources: jsonb('sources').$type<CriterionSource[]>().notNull().default([]),
		/** how much each detector's finding counts for (or against) this criterion in automatic runs */
		hintWeights: jsonb('hint_weights').$type<HintWeight[]>().notNull().default([]),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.rubricKey, t.key] })]
);

/** One line of an attempt's transcript: what the persona said, or the learner's reply or choice. */
export const attemptTurns = pgTable(
	'attempt_turns',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		attemptId: uuid('attempt_id')
			.notNull()
			.references(() => scenarioAttempts.id, { onDelete: 'cascade' }),
		/** 1, 2, 3 ... without gaps within an attempt */
		seq: integer('seq').notNull(),
		stepId: text('step_id').notNull(),
		kind: text('kind').$type<'persona' | 'response' | 'choice'>().notNull(),
		text: text('text').notNull(),
		choiceIndex: integer('choice_index'),
		stateAfter: jsonb('state_after').$type<PracticeState>().notNull().default({}),
		/** rubric evidence the answer's effects produced */
		evidence: jsonb('evidence').$type<TurnEvidence[]>().notNull().default([]),
		/** what the free-text detectors found, with the words */
		hints: jsonb('hints').$type<TurnHint[]>().notNull().default([]),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('attempt_turns_seq').on(t.attemptId, t.seq),
		check('attempt_turns_kind', sql`${t.kind} IN ('persona', 'response', 'choice')`),
		check('attempt_turns_seq_positive', sql`${t.seq} >= 1`)
	]
);

export const evaluationRuns = pgTable(
	'evaluation_runs',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		attemptId: uuid('attempt_id')
			.notNull()
			.references(() => scenarioAttempts.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<'automatic' | 'self' | 'coach' | 'supervisor'>().notNull(),
		/** the rubric the run scored against (the scenario's may change later) */
		rubricKey: text('rubric_key').notNull(),
		/** the supervisor who scored a `supervisor` run (null for the others) */
		scoredBy: uuid('scored_by').references(() => users.id, { onDelete: 'set null' }),
		status: text('status').$type<'queued' | 'running' | 'succeeded' | 'failed'>().notNull(),
		summary: jsonb('summary').$type<RunSummary>().notNull().default({}),
		/** why a run failed, in plain words */
		error: text('error'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		finishedAt: timestamp('finished_at', { withTimezone: true })
	},
	(t) => [
		index('evaluation_runs_attempt_idx').on(t.attemptId),
		// One automatic, one self and one coach run per attempt; supervisors may be several.
		uniqueIndex('evaluation_runs_one_per_kind')
			.on(t.attemptId, t.kind)
			.where(sql`${t.kind} <> 'supervisor'`),
		check('evaluation_runs_kind', sql`${t.kind} IN ('automatic', 'self', 'coach', 'supervisor')`),
		check(
			'evaluation_runs_status',
			sql`${t.status} IN ('queued', 'running', 'succeeded', 'failed')`
		),
		check(
			'evaluation_runs_finished',
			sql`(${t.status} IN ('succeeded', 'failed')) = (${t.finishedAt} IS NOT NULL)`
		)
	]
);

export const rubricScores = pgTable(
	'rubric_scores',
	{
		runId: uuid('run_id')
			.notNull()
			.references(() => evaluationRuns.id, { onDelete: 'cascade' }),
		criterionKey: text('criterion_key').notNull(),
		score: integer('score').notNull(),
		rationale: text('rationale'),
		evidence: jsonb('evidence').$type<ScoreEvidence[]>().notNull().default([])
	},
	(t) => [
		primaryKey({ columns: [t.runId, t.criterionKey] }),
		check('rubric_scores_range', sql`${t.score} BETWEEN 1 AND 4`)
	]
);
