import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { authenticate } from '../../src/lib/server/auth/accounts';
import {
	MUTATIONS_PER_USER,
	SIGN_IN_PER_ACCOUNT,
	SIGN_IN_PER_ADDRESS,
	SIGN_UP_PER_ADDRESS
} from '../../src/lib/server/security/limits';
import { users } from '../../src/lib/server/db/schema';
import { authedProcedure, createCallerFactory, router } from '../../src/lib/server/trpc/init';
import { addressSequence, formPost, TRUST_FORWARDED_FOR } from '../support/client-address';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { HttpSession } from '../support/http';
import { makeUser, TEST_PASSWORD } from '../support/factories';
import { startServer, type TestServer } from '../support/server';

// Real servers and databases: a first start seeds, and the machine may be busy.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

// Rate limits, counted in the database (rate_limit_buckets): sign-in per address and per
// account, sign-up per address, mutations per user. Over HTTP the server trusts
// X-Forwarded-For (ADDRESS_HEADER, as behind a load balancer) so each test is its own client.

/** A client address no other test uses. */
const newAddress = addressSequence('203.0.113');

/**
 * Windows are fixed (aligned to multiples of their length): a test that fills one must not
 * straddle a boundary, where the count starts again. Waits for the next window if needed.
 */
async function freshWindow(windowSeconds: number, neededSeconds: number) {
	const left = windowSeconds - ((Date.now() / 1000) % windowSeconds);
	if (left < neededSeconds) await new Promise((r) => setTimeout(r, left * 1000 + 200));
}

function expectTooMany(response: Response, windowSeconds: number) {
	expect(response.status).toBe(429);
	const retryAfter = Number(response.headers.get('retry-after'));
	expect(retryAfter).toBeGreaterThanOrEqual(1);
	expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
}

describe.each(ENGINES)('rate limits over HTTP on %s', (engine) => {
	let server: TestServer;
	beforeAll(async () => {
		server = await startServer({
			engine,
			env: TRUST_FORWARDED_FOR
		});
	});
	afterAll(() => server?.stop());

	it(`limits failed sign-ins per account (${SIGN_IN_PER_ACCOUNT.limit}) from new addresses, not from known ones`, async () => {
		const email = 'learner01@scenariohub.test';
		const home = newAddress();
		expect(
			(await formPost(server, '/login', { email, password: 'crowd-pass-2026' }, home)).status
		).toBe(303);
		await freshWindow(SIGN_IN_PER_ACCOUNT.windowSeconds, 300);
		// A botnet: one wrong password from each of many addresses, a few at a time.
		for (let i = 0; i < SIGN_IN_PER_ACCOUNT.limit; i += 5) {
			const batch = await Promise.all(
				Array.from({ length: Math.min(5, SIGN_IN_PER_ACCOUNT.limit - i) }, (_, j) =>
					formPost(server, '/login', { email, password: `wrong-password-${i + j}` }, newAddress())
				)
			);
			for (const response of batch) expect(response.status).toBe(400);
		}
		// The right password from an address the account never used waits now...
		const blocked = await formPost(
			server,
			'/login',
			{ email, password: 'crowd-pass-2026' },
			newAddress()
		);
		expectTooMany(blocked, SIGN_IN_PER_ACCOUNT.windowSeconds);
		expect(blocked.headers.getSetCookie().some((c) => c.startsWith('session='))).toBe(false);
		// The wait is what is left of the hour window: "1 hour" in its first minute.
		expect(await blocked.text()).toMatch(
			/Too many failed sign-ins for this account\. Try again in (\d+ minutes?|1 hour)\./
		);
		// ...but the owner, from where they signed in before, is not locked out.
		const owner = await formPost(server, '/login', { email, password: 'crowd-pass-2026' }, home);
		expect(owner.status).toBe(303);
		// Other accounts are unaffected.
		const other = await formPost(
			server,
			'/login',
			{ email: 'learner02@scenariohub.test', password: 'crowd-pass-2026' },
			newAddress()
		);
		expect(other.status).toBe(303);
	});

	it(`limits failed sign-ins per address (${SIGN_IN_PER_ADDRESS.limit}), across accounts`, async () => {
		const ip = newAddress();
		await freshWindow(SIGN_IN_PER_ADDRESS.windowSeconds, 90);
		for (let i = 0; i < SIGN_IN_PER_ADDRESS.limit; i++) {
			const response = await formPost(
				server,
				'/login',
				{ email: `nobody-${i}@example.test`, password: 'some-password' },
				ip
			);
			expect(response.status).toBe(400);
		}
		const blocked = await formPost(
			server,
			'/login',
			{ email: 'learner03@scenariohub.test', password: 'crowd-pass-2026' },
			ip
		);
		expectTooMany(blocked, SIGN_IN_PER_ADDRESS.windowSeconds);
		const elsewhere = await formPost(
			server,
			'/login',
			{ email: 'learner03@scenariohub.test', password: 'crowd-pass-2026' },
			newAddress()
		);
		expect(elsewhere.status).toBe(303);
	});

	it(`limits sign-up per address (${SIGN_UP_PER_ADDRESS.limit})`, async () => {
		const ip = newAddress();
		const signUp = (address: string) =>
			formPost(
				server,
				'/signup',
				{
					email: `signup-${randomBytes(4).toString('hex')}@example.test`,
					displayName: 'Rate Limited',
					password: 'a-long-enough-password'
				},
				address
			);
		await freshWindow(SIGN_UP_PER_ADDRESS.windowSeconds, 40);
		for (let i = 0; i < SIGN_UP_PER_ADDRESS.limit; i++) expect((await signUp(ip)).status).toBe(303);
		const blocked = await signUp(ip);
		expectTooMany(blocked, SIGN_UP_PER_ADDRESS.windowSeconds);
		expect(await blocked.text()).toContain('Too many sign-ups from here');
		expect((await signUp(newAddress())).status).toBe(303);
	});

	it(`answers a user's mutation ${MUTATIONS_PER_USER.limit + 1} with 429 and Retry-After`, async () => {
		const browser = new HttpSession(server.url);
		expect((await browser.signIn('learner05@scenariohub.test', 'crowd-pass-2026')).status).toBe(
			303
		);
		const list = await browser.trpc.scenario.list.query({ limit: 1 });
		const scenarioId = list.items[0].id;
		const save = (saved: boolean) =>
			browser.fetch('/api/trpc/progress.save', {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: server.url },
				body: JSON.stringify({ json: { scenarioId, saved } })
			});
		await freshWindow(MUTATIONS_PER_USER.windowSeconds, 30);
		// Up to two below the limit, ten at a time.
		for (let i = 0; i < MUTATIONS_PER_USER.limit - 2; i += 10) {
			const count = Math.min(10, MUTATIONS_PER_USER.limit - 2 - i);
			const batch = await Promise.all(
				Array.from({ length: count }, (_, j) => save((i + j) % 2 === 0))
			);
			for (const response of batch) expect(response.status).toBe(200);
		}
		// The session lookup counts a batch's calls all at once: three calls with two left in the
		// window are all refused, none runs.
		const three = await browser.fetch(
			'/api/trpc/progress.save,progress.save,progress.save?batch=1',
			{
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: server.url },
				body: JSON.stringify(
					Object.fromEntries([0, 1, 2].map((i) => [i, { json: { scenarioId, saved: true } }]))
				)
			}
		);
		expectTooMany(three, MUTATIONS_PER_USER.windowSeconds);
		const answers = (await three.json()) as { error?: { json: { data: { code: string } } } }[];
		expect(answers.map((a) => a.error?.json.data.code)).toEqual(Array(3).fill('TOO_MANY_REQUESTS'));
		const blocked = await save(true);
		expectTooMany(blocked, MUTATIONS_PER_USER.windowSeconds);
		expect((await blocked.json()).error.json.data.code).toBe('TOO_MANY_REQUESTS');
		// Reading is not limited.
		expect((await browser.trpc.auth.me.query())?.email).toBe('learner05@scenariohub.test');
	});

	it('answers an unknown e-mail and a wrong password with the same page', async () => {
		const unknown = await formPost(
			server,
			'/login',
			{ email: 'no-such-person@example.test', password: 'learner-pass-2026' },
			newAddress()
		);
		const wrong = await formPost(
			server,
			'/login',
			{ email: 'learner04@scenariohub.test', password: 'not-the-password' },
			newAddress()
		);
		expect(unknown.status).toBe(400);
		expect(wrong.status).toBe(400);
		const message = (html: string) => /role="alert"[^>]*>([\s\S]*?)<\//.exec(html)?.[1]?.trim();
		const [a, b] = [await unknown.text(), await wrong.text()];
		expect(a).toContain('Wrong e-mail or password');
		expect(message(a)).toBe(message(b));
	});
});

describe.each(ENGINES)('sign-in errors and the mutation limit on %s', (engine) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
	});
	afterAll(() => database?.destroy());
	afterEach(() => {
		delete process.env.DISABLE_RATE_LIMITS;
	});

	it('does not reveal whether an e-mail exists: same error, same password work', async () => {
		const known = await makeUser(database.db);
		const disabled = await makeUser(database.db);
		await database.db
			.update(users)
			.set({ disabledAt: new Date() })
			.where(sql`${users.id} = ${disabled.id}`);

		const attempt = async (email: string, password: string) => {
			const started = performance.now();
			const error = await authenticate(database.db, { email, password }).then(
				() => null,
				(e: Error & { code?: string }) => e
			);
			return { error, ms: performance.now() - started };
		};
		const outcomes = {
			unknown: await attempt('nobody-here@example.test', TEST_PASSWORD),
			wrongPassword: await attempt(known.email, 'not-the-password'),
			disabledWrongPassword: await attempt(disabled.email, 'not-the-password')
		};
		for (const outcome of Object.values(outcomes)) {
			expect(outcome.error).toMatchObject({
				code: 'UNAUTHORIZED',
				message: 'Wrong e-mail or password'
			});
		}
		// A disabled account is named only after its correct password.
		expect((await attempt(disabled.email, TEST_PASSWORD)).error).toMatchObject({
			code: 'FORBIDDEN',
			message: expect.stringMatching(/^This account is disabled\./)
		});
		// An unknown e-mail still runs scrypt against a dummy hash. Best of three, so a busy
		// machine does not decide it.
		const best = async (email: string, password: string) => {
			const times = [];
			for (let i = 0; i < 3; i++) times.push((await attempt(email, password)).ms);
			return Math.min(...times);
		};
		const unknownMs = await best('nobody-here@example.test', TEST_PASSWORD);
		const knownMs = await best(known.email, 'not-the-password');
		expect(unknownMs).toBeGreaterThan(knownMs * 0.5);
		expect(unknownMs).toBeLessThan(knownMs * 2);
	});

	it(`refuses a user's mutation ${MUTATIONS_PER_USER.limit + 1} in a window, not queries or other users`, async () => {
		// The app's own authedProcedure, with the smallest possible procedures on top.
		const testRouter = router({
			poke: authedProcedure.mutation(() => 'ok'),
			look: authedProcedure.query(() => 'ok')
		});
		const callerFor = createCallerFactory(testRouter);
		const context = (user: Awaited<ReturnType<typeof makeUser>>) =>
			callerFor({ db: database.db, user, sessionId: null, clientAddress: '127.0.0.1' });
		const busy = context(await makeUser(database.db));
		const calm = context(await makeUser(database.db));

		await freshWindow(MUTATIONS_PER_USER.windowSeconds, 25);
		for (let i = 0; i < MUTATIONS_PER_USER.limit; i++) await busy.poke();
		const error = await busy.poke().catch((e) => e);
		expect(error).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
		expect(error.cause.details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
		expect(error.cause.details.retryAfterSeconds).toBeLessThanOrEqual(
			MUTATIONS_PER_USER.windowSeconds
		);
		expect(await busy.look()).toBe('ok');
		expect(await calm.poke()).toBe('ok');

		process.env.DISABLE_RATE_LIMITS = 'true';
		expect(await busy.poke()).toBe('ok');
	});
});
