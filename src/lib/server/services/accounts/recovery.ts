import { and, eq, isNull, sql } from 'drizzle-orm';
import { findAccountByEmail } from '../../auth/accounts';
import { hashPassword } from '../../auth/password';
import type { Executor } from '../../db/client';
import { accountTokens, sessions, users } from '../../db/schema';
import { AppError } from '../../errors';
import { appLink } from '../../mail/links';
import { passwordResetMail } from '../../mail/templates';
import {
	consumeAccountToken,
	inspectAccountToken,
	mailAccountLink,
	TOKEN_LIFETIME_MINUTES,
	type TokenState
} from './tokens';

// Password reset by e-mail. Asking for a link answers the same whether or not the address has
// an account (the caller shows one fixed message, and pads the time); only an existing,
// enabled account gets a mail. Using the link sets the password, confirms the address (the
// link proved the mailbox is theirs), and ends every session of the account.

/** Mails a reset link to the account of `email`, if there is one. Says nothing either way. */
export async function requestPasswordReset(
	db: Executor,
	email: string,
	origin: string
): Promise<void> {
	const user = await findAccountByEmail(db, email);
	if (!user || user.disabledAt) return;
	await mailAccountLink(db, user, 'password_reset', (token) =>
		passwordResetMail({
			displayName: user.displayName,
			email: user.email,
			link: appLink(origin, '/reset', { token }),
			minutes: TOKEN_LIFETIME_MINUTES.password_reset
		})
	);
}

/** Why a reset link cannot be used, as an AppError the page explains. */
function unusable(state: Exclude<TokenState, 'valid'>) {
	return new AppError('BAD_REQUEST', 'This link cannot be used', { state });
}

/**
 * Sets a new password with a reset link and ends every session of the account (the caller
 * then starts a fresh one). BAD_REQUEST with `details.state` when the link is used, expired or
 * unknown; a link can be used once, even by two requests at the same moment.
 */
export async function resetPassword(db: Executor, token: string, password: string) {
	// Checked before the expensive hash, so a dead link costs one lookup.
	const seen = await inspectAccountToken(db, token, 'password_reset');
	if (seen.state !== 'valid') throw unusable(seen.state);
	const passwordHash = await hashPassword(password);
	const result = await db.transaction(async (tx) => {
		const used = await consumeAccountToken(tx, token, 'password_reset');
		if (!used) return null;
		const [user] = await tx
			.update(users)
			.set({
				passwordHash,
				updatedAt: sql`now()`,
				emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`
			})
			.where(and(eq(users.id, used.userId), eq(users.email, used.email), isNull(users.disabledAt)))
			.returning({ id: users.id, email: users.email });
		if (!user) throw unusable('invalid');
		await tx.delete(sessions).where(eq(sessions.userId, user.id));
		await tx
			.delete(accountTokens)
			.where(
				and(
					eq(accountTokens.userId, user.id),
					eq(accountTokens.purpose, 'password_reset'),
					isNull(accountTokens.usedAt)
				)
			);
		return user;
	});
	if (!result) {
		const now = await inspectAccountToken(db, token, 'password_reset');
		throw unusable(now.state === 'valid' ? 'used' : now.state);
	}
	return result;
}
