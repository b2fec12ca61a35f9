import { eq } from 'drizzle-orm';
import type { Role } from '../../schemas/enums';
import type { SignInInput, SignUpInput } from '../../schemas/auth';
import type { Executor } from '../db/client';
import { users } from '../db/schema';
import { AppError } from '../errors';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password';

export async function createUser(
	db: Executor,
	input: SignUpInput & { role?: Role },
	passwordHash?: string
) {
	const [existing] = await db
		.select({ id: users.id })
		.from(users)
		.where(eq(users.email, input.email))
		.limit(1);
	if (existing) throw new AppError('CONFLICT', 'An account with that e-mail already exists');
	const [user] = await db
		.insert(users)
		.values({
			email: input.email,
			displayName: input.displayName,
			passwordHash: passwordHash ?? (await hashPassword(input.password)),
			role: input.role ?? 'learner'
		})
		.onConflictDoNothing({ target: users.email })
		.returning({
			id: users.id,
			email: users.email,
			displayName: users.displayName,
			role: users.role
		});
	if (!user) throw new AppError('CONFLICT', 'An account with that e-mail already exists');
	return user;
}

const WRONG_CREDENTIALS = 'Wrong e-mail or password';
const ACCOUNT_DISABLED =
	'This account is disabled. Ask an admin of your organisation to enable it again.';

/**
 * The account an e-mail belongs to (addresses are stored lower-cased), with what checking its
 * password needs; sign-in, sign-up and password reset all look accounts up with this.
 */
export async function findAccountByEmail(db: Executor, email: string) {
	const [user] = await db
		.select({
			id: users.id,
			email: users.email,
			displayName: users.displayName,
			role: users.role,
			passwordHash: users.passwordHash,
			disabledAt: users.disabledAt
		})
		.from(users)
		.where(eq(users.email, email))
		.limit(1);
	return user ?? null;
}

export type SignInAccount = Awaited<ReturnType<typeof findAccountByEmail>>;

/**
 * The user for these credentials. An unknown e-mail and a wrong password give the same message
 * after the same work (scrypt against a dummy hash), so sign-in does not reveal who has an
 * account. A disabled account is named only to someone who gave its correct password.
 */
export async function checkCredentials(account: SignInAccount, password: string) {
	const valid = await verifyPassword(
		account?.passwordHash ?? (await dummyPasswordHash()),
		password
	);
	if (!account || !valid) throw new AppError('UNAUTHORIZED', WRONG_CREDENTIALS);
	if (account.disabledAt) throw new AppError('FORBIDDEN', ACCOUNT_DISABLED);
	return {
		id: account.id,
		email: account.email,
		displayName: account.displayName,
		role: account.role
	};
}

/** Checks credentials without any throttling (scripts and tests; the form uses `signIn`). */
export async function authenticate(db: Executor, input: SignInInput) {
	return checkCredentials(await findAccountByEmail(db, input.email), input.password);
}
