import { sql } from 'drizzle-orm';
import {
	check,
	date,
	doublePrecision,
	index,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { cohorts } from './cohorts';
import { scenarios } from './scenarios';
import { skillPools } from './skills';

// Seed 001's token ledger as training planning (behind the flag token_planning_v1). A token is
// an hour of practice in a pool, weighted by the pool's calibration: domain/token-plan.ts holds
// the arithmetic. Every table here is new, so the migration that adds them is additive.

/** A `token` scenario's explicit supply per pool (a `legacy` one derives its supply). */
export const tokenSupplies = pgTable(
	'token_supplies',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		scenarioId: uuid('scenario_id')
			.notNull()
			.references(() => scenarios.id, { onDelete: 'cascade' }),
		poolId: uuid('skill_pool_id')
			.notNull()
			.references(() => skillPools.id, { onDelete: 'cascade' }),
		tokens: doublePrecision('tokens').notNull(),
		notes: text('notes'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('token_supplies_pair_idx').on(t.scenarioId, t.poolId),
		index('token_supplies_pool_idx').on(t.poolId),
		check('token_supplies_positive', sql`${t.tokens} > 0 AND ${t.tokens} <= 1000`)
	]
);

/** What a cohort's trainees each need in a pool: a median and a cautious (p90) estimate. */
export const tokenDemands = pgTable(
	'token_demands',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		cohortId: uuid('cohort_id')
			.notNull()
			.references(() => cohorts.id, { onDelete: 'cascade' }),
		poolId: uuid('skill_pool_id')
			.notNull()
			.references(() => skillPools.id, { onDelete: 'cascade' }),
		tokensP50: doublePrecision('tokens_p50').notNull(),
		tokensP90: doublePrecision('tokens_p90'),
		notes: text('notes'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('token_demands_pair_idx').on(t.cohortId, t.poolId),
		index('token_demands_pool_idx').on(t.poolId),
		check('token_demands_range', sql`${t.tokensP50} >= 0 AND ${t.tokensP50} <= 1000`),
		check(
			'token_demands_p90',
			sql`${t.tokensP90} IS NULL OR (${t.tokensP90} >= ${t.tokensP50} AND ${t.tokensP90} <= 1000)`
		)
	]
);

/** Tokens an hour of practice is worth in a pool, from a date on (effective-dated). */
export const tokenCalibrations = pgTable(
	'token_calibrations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		poolId: uuid('skill_pool_id')
			.notNull()
			.references(() => skillPools.id, { onDelete: 'cascade' }),
		tokensPerHour: doublePrecision('tokens_per_hour').notNull().default(1.0),
		effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
		notes: text('notes'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('token_calibrations_pair_idx').on(t.poolId, t.effectiveDate),
		check('token_calibrations_rate', sql`${t.tokensPerHour} > 0 AND ${t.tokensPerHour} <= 100`)
	]
);
