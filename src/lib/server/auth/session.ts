import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { AgeRange, Role } from '../../schemas/enums';
import type { Executor } from '../db/client';
import { preparedPer } from '../db/prepared';
import { childModeSessions, childProfiles, sessions, users } from '../db/schema';

// Sessions after the Lucia guide: a random token in the cookie, its SHA-256 as the row id.

export interface SessionUser {
	id: string;
	email: string;
	displayName: string;
	role: Role;
	/**
	 * Read with the session, for the navigation only (absent on a user made by sign-in or
	 * sign-up until the next request). Procedures check cohort rights in the database.
	 */
	isCoordinator?: boolean;
	isTrainee?: boolean;
	/**
	 * Set while this session is in child mode (child_mode_sessions): the hooks keep the browser
	 * on /child and the procedures refuse all but the child's own (trpc/init.ts).
	 */
	childMode?: ChildModeUser | null;
}

export interface ChildModeUser {
	childId: string;
	nickname: string;
	ageBand: AgeRange;
}

export interface SessionPolicy {
	idleMinutes: number;
	absoluteDays: number;
}

export interface ValidSession {
	id: string;
	expiresAt: Date;
	user: SessionUser;
}

const TOUCH_INTERVAL_MS = 60_000;

export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(
	db: Executor,
	token: string,
	userId: string,
	policy: SessionPolicy,
	userAgent?: string | null
) {
	const now = Date.now();
	const row = {
		id: sessionIdFromToken(token),
		userId,
		createdAt: new Date(now),
		lastSeenAt: new Date(now),
		expiresAt: new Date(now + policy.absoluteDays * 86_400_000),
		userAgent: userAgent?.slice(0, 300) ?? null
	};
	await db.insert(sessions).values(row);
	return row;
}

// Read on every signed-in request: prepared once per database handle.
const sessionById = preparedPer((db) =>
	db
		.select({
			id: sessions.id,
			expiresAt: sessions.expiresAt,
			lastSeenAt: sessions.lastSeenAt,
			userId: users.id,
			email: users.email,
			displayName: users.displayName,
			role: users.role,
			isCoordinator: users.isCoordinator,
			isTrainee: sql<boolean>`exists (select 1 from cohort_members m where m.user_id = ${users.id} and m.role = 'trainee')`,
			disabledAt: users.disabledAt,
			childId: childProfiles.id,
			childNickname: childProfiles.nickname,
			childAgeBand: childProfiles.ageBand
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		// Child mode in the same query: this lookup runs on every request. The parent check is
		// belt and braces (only the parent can start it).
		.leftJoin(childModeSessions, eq(childModeSessions.sessionId, sessions.id))
		.leftJoin(
			childProfiles,
			and(eq(childProfiles.id, childModeSessions.childId), eq(childProfiles.parentUserId, users.id))
		)
		.where(eq(sessions.id, sql.placeholder('id')))
		.limit(1)
		.prepare('session_by_id')
);

/** The session and its user, or null when unknown, expired, idle too long or disabled. */
export async function validateSessionToken(
	db: Executor,
	token: string,
	policy: SessionPolicy
): Promise<ValidSession | null> {
	if (!/^[a-z2-7]{32}$/.test(token)) return null;
	const id = sessionIdFromToken(token);
	const [row] = await sessionById(db).execute({ id });
	if (!row) return null;
	const now = Date.now();
	const idleDeadline = row.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
	if (row.disabledAt || now >= row.expiresAt.getTime() || now >= idleDeadline) {
		await db.delete(sessions).where(eq(sessions.id, id));
		return null;
	}
	if (now - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
		await db
			.update(sessions)
			.set({ lastSeenAt: new Date(now) })
			.where(eq(sessions.id, id));
	}
	return {
		id: row.id,
		expiresAt: row.expiresAt,
		user: {
			id: row.userId,
			email: row.email,
			displayName: row.displayName,
			role: row.role,
			isCoordinator: row.isCoordinator,
			isTrainee: Boolean(row.isTrainee),
			childMode: row.childId
				? {
						childId: row.childId,
						nickname: row.childNickname!,
						ageBand: row.childAgeBand as AgeRange
					}
				: null
		}
	};
}

export async function invalidateSession(db: Executor, sessionId: string) {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function invalidateUserSessions(db: Executor, userId: string) {
	await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Executor, policy: SessionPolicy) {
	const now = Date.now();
	await db
		.delete(sessions)
		.where(
			or(
				lt(sessions.expiresAt, new Date(now)),
				lt(sessions.lastSeenAt, new Date(now - policy.idleMinutes * 60_000))
			)
		);
}

export function sessionCookieName(secure: boolean) {
	// __Host- pins the cookie to this exact origin (Secure, Path=/, no Domain).
	return secure ? '__Host-session' : 'session';
}

export function sessionCookieOptions(secure: boolean, expiresAt: Date) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure,
		expires: expiresAt
	};
}
