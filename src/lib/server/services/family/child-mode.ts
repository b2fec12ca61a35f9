import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
	CHILD_MODE_MESSAGES,
	PIN_ATTEMPTS_BEFORE_WAIT,
	PIN_WAIT_SECONDS,
	type pinSetSchema
} from '../../../schemas/family';
import { hashPassword, verifyPassword } from '../../auth/password';
import type { Executor } from '../../db/client';
import { childModeSessions, users } from '../../db/schema';
import { AppError } from '../../errors';
import { ownChild } from './children';

// The parent's PIN and child mode. The PIN is hashed like a password (scrypt, auth/password.ts).
// Child mode belongs to one browser session (child_mode_sessions is keyed by it): while the row
// exists the hooks send every page to /child and the procedures refuse everything but the
// child's own; only the parent's PIN deletes the row again.

/**
 * Sets the PIN. A first PIN needs nothing more (the parent is signed in); replacing one needs the
 * account's password or the current PIN, so a child who finds the device signed in (or a
 * session left in child mode) cannot change it.
 */
export async function setPin(db: Executor, parentId: string, input: z.output<typeof pinSetSchema>) {
	const [row] = await db
		.select({ passwordHash: users.passwordHash, pinHash: users.childModePinHash })
		.from(users)
		.where(eq(users.id, parentId));
	if (!row) throw new AppError('NOT_FOUND', 'No such account');
	if (row.pinHash !== null) {
		const byPin = input.currentPin ? await verifyPassword(row.pinHash, input.currentPin) : false;
		const byPassword =
			!byPin && input.currentPassword
				? await verifyPassword(row.passwordHash, input.currentPassword)
				: false;
		if (!byPin && !byPassword) {
			throw new AppError(
				'BAD_REQUEST',
				input.currentPin || input.currentPassword
					? 'That is not your current PIN or password'
					: 'To change the PIN, enter your current PIN or your account password'
			);
		}
	}
	const pinHash = await hashPassword(input.pin);
	await db.update(users).set({ childModePinHash: pinHash }).where(eq(users.id, parentId));
	return { hasPin: true as const };
}

/** Puts the parent's current session into child mode for one of their children. */
export async function startChildMode(
	db: Executor,
	parentId: string,
	sessionId: string | null,
	childId: string
) {
	if (!sessionId) throw new AppError('BAD_REQUEST', 'Child mode needs a signed-in browser');
	return db.transaction(async (tx) => {
		const child = await ownChild(tx, parentId, childId);
		const [parent] = await tx
			.select({ pinHash: users.childModePinHash })
			.from(users)
			.where(eq(users.id, parentId));
		if (!parent?.pinHash) throw new AppError('CONFLICT', CHILD_MODE_MESSAGES.noPin);
		await tx
			.insert(childModeSessions)
			.values({ sessionId, childId })
			.onConflictDoUpdate({
				target: childModeSessions.sessionId,
				set: { childId, startedAt: new Date(), failedPinAttempts: 0, lastFailedPinAt: null }
			});
		return { childId: child.id, nickname: child.nickname };
	});
}

type LeaveResult =
	| { left: true }
	| { left: false; reason: 'wrong'; attemptsLeft: number }
	| { left: false; reason: 'wait'; retryAfterSeconds: number };

/** Seconds until another PIN may be tried, 0 when one may be tried now. */
function pinWaitSeconds(failedAttempts: number, lastFailedAt: Date | null, now: Date): number {
	if (failedAttempts < PIN_ATTEMPTS_BEFORE_WAIT || !lastFailedAt) return 0;
	const waited = (now.getTime() - lastFailedAt.getTime()) / 1000;
	return Math.max(0, Math.ceil(PIN_WAIT_SECONDS - waited));
}

/**
 * Leaves child mode with the parent's PIN. A wrong PIN counts; from the fifth wrong one in a
 * row, each further try waits a minute after the last wrong one (the count lives in the row, so
 * it holds across app servers and restarts). The row is locked, so two tries at once count twice.
 */
export async function leaveChildMode(
	db: Executor,
	parentId: string,
	sessionId: string,
	pin: string,
	now = new Date()
): Promise<LeaveResult> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select()
			.from(childModeSessions)
			.where(eq(childModeSessions.sessionId, sessionId))
			.for('update');
		if (!row) return { left: true as const };
		const wait = pinWaitSeconds(row.failedPinAttempts, row.lastFailedPinAt, now);
		if (wait > 0) return { left: false as const, reason: 'wait' as const, retryAfterSeconds: wait };
		const [parent] = await tx
			.select({ pinHash: users.childModePinHash })
			.from(users)
			.where(eq(users.id, parentId));
		const right = parent?.pinHash ? await verifyPassword(parent.pinHash, pin) : false;
		if (right) {
			await tx.delete(childModeSessions).where(eq(childModeSessions.sessionId, sessionId));
			return { left: true as const };
		}
		const failed = row.failedPinAttempts + 1;
		await tx
			.update(childModeSessions)
			.set({ failedPinAttempts: failed, lastFailedPinAt: now })
			.where(eq(childModeSessions.sessionId, sessionId));
		return {
			left: false as const,
			reason: 'wrong' as const,
			attemptsLeft: Math.max(0, PIN_ATTEMPTS_BEFORE_WAIT - failed)
		};
	});
}
