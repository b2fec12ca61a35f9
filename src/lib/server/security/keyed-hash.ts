import { createHmac, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { appSettings } from '../db/schema';

// A per-install secret for keyed hashes (HMAC-SHA-256) of values that must not be stored in
// clear but must be compared: client addresses in `sign_in_pairs` and in rate-limit keys.
// A plain SHA-256 of an IPv4 address is reversed by trying all 2^32 of them; without the key
// that is impossible. The environment has no secret of its own, so the first server to need
// one makes 32 random bytes and stores them in `app_settings` (every server of the install
// then uses the same one; a second server racing to create it reads the winner's).

export const KEYED_HASH_SETTING = 'security.keyed_hash_key';

const keys = new WeakMap<Executor, Promise<Buffer>>();

async function readOrCreateKey(db: Executor): Promise<Buffer> {
	const read = async () => {
		const [row] = await db
			.select({ value: appSettings.value })
			.from(appSettings)
			.where(eq(appSettings.key, KEYED_HASH_SETTING))
			.limit(1);
		const value = row?.value;
		return typeof value === 'string' && value.length >= 43 ? Buffer.from(value, 'base64') : null;
	};
	const existing = await read();
	if (existing) return existing;
	await db
		.insert(appSettings)
		.values({ key: KEYED_HASH_SETTING, value: randomBytes(32).toString('base64') })
		.onConflictDoNothing({ target: appSettings.key });
	const created = await read();
	if (!created) throw new Error(`app_settings.${KEYED_HASH_SETTING} is not a usable key`);
	return created;
}

/** The install's key (read once per database handle, created on first use). */
export function keyedHashKey(db: Executor): Promise<Buffer> {
	let key = keys.get(db);
	if (!key) {
		key = readOrCreateKey(db);
		keys.set(db, key);
		// A failed read (database briefly away) must not be cached for the life of the process.
		key.catch(() => keys.delete(db));
	}
	return key;
}

/** HMAC-SHA-256 of `value` under the install's key, for one `purpose` (hex, 64 characters). */
export async function keyedHash(db: Executor, purpose: string, value: string): Promise<string> {
	const key = await keyedHashKey(db);
	return createHmac('sha256', key).update(`${purpose}\u0000${value}`).digest('hex');
}
