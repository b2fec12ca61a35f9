import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { roleEnum } from './enums';

export const users = pgTable(
	'users',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** stored lower-cased; uniqueness is case-insensitive because of that */
		email: text('email').notNull().unique(),
		displayName: text('display_name').notNull(),
		passwordHash: text('password_hash').notNull(),
		role: roleEnum('role').notNull().default('learner'),
		disabledAt: timestamp('disabled_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('users_role_idx').on(t.role), index('users_display_name_idx').on(t.displayName)]
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
