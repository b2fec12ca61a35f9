import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import type { TrackPhase } from '../../../schemas/enums';
import { users } from './auth';
import { childProfiles } from './family';
import { scenarios } from './scenarios';

// Tracks (seed 003's user tracks): ordered scenarios in phases awareness -> expression ->
// action -> mastery. A learner or a child enrols; user_tracks keeps the derived position
// (current phase, completion percentage), updated in the transaction that completes an attempt
// or a child's quest, and recomputed by db:verify.

export const tracks = pgTable('tracks', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	title: text('title').notNull(),
	description: text('description').notNull().default(''),
	/** `learners` | `children` */
	audience: text('audience').$type<'learners' | 'children'>().notNull().default('learners'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export const trackItems = pgTable(
	'track_items',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		trackId: uuid('track_id')
			.notNull()
			.references(() => tracks.id, { onDelete: 'cascade' }),
		phase: text('phase').$type<TrackPhase>().notNull(),
		position: integer('position').notNull(),
		scenarioId: uuid('scenario_id')
			.notNull()
			.references(() => scenarios.id, { onDelete: 'cascade' })
	},
	(t) => [
		uniqueIndex('track_items_track_scenario_idx').on(t.trackId, t.scenarioId),
		uniqueIndex('track_items_track_position_idx').on(t.trackId, t.phase, t.position),
		index('track_items_scenario_idx').on(t.scenarioId),
		check('track_items_phase', sql`${t.phase} IN ('awareness', 'expression', 'action', 'mastery')`)
	]
);

/** An enrolment of a user or of a child (exactly one of the two). */
export const userTracks = pgTable(
	'user_tracks',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
		childId: uuid('child_id').references(() => childProfiles.id, { onDelete: 'cascade' }),
		trackId: uuid('track_id')
			.notNull()
			.references(() => tracks.id, { onDelete: 'cascade' }),
		currentPhase: text('current_phase').$type<TrackPhase>().notNull().default('awareness'),
		completionPercentage: integer('completion_percentage').notNull().default(0),
		enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull().defaultNow(),
		lastActivityAt: timestamp('last_activity_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('user_tracks_user_idx')
			.on(t.userId, t.trackId)
			.where(sql`${t.userId} IS NOT NULL`),
		uniqueIndex('user_tracks_child_idx')
			.on(t.childId, t.trackId)
			.where(sql`${t.childId} IS NOT NULL`),
		index('user_tracks_track_idx').on(t.trackId),
		check('user_tracks_one_owner', sql`(${t.userId} IS NULL) <> (${t.childId} IS NULL)`),
		check('user_tracks_percentage', sql`${t.completionPercentage} BETWEEN 0 AND 100`),
		check(
			'user_tracks_phase',
			sql`${t.currentPhase} IN ('awareness', 'expression', 'action', 'mastery')`
		)
	]
);
