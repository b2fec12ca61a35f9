import type { SignUpInput } from '../../../schemas/auth';
import { createUser, findAccountByEmail } from '../../auth/accounts';
import { hashPassword } from '../../auth/password';
import type { Executor } from '../../db/client';
import { AppError } from '../../errors';
import { appLink } from '../../mail/links';
import { sendMail } from '../../mail/outbox';
import { signUpAttemptMail } from '../../mail/templates';
import { sendVerificationMail } from './verification';

// Sign-up that does not reveal who has an account. A new address gets an account and a
// confirmation mail; an address that already has one gets a mail telling its owner, and
// nothing else changes. Both do the same expensive work (the password hash) and write one
// mail, and this returns nothing, so the page cannot answer them differently by mistake.

export async function registerAccount(
	db: Executor,
	input: SignUpInput,
	origin: string
): Promise<void> {
	const passwordHash = await hashPassword(input.password);
	try {
		const user = await createUser(db, input, passwordHash);
		await sendVerificationMail(db, user, origin);
		return;
	} catch (error) {
		if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
	}
	const owner = await findAccountByEmail(db, input.email);
	// A disabled account's owner cannot sign in either way; an admin has to act.
	if (!owner || owner.disabledAt) return;
	await sendMail(db, {
		to: owner.email,
		purpose: 'notification',
		...signUpAttemptMail({
			displayName: owner.displayName,
			email: owner.email,
			signInLink: appLink(origin, '/login'),
			forgotLink: appLink(origin, '/forgot')
		})
	});
}
