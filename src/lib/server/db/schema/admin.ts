import { sql } from 'drizzle-orm';
import {
	bigserial,
	boolean,
	check,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { difficultyEnum, proposalStatusEnum } from './enums';
import { scenarios } from './scenarios';

export const apiKeys = pgTable(
	'api_keys',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		name: text('name').notNull(),
		/** first characters of the key, shown in lists so a key can be recognised */
		prefix: text('prefix').notNull(),
		/** SHA-256 of the key; the key itself is shown once and never stored */
		keyHash: text('key_hash').notNull().unique(),
		createdByUserId: uuid('created_by_user_id').references(() => users.id, {
			onDelete: 'set null'
		}),
		rateLimitPerMinute: integer('rate_limit_per_minute').notNull().default(600),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [check('api_keys_rate_limit_positive', sql`${t.rateLimitPerMinute} > 0`)]
);

export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: text('entity_id'),
		before: jsonb('before'),
		after: jsonb('after'),
		/** set when a later action undid this one */
		undoneAt: timestamp('undone_at', { withTimezone: true }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('audit_log_at_idx').on(t.at.desc().nullsFirst()),
		index('audit_log_entity_idx').on(t.entityType, t.entityId, t.at.desc().nullsFirst()),
		index('audit_log_actor_idx').on(t.actorId, t.at.desc().nullsFirst())
	]
);

export const featureFlags = pgTable('feature_flags', {
	key: text('key').primaryKey(),
	enabled: boolean('enabled').notNull().default(false),
	description: text('description').notNull().default(''),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export const appSettings = pgTable('app_settings', {
	key: text('key').primaryKey(),
	value: jsonb('value').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** Metadata the analyzer proposes for a scenario, waiting for an admin's decision. */
export const metadataProposals = pgTable(
	'metadata_proposals',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		scenarioId: uuid('scenario_id')
			.notNull()
			.references(() => scenarios.id, { onDelete: 'cascade' }),
		proposedSkills: text('proposed_skills').array().notNull(),
		proposedDifficulty: difficultyEnum('proposed_difficulty').notNull(),
		proposedEstimatedTime: integer('proposed_estimated_time').notNull(),
		/** the scenario's metadata_version when proposed: applying over a newer edit is a conflict */
		baseMetadataVersion: integer('base_metadata_version').notNull(),
		status: proposalStatusEnum('status').notNull().default('pending'),
		decidedByUserId: uuid('decided_by_user_id').references(() => users.id, {
			onDelete: 'set null'
		}),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check('metadata_proposals_time_range', sql`${t.proposedEstimatedTime} BETWEEN 5 AND 60`),
		index('metadata_proposals_status_idx').on(t.status, t.createdAt),
		index('metadata_proposals_scenario_idx').on(t.scenarioId)
	]
);
