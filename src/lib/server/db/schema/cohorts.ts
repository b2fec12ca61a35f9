import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { scenarios } from './scenarios';

// Cohorts (PRODUCT.md, "Cohorts and training plans"). A coordinator runs a group of trainees;
// a trainee's progress reaches the coordinators only while the trainee's consent stands
// (consent_at set and not withdrawn). Without it coordinators see membership and nothing else.

export const cohorts = pgTable(
	'cohorts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		startsOn: date('starts_on', { mode: 'string' }),
		endsOn: date('ends_on', { mode: 'string' }),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		/** keyed hash of the current invite code (the code itself is shown once); null = no invite */
		inviteCodeHash: text('invite_code_hash'),
		inviteExpiresAt: timestamp('invite_expires_at', { withTimezone: true }),
		/** an archived cohort is read-only */
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('cohorts_invite_code_idx')
			.on(t.inviteCodeHash)
			.where(sql`${t.inviteCodeHash} IS NOT NULL`),
		check('cohorts_name_not_blank', sql`length(trim(${t.name})) > 0`),
		check(
			'cohorts_dates',
			sql`${t.endsOn} IS NULL OR ${t.startsOn} IS NULL OR ${t.endsOn} >= ${t.startsOn}`
		),
		check(
			'cohorts_invite_pair',
			sql`(${t.inviteCodeHash} IS NULL) = (${t.inviteExpiresAt} IS NULL)`
		)
	]
);

export const cohortMembers = pgTable(
	'cohort_members',
	{
		cohortId: uuid('cohort_id')
			.notNull()
			.references(() => cohorts.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role').$type<'coordinator' | 'trainee'>().notNull(),
		joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
		/** when the trainee agreed to share, and which wording they agreed to */
		consentAt: timestamp('consent_at', { withTimezone: true }),
		consentVersion: integer('consent_version'),
		consentWithdrawnAt: timestamp('consent_withdrawn_at', { withTimezone: true })
	},
	(t) => [
		primaryKey({ columns: [t.cohortId, t.userId] }),
		index('cohort_members_user_idx').on(t.userId),
		check('cohort_members_role', sql`${t.role} IN ('coordinator', 'trainee')`),
		check(
			'cohort_members_consent_pair',
			sql`(${t.consentAt} IS NULL) = (${t.consentVersion} IS NULL)`
		)
	]
);

export const assignments = pgTable(
	'assignments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		cohortId: uuid('cohort_id')
			.notNull()
			.references(() => cohorts.id, { onDelete: 'cascade' }),
		scenarioId: uuid('scenario_id')
			.notNull()
			.references(() => scenarios.id, { onDelete: 'cascade' }),
		dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
		required: boolean('required').notNull().default(true),
		/** the rubric level (1-4) an attempt's automatic or supervisor run must reach; null = finishing is enough */
		minLevel: integer('min_level'),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('assignments_cohort_scenario_idx').on(t.cohortId, t.scenarioId),
		index('assignments_scenario_idx').on(t.scenarioId),
		check('assignments_min_level', sql`${t.minLevel} IS NULL OR ${t.minLevel} BETWEEN 1 AND 4`)
	]
);
