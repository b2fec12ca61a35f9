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
import { roleEnum } from './enums';
import type { UserMode } from '../../../schemas/enums';

export const users = pgTable(
	'users',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** stored lower-cased; uniqueness is case-insensitive because of that */
		email: text('email').notNull().unique(),
		displayName: text('display_name').notNull(),
		passwordHash: text('password_hash').notNull(),
		role: roleEnum('role').notNull().default('learner'),
		/** a capability an admin grants (not a rank): may create and run cohorts */
		isCoordinator: boolean('is_coordinator').notNull().default(false),
		disabledAt: timestamp('disabled_at', { withTimezone: true }),
		/** set when the owner followed the link mailed to this address */
		emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
		/** `educational` | `therapeutic`: the library's default view (quests first for therapeutic) */
		mode: text('mode').$type<UserMode>().notNull().default('educational'),
		/** how a parent likes to be named in family screens; optional */
		parentName: text('parent_name'),
		/** preferences (e.g. reading support); never progress, which lives in its own tables */
		learningProfile: jsonb('learning_profile')
			.$type<Record<string, unknown>>()
			.notNull()
			.default({}),
		/** hash of the PIN that ends child mode on this parent's devices; null = no PIN set yet */
		childModePinHash: text('child_mode_pin_hash'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('users_role_idx').on(t.role),
		index('users_display_name_idx').on(t.displayName),
		check('users_mode', sql`${t.mode} IN ('educational', 'therapeutic')`)
	]
);

export const sessions = pgTable(
	'sessions',
	{
		/** SHA-256 of the token in the cookie: a leaked table cannot be replayed */
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/** absolute end of the session, whatever the activity */
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		/** refreshed at most once a minute; idle timeout counts from here */
		lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
		userAgent: text('user_agent')
	},
	(t) => [
		index('sessions_user_idx').on(t.userId),
		index('sessions_expires_idx').on(t.expiresAt),
		index('sessions_last_seen_idx').on(sql`${t.lastSeenAt}`)
	]
);

/**
 * Single-use links mailed to a user (password reset, e-mail verification). Only the SHA-256
 * of the token is stored, so a leaked table cannot be used to take over an account.
 */
export const accountTokens = pgTable(
	'account_tokens',
	{
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		purpose: text('purpose').notNull(),
		/** the address the link went to: a verification is for that address only */
		email: text('email').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(t) => [
		check('account_tokens_purpose', sql`${t.purpose} IN ('password_reset', 'email_verification')`),
		index('account_tokens_user_idx').on(t.userId, t.purpose)
	]
);

/**
 * Sign-in history per (account, address): failures since the last success drive a growing
 * delay for that pair only, and an address that signed in before is never locked out by
 * failures from elsewhere. The address is stored as a keyed hash, not in clear.
 */
export const signInPairs = pgTable(
	'sign_in_pairs',
	{
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		addressHash: text('address_hash').notNull(),
		failures: integer('failures').notNull().default(0),
		lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
		lastSuccessAt: timestamp('last_success_at', { withTimezone: true })
	},
	(t) => [
		primaryKey({ columns: [t.userId, t.addressHash] }),
		check('sign_in_pairs_failures_non_negative', sql`${t.failures} >= 0`)
	]
);
