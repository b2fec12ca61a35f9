import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	check,
	customType,
	doublePrecision,
	index,
	integer,
	jsonb,
	pgTable,
	real,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import type { StateVariable } from '../../../schemas/practice';
import type { ComfortIndicators, Persona, ScenarioStep } from '../../../schemas/steps';
import type { StepLayout } from '../../../schemas/scenario';
import { users } from './auth';
import { difficultyEnum, modeEnum, scenarioStatusEnum, visibilityEnum } from './enums';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const scenarios = pgTable(
	'scenarios',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		instructions: text('instructions').notNull().default(''),
		context: text('context').notNull().default(''),
		expectedOutcome: text('expected_outcome').notNull().default(''),
		learningGoal: text('learning_goal').notNull().default(''),
		learningObjectives: jsonb('learning_objectives').$type<string[]>().notNull().default([]),
		persona: jsonb('persona').$type<Persona | null>(),
		comfortIndicators: jsonb('comfort_indicators').$type<ComfortIndicators | null>(),
		mode: modeEnum('mode').notNull().default('phone'),
		category: text('category').notNull().default('general'),
		skills: text('skills')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		difficulty: difficultyEnum('difficulty').notNull().default('intermediate'),
		estimatedTime: integer('estimated_time').notNull().default(15),
		psychologicalModule: text('psychological_module'),
		ageRange: text('age_range'),
		/** quests: shown to the parent after the child finishes */
		revealMessage: text('reveal_message'),
		cefrLevel: text('cefr_level'),
		contentWarnings: text('content_warnings')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		steps: jsonb('steps').$type<ScenarioStep[]>().notNull().default([]),
		/** the variables a practice walk keeps (schemas/practice.ts) */
		stateVariables: jsonb('state_variables').$type<StateVariable[]>().notNull().default([]),
		/** the studio graph view's node positions (step id -> x, y); presentation only */
		layout: jsonb('layout').$type<StepLayout>().notNull().default({}),
		/** the rubric attempts are evaluated against (rubrics.key); null = the default for its kind */
		rubric: text('rubric_key'),
		isOneTime: boolean('is_one_time').notNull().default(false),
		/**
		 * How the scenario supplies training tokens (seed 001): `legacy` derives them from its
		 * estimated time and skills, `token` uses the explicit token_supplies rows.
		 */
		planningMode: text('planning_mode').$type<'legacy' | 'token'>().notNull().default('legacy'),
		/** null = built-in. Restrict: accounts are disabled, never deleted, while they own content. */
		createdByUserId: uuid('created_by_user_id').references(() => users.id, {
			onDelete: 'restrict'
		}),
		visibility: visibilityEnum('visibility').notNull().default('private'),
		status: scenarioStatusEnum('status').notNull().default('draft'),
		/** the live (approved) content's version; goes up when a revision is approved */
		version: integer('version').notNull().default(1),
		isActive: boolean('is_active').notNull().default(true),
		/** bumped on every change to skills / difficulty / estimated_time: optimistic concurrency */
		metadataVersion: integer('metadata_version').notNull().default(1),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		approvedAt: timestamp('approved_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		searchVector: tsvector('search_vector').generatedAlwaysAs(
			sql`setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(instructions, '')), 'C')`
		)
	},
	(t) => [
		check('scenarios_estimated_time_range', sql`${t.estimatedTime} BETWEEN 5 AND 60`),
		check('scenarios_planning_mode', sql`${t.planningMode} IN ('legacy', 'token')`),
		index('scenarios_planning_mode_idx').on(t.planningMode),
		check('scenarios_version_positive', sql`${t.version} >= 1`),
		check(
			'scenarios_cefr_level_valid',
			sql`${t.cefrLevel} IS NULL OR ${t.cefrLevel} IN ('A1','A2','B1','B2','C1','C2')`
		),
		check('scenarios_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
		check('scenarios_title_not_blank', sql`length(trim(${t.title})) > 0`),
		index('scenarios_skills_gin').using('gin', t.skills),
		index('scenarios_content_warnings_gin').using('gin', t.contentWarnings),
		index('scenarios_search_gin').using('gin', t.searchVector),
		index('scenarios_listing_idx').on(t.status, t.isActive, t.visibility),
		// `.nullsFirst()` on every descending index: drizzle-kit writes a bare `.desc()` as DESC
		// NULLS LAST, while `desc(column)` in a query orders NULLS FIRST (PostgreSQL's default
		// for DESC), and an index whose null placement differs cannot deliver that order; the
		// planner then sorts the whole filtered set for every page (bench/REPORT.md).
		index('scenarios_created_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
		index('scenarios_author_idx').on(t.createdByUserId, t.updatedAt.desc().nullsFirst()),
		index('scenarios_review_queue_idx')
			.on(t.submittedAt, t.id)
			.where(sql`${t.status} = 'in_review'`),
		index('scenarios_difficulty_time_idx').on(t.difficulty, t.estimatedTime)
	]
);

/**
 * App-wide counters, one row per scenario, changed only by the progress service inside the
 * same transaction as the user's progress. The derived values are generated columns so they
 * can never disagree with the sums they come from.
 */
export const scenarioMetadata = pgTable(
	'scenario_metadata',
	{
		scenarioId: uuid('scenario_id')
			.primaryKey()
			.references(() => scenarios.id, { onDelete: 'cascade' }),
		amountSavedCount: integer('amount_saved_count').notNull().default(0),
		totalTimesUsed: integer('total_times_used').notNull().default(0),
		totalAttempts: integer('total_attempts').notNull().default(0),
		ratingsCount: integer('ratings_count').notNull().default(0),
		ratingSum: integer('rating_sum').notNull().default(0),
		averageRating: real('average_rating').generatedAlwaysAs(
			sql`CASE WHEN ratings_count > 0 THEN rating_sum::real / ratings_count END`
		),
		/** Bayesian average with a prior of 5 votes at 3.0: few perfect votes cannot beat many high ones */
		ratingScore: doublePrecision('rating_score').generatedAlwaysAs(
			sql`(rating_sum + 15.0) / (ratings_count + 5.0)`
		),
		completionRate: real('completion_rate').generatedAlwaysAs(
			sql`CASE WHEN total_attempts > 0 THEN total_times_used::real / total_attempts END`
		),
		/** attempts finished (completed or abandoned) and their summed seconds */
		finishedAttempts: integer('finished_attempts').notNull().default(0),
		timeSpentSum: bigint('time_spent_sum', { mode: 'number' }).notNull().default(0),
		averageTimeSpent: integer('average_time_spent').generatedAlwaysAs(
			sql`CASE WHEN finished_attempts > 0 THEN (time_spent_sum / finished_attempts)::integer END`
		),
		/**
		 * ln(sum of w * 2^((t - epoch) / half-life)) over all save / attempt / completion events.
		 * Ordering by it equals ordering by the decayed score at any moment, and an event updates
		 * it in O(1) with log-sum-exp. See src/lib/domain/trending.ts.
		 */
		trendingLog: doublePrecision('trending_log').notNull().default(-1e9),
		lastActivityAt: timestamp('last_activity_at', { withTimezone: true }),
		/** times a parent opened a quest's reveal message (seed 003); a view count, not derived */
		revealCount: integer('reveal_count').notNull().default(0),
		lastRevealAt: timestamp('last_reveal_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check(
			'scenario_metadata_counts_non_negative',
			sql`${t.amountSavedCount} >= 0 AND ${t.totalTimesUsed} >= 0 AND ${t.totalAttempts} >= 0 AND ${t.ratingsCount} >= 0 AND ${t.finishedAttempts} >= 0`
		),
		index('scenario_metadata_rating_idx').on(
			t.ratingScore.desc().nullsFirst(),
			t.scenarioId.desc().nullsFirst()
		),
		index('scenario_metadata_saved_idx').on(
			t.amountSavedCount.desc().nullsFirst(),
			t.scenarioId.desc().nullsFirst()
		),
		index('scenario_metadata_trending_idx').on(
			t.trendingLog.desc().nullsFirst(),
			t.scenarioId.desc().nullsFirst()
		),
		index('scenario_metadata_played_idx').on(
			t.totalTimesUsed.desc().nullsFirst(),
			t.scenarioId.desc().nullsFirst()
		)
	]
);

/**
 * A pending edit of an approved scenario. The live row in `scenarios` is what everyone sees
 * until this revision is approved, when its content is copied over and `version` goes up.
 */
export const scenarioRevisions = pgTable(
	'scenario_revisions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		scenarioId: uuid('scenario_id')
			.notNull()
			.references(() => scenarios.id, { onDelete: 'cascade' }),
		authorId: uuid('author_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		baseVersion: integer('base_version').notNull(),
		/**
		 * The scenario's metadata_version when the revision was opened: approving refuses to copy
		 * skills, difficulty or time over an admin's later edit of them.
		 */
		baseMetadataVersion: integer('base_metadata_version').notNull().default(1),
		content: jsonb('content').$type<Record<string, unknown>>().notNull(),
		status: scenarioStatusEnum('status').notNull().default('draft'),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('scenario_revisions_one_open')
			.on(t.scenarioId)
			.where(sql`${t.status} IN ('draft', 'in_review', 'changes_requested')`),
		index('scenario_revisions_queue_idx')
			.on(t.submittedAt, t.id)
			.where(sql`${t.status} = 'in_review'`)
	]
);
