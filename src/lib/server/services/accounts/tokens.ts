import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { accountTokenSchema } from '../../../schemas/accounts';
import type { Executor } from '../../db/client';
import { accountTokens, users } from '../../db/schema';
import { sendMail } from '../../mail/outbox';
import type { MailContent } from '../../mail/templates';

// Single-use links mailed to a user. The token is 160 random bits in the link; the table keeps
// only its SHA-256 (a fast hash is enough for a random value), so a leaked table opens nothing.
// A link ends when it is used, when it expires, or when a newer link of the same kind is sent.
// Times are the database's (`now()`), so app servers with skewed clocks agree.

export type AccountTokenPurpose = 'password_reset' | 'email_verification';

export const TOKEN_LIFETIME_MINUTES: Record<AccountTokenPurpose, number> = {
	password_reset: 30,
	email_verification: 24 * 60
};

/** What a link is now: usable, or why not. */
export type TokenState = 'valid' | 'used' | 'expired' | 'invalid';

// The shape the reset page checks a link's token against too: one definition of it.
function isWellFormedToken(token: string): boolean {
	return accountTokenSchema.safeParse(token).success;
}

function accountTokenId(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

function generateToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/**
 * A new link for `userId`, mailed to `email`. Older unused links of the same kind stop working;
 * links that ended more than a week ago are cleaned up.
 */
async function issueAccountToken(
	db: Executor,
	input: { userId: string; purpose: AccountTokenPurpose; email: string }
): Promise<string> {
	const token = generateToken();
	await db.transaction(async (tx) => {
		await tx
			.delete(accountTokens)
			.where(
				and(
					eq(accountTokens.userId, input.userId),
					or(
						and(eq(accountTokens.purpose, input.purpose), isNull(accountTokens.usedAt)),
						lt(accountTokens.expiresAt, sql`now() - interval '7 days'`)
					)
				)
			);
		await tx.insert(accountTokens).values({
			id: accountTokenId(token),
			userId: input.userId,
			purpose: input.purpose,
			email: input.email,
			createdAt: sql`now()`,
			expiresAt: sql`now() + make_interval(mins => ${TOKEN_LIFETIME_MINUTES[input.purpose]})`
		});
	});
	return token;
}

/**
 * Issues a new link of `purpose` for the account's current address and mails it. The token is
 * handed to sendMail as a secret, so the stored copy of the mail drops it once it is sent.
 */
export async function mailAccountLink(
	db: Executor,
	user: { id: string; email: string },
	purpose: AccountTokenPurpose,
	content: (token: string) => MailContent
): Promise<void> {
	const token = await issueAccountToken(db, { userId: user.id, purpose, email: user.email });
	await sendMail(db, { to: user.email, purpose, secrets: [token], ...content(token) });
}

export interface InspectedToken {
	state: TokenState;
	userId?: string;
	email?: string;
	displayName?: string;
	/** the account's address is already confirmed (for a used verification link) */
	verified?: boolean;
}

/**
 * What `token` is for `purpose`, without using it. A link for another address than the
 * account's current one, or to a disabled account, is `invalid`.
 */
export async function inspectAccountToken(
	db: Executor,
	token: string,
	purpose: AccountTokenPurpose
): Promise<InspectedToken> {
	if (!isWellFormedToken(token)) return { state: 'invalid' };
	const [row] = await db
		.select({
			userId: accountTokens.userId,
			email: accountTokens.email,
			used: sql<boolean>`${accountTokens.usedAt} is not null`,
			expired: sql<boolean>`${accountTokens.expiresAt} <= now()`,
			accountEmail: users.email,
			displayName: users.displayName,
			disabledAt: users.disabledAt,
			verifiedAt: users.emailVerifiedAt
		})
		.from(accountTokens)
		.innerJoin(users, eq(users.id, accountTokens.userId))
		.where(and(eq(accountTokens.id, accountTokenId(token)), eq(accountTokens.purpose, purpose)))
		.limit(1);
	if (!row || row.disabledAt || row.accountEmail !== row.email) return { state: 'invalid' };
	const state: TokenState = row.used ? 'used' : row.expired ? 'expired' : 'valid';
	return {
		state,
		userId: row.userId,
		email: row.email,
		displayName: row.displayName,
		verified: row.verifiedAt !== null
	};
}

/**
 * Uses the link: one conditional UPDATE, so of two concurrent uses exactly one gets the row.
 * Null when it is not (or no longer) usable. Run it in the transaction of what the link does,
 * so a failure after it leaves the link unused.
 */
export async function consumeAccountToken(
	db: Executor,
	token: string,
	purpose: AccountTokenPurpose
): Promise<{ userId: string; email: string } | null> {
	if (!isWellFormedToken(token)) return null;
	const [row] = await db
		.update(accountTokens)
		.set({ usedAt: sql`now()` })
		.where(
			and(
				eq(accountTokens.id, accountTokenId(token)),
				eq(accountTokens.purpose, purpose),
				isNull(accountTokens.usedAt),
				sql`${accountTokens.expiresAt} > now()`
			)
		)
		.returning({ userId: accountTokens.userId, email: accountTokens.email });
	return row ?? null;
}
