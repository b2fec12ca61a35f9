import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../src/lib/server/bootstrap/demo-accounts';
import { seedDatabase } from '../../src/lib/server/bootstrap/seed';
import {
	ACCESS,
	accessCases,
	ACTORS,
	httpWorld,
	inProcessWorld,
	outcomeOf,
	procedurePaths,
	type Member,
	type Person,
	type World
} from '../support/access';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { HttpSession } from '../support/http';
import { startServer, type TestServer } from '../support/server';

// Every procedure of the app router must have an entry in the expected-access table
// (tests/support/access.ts); each actor's call is made with a valid input built fresh for it,
// and must succeed or fail with exactly the code the table says.

const PATHS = procedurePaths();
const HTTP_STATUS: Record<string, number> = {
	UNAUTHORIZED: 401,
	FORBIDDEN: 403,
	NOT_FOUND: 404,
	CONFLICT: 409
};

/** Runs every case of a procedure's entry for every actor; returns the mismatches. */
async function checkProcedure(world: World, path: string, { http = false } = {}) {
	const failures: string[] = [];
	for (const entry of accessCases(path) ?? []) {
		for (const actor of ACTORS) {
			const input = entry.input ? await entry.input(world) : undefined;
			const result = await outcomeOf(world.call(actor, path, input));
			const expected = entry.access[actor];
			const where = `${actor}${entry.about ? ` on ${entry.about}` : ''}`;
			if (result.outcome !== expected) {
				const message = (result.error as Error | undefined)?.message ?? '';
				failures.push(`${where}: expected ${expected}, got ${result.outcome} ${message}`.trim());
			} else if (http && expected !== 'ok') {
				const status = (result.error as { data?: { httpStatus?: number } }).data?.httpStatus;
				if (status !== HTTP_STATUS[expected]) failures.push(`${where}: HTTP status ${status}`);
			}
		}
	}
	return failures;
}

it('has exactly one expected-access entry per procedure of the app router', () => {
	expect(PATHS.length).toBeGreaterThan(60);
	expect(
		PATHS.filter((p) => !(p in ACCESS)),
		'procedures without an entry'
	).toEqual([]);
	expect(
		Object.keys(ACCESS).filter((p) => !PATHS.includes(p)),
		'entries for procedures that do not exist'
	).toEqual([]);
});

describe.each(ENGINES)('access matrix in process on %s', (engine) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await seedDatabase(database.db, { demo: false });
	});
	afterAll(() => database?.destroy());

	it.each(PATHS)('%s', async (path) => {
		expect(accessCases(path), `no expected-access entry for ${path}`).toBeDefined();
		// Fresh users per procedure: the per-user mutation limit never interferes.
		const world = await inProcessWorld(database.db);
		expect(await checkProcedure(world, path)).toEqual([]);
	});
});

describe.each(ENGINES)('access matrix over HTTP on %s (every third procedure)', (engine) => {
	let server: TestServer;
	let world: World;
	const offset = ENGINES.indexOf(engine);
	const sample = PATHS.filter((_, i) => i % 3 === offset);

	beforeAll(async () => {
		// The fixtures of the sample take more mutations per demo account and minute than the
		// per-user limit allows; the limits have their own test (security-rate-limits).
		server = await startServer({ engine, env: { DISABLE_RATE_LIMITS: 'true' } });
		const keys: Record<Member, string> = {
			owner: 'maya',
			learner: 'learner',
			reviewer: 'reviewer',
			reviewer2: 'reviewer2',
			admin: 'admin'
		};
		const sessions = {} as Record<Member, HttpSession>;
		const people = {} as Record<Member, Person>;
		for (const [member, key] of Object.entries(keys) as [Member, string][]) {
			const account = DEMO_ACCOUNTS.find((a) => a.key === key)!;
			const session = new HttpSession(server.url);
			expect((await session.signIn(account.email, account.password)).status).toBe(303);
			const me = (await session.trpc.auth.me.query())!;
			sessions[member] = session;
			people[member] = { id: me.id, email: me.email };
		}
		world = httpWorld(sessions, new HttpSession(server.url), people);
	});
	afterAll(() => server?.stop());

	it.each(sample)('%s', async (path) => {
		expect(await checkProcedure(world, path, { http: true })).toEqual([]);
	});
});
