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
	uuid
} from 'drizzle-orm/pg-core';
import { sessions, users } from './auth';
import { scenarios } from './scenarios';

// Children and their quests (PRODUCT.md, "Quests for children and families"). A child has no
// account: a parent's profile row (nickname and age band, no e-mail, no password). Everything
// about a child references child_profiles with ON DELETE CASCADE, so deleting the child deletes
// every row about it; only the parent reads any of it, and sharing needs their recorded consent.

export const childProfiles = pgTable(
	'child_profiles',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		parentUserId: uuid('parent_user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		nickname: text('nickname').notNull(),
		/** one of AGE_RANGES ('7-9', ...) */
		ageBand: text('age_band').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('child_profiles_parent_idx').on(t.parentUserId),
		check('child_profiles_nickname_not_blank', sql`length(trim(${t.nickname})) > 0`)
	]
);

/** What a parent shares about a child: nothing until they consent (consent_at, consent_version). */
export const childPrivacySettings = pgTable('child_privacy_settings', {
	childId: uuid('child_id')
		.primaryKey()
		.references(() => childProfiles.id, { onDelete: 'cascade' }),
	/** anonymous counts (plays, completions) for the authors of the quests the child plays */
	shareAggregatesWithAuthors: boolean('share_aggregates_with_authors').notNull().default(false),
	consentAt: timestamp('consent_at', { withTimezone: true }),
	consentVersion: integer('consent_version'),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** A child's place in a quest; the walk's state so a quest resumes where it stopped. */
export const questProgress = pgTable(
	'quest_progress',
	{
		childId: uuid('child_id')
			.notNull()
			.references(() => childProfiles.id, { onDelete: 'cascade' }),
		scenarioId: uuid('scenario_id')
			.notNull()
			.references(() => scenarios.id, { onDelete: 'cascade' }),
		/** the step the child is on (step id); null once completed */
		currentStep: text('current_step'),
		/** the walk's state variables at current_step */
		state: jsonb('state').$type<Record<string, number | boolean>>().notNull().default({}),
		completed: boolean('completed').notNull().default(false),
		completedAt: timestamp('completed_at', { withTimezone: true }),
		sessionCount: integer('session_count').notNull().default(0),
		totalTimeSeconds: integer('total_time_seconds').notNull().default(0),
		lastPlayedAt: timestamp('last_played_at', { withTimezone: true }),
		/** when the parent last read the reveal for this completion */
		revealedAt: timestamp('revealed_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.childId, t.scenarioId] }),
		index('quest_progress_scenario_idx').on(t.scenarioId),
		check('quest_progress_counts', sql`${t.sessionCount} >= 0 AND ${t.totalTimeSeconds} >= 0`)
	]
);

/**
 * A session in child mode: every page but the child's quests is closed to it until the parent
 * enters their PIN. Keyed by the session, so child mode holds on that device only.
 */
export const childModeSessions = pgTable(
	'child_mode_sessions',
	{
		sessionId: text('session_id')
			.primaryKey()
			.references(() => sessions.id, { onDelete: 'cascade' }),
		childId: uuid('child_id')
			.notNull()
			.references(() => childProfiles.id, { onDelete: 'cascade' }),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
		/** wrong PINs since child mode started: after a few, leaving waits */
		failedPinAttempts: integer('failed_pin_attempts').notNull().default(0),
		lastFailedPinAt: timestamp('last_failed_pin_at', { withTimezone: true })
	},
	(t) => [index('child_mode_sessions_child_idx').on(t.childId)]
);
