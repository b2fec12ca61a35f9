import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { AgeRange, Role } from '../../schemas/enums';
import type { Executor } from '../db/client';
import { preparedPer } from '../db/prepared';
import { childModeSessions, childProfiles, sessions, users } from '../db/schema';
import { MUTATION_KEY_PREFIX, MUTATIONS_PER_USER } from '../security/limits';
import {
	countHitsSql,
	limitResult,
	rateLimitsDisabled,
	windowOf,
	type RateLimitResult
} from '../security/rate-limit';

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
	/** the caller's mutation budget after this request's calls, when it asked to count them */
	mutationLimit: RateLimitResult | null;
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

/**
 * The session and its user, read on every signed-in request: prepared once per database handle.
 * With `countMutations` the same statement also counts the request's mutation calls against the
 * user's MUTATIONS_PER_USER bucket (placeholders `windowStart` and `cost`), so the limit costs no
 * round trip of its own on the write path (issue 17: production writes cost what the benchmark's
 * do). The count is null when there is no such session.
 */
function sessionQuery(db: Executor, countMutations: boolean) {
	const hit = db.$with('mutation_hit', { count: sql<number>`count` }).as(
		countHitsSql(
			sql`select ${MUTATION_KEY_PREFIX}::text || s.user_id::text,
					${sql.placeholder('windowStart')}::timestamptz, ${sql.placeholder('cost')}::int
				from sessions s where s.id = ${sql.placeholder('id')}`
		)
	);
	const start = (countMutations ? db.with(hit) : db) as Pick<Executor, 'select'>;
	return (
		start
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
				childAgeBand: childProfiles.ageBand,
				mutations: countMutations
					? sql<number | null>`(select count from mutation_hit)`
					: sql<number | null>`null`
			})
			.from(sessions)
			.innerJoin(users, eq(users.id, sessions.userId))
			// Child mode in the same query: this lookup runs on every request. The parent check is
			// belt and braces (only the parent can start it).
			.leftJoin(childModeSessions, eq(childModeSessions.sessionId, sessions.id))
			.leftJoin(
				childProfiles,
				and(
					eq(childProfiles.id, childModeSessions.childId),
					eq(childProfiles.parentUserId, users.id)
				)
			)
			.where(eq(sessions.id, sql.placeholder('id')))
			.limit(1)
	);
}

const sessionById = preparedPer((db) => sessionQuery(db, false).prepare('session_by_id'));
const sessionCountingMutations = preparedPer((db) =>
	sessionQuery(db, true).prepare('session_by_id_counting_mutations')
);

/** The session and its user, or null when unknown, expired, idle too long or disabled. */
export async function validateSessionToken(
	db: Executor,
	token: string,
	policy: SessionPolicy,
	/** mutation calls this request carries, to count against the user's limit in the lookup */
	mutations = 0
): Promise<ValidSession | null> {
	if (!/^[a-z2-7]{32}$/.test(token)) return null;
	const id = sessionIdFromToken(token);
	const counting = mutations > 0 && !rateLimitsDisabled();
	const started = new Date();
	const { windowStart } = windowOf(MUTATIONS_PER_USER, started);
	const [row] = counting
		? await sessionCountingMutations(db).execute({
				id,
				windowStart: windowStart.toISOString(),
				cost: mutations
			})
		: await sessionById(db).execute({ id });
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
	const counted = row.mutations;
	return {
		id: row.id,
		expiresAt: row.expiresAt,
		mutationLimit:
			counted === null
				? null
				: limitResult(Number(counted), MUTATIONS_PER_USER, windowStart, started),
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
