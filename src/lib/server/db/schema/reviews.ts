import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { reviewDecisionEnum } from './enums';
import { scenarioRevisions, scenarios } from './scenarios';

export const scenarioReviews = pgTable(
	'scenario_reviews',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		scenarioId: uuid('scenario_id')
			.notNull()
			.references(() => scenarios.id, { onDelete: 'cascade' }),
		/** the version this review judged (a revision's review judges version + 1) */
		scenarioVersion: integer('scenario_version').notNull(),
		revisionId: uuid('revision_id').references(() => scenarioRevisions.id, {
			onDelete: 'set null'
		}),
		/** Restrict: a clinician's review is a record; the reviewer account is disabled, not deleted. */
		reviewerId: uuid('reviewer_id')
			.notNull()
			.references(() => users.id, { onDelete: 'restrict' }),
		emotionalSafetyScore: integer('emotional_safety_score').notNull(),
		therapeuticCorrectnessScore: integer('therapeutic_correctness_score').notNull(),
		ageAppropriatenessScore: integer('age_appropriateness_score').notNull(),
		revealTimingScore: integer('reveal_timing_score').notNull(),
		strengths: text('strengths').notNull().default(''),
		concerns: text('concerns').notNull().default(''),
		recommendations: text('recommendations').notNull().default(''),
		decision: reviewDecisionEnum('decision').notNull(),
		/** the content warnings the reviewer confirmed the scenario carries (required to approve) */
		confirmedWarnings: text('confirmed_warnings')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check(
			'reviews_scores_range',
			sql`${t.emotionalSafetyScore} BETWEEN 1 AND 5 AND ${t.therapeuticCorrectnessScore} BETWEEN 1 AND 5 AND ${t.ageAppropriatenessScore} BETWEEN 1 AND 5 AND ${t.revealTimingScore} BETWEEN 1 AND 5`
		),
		// NULLS FIRST matches `order by created_at desc` (see scenarios.ts).
		index('reviews_scenario_idx').on(t.scenarioId, t.createdAt.desc().nullsFirst()),
		index('reviews_reviewer_idx').on(t.reviewerId, t.createdAt.desc().nullsFirst())
	]
);

/** A reviewer's 30-minute lock on a queue item, so two reviewers never judge it at once. */
export const reviewClaims = pgTable(
	'review_claims',
	{
		scenarioId: uuid('scenario_id')
			.primaryKey()
			.references(() => scenarios.id, { onDelete: 'cascade' }),
		reviewerId: uuid('reviewer_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
	},
	(t) => [index('review_claims_reviewer_idx').on(t.reviewerId)]
);
