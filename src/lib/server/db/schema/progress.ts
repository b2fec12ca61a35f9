import { sql } from 'drizzle-orm';
import {
	boolean,
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
import { users } from './auth';
import { attemptOutcomeEnum } from './enums';
import { scenarios } from './scenarios';

/** One row per (user, scenario): the user's own journey. Only its owner ever reads it. */
export const userScenarioProgress = pgTable(
	'user_scenario_progress',
	{
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		scenarioId: uuid('scenario_id')
			.notNull()
			.references(() => scenarios.id, { onDelete: 'cascade' }),
		isSaved: boolean('is_saved').notNull().default(false),
		savedAt: timestamp('saved_at', { withTimezone: true }),
		timesCompleted: integer('times_completed').notNull().default(0),
		timesAttempted: integer('times_attempted').notNull().default(0),
		lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
		lastCompletedAt: timestamp('last_completed_at', { withTimezone: true }),
		currentStep: text('current_step'),
		totalTimeSpent: integer('total_time_spent').notNull().default(0),
		userRating: integer('user_rating'),
		reviewText: text('review_text'),
		ratedAt: timestamp('rated_at', { withTimezone: true }),
		/** an admin hid the written review after a report; the rating still counts */
		reviewHiddenAt: timestamp('review_hidden_at', { withTimezone: true }),
		userNotes: text('user_notes'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.userId, t.scenarioId] }),
		check('progress_rating_range', sql`${t.userRating} IS NULL OR ${t.userRating} BETWEEN 1 AND 5`),
		check(
			'progress_counts_non_negative',
			sql`${t.timesCompleted} >= 0 AND ${t.timesAttempted} >= 0 AND ${t.totalTimeSpent} >= 0`
		),
		check(
			'progress_review_needs_rating',
			sql`${t.reviewText} IS NULL OR ${t.userRating} IS NOT NULL`
		),
		check(
			'progress_review_length',
			sql`${t.reviewText} IS NULL OR length(${t.reviewText}) <= 2000`
		),
		index('progress_user_idx').on(t.userId),
		index('progress_scenario_idx').on(t.scenarioId),
		index('progress_user_saved_idx').on(t.userId, t.isSaved),
		index('progress_scenario_rated_idx')
			.on(t.scenarioId, t.ratedAt.desc().nullsFirst())
			.where(sql`${t.userRating} IS NOT NULL`)
	]
);

/** Every attempt ever started; an open attempt has no outcome yet. */
export const scenarioAttempts = pgTable(
	'scenario_attempts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		scenarioId: uuid('scenario_id')
			.notNull()
			.references(() => scenarios.id, { onDelete: 'cascade' }),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
		finishedAt: timestamp('finished_at', { withTimezone: true }),
		outcome: attemptOutcomeEnum('outcome'),
		timeSpent: integer('time_spent'),
		currentStep: text('current_step'),
		stepsVisited: integer('steps_visited').notNull().default(0),
		/**
		 * Time the learner was actually at it: the gaps between their actions, each capped, so a
		 * tab left open overnight or an attempt resumed a month later adds minutes, not days.
		 */
		activeSeconds: integer('active_seconds').notNull().default(0),
		lastActiveAt: timestamp('last_active_at', { withTimezone: true }),
		reflection: text('reflection'),
		/** the practice walk's state variables after the last turn (schemas/practice.ts) */
		state: jsonb('state').$type<PracticeState>().notNull().default({})
	},
	(t) => [
		check(
			'attempts_outcome_matches_finish',
			sql`(${t.outcome} IS NULL) = (${t.finishedAt} IS NULL)`
		),
		check('attempts_time_non_negative', sql`${t.timeSpent} IS NULL OR ${t.timeSpent} >= 0`),
		check('attempts_active_non_negative', sql`${t.activeSeconds} >= 0`),
		index('attempts_user_started_idx').on(t.userId, t.startedAt.desc().nullsFirst()),
		index('attempts_scenario_idx').on(t.scenarioId),
		uniqueIndex('attempts_one_open_per_user_scenario')
			.on(t.userId, t.scenarioId)
			.where(sql`${t.finishedAt} IS NULL`)
	]
);

/** A learner's report of someone's public review; an admin hides the review or dismisses it. */
export const reviewReports = pgTable(
	'review_reports',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		scenarioId: uuid('scenario_id')
			.notNull()
			.references(() => scenarios.id, { onDelete: 'cascade' }),
		/** whose review: with scenario_id, the progress row that holds it */
		reviewAuthorId: uuid('review_author_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		reporterId: uuid('reporter_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		reason: text('reason').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		resolvedAt: timestamp('resolved_at', { withTimezone: true }),
		resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
		resolution: text('resolution')
	},
	(t) => [
		check(
			'review_reports_resolution',
			sql`${t.resolution} IS NULL OR ${t.resolution} IN ('hidden', 'dismissed')`
		),
		check('review_reports_reason_length', sql`length(${t.reason}) BETWEEN 1 AND 1000`),
		uniqueIndex('review_reports_one_per_reporter').on(t.scenarioId, t.reviewAuthorId, t.reporterId),
		index('review_reports_open_idx')
			.on(t.createdAt)
			.where(sql`${t.resolvedAt} IS NULL`)
	]
);
