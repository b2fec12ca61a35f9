import fc from 'fast-check';
import postgres from 'postgres';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../src/lib/server/bootstrap/demo-accounts';
import { seedDatabase } from '../../src/lib/server/bootstrap/seed';
import {
	accessCases,
	inProcessWorld,
	outcomeOf,
	procedureInput,
	procedurePaths,
	procedureType,
	type Actor,
	type World
} from '../support/access';
import {
	inputJsonSchema,
	junk,
	nearValid,
	validShaped,
	withPrototypeKeys,
	type JsonSchema
} from '../support/arbitraries';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import {
	fingerprinter,
	fingerprintQuery,
	TABLES_QUERY,
	toFingerprint,
	type Fingerprint
} from '../support/fingerprint';
import { HttpSession } from '../support/http';
import { LEAK } from '../support/leaks';
import { startServer, type TestServer } from '../support/server';

// Property-based fuzzing of every procedure's input. For each procedure the inputs come from its
// zod parser (through its JSON Schema): values of the right shape, values one step off it (a
// field replaced by junk or a boundary value, removed, an extra key, own __proto__ /
// constructor / prototype keys), a real valid input from the access table bent the same way,
// and plain junk. Whatever the input: no INTERNAL_SERVER_ERROR, no SQL or stack in the answer,
// no polluted Object.prototype, and a refused call leaves every row of every table as it was
// (row counts and checksums). FUZZ_RUNS (default 8) scales the runs per kind of input.

const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const PATHS = procedurePaths();

function prototypeIsClean() {
	const probe = {} as Record<string, unknown>;
	return (
		probe.polluted === undefined && probe.role === undefined && Object.keys(probe).length === 0
	);
}

/** Who calls a procedure in the fuzz: the first of owner, reviewer, admin the table allows. */
function fuzzActor(path: string): Exclude<Actor, 'anonymous'> {
	const access = accessCases(path)![0].access;
	return (['owner', 'reviewer', 'admin'] as const).find((a) => access[a] === 'ok') ?? 'admin';
}

function isPublic(path: string) {
	return accessCases(path)!.every((c) => c.access.anonymous === 'ok');
}

interface Kinds {
	schema: JsonSchema;
	seed: unknown;
}

/** The inputs to try: one arbitrary per kind, each weighted the same. */
function inputs({ schema, seed }: Kinds): fc.Arbitrary<unknown> {
	return fc.oneof(
		validShaped(schema),
		nearValid(schema),
		nearValid(schema, fc.constant(seed)),
		fc.constant(seed).map(withPrototypeKeys),
		junk()
	);
}

describe.each(ENGINES)('fuzzed procedure inputs in process on %s', (engine) => {
	let database: TestDatabase;
	let fingerprint: () => Promise<Fingerprint>;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await seedDatabase(database.db, { demo: false });
		fingerprint = await fingerprinter(database.db);
	});
	afterAll(() => database?.destroy());

	it.each(PATHS)('%s', async (path) => {
		// Fresh users per procedure: the per-user mutation limit never interferes.
		const world: World = await inProcessWorld(database.db);
		const entry = accessCases(path)![0];
		const seed = entry.input ? await entry.input(world) : undefined;
		const parser = procedureInput(path);
		const schema = parser ? inputJsonSchema(parser) : {};
		const actor = fuzzActor(path);
		const anonymousToo = isPublic(path);
		const mutation = procedureType(path) === 'mutation';
		let baseline = await fingerprint();
		const tally = { accepted: 0, refused: 0 };

		await fc.assert(
			fc.asyncProperty(inputs({ schema, seed }), fc.boolean(), async (input, anonymous) => {
				const as = anonymousToo && anonymous ? 'anonymous' : actor;
				const result = await outcomeOf(world.call(as, path, input));
				expect(result.outcome, (result.error as Error)?.message).not.toBe('INTERNAL_SERVER_ERROR');
				expect(result.outcome === 'ok' || /^[A-Z_]+$/.test(result.outcome), result.outcome).toBe(
					true
				);
				if (result.error) expect((result.error as Error).message).not.toMatch(LEAK);
				expect(prototypeIsClean()).toBe(true);
				if (result.outcome === 'ok') {
					tally.accepted++;
					if (mutation) baseline = await fingerprint();
				} else {
					tally.refused++;
					expect(await fingerprint()).toEqual(baseline);
				}
			}),
			{ numRuns: RUNS * 5, endOnFailure: true }
		);
		// Junk reaches every procedure with an input parser, so each of those refuses something
		// (tRPC ignores the input of a procedure without one).
		expect(parser ? tally.refused : 1).toBeGreaterThan(0);
		if (mutation) expect(await fingerprint()).toEqual(baseline);
	});
});

describe('fuzzed procedure inputs over HTTP against the production server', () => {
	// PostgreSQL when available: the test can then read the server's rows while it runs.
	const engine = ENGINES.at(-1)!;
	let server: TestServer;
	let admin: HttpSession;
	let rows: postgres.Sql | undefined;
	let fingerprint: (() => Promise<Fingerprint>) | undefined;

	beforeAll(async () => {
		server = await startServer({ engine, env: { DISABLE_RATE_LIMITS: 'true' } });
		const account = DEMO_ACCOUNTS.find((a) => a.key === 'admin')!;
		admin = new HttpSession(server.url);
		expect((await admin.signIn(account.email, account.password)).status).toBe(303);
		if (server.databaseUrl) {
			const client = postgres(server.databaseUrl, { max: 1, onnotice: () => {} });
			rows = client;
			const tables = (await client.unsafe<{ name: string }[]>(TABLES_QUERY)).map((r) => r.name);
			const query = fingerprintQuery(tables);
			fingerprint = async () =>
				toFingerprint(await client.unsafe<{ t: string; n: number; h: string }[]>(query));
		}
	});
	afterAll(async () => {
		await rows?.end();
		await server?.stop();
	});

	/** Sends one raw tRPC request: a query as GET ?input=, a mutation as a JSON POST. */
	async function send(path: string, body: string, session?: HttpSession) {
		const client = session ?? new HttpSession(server.url);
		const init: RequestInit =
			procedureType(path) === 'query'
				? {}
				: {
						method: 'POST',
						headers: { 'content-type': 'application/json', origin: server.url },
						body
					};
		const url =
			procedureType(path) === 'query'
				? `/api/trpc/${path}?input=${encodeURIComponent(body)}`
				: `/api/trpc/${path}`;
		try {
			const response = await client.fetch(url, init);
			return { status: response.status, text: await response.text() };
		} catch (error) {
			// Over Node's header limit (16 KiB) or BODY_SIZE_LIMIT (1M) the server answers 431 / 413
			// and closes the socket; a client still writing its huge request may see only the
			// reset (EPIPE, ECONNRESET) instead of the answer, depending on timing. That is a refusal.
			const oversized = url.length > 16 * 1024 || Buffer.byteLength(body) > 1024 * 1024;
			if (oversized && /EPIPE|ECONNRESET|other side closed/.test(String(causeChain(error)))) {
				return { status: 431, text: '' };
			}
			throw error;
		}
	}

	function causeChain(error: unknown): string {
		const parts: string[] = [];
		for (let e = error as { message?: string; code?: string; cause?: unknown } | undefined; e;) {
			parts.push(`${e.code ?? ''} ${e.message ?? ''}`);
			e = e.cause as typeof e;
		}
		return parts.join(' | ');
	}

	/** Below 500, and a refusal says nothing of the internals (an answer's data is content). */
	function expectSafe(answer: { status: number; text: string }, what: string) {
		expect(answer.status, what).toBeLessThan(500);
		if (answer.status !== 200) expect(answer.text, what).not.toMatch(LEAK);
	}

	/** Encodes an input as the tRPC client would (superjson), or raw when it cannot. */
	function encode(input: unknown): string {
		try {
			return JSON.stringify(superjson.serialize(input));
		} catch {
			return JSON.stringify({ json: String(input) });
		}
	}

	it('answers every procedure, signed in as admin and signed out, with < 500 and no leak', async () => {
		let calls = 0;
		let baseline = fingerprint ? await fingerprint() : undefined;
		for (const path of PATHS) {
			const parser = procedureInput(path);
			const schema = parser ? inputJsonSchema(parser) : {};
			const mutation = procedureType(path) === 'mutation';
			await fc.assert(
				fc.asyncProperty(
					fc.oneof(validShaped(schema), nearValid(schema), junk()),
					fc.boolean(),
					async (input, signedIn) => {
						calls++;
						const answer = await send(path, encode(input), signedIn ? admin : undefined);
						expectSafe(answer, `${path} ${answer.text.slice(0, 300)}`);
						if (!fingerprint) return;
						if (answer.status === 200) {
							if (mutation) baseline = await fingerprint();
						} else {
							expect(await fingerprint(), `${path} refused but changed rows`).toEqual(baseline);
						}
					}
				),
				{ numRuns: RUNS, endOnFailure: true }
			);
		}
		expect(calls).toBe(PATHS.length * RUNS);
		// About a thousand requests, each with a fingerprint of every table: ~60 s on a busy
		// 2-core machine, so not the default 60 s.
	}, 600_000);

	it('refuses malformed tRPC requests without a 500 or a leak, and changes nothing', async () => {
		const before = fingerprint ? await fingerprint() : undefined;
		const bodies = [
			'',
			'{',
			'{"json":',
			'null',
			'[]',
			'"just a string"',
			'{"json":{"scenarioId":"x"},"meta":{"values":{"scenarioId":["Date"]}}}',
			'{"json":{"a":1},"meta":{"values":{"a":[["custom","evil"]]}}}',
			'{"json":{},"meta":{"values":{"__proto__.polluted":["undefined"]}}}',
			'{"json":{"__proto__":{"polluted":"yes"}},"meta":{"referentialEqualities":{"__proto__":["constructor.prototype"]}}}',
			'{"json":{"constructor":{"prototype":{"polluted":"yes"}}}}',
			`{"json":${'['.repeat(5000)}${']'.repeat(5000)}}`,
			`{"json":"${'x'.repeat(900_000)}"}`,
			'{"json":1e999}',
			'{"json":"\\u0000\\ud800"}'
		];
		for (const path of ['progress.save', 'studio.create', 'admin.skill.create', 'scenario.list']) {
			for (const body of bodies) {
				expectSafe(await send(path, body, admin), `${path} ${body.slice(0, 60)}`);
			}
		}
		// Batches: unknown procedures, a procedure repeated, a mutation in a GET batch.
		for (const url of [
			'/api/trpc/nope.nothing',
			'/api/trpc/scenario.list,__proto__,constructor?batch=1&input={}',
			`/api/trpc/${Array(50).fill('auth.me').join(',')}?batch=1&input={}`,
			'/api/trpc/progress.save?batch=1&input={"0":{"json":{}}}',
			'/api/trpc/scenario.list?input=%7B%22json%22%3A'
		]) {
			const response = await admin.fetch(url);
			expectSafe({ status: response.status, text: await response.text() }, url);
		}
		expect(prototypeIsClean()).toBe(true);
		if (fingerprint) expect(await fingerprint()).toEqual(before);
	});

	it('answers large refused calls on one keep-alive connection, one after another', async () => {
		// Refused before the input is read (signed out): the body must still be consumed, or the
		// next request on the connection is reset.
		const body = JSON.stringify({ json: { name: 'x'.repeat(300_000) } });
		for (let i = 0; i < 4; i++) {
			const answer = await send('admin.apiKey.create', body);
			expect(answer.status).toBe(401);
		}
	});
});
