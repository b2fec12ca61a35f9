import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { users } from '../../db/schema';

/** What the account page shows about its owner. */
export async function accountOverview(db: Executor, userId: string) {
	const [user] = await db
		.select({
			email: users.email,
			displayName: users.displayName,
			emailVerifiedAt: users.emailVerifiedAt,
			createdAt: users.createdAt
		})
		.from(users)
		.where(eq(users.id, userId))
		.limit(1);
	return user ?? null;
}
