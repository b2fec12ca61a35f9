import { eq } from 'drizzle-orm';
import type { UserMode } from '../../../schemas/enums';
import type { Executor } from '../../db/client';
import { users } from '../../db/schema';

/** What the account page shows about its owner. */
export async function accountOverview(db: Executor, userId: string) {
	const [user] = await db
		.select({
			email: users.email,
			displayName: users.displayName,
			emailVerifiedAt: users.emailVerifiedAt,
			createdAt: users.createdAt,
			mode: users.mode
		})
		.from(users)
		.where(eq(users.id, userId))
		.limit(1);
	return user ?? null;
}

/** What the account is used for; it picks the library's default view (quests first or not). */
export async function userMode(db: Executor, userId: string): Promise<{ mode: UserMode }> {
	const [row] = await db
		.select({ mode: users.mode })
		.from(users)
		.where(eq(users.id, userId))
		.limit(1);
	return { mode: row?.mode ?? 'educational' };
}

export async function setUserMode(
	db: Executor,
	userId: string,
	mode: UserMode
): Promise<{ mode: UserMode }> {
	await db.update(users).set({ mode }).where(eq(users.id, userId));
	return { mode };
}
