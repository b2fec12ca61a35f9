import type { Executor } from '../db/client';
import { findActiveApiKey, recordApiKeyUse } from '../services/api-keys/keys';
import { hitRateLimit } from '../security/rate-limit';
import { ApiError } from './errors';

export const API_KEY_HEADER = 'X-API-Key';

export interface AuthenticatedKey {
	id: string;
	rateLimit: { limit: number; remaining: number };
}

/**
 * Checks the presented key on every request (no cache, so revocation is immediate), counts the
 * request against the key's per-minute limit, and notes the use. Missing, unknown and revoked
 * keys get the same answer, so a caller learns nothing about which keys exist.
 */
export async function authenticate(db: Executor, request: Request): Promise<AuthenticatedKey> {
	const presented = request.headers.get(API_KEY_HEADER)?.trim();
	const key = presented ? await findActiveApiKey(db, presented) : null;
	if (!key) {
		throw new ApiError(
			'UNAUTHORIZED',
			`A valid API key is required in the ${API_KEY_HEADER} header`
		);
	}
	const limit = key.rateLimitPerMinute;
	const [hit] = await Promise.all([
		hitRateLimit(db, `api-key:${key.id}`, { limit, windowSeconds: 60 }),
		recordApiKeyUse(db, key)
	]);
	if (!hit.allowed) {
		throw new ApiError(
			'TOO_MANY_REQUESTS',
			`Rate limit of ${limit} requests per minute reached, retry in ${hit.retryAfterSeconds} s`,
			{
				headers: {
					'Retry-After': String(hit.retryAfterSeconds),
					'X-RateLimit-Limit': String(limit),
					'X-RateLimit-Remaining': '0'
				}
			}
		);
	}
	return { id: key.id, rateLimit: { limit, remaining: hit.remaining } };
}
