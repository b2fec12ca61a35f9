import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { users } from '../../db/schema';

/** The account an address belongs to (addresses are stored lower-cased), or null. */
export async function accountByEmail(db: Executor, email: string) {
	const [user] = await db
		.select({
			id: users.id,
			email: users.email,
			displayName: users.displayName,
			disabledAt: users.disabledAt,
			emailVerifiedAt: users.emailVerifiedAt
		})
		.from(users)
		.where(eq(users.email, email))
		.limit(1);
	return user ?? null;
}

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
