import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { users } from '../../db/schema';
import { AppError } from '../../errors';
import { appLink } from '../../mail/links';
import { verificationMail } from '../../mail/templates';
import {
	consumeAccountToken,
	inspectAccountToken,
	mailAccountLink,
	TOKEN_LIFETIME_MINUTES
} from './tokens';
import { accountOverview } from './users';

// E-mail verification. It never blocks anything: an unconfirmed account signs in and works as
// usual; the account page asks for the confirmation and can send the link again.

export interface VerificationTarget {
	id: string;
	email: string;
	displayName: string;
}

/** Mails a confirmation link for the account's current address. */
export async function sendVerificationMail(db: Executor, user: VerificationTarget, origin: string) {
	await mailAccountLink(db, user, 'email_verification', (token) =>
		verificationMail({
			displayName: user.displayName,
			email: user.email,
			link: appLink(origin, '/verify', { token }),
			hours: TOKEN_LIFETIME_MINUTES.email_verification / 60,
			forgotLink: appLink(origin, '/forgot')
		})
	);
}

/** Sends the link again; CONFLICT when the address is already confirmed. */
export async function resendVerificationMail(db: Executor, userId: string, origin: string) {
	const account = await accountOverview(db, userId);
	if (!account) throw new AppError('NOT_FOUND', 'No such account');
	if (account.emailVerifiedAt) throw new AppError('CONFLICT', 'Your address is already confirmed');
	await sendVerificationMail(
		db,
		{ id: userId, email: account.email, displayName: account.displayName },
		origin
	);
	return { email: account.email };
}

export type VerificationResult = 'confirmed' | 'already-confirmed' | 'used' | 'expired' | 'invalid';

/** Thrown inside the transaction to give the link back when it no longer fits the account. */
class AccountChanged extends Error {}

/** Confirms the address a verification link was sent to, once. */
export async function verifyEmail(db: Executor, token: string): Promise<VerificationResult> {
	let confirmed = false;
	try {
		confirmed = await db.transaction(async (tx) => {
			const used = await consumeAccountToken(tx, token, 'email_verification');
			if (!used) return false;
			const [user] = await tx
				.update(users)
				.set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
				.where(
					and(eq(users.id, used.userId), eq(users.email, used.email), isNull(users.disabledAt))
				)
				.returning({ id: users.id });
			// The account changed its address or was disabled since: the link stays unused.
			if (!user) throw new AccountChanged();
			return true;
		});
	} catch (error) {
		if (!(error instanceof AccountChanged)) throw error;
	}
	if (confirmed) return 'confirmed';
	const seen = await inspectAccountToken(db, token, 'email_verification');
	if (seen.state === 'used' && seen.verified) return 'already-confirmed';
	return seen.state === 'valid' ? 'invalid' : seen.state;
}
