import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Groups of skills a crisis centre plans training by (seed 001's skill pools). Seeded by name with
 * an idempotent upsert; admins rename, describe and deactivate them and move skills between them.
 */
export const skillPools = pgTable(
	'skill_pools',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		name: text('name').notNull().unique(),
		description: text('description').notNull().default(''),
		isActive: boolean('is_active').notNull().default(true),
		sortOrder: integer('sort_order').notNull().default(0),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('skill_pools_active_idx').on(t.isActive)]
);

export const skills = pgTable(
	'skills',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		name: text('name').notNull().unique(),
		description: text('description').notNull().default(''),
		isActive: boolean('is_active').notNull().default(true),
		sortOrder: integer('sort_order').notNull().default(0),
		/** the pool the skill is planned in; null only for a skill an admin has not placed yet */
		poolId: uuid('pool_id').references(() => skillPools.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('skills_pool_idx').on(t.poolId)]
);
