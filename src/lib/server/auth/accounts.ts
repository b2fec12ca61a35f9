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

/**
 * The user for these credentials. Unknown e-mail, wrong password and disabled account all give
 * the same message after the same amount of work, so sign-in does not reveal who has an account.
 */
export async function authenticate(db: Executor, input: SignInInput) {
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
		.where(eq(users.email, input.email))
		.limit(1);
	const valid = await verifyPassword(
		user?.passwordHash ?? (await dummyPasswordHash()),
		input.password
	);
	if (!user || !valid || user.disabledAt) throw new AppError('UNAUTHORIZED', WRONG_CREDENTIALS);
	return { id: user.id, email: user.email, displayName: user.displayName, role: user.role };
}
