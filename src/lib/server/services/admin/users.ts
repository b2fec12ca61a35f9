import type { z } from 'zod';
import { and, asc, count, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../../schemas/enums';
import { userListSchema } from '../../../schemas/admin';
import { invalidateUserSessions } from '../../auth/session';
import type { Executor } from '../../db/client';
import { users } from '../../db/schema';
import { AppError } from '../../errors';
import { recordAudit } from '../audit/record';
import { setRatingsCounted } from '../progress/rating';

// Accounts as admins manage them. Admins see who people are and their role, never their
// progress. An admin cannot demote or disable themselves, so the console always keeps one.

export async function listUsers(db: Executor, input: z.output<typeof userListSchema>) {
	const conditions: SQL[] = [];
	if (input.search) {
		const pattern = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		conditions.push(
			or(sql`${users.email} ilike ${pattern}`, sql`${users.displayName} ilike ${pattern}`)!
		);
	}
	if (input.role) conditions.push(eq(users.role, input.role));
	const where = conditions.length ? and(...conditions) : undefined;
	const [rows, [{ total }]] = await Promise.all([
		db
			.select({
				id: users.id,
				email: users.email,
				displayName: users.displayName,
				role: users.role,
				isCoordinator: users.isCoordinator,
				disabledAt: users.disabledAt,
				createdAt: users.createdAt,
				activeSessions:
					sql<number>`(select count(*) from sessions s where s.user_id = "users"."id")`.mapWith(
						Number
					)
			})
			.from(users)
			.where(where)
			.orderBy(asc(sql`lower(${users.displayName})`), asc(users.id))
			.limit(input.pageSize)
			.offset((input.page - 1) * input.pageSize),
		db.select({ total: count() }).from(users).where(where)
	]);
	return {
		items: rows,
		total: Number(total),
		page: input.page,
		pageSize: input.pageSize,
		pages: Math.max(1, Math.ceil(Number(total) / input.pageSize))
	};
}

async function lockUser(db: Executor, userId: string) {
	const [row] = await db.select().from(users).where(eq(users.id, userId)).for('update');
	if (!row) throw new AppError('NOT_FOUND', 'No account with that id');
	return row;
}

/** Roles are read on every request, so a change takes effect on the user's next click. */
export async function setUserRole(db: Executor, actorId: string, userId: string, role: Role) {
	if (userId === actorId && role !== 'admin') {
		throw new AppError('FORBIDDEN', 'You cannot remove your own admin role');
	}
	return db.transaction(async (tx) => {
		const row = await lockUser(tx, userId);
		if (row.role === role) return { id: row.id, role: row.role };
		const [updated] = await tx
			.update(users)
			.set({ role, updatedAt: new Date() })
			.where(eq(users.id, userId))
			.returning({ id: users.id, role: users.role });
		await recordAudit(tx, {
			actorId,
			action: 'user.role',
			entityType: 'user',
			entityId: userId,
			before: { email: row.email, role: row.role },
			after: { email: row.email, role }
		});
		return updated;
	});
}

/**
 * The coordinator capability (cohorts): granted and taken back by admins, audited. Taking it
 * back ends the person's access to every cohort they coordinate at once (access.ts reads it on
 * every call); their memberships stay, so granting it again restores them.
 */
export async function setUserCoordinator(
	db: Executor,
	actorId: string,
	userId: string,
	coordinator: boolean
) {
	return db.transaction(async (tx) => {
		const row = await lockUser(tx, userId);
		if (row.isCoordinator === coordinator) return { id: row.id, isCoordinator: coordinator };
		await tx
			.update(users)
			.set({ isCoordinator: coordinator, updatedAt: new Date() })
			.where(eq(users.id, userId));
		await recordAudit(tx, {
			actorId,
			action: coordinator ? 'user.coordinator.grant' : 'user.coordinator.revoke',
			entityType: 'user',
			entityId: userId,
			before: { email: row.email, isCoordinator: row.isCoordinator },
			after: { email: row.email, isCoordinator: coordinator }
		});
		return { id: row.id, isCoordinator: coordinator };
	});
}

/**
 * Disabling ends every session of the account and takes its ratings out of the scenarios'
 * averages, in the same transaction; enabling puts the ratings back (the rows keep them).
 */
export async function setUserDisabled(
	db: Executor,
	actorId: string,
	userId: string,
	disabled: boolean
) {
	if (userId === actorId && disabled) {
		throw new AppError('FORBIDDEN', 'You cannot disable your own account');
	}
	return db.transaction(async (tx) => {
		const row = await lockUser(tx, userId);
		if (disabled) await invalidateUserSessions(tx, userId);
		if (Boolean(row.disabledAt) === disabled) {
			return { id: row.id, disabledAt: row.disabledAt };
		}
		const [updated] = await tx
			.update(users)
			.set({ disabledAt: disabled ? new Date() : null, updatedAt: new Date() })
			.where(eq(users.id, userId))
			.returning({ id: users.id, disabledAt: users.disabledAt });
		const { ratings } = await setRatingsCounted(tx, userId, !disabled);
		await recordAudit(tx, {
			actorId,
			action: disabled ? 'user.disable' : 'user.enable',
			entityType: 'user',
			entityId: userId,
			before: { email: row.email, disabledAt: row.disabledAt },
			after: { email: row.email, disabledAt: updated.disabledAt, ratingsMoved: ratings }
		});
		return updated;
	});
}
