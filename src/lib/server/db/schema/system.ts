import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';

export const notifications = pgTable(
	'notifications',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		title: text('title').notNull(),
		body: text('body').notNull().default(''),
		link: text('link'),
		readAt: timestamp('read_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('notifications_user_idx').on(t.userId, t.createdAt.desc().nullsFirst())]
);

/**
 * Fixed-window rate-limit counters. Kept in the database, not in process memory, so limits
 * hold when several app servers run behind a load balancer.
 */
export const rateLimitBuckets = pgTable(
	'rate_limit_buckets',
	{
		key: text('key').primaryKey(),
		windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
		count: integer('count').notNull().default(0)
	},
	(t) => [index('rate_limit_buckets_window_idx').on(t.windowStart)]
);

/**
 * Every mail the app sends. Without SMTP_URL (the embedded default) mails stay here and admins
 * read them at /admin/outbox; with it, `sent_at` or `error` records what the server answered.
 */
export const mailOutbox = pgTable(
	'mail_outbox',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		toAddress: text('to_address').notNull(),
		subject: text('subject').notNull(),
		textBody: text('text_body').notNull(),
		purpose: text('purpose').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		error: text('error')
	},
	(t) => [
		check(
			'mail_outbox_purpose',
			sql`${t.purpose} IN ('password_reset', 'email_verification', 'notification')`
		),
		index('mail_outbox_created_idx').on(t.createdAt.desc().nullsFirst())
	]
);
