import {
	createCipheriv,
	createDecipheriv,
	createHmac,
	randomBytes,
	timingSafeEqual
} from 'node:crypto';
import type { CursorValue } from '../../../domain/cursor';
import type { Executor } from '../../db/client';
import { keyedHashKey } from '../../security/keyed-hash';

// Public reviews never carry their author's account id. A review is named by an opaque key, an
// HMAC of (scenario, author) under the install's secret: stable (a report names the same review
// on every page load), different on every scenario (keys do not link one person's reviews), and
// resolved on the server by recomputing it for the scenario's reviews. The keyset cursor of the
// list holds an author id as its tie-breaker, so it is sealed (AES-256-GCM) instead of encoded.

const KEY_BYTES = 16;

function subkey(master: Buffer, purpose: string): Buffer {
	return createHmac('sha256', master).update(`review-list\u0000${purpose}`).digest();
}

export interface ReviewKeys {
	/** the opaque key of `authorId`'s review of `scenarioId` (base64url, 22 characters) */
	keyOf(scenarioId: string, authorId: string): string;
	/** true when `key` is the key of that review (constant time) */
	matches(key: string, scenarioId: string, authorId: string): boolean;
	seal(value: CursorValue, id: string): string;
	/** the sealed cursor, or null when it is not one of ours (or was tampered with) */
	open(cursor: string): { value: CursorValue; id: string } | null;
}

export async function reviewKeys(db: Executor): Promise<ReviewKeys> {
	const master = await keyedHashKey(db);
	const hmacKey = subkey(master, 'key');
	const cipherKey = subkey(master, 'cursor');
	const raw = (scenarioId: string, authorId: string) =>
		createHmac('sha256', hmacKey)
			.update(`${scenarioId}\u0000${authorId}`)
			.digest()
			.subarray(0, KEY_BYTES);
	return {
		keyOf: (scenarioId, authorId) => raw(scenarioId, authorId).toString('base64url'),
		matches(key, scenarioId, authorId) {
			const given = Buffer.from(key, 'base64url');
			return given.length === KEY_BYTES && timingSafeEqual(given, raw(scenarioId, authorId));
		},
		seal(value, id) {
			const iv = randomBytes(12);
			const cipher = createCipheriv('aes-256-gcm', cipherKey, iv);
			const body = Buffer.concat([
				cipher.update(JSON.stringify([value, id]), 'utf8'),
				cipher.final()
			]);
			return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
		},
		open(cursor) {
			try {
				const bytes = Buffer.from(cursor, 'base64url');
				if (bytes.length < 29) return null;
				const decipher = createDecipheriv('aes-256-gcm', cipherKey, bytes.subarray(0, 12));
				decipher.setAuthTag(bytes.subarray(12, 28));
				const text = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]);
				const parsed = JSON.parse(text.toString('utf8'));
				if (!Array.isArray(parsed) || parsed.length !== 2) return null;
				const [value, id] = parsed;
				if (typeof id !== 'string' || (value !== null && typeof value !== 'string')) return null;
				return { value, id };
			} catch {
				return null;
			}
		}
	};
}
