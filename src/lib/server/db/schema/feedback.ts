import { sql } from 'drizzle-orm';
import {
	check,
	index,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { attemptTurns, evaluationRuns } from './practice';
import { scenarioAttempts } from './progress';

// Supervisor feedback (PRODUCT.md, "Practice and feedback"). A learner's request is their
// consent for supervisors (reviewer role) to read that one attempt's transcript; the answer is a
// `supervisor` evaluation run plus comments on single turns. A `calibration` request is an
// admin's: a second supervisor scores an answered attempt blind, so raters can be compared.

export const feedbackRequests = pgTable(
	'feedback_requests',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		attemptId: uuid('attempt_id')
			.notNull()
			.references(() => scenarioAttempts.id, { onDelete: 'cascade' }),
		learnerId: uuid('learner_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** `learner`: asked from the debrief; `calibration`: a blind second scoring an admin asked for */
		purpose: text('purpose').$type<'learner' | 'calibration'>().notNull().default('learner'),
		/** the answered request a calibration request scores again */
		calibrates: uuid('calibrates'),
		/** what the learner wants feedback on */
		note: text('note').notNull().default(''),
		/** `claimed` with claimed_until in the past reads as open: claims expire */
		status: text('status').$type<'open' | 'claimed' | 'answered' | 'withdrawn'>().notNull(),
		claimedBy: uuid('claimed_by').references(() => users.id, { onDelete: 'set null' }),
		claimedUntil: timestamp('claimed_until', { withTimezone: true }),
		/** the supervisor run that answered it */
		runId: uuid('run_id').references(() => evaluationRuns.id, { onDelete: 'set null' }),
		answeredBy: uuid('answered_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		answeredAt: timestamp('answered_at', { withTimezone: true }),
		withdrawnAt: timestamp('withdrawn_at', { withTimezone: true })
	},
	(t) => [
		// One waiting request per attempt and purpose; answered and withdrawn ones stay as history.
		uniqueIndex('feedback_requests_one_waiting')
			.on(t.attemptId, t.purpose)
			.where(sql`${t.status} IN ('open', 'claimed')`),
		index('feedback_requests_waiting_idx')
			.on(t.createdAt)
			.where(sql`${t.status} IN ('open', 'claimed')`),
		index('feedback_requests_attempt_idx').on(t.attemptId),
		check(
			'feedback_requests_status',
			sql`${t.status} IN ('open', 'claimed', 'answered', 'withdrawn')`
		),
		check('feedback_requests_purpose', sql`${t.purpose} IN ('learner', 'calibration')`),
		check(
			'feedback_requests_answered',
			sql`(${t.status} = 'answered') = (${t.answeredAt} IS NOT NULL)`
		),
		check(
			'feedback_requests_claim',
			sql`${t.status} <> 'claimed' OR (${t.claimedBy} IS NOT NULL AND ${t.claimedUntil} IS NOT NULL)`
		)
	]
);

/** A supervisor's comment on one line of the transcript. */
export const turnComments = pgTable(
	'turn_comments',
	{
		runId: uuid('run_id')
			.notNull()
			.references(() => evaluationRuns.id, { onDelete: 'cascade' }),
		turnId: uuid('turn_id')
			.notNull()
			.references(() => attemptTurns.id, { onDelete: 'cascade' }),
		text: text('text').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.runId, t.turnId] })]
);
