import type { z } from 'zod';
import { count, desc } from 'drizzle-orm';
import type { outboxListSchema } from '../../../schemas/accounts';
import type { Executor } from '../../db/client';
import { mailOutbox } from '../../db/schema';
import { mailTransport } from '../../mail/transport';

// The mail outbox as admins read it, newest first. Without SMTP this is where every mail ends
// up; with SMTP it shows what was sent and what failed (sent mails no longer hold their links).

export async function listOutbox(db: Executor, input: z.output<typeof outboxListSchema>) {
	const [items, [{ total }]] = await Promise.all([
		db
			.select({
				id: mailOutbox.id,
				to: mailOutbox.toAddress,
				subject: mailOutbox.subject,
				text: mailOutbox.textBody,
				purpose: mailOutbox.purpose,
				createdAt: mailOutbox.createdAt,
				sentAt: mailOutbox.sentAt,
				error: mailOutbox.error
			})
			.from(mailOutbox)
			.orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
			.limit(input.pageSize)
			.offset((input.page - 1) * input.pageSize),
		db.select({ total: count() }).from(mailOutbox)
	]);
	return {
		/** 'outbox': SMTP_URL is not set, nothing is sent */
		delivery: mailTransport().kind,
		items,
		total: Number(total),
		page: input.page,
		pageSize: input.pageSize,
		pages: Math.max(1, Math.ceil(Number(total) / input.pageSize))
	};
}
