import {
	randomBytes,
	scrypt as scryptCallback,
	timingSafeEqual,
	type ScryptOptions
} from 'node:crypto';

// scrypt at one of OWASP's recommended settings (N=2^15, r=8, p=3: 32 MiB, ~0.3 s here).
// Node 20 has no built-in argon2id and a native addon is one more thing to break `npm ci`;
// scrypt at these parameters is OWASP's listed equivalent. The parameters are stored with
// each hash, so they can be raised later without invalidating existing passwords.
const PARAMS = { N: 2 ** 15, r: 8, p: 3 } as const;
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions) {
	return new Promise<Buffer>((resolve, reject) => {
		scryptCallback(password, salt, keylen, options, (error, key) =>
			error ? reject(error) : resolve(key)
		);
	});
}

function maxmem(N: number, r: number) {
	return 128 * N * r * 2;
}

export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, {
		...PARAMS,
		maxmem: maxmem(PARAMS.N, PARAMS.r)
	});
	return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
	const parts = hash.split('$');
	if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
	const [N, r, p] = parts.slice(1, 4).map(Number);
	const salt = Buffer.from(parts[4], 'base64');
	const expected = Buffer.from(parts[5], 'base64');
	const actual = await scrypt(password.normalize('NFKC'), salt, expected.length, {
		N,
		r,
		p,
		maxmem: maxmem(N, r)
	});
	return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash to compare against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
	dummyHash ??= hashPassword(randomBytes(12).toString('hex'));
	return dummyHash;
}
