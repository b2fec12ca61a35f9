import { randomBytes, scryptSync } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNTS, CROWD_ACCOUNTS } from '../../src/lib/server/bootstrap/demo-accounts';
import { pairDelaySeconds, signIn } from '../../src/lib/server/auth/sign-in';
import { queryRows } from '../../src/lib/server/db/client';
import { users } from '../../src/lib/server/db/schema';
import {
	SIGN_IN_PAIR,
	SIGN_IN_PER_ACCOUNT,
	SIGN_IN_PER_ADDRESS
} from '../../src/lib/server/security/limits';
import { addressSequence, formPost, TRUST_FORWARDED_FOR } from '../support/client-address';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { makeUser, TEST_PASSWORD } from '../support/factories';
import type { Executor } from '../../src/lib/server/db/client';
import { HttpSession } from '../support/http';
import { startServer, type TestServer } from '../support/server';

// Sign-in throttling (src/lib/server/auth/sign-in.ts): growing delays per (account, address),
// failures-only limits per address and per account, and an address that signed in before is
// never locked out by failures elsewhere. Over HTTP the server reads X-Forwarded-For (as behind
// a load balancer), so each test chooses the addresses its clients come from.

vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

/** An address no other test uses (TEST-NET-2). */
const newAddress = addressSequence('198.51.100');

function signInFrom(server: TestServer, address: string, email: string, password: string) {
	return formPost(server, '/login', { email, password }, address);
}

/** The text of the form's alert, as a person reads it. */
async function alertText(response: Response) {
	const html = await response.text();
	return /role="alert"[^>]*>([\s\S]*?)<\/(?:p|div)>/
		.exec(html)?.[1]
		?.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

describe.each(ENGINES)('sign-in throttling over HTTP on %s', (engine) => {
	let server: TestServer;
	beforeAll(async () => {
		server = await startServer({
			engine,
			env: TRUST_FORWARDED_FOR
		});
	});
	afterAll(() => server?.stop());

	it('lets the owner in from a known address while an attacker hammers from others', async () => {
		const owner = CROWD_ACCOUNTS[0];
		const home = newAddress();
		expect((await signInFrom(server, home, owner.email, owner.password)).status).toBe(303);

		// Thirty wrong passwords from a botnet, three tries per address, then more from one
		// address until its pair is throttled.
		for (let i = 0; i < 30; i += 3) {
			const address = newAddress();
			for (let j = 0; j < 3; j++) {
				const response = await signInFrom(server, address, owner.email, `guess-${i}-${j}`);
				expect(response.status).toBe(400);
			}
		}
		const attacker = newAddress();
		let refused: Response | undefined;
		for (let i = 0; i < SIGN_IN_PAIR.freeFailures + 1; i++) {
			const response = await signInFrom(server, attacker, owner.email, `guess-${i}`);
			if (response.status === 429) refused = response;
		}
		expect(refused?.status).toBe(429);

		// The owner, from home, with the right password: straight in.
		const mine = await signInFrom(server, home, owner.email, owner.password);
		expect(mine.status).toBe(303);
		expect(mine.headers.getSetCookie().some((c) => c.startsWith('session='))).toBe(true);
	});

	it('does not block a school behind one address after 40 successful sign-ins', async () => {
		const school = newAddress();
		const pupils = [...CROWD_ACCOUNTS, ...CROWD_ACCOUNTS, ...CROWD_ACCOUNTS].slice(0, 40);
		for (const pupil of pupils) {
			const response = await signInFrom(server, school, pupil.email, pupil.password);
			expect(response.status, pupil.email).toBe(303);
		}
		// Successes took nothing from the address's budget of failures.
		expect(SIGN_IN_PER_ADDRESS.limit).toBeLessThan(40);
		const typo = await signInFrom(server, school, CROWD_ACCOUNTS[3].email, 'a-typo-in-it');
		expect(typo.status).toBe(400);
		expect(await alertText(typo)).toBe('Wrong e-mail or password');
	});

	it('slows one (account, address) pair down, says when to try again, and nobody else', async () => {
		const account = CROWD_ACCOUNTS[5];
		const address = newAddress();
		for (let i = 0; i < SIGN_IN_PAIR.freeFailures; i++) {
			expect((await signInFrom(server, address, account.email, `wrong-${i}`)).status).toBe(400);
		}
		// Now even the right password waits, and the answer says for how long.
		const waiting = await signInFrom(server, address, account.email, account.password);
		expect(waiting.status).toBe(429);
		const retryAfter = Number(waiting.headers.get('retry-after'));
		expect(retryAfter).toBeGreaterThan(SIGN_IN_PAIR.firstDelaySeconds - 5);
		expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_PAIR.firstDelaySeconds);
		expect(await alertText(waiting)).toMatch(
			/^Too many failed sign-ins for this account from your network\. Try again in \d+ seconds\.$/
		);
		expect(waiting.headers.getSetCookie().some((c) => c.startsWith('session='))).toBe(false);
		// Another address, and another account from this address, are not affected.
		expect((await signInFrom(server, newAddress(), account.email, account.password)).status).toBe(
			303
		);
		const neighbour = CROWD_ACCOUNTS[6];
		expect((await signInFrom(server, address, neighbour.email, neighbour.password)).status).toBe(
			303
		);
	});

	it('throttles an e-mail without an account exactly like one with an account', async () => {
		const address = newAddress();
		const outcomes = async (email: string) => {
			const seen = [];
			for (let i = 0; i <= SIGN_IN_PAIR.freeFailures; i++) {
				const response = await signInFrom(server, address, email, `wrong-${i}`);
				seen.push(`${response.status} ${(await alertText(response))?.replace(/\d+/g, 'N')}`);
			}
			return seen;
		};
		const real = await outcomes(CROWD_ACCOUNTS[7].email);
		const stranger = await outcomes(`nobody-${randomBytes(4).toString('hex')}@example.test`);
		expect(real.at(-1)).toMatch(/^429 /);
		expect(stranger).toEqual(real);
	});

	it('says an account is disabled only to someone who gave its password', async () => {
		const admin = new HttpSession(server.url);
		const adminAccount = DEMO_ACCOUNTS.find((a) => a.key === 'admin')!;
		expect((await admin.signIn(adminAccount.email, adminAccount.password)).status).toBe(303);
		// A demo author no other test here signs in as.
		const person = DEMO_ACCOUNTS.find((a) => a.key === 'lena')!;
		const [row] = (await admin.trpc.admin.user.list.query({ search: person.email })).items;
		await admin.trpc.admin.user.setDisabled.mutate({ userId: row.id, disabled: true });

		const address = newAddress();
		const wrong = await signInFrom(server, address, person.email, 'not-the-password');
		const unknown = await signInFrom(server, address, 'nobody-at-all@example.test', 'x-password');
		expect(wrong.status).toBe(400);
		expect(unknown.status).toBe(400);
		expect(await alertText(wrong)).toBe('Wrong e-mail or password');
		expect(await alertText(unknown)).toBe('Wrong e-mail or password');
		const right = await signInFrom(server, address, person.email, person.password);
		expect(right.status).toBe(403);
		expect(await alertText(right)).toMatch(/^This account is disabled\./);
		expect(right.headers.getSetCookie().some((c) => c.startsWith('session='))).toBe(false);
	});
});

/**
 * A user whose password hash has cheap scrypt parameters (they are stored with each hash), so
 * a test can make a hundred real sign-in attempts in a few seconds.
 */
async function cheapUser(db: Executor) {
	const salt = randomBytes(16);
	const key = scryptSync(TEST_PASSWORD.normalize('NFKC'), salt, 32, { N: 1024, r: 8, p: 1 });
	const email = `cheap-${randomBytes(6).toString('hex')}@example.test`;
	const [row] = await db
		.insert(users)
		.values({
			email,
			displayName: 'Cheap Hash',
			passwordHash: `scrypt$1024$8$1$${salt.toString('base64')}$${key.toString('base64')}`
		})
		.returning({ id: users.id, email: users.email });
	return row;
}

describe.each(ENGINES)('sign-in throttling rules on %s', (engine) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
	});
	afterAll(() => database?.destroy());

	const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);
	const outcome = (promise: Promise<unknown>) =>
		promise.then(
			() => ({ code: 'ok', wait: 0 }),
			(e: { code: string; details?: { retryAfterSeconds?: number } }) => ({
				code: e.code,
				wait: e.details?.retryAfterSeconds ?? 0
			})
		);

	it('grows the delay for a pair with each failure, up to the ceiling; a success clears it', async () => {
		const user = await cheapUser(database.db);
		const address = '203.0.113.7';
		const try_ = (now: Date, password = 'wrong-password') =>
			outcome(signIn(database.db, { email: user.email, password }, address, now));
		let now = new Date('2030-01-01T00:00:00Z');
		for (let i = 0; i < SIGN_IN_PAIR.freeFailures; i++) {
			expect(await try_(now)).toEqual({ code: 'UNAUTHORIZED', wait: 0 });
		}
		const delays: number[] = [];
		for (
			let failures = SIGN_IN_PAIR.freeFailures;
			failures < SIGN_IN_PAIR.freeFailures + 7;
			failures++
		) {
			const delay = pairDelaySeconds(failures);
			delays.push(delay);
			// One second early: refused, and told exactly how long is left.
			expect(await try_(at(now, delay - 1))).toEqual({ code: 'TOO_MANY_REQUESTS', wait: 1 });
			now = at(now, delay);
			expect(await try_(now)).toEqual({ code: 'UNAUTHORIZED', wait: 0 });
		}
		expect(delays).toEqual([30, 60, 120, 240, 480, 900, 900]);
		// The right password, once the wait is over, gets in and clears the pair.
		now = at(now, SIGN_IN_PAIR.maxDelaySeconds);
		expect(await try_(now, TEST_PASSWORD)).toEqual({ code: 'ok', wait: 0 });
		for (let i = 0; i < SIGN_IN_PAIR.freeFailures; i++) {
			expect(await try_(now)).toEqual({ code: 'UNAUTHORIZED', wait: 0 });
		}
		expect((await try_(now)).code).toBe('TOO_MANY_REQUESTS');
		// Failures a day old are forgotten.
		now = at(now, SIGN_IN_PAIR.forgetAfterSeconds + 1);
		expect(await try_(now)).toEqual({ code: 'UNAUTHORIZED', wait: 0 });
	});

	it('lets a known address in past the per-account ceiling that stops new ones', async () => {
		const user = await cheapUser(database.db);
		const now = new Date('2030-02-01T00:00:10Z');
		const home = '203.0.113.10';
		expect(
			(
				await outcome(
					signIn(database.db, { email: user.email, password: TEST_PASSWORD }, home, now)
				)
			).code
		).toBe('ok');
		// Fill the account's ceiling as a botnet would (each address stays under its own pair's
		// free failures and under the per-address limit), four attempts at a time.
		const addresses = Array.from(
			{ length: SIGN_IN_PER_ACCOUNT.limit },
			(_, i) => `10.1.${i >> 8}.${i & 255}`
		);
		for (let i = 0; i < addresses.length; i += 4) {
			const results = await Promise.all(
				addresses
					.slice(i, i + 4)
					.map((a) =>
						outcome(signIn(database.db, { email: user.email, password: 'guess' }, a, now))
					)
			);
			for (const result of results) expect(result.code).toBe('UNAUTHORIZED');
		}
		const fresh = await outcome(
			signIn(database.db, { email: user.email, password: TEST_PASSWORD }, '10.9.9.9', now)
		);
		expect(fresh.code).toBe('TOO_MANY_REQUESTS');
		expect(fresh.wait).toBeGreaterThan(0);
		expect(fresh.wait).toBeLessThanOrEqual(SIGN_IN_PER_ACCOUNT.windowSeconds);
		expect(
			(
				await outcome(
					signIn(database.db, { email: user.email, password: TEST_PASSWORD }, home, now)
				)
			).code
		).toBe('ok');
	});

	it('keeps addresses only as keyed hashes', async () => {
		const user = await makeUser(database.db);
		const address = `192.0.2.${Math.floor(Math.random() * 200) + 1}`;
		await outcome(signIn(database.db, { email: user.email, password: 'wrong' }, address));
		await outcome(
			signIn(database.db, { email: 'no-one@example.test', password: 'wrong' }, address)
		);
		await outcome(signIn(database.db, { email: user.email, password: TEST_PASSWORD }, address));
		const pairs = await queryRows<Record<string, unknown>>(
			database.db,
			sql`select * from sign_in_pairs where user_id = ${user.id}`
		);
		expect(pairs).toHaveLength(1);
		const buckets = await queryRows<Record<string, unknown>>(
			database.db,
			sql`select * from rate_limit_buckets`
		);
		const atRest = JSON.stringify([pairs, buckets]);
		expect(atRest).not.toContain(address);
		expect(atRest).not.toContain(user.email);
		expect(atRest).not.toContain('no-one@example.test');
		expect(String(pairs[0].address_hash)).toMatch(/^[0-9a-f]{64}$/);
		// Disabled accounts are told so after the right password (and only then).
		await database.db
			.update(users)
			.set({ disabledAt: new Date() })
			.where(sql`${users.id} = ${user.id}`);
		expect(
			(await outcome(signIn(database.db, { email: user.email, password: 'nope' }, address))).code
		).toBe('UNAUTHORIZED');
		expect(
			(await outcome(signIn(database.db, { email: user.email, password: TEST_PASSWORD }, address)))
				.code
		).toBe('FORBIDDEN');
	});
});
