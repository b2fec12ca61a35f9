import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNTS } from '../../src/lib/server/bootstrap/demo-accounts';
import { ENGINES } from '../support/db';
import {
	fingerprintQuery,
	TABLES_QUERY,
	toFingerprint,
	type Fingerprint
} from '../support/fingerprint';
import { HttpSession } from '../support/http';
import { LEAK } from '../support/leaks';
import { startServer, type TestServer } from '../support/server';

vi.setConfig({ testTimeout: 900_000, hookTimeout: 300_000 });

// Property-based fuzzing of everything a page route answers outside tRPC: the page itself, its
// `__data.json` (with any `x-sveltekit-invalidated`, so a page load can run without its
// layout's), and every form action, signed out, as a learner and as an admin. The routes are
// read from src/routes (every folder with a +page.server.ts or +page.svelte), so a new route is
// fuzzed without touching this file. Junk query strings, junk form bodies (urlencoded and
// multipart), control characters, huge values: never a 500 (in the status or in any data node),
// never a stack, SQL or file path in a refusal, and a refused action changes no row (PostgreSQL,
// where the test can read the server's tables). FUZZ_RUNS (default 8) scales the runs.

const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const ROUTES_DIR = join(process.cwd(), 'src', 'routes');

interface PageRoute {
	/** the route id, e.g. `/scenarios/[slug]` */
	id: string;
	/** the named actions of its +page.server.ts (`default` for the unnamed one) */
	actions: string[];
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? [path, ...walk(path)] : [];
	});
}

/** Every page route of the app, read from the filesystem. */
export function pageRoutes(): PageRoute[] {
	return [ROUTES_DIR, ...walk(ROUTES_DIR)]
		.filter((dir) => readdirSync(dir).some((f) => f === '+page.server.ts' || f === '+page.svelte'))
		.map((dir) => {
			const id = `/${relative(ROUTES_DIR, dir).split(sep).join('/')}`.replace(/\/$/, '') || '/';
			let actions: string[] = [];
			try {
				const source = readFileSync(join(dir, '+page.server.ts'), 'utf8');
				const block = /export const actions[^{]*\{([\s\S]*?)\n\};/.exec(source)?.[1] ?? '';
				actions = [...block.matchAll(/^\t([A-Za-z_$][\w$]*)\s*:/gm)].map((m) => m[1]);
			} catch {
				// no +page.server.ts: a page without actions
			}
			return { id, actions };
		})
		.sort((a, b) => a.id.localeCompare(b.id));
}

const ROUTES = pageRoutes();

/** Strings that have broken parsers, databases and renderers. */
const nasty = fc.constantFrom(
	'',
	' ',
	'\u0000',
	'a\u0000b',
	'\n',
	'\r\n',
	'\t',
	'\u0085',
	'\u2028',
	'\ud800',
	'%',
	'%zz',
	'%00',
	'%0d%0a',
	'..',
	'../../etc/passwd',
	'//evil.example',
	'/\t/evil.example',
	'\\\\evil.example',
	'javascript:alert(1)',
	'<script>alert(1)</script>',
	"'; drop table users; --",
	'-1',
	'0',
	'1e999',
	'NaN',
	'9'.repeat(40),
	'true',
	'null',
	'[]',
	'{}',
	'__proto__',
	'constructor',
	'😀',
	'\u202e'
);

/**
 * A value of any size: short junk mostly, sometimes very long (form bodies stay under
 * BODY_SIZE_LIMIT: a larger one is refused before it is read, which security-http tests).
 */
function value(maxLong: number): fc.Arbitrary<string> {
	return fc.oneof(
		{ weight: 4, arbitrary: nasty },
		{ weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
		{ weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
		{ weight: 1, arbitrary: fc.uuid() },
		{ weight: 1, arbitrary: fc.constantFrom('x', '\u0000', 'é').map((c) => c.repeat(maxLong)) }
	);
}

/** Field and parameter names the app reads, and others. */
const name = fc.oneof(
	fc.constantFrom(
		'q',
		'sort',
		'cursor',
		'tab',
		'page',
		'pageSize',
		'skill',
		'skills',
		'module',
		'age',
		'author',
		'status',
		'search',
		'role',
		'missing',
		'filter',
		'attempt',
		'intent',
		'redirectTo',
		'token',
		'email',
		'password',
		'confirm',
		'displayName',
		'current',
		'name',
		'__proto__',
		'constructor'
	),
	fc.string({ minLength: 1, maxLength: 12 })
);

const fields = (maxLong: number) =>
	fc.array(fc.tuple(name, value(maxLong)), { maxLength: 8 }).map((pairs) => pairs);

/** A query string: parsed pairs, or raw bytes that are not valid percent-encoding. */
const query = fc.oneof(
	// Long values, but the URL stays under Node's 16 KB header limit (a 431 closes the socket).
	{ weight: 4, arbitrary: fields(250).map((pairs) => new URLSearchParams(pairs).toString()) },
	{
		weight: 1,
		arbitrary: fc.constantFrom('%', '%zz=1', 'a=%E0%A4%A', '&&&=&', '?', '#x', 'tab=%00&cursor=%ff')
	}
);

/** The `x-sveltekit-invalidated` of a data request: which loads to run. */
const invalidated = fc.oneof(
	fc.stringMatching(/^[01]{1,5}$/),
	fc.constantFrom('', '2', 'x', '0'.repeat(50), '1'.repeat(50))
);

type Actor = 'anonymous' | 'learner' | 'admin';
const ACTORS: Actor[] = ['anonymous', 'learner', 'admin'];

describe.each(ENGINES)('fuzzed pages, page data and form actions over HTTP on %s', (engine) => {
	let server: TestServer;
	let rows: postgres.Sql | undefined;
	let fingerprint: (() => Promise<Fingerprint>) | undefined;
	const cookies: Partial<Record<Actor, string>> = {};
	const params: Record<string, string[]> = {};
	let address = 0;

	async function signIn(actor: Exclude<Actor, 'anonymous'>) {
		const account = DEMO_ACCOUNTS.find((a) => a.key === actor)!;
		const session = new HttpSession(server.url);
		expect((await session.signIn(account.email, account.password)).status).toBe(303);
		cookies[actor] = session.cookieHeader();
	}

	beforeAll(async () => {
		server = await startServer({
			engine,
			env: { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' }
		});
		await signIn('learner');
		await signIn('admin');
		const visitor = new HttpSession(server.url);
		const [scenario] = (await visitor.trpc.scenario.list.query({ limit: 1 })).items;
		// Real values for route parameters (so loads get past their first lookup), and junk.
		params.slug = [scenario.slug, 'no-such-scenario', 'UPPER', '%00', 'a'.repeat(300)];
		params.id = [scenario.id, randomUUID(), 'not-a-uuid', '%2e%2e', '0'];
		params.default = ['x', '%00', '%E2%80%AE', 'a'.repeat(300)];
		if (server.databaseUrl) {
			const client = postgres(server.databaseUrl, { max: 1, onnotice: () => {} });
			rows = client;
			const tables = (await client.unsafe<{ name: string }[]>(TABLES_QUERY)).map((r) => r.name);
			const sql = fingerprintQuery(tables);
			fingerprint = async () =>
				toFingerprint(await client.unsafe<{ t: string; n: number; h: string }[]>(sql));
		}
	});
	afterAll(async () => {
		await rows?.end();
		await server?.stop();
	});

	/** A concrete path for a route id: each [param] replaced by one of its samples. */
	const path = (id: string) =>
		fc.array(fc.nat(), { minLength: 8, maxLength: 8 }).map((picks) => {
			let i = 0;
			return (
				id
					.split('/')
					.filter((s) => !/^\(.*\)$/.test(s))
					.map((segment) => {
						const param = /^\[+(?:\.\.\.)?(\w+)(?:=\w+)?\]+$/.exec(segment)?.[1];
						if (!param) return segment;
						const samples = params[param] ?? params.default;
						return samples[picks[i++ % picks.length] % samples.length];
					})
					.join('/') || '/'
			);
		});

	/** One request as an actor, from an address of its own (limits never pile up on one). */
	async function send(actor: Actor, url: string, init: RequestInit = {}) {
		address += 1;
		const headers = new Headers(init.headers);
		headers.set(
			'x-forwarded-for',
			`10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`
		);
		if (cookies[actor]) headers.set('cookie', cookies[actor]!);
		const response = await fetch(new URL(url, server.url), {
			redirect: 'manual',
			...init,
			headers
		});
		return {
			status: response.status,
			type: response.headers.get('content-type') ?? '',
			text: await response.text()
		};
	}

	/**
	 * The statuses an answer carries: the HTTP one, and for page data and action results the
	 * ones inside (a data node's error, an action's failure).
	 */
	function statuses(answer: { status: number; type: string; text: string }): number[] {
		const found = [answer.status];
		if (!answer.type.includes('json') && !answer.type.includes('sveltekit')) return found;
		for (const line of answer.text.split('\n').filter(Boolean)) {
			let data: {
				type?: string;
				status?: number;
				nodes?: ({ type?: string; status?: number } | null)[];
			};
			try {
				data = JSON.parse(line);
			} catch {
				continue;
			}
			if (data.type === 'failure' || data.type === 'error')
				found.push(data.status ?? answer.status);
			for (const node of data.nodes ?? []) {
				if (node?.type === 'error') found.push(node.status ?? 500);
			}
		}
		return found;
	}

	function expectSafe(answer: { status: number; type: string; text: string }, what: string) {
		const all = statuses(answer);
		for (const status of all)
			expect(status, `${what}: ${answer.text.slice(0, 300)}`).toBeLessThan(500);
		const refused = all.some((s) => s >= 400);
		if (refused) expect(answer.text, what).not.toMatch(LEAK);
		return refused;
	}

	/**
	 * Signed-in actors whose session a `/logout` (or anything else) ended sign in again. Says
	 * whether it did (a new session row).
	 */
	async function keepSignedIn(actor: Actor) {
		if (actor === 'anonymous') return false;
		const me = await send(actor, '/api/trpc/auth.me');
		if (me.text.includes('"email"')) return false;
		await signIn(actor);
		return true;
	}

	it(`finds the routes in src/routes (${ROUTES.length})`, () => {
		const ids = ROUTES.map((r) => r.id);
		for (const id of ['/', '/login', '/signup', '/logout', '/review', '/scenarios/[slug]']) {
			expect(ids).toContain(id);
		}
		expect(ROUTES.find((r) => r.id === '/login')!.actions).toEqual(['default']);
	});

	it.each(ROUTES.map((r) => r.id))('GET %s and its __data.json with junk', async (id) => {
		let calls = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...ACTORS),
				path(id),
				query,
				invalidated,
				fc.boolean(),
				async (actor, concrete, search, nodes, data) => {
					calls++;
					const base = concrete === '/' ? '' : concrete;
					const url = data
						? `${base}/__data.json?${search}${search ? '&' : ''}x-sveltekit-invalidated=${nodes}`
						: `${concrete}?${search}`;
					const answer = await send(actor, url, {
						headers: { accept: data ? '*/*' : 'text/html' }
					});
					expectSafe(answer, `${actor} GET ${url.slice(0, 200)}`);
				}
			),
			{ numRuns: RUNS * 6, endOnFailure: true }
		);
		expect(calls).toBe(RUNS * 6);
	});

	const withActions = ROUTES.filter((r) => r.actions.length);

	it.each(withActions.map((r) => r.id))('POSTs junk to the actions of %s', async (id) => {
		const route = ROUTES.find((r) => r.id === id)!;
		let baseline = fingerprint ? await fingerprint() : undefined;
		let calls = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...ACTORS),
				path(id),
				fc.constantFrom(...route.actions, 'nope'),
				fields(50_000),
				fc.constantFrom('urlencoded', 'multipart'),
				fc.constantFrom('text/html', 'application/json'),
				async (actor, concrete, action, pairs, encoding, accept) => {
					calls++;
					const target = action === 'default' ? concrete : `${concrete}?/${action}`;
					let body: BodyInit;
					const headers: Record<string, string> = { origin: server.url, accept };
					if (encoding === 'urlencoded') {
						body = new URLSearchParams(pairs).toString();
						headers['content-type'] = 'application/x-www-form-urlencoded';
					} else {
						const form = new FormData();
						for (const [k, v] of pairs) form.append(k, v);
						body = form;
					}
					if (accept === 'application/json') headers['x-sveltekit-action'] = 'true';
					const answer = await send(actor, target, { method: 'POST', headers, body });
					const refused = expectSafe(answer, `${actor} POST ${target} ${encoding}`);
					if (fingerprint) {
						if (refused) {
							expect(
								await fingerprint(),
								`${actor} POST ${target}: refused but changed rows`
							).toEqual(baseline);
						} else {
							baseline = await fingerprint();
						}
					}
					if ((await keepSignedIn(actor)) && fingerprint) baseline = await fingerprint();
				}
			),
			{ numRuns: RUNS * 4, endOnFailure: true }
		);
		expect(calls).toBe(RUNS * 4);
	});
});
