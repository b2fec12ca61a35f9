import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { notifications } from '../../db/schema';

// In-app notifications: a row per message, read by its recipient only.

export interface NewNotification {
	userId: string;
	kind: string;
	title: string;
	body?: string;
	link?: string | null;
}

/** Call inside the transaction of the change it reports, so it exists only if the change does. */
export async function notify(db: Executor, notification: NewNotification) {
	await db.insert(notifications).values({
		userId: notification.userId,
		kind: notification.kind,
		title: notification.title.slice(0, 300),
		body: (notification.body ?? '').slice(0, 1000),
		link: notification.link ?? null
	});
}

export async function listNotifications(db: Executor, userId: string, limit = 20) {
	const [items, [unread]] = await Promise.all([
		db
			.select({
				id: notifications.id,
				kind: notifications.kind,
				title: notifications.title,
				body: notifications.body,
				link: notifications.link,
				readAt: notifications.readAt,
				createdAt: notifications.createdAt
			})
			.from(notifications)
			.where(eq(notifications.userId, userId))
			.orderBy(desc(notifications.createdAt), desc(notifications.id))
			.limit(limit),
		db
			.select({ n: count() })
			.from(notifications)
			.where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
	]);
	return { items, unread: unread.n };
}

export async function unreadCount(db: Executor, userId: string) {
	const [row] = await db
		.select({ n: count() })
		.from(notifications)
		.where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
	return row.n;
}

/** Marks the given notifications (or all) read; only the recipient's own rows are touched. */
export async function markRead(db: Executor, userId: string, ids?: string[]) {
	const updated = await db
		.update(notifications)
		.set({ readAt: new Date() })
		.where(
			and(
				eq(notifications.userId, userId),
				isNull(notifications.readAt),
				ids
					? inArray(notifications.id, ids.length ? ids : ['00000000-0000-0000-0000-000000000000'])
					: undefined
			)
		)
		.returning({ id: notifications.id });
	return { marked: updated.length };
}
