import { generateSessionToken, sessionIdFromToken } from '../src/lib/server/auth/session';
import { sql } from 'drizzle-orm';
import { queryRows, type Executor, type openDatabase } from '../src/lib/server/db/client';
import { sessions } from '../src/lib/server/db/schema';
import { createCaller } from '../src/lib/server/trpc/root';

export type Db = ReturnType<typeof openDatabase>['db'];

/** Signed-in sessions for bench users, marked so the next run deletes them. */
export async function insertSessions(db: Db, rows: { token: string; userId: string }[]) {
	const now = Date.now();
	for (let i = 0; i < rows.length; i += 500) {
		await db.insert(sessions).values(
			rows.slice(i, i + 500).map((r) => ({
				id: sessionIdFromToken(r.token),
				userId: r.userId,
				createdAt: new Date(now),
				lastSeenAt: new Date(now),
				expiresAt: new Date(now + 86_400_000),
				userAgent: 'bench'
			}))
		);
	}
}

/** A session token for each user, in the same order. */
export async function signIn(db: Db, users: { id: string }[]): Promise<string[]> {
	const tokens = users.map(() => generateSessionToken());
	await insertSessions(
		db,
		users.map((u, i) => ({ token: tokens[i], userId: u.id }))
	);
	return tokens;
}

/**
 * The app's procedures as a bench learner calls them over HTTP, where the session lookup has
 * already counted the request's mutations (auth/session.ts): the middleware then adds no
 * statement, so a capture records exactly what a request sends.
 */
export async function learnerCaller(db: Executor, userId: string) {
	const [user] = await queryRows<{ email: string; display_name: string }>(
		db,
		sql`select email, display_name from users where id = ${userId}`
	);
	return createCaller({
		db: db as Db,
		user: { id: userId, email: user.email, displayName: user.display_name, role: 'learner' },
		sessionId: null,
		clientAddress: null,
		mutationLimit: { allowed: true, remaining: 1, retryAfterSeconds: 1, windowStart: new Date() }
	});
}
