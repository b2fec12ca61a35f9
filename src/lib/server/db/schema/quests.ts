import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { BuilderStage } from '../../../schemas/enums';
import { users } from './auth';
import { scenarios } from './scenarios';

// The guided quest builder's conversations (PRODUCT.md, "Quests for children and families"):
// resumable, one row per conversation. `context` holds what the parent said (age band, worry,
// what helps, module); `current_graph` the draft's steps once generated; `scenario_id` the
// studio draft it became.

export const questBuilderSessions = pgTable(
	'quest_builder_sessions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		stage: text('stage').$type<BuilderStage>().notNull().default('greeting'),
		conversation: jsonb('conversation')
			.$type<{ role: 'builder' | 'parent'; text: string; at: string }[]>()
			.notNull()
			.default([]),
		context: jsonb('context').$type<Record<string, unknown>>().notNull().default({}),
		currentGraph: jsonb('current_graph').$type<Record<string, unknown> | null>(),
		scenarioId: uuid('scenario_id').references(() => scenarios.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('quest_builder_sessions_user_idx').on(t.userId, t.updatedAt),
		check(
			'quest_builder_sessions_stage',
			sql`${t.stage} IN ('greeting', 'collecting_info', 'clarifying', 'generating', 'reviewing', 'quest_ready')`
		)
	]
);
