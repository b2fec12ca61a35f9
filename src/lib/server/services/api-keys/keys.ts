import { randomBytes, timingSafeEqual } from 'node:crypto';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { preparedPer } from '../../db/prepared';
import { apiKeys } from '../../db/schema';
import { AppError } from '../../errors';

// API keys for the partner training guide: 192 random bits, shown once, stored as SHA-256.
// A fast hash is right here (unlike passwords): the key is random, not guessable, so a stolen
// hash cannot be brute-forced, and the lookup stays one index hit per request.

const KEY_PREFIX = 'shk_';
export const RATE_LIMIT_PER_MINUTE_MAX = 100_000;
/** `last_used_at` is kept to this resolution, so a busy key does not write on every request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export function hashApiKey(key: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(key)));
}

export interface CreatedApiKey {
	id: string;
	name: string;
	prefix: string;
	/** the key itself: shown once, never stored */
	key: string;
	createdAt: Date;
}

export async function createApiKey(
	db: Executor,
	input: { name: string; createdByUserId: string | null; rateLimitPerMinute?: number }
): Promise<CreatedApiKey> {
	const name = input.name.trim();
	if (name.length < 2 || name.length > 80) {
		throw new AppError('BAD_REQUEST', 'A key name has 2 to 80 characters', { field: 'name' });
	}
	const limit = input.rateLimitPerMinute;
	if (
		limit !== undefined &&
		(!Number.isInteger(limit) || limit < 1 || limit > RATE_LIMIT_PER_MINUTE_MAX)
	) {
		throw new AppError(
			'BAD_REQUEST',
			`A rate limit is a whole number of requests per minute from 1 to ${RATE_LIMIT_PER_MINUTE_MAX}`,
			{ field: 'rateLimitPerMinute' }
		);
	}
	const key = KEY_PREFIX + randomBytes(24).toString('base64url');
	const [row] = await db
		.insert(apiKeys)
		.values({
			name,
			prefix: key.slice(0, KEY_PREFIX.length + 6),
			keyHash: hashApiKey(key),
			createdByUserId: input.createdByUserId,
			...(limit !== undefined ? { rateLimitPerMinute: limit } : {})
		})
		.returning({
			id: apiKeys.id,
			name: apiKeys.name,
			prefix: apiKeys.prefix,
			createdAt: apiKeys.createdAt
		});
	return { ...row, key };
}

export function listApiKeys(db: Executor) {
	return db
		.select({
			id: apiKeys.id,
			name: apiKeys.name,
			prefix: apiKeys.prefix,
			createdAt: apiKeys.createdAt,
			lastUsedAt: apiKeys.lastUsedAt,
			revokedAt: apiKeys.revokedAt,
			rateLimitPerMinute: apiKeys.rateLimitPerMinute
		})
		.from(apiKeys)
		.orderBy(desc(apiKeys.createdAt));
}

/** Revoking twice keeps the first revocation time. */
export async function revokeApiKey(db: Executor, id: string) {
	const [row] = await db
		.update(apiKeys)
		.set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
		.where(eq(apiKeys.id, id))
		.returning({ id: apiKeys.id, name: apiKeys.name, revokedAt: apiKeys.revokedAt });
	if (!row) throw new AppError('NOT_FOUND', 'No API key with that id');
	return row;
}

/**
 * The active key matching `presented`, or null, read fresh on every call: a revoked key stops
 * working at the next request. The lookup is by hash (an index hit on the SHA-256 of a random
 * key, which leaks nothing useful through timing); the final comparison is constant-time anyway.
 */
// Read on every external API request: prepared once per database handle.
const apiKeyByHash = preparedPer((db) =>
	db
		.select()
		.from(apiKeys)
		.where(eq(apiKeys.keyHash, sql.placeholder('hash')))
		.limit(1)
		.prepare('api_key_by_hash')
);

export async function findActiveApiKey(db: Executor, presented: string) {
	if (!presented.startsWith(KEY_PREFIX) || presented.length > 200) return null;
	const hash = hashApiKey(presented);
	const [row] = await apiKeyByHash(db).execute({ hash });
	if (!row || row.revokedAt) return null;
	const a = Buffer.from(row.keyHash, 'hex');
	const b = Buffer.from(hash, 'hex');
	if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
	return row;
}

/**
 * Records that a key was used, at most once per LAST_USED_RESOLUTION_MS: the caller passes the
 * row it just read, and the conditional UPDATE keeps concurrent requests from all writing.
 */
export async function recordApiKeyUse(
	db: Executor,
	key: { id: string; lastUsedAt: Date | null },
	now = new Date()
): Promise<boolean> {
	const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
	if (key.lastUsedAt && key.lastUsedAt > staleBefore) return false;
	const updated = await db
		.update(apiKeys)
		.set({ lastUsedAt: now })
		.where(
			and(
				eq(apiKeys.id, key.id),
				or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, staleBefore))
			)
		)
		.returning({ id: apiKeys.id });
	return updated.length > 0;
}
