import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNTS } from '../../src/lib/server/bootstrap/demo-accounts';
import { ANONYMOUS_CALLS_PER_ADDRESS } from '../../src/lib/server/security/limits';
import { UNREADABLE_INPUT, isBoundedTree } from '../../src/lib/server/trpc/transformer';
import { MAX_BATCH_SIZE } from '../../src/lib/trpc/batch';
import { inputJsonSchema, type JsonSchema } from '../support/arbitraries';
import { procedureInput, procedurePaths } from '../support/access';
import { ENGINES } from '../support/db';
import { HttpSession } from '../support/http';
import { LEAK } from '../support/leaks';
import { startServer, type TestServer } from '../support/server';

vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

// Issue 12 ("Trust"), security: the open redirect after sign-in, 500s outside procedures, the
// origin check on percent-encoded paths, unbounded batches and unthrottled anonymous calls,
// ids in `scenario.bySlug`, malformed superjson, and caching of signed-in pages. Each test
// failed on the code before the fix (see SECURITY.md). The sign-in throttle has its own file
// (security-sign-in.test.ts), the fuzzing of pages and actions too (fuzz-pages.test.ts).

const FOREIGN = 'https://evil.example';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

let counter = 0;
/** An address no other test uses (TEST-NET-3). */
function newAddress() {
	counter += 1;
	return `203.0.113.${counter}`;
}

/** Every number field called like a page size, with its declared maximum. */
function pageSizes(schema: JsonSchema, at = ''): { at: string; maximum?: number }[] {
	const found: { at: string; maximum?: number }[] = [];
	for (const [name, property] of Object.entries(schema.properties ?? {})) {
		if (/^(limit|pageSize|perPage|take|first|count)$/.test(name)) {
			found.push({ at: `${at}.${name}`, maximum: property.maximum });
		}
		found.push(...pageSizes(property, `${at}.${name}`));
	}
	for (const branch of [
		...(schema.anyOf ?? []),
		...(schema.oneOf ?? []),
		...(schema.allOf ?? [])
	]) {
		found.push(...pageSizes(branch, at));
	}
	return found;
}

describe('bounded inputs', () => {
	it('caps the page size of every list procedure at 100', () => {
		const unbounded: string[] = [];
		let lists = 0;
		for (const path of procedurePaths()) {
			const parser = procedureInput(path);
			if (!parser) continue;
			for (const size of pageSizes(inputJsonSchema(parser))) {
				lists++;
				if (size.maximum === undefined || size.maximum > 100) unbounded.push(`${path}${size.at}`);
			}
		}
		expect(lists).toBeGreaterThan(5);
		expect(unbounded).toEqual([]);
	});

	it('accepts only inputs that are trees of bounded depth and size', () => {
		const shared = { a: 1 };
		expect(isBoundedTree({ x: shared, y: shared, list: [1, 'two', null, new Date()] })).toBe(true);
		const cyclic: Record<string, unknown> = {};
		cyclic.self = cyclic;
		expect(isBoundedTree(cyclic)).toBe(false);
		let deep: unknown = 1;
		for (let i = 0; i < 100; i++) deep = [deep];
		expect(isBoundedTree(deep)).toBe(false);
		// 40 levels of a node shared twice: 2^40 paths from a few hundred bytes.
		let dag: unknown = 0;
		for (let i = 0; i < 40; i++) dag = [dag, dag];
		expect(isBoundedTree(dag)).toBe(false);
	});
});

describe.each(ENGINES)('trust fixes over HTTP on %s', (engine) => {
	let server: TestServer;
	let learner: HttpSession;
	const account = DEMO_ACCOUNTS.find((a) => a.key === 'learner')!;

	beforeAll(async () => {
		server = await startServer({
			engine,
			env: { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' }
		});
		learner = new HttpSession(server.url);
		expect((await learner.signIn(account.email, account.password)).status).toBe(303);
	});
	afterAll(() => server?.stop());

	/** A request from its own address, as the learner or signed out. */
	function get(path: string, session?: HttpSession, headers: Record<string, string> = {}) {
		return (session ?? new HttpSession(server.url)).fetch(path, {
			headers: { 'x-forwarded-for': newAddress(), ...headers }
		});
	}

	describe('redirect after sign-in', () => {
		const hostile = [
			'/\t/evil.example',
			'/\n/evil.example',
			'/\r\n\t/evil.example',
			'/\\evil.example',
			'/.//evil.example',
			'//evil.example',
			'https://evil.example'
		];

		it('stays on the site when already signed in (GET /login?redirectTo=)', async () => {
			for (const target of hostile) {
				const response = await get(`/login?redirectTo=${encodeURIComponent(target)}`, learner);
				expect(response.status, JSON.stringify(target)).toBe(303);
				const location = response.headers.get('location')!;
				expect(new URL(location, server.url).origin, JSON.stringify(target)).toBe(server.url);
				expect(location).toBe('/scenarios');
			}
			const fine = await get(
				`/login?redirectTo=${encodeURIComponent('/progress?tab=saved')}`,
				learner
			);
			expect(fine.headers.get('location')).toBe('/progress?tab=saved');
		});

		it('stays on the site after a real sign-in through the form', async () => {
			for (const redirectTo of [...hostile, '/x\ny', '/\u0000']) {
				const browser = new HttpSession(server.url);
				const response = await browser.fetch('/login', {
					method: 'POST',
					headers: {
						'content-type': 'application/x-www-form-urlencoded',
						accept: 'text/html',
						origin: server.url,
						'x-forwarded-for': newAddress()
					},
					body: new URLSearchParams({
						email: account.email,
						password: account.password,
						redirectTo
					}).toString()
				});
				expect(response.status, JSON.stringify(redirectTo)).toBe(303);
				const location = response.headers.get('location')!;
				expect(new URL(location, server.url).origin, JSON.stringify(redirectTo)).toBe(server.url);
				expect(location).toBe('/scenarios');
				expect(browser.cookies.size).toBe(1);
			}
			// The page the form came from keeps only a safe target in its hidden field.
			const page = await (await get('/login?redirectTo=/%09/evil.example')).text();
			expect(page).toContain('name="redirectTo" value="/scenarios"');
		});
	});

	it('refuses a cross-site POST to the API under a percent-encoded path', async () => {
		const list = await learner.trpc.scenario.list.query({ limit: 1 });
		const scenarioId = list.items[0].id;
		const before = await learner.trpc.scenario.bySlug.query({ slug: list.items[0].slug });
		const saved = before.progress?.isSaved ?? false;
		// tRPC cuts the procedure path out of the raw URL by the endpoint's length, so
		// `/api/%74rpc/,progress.save` is the batch ["c/", "progress.save"]: the second call runs.
		const input = { json: { scenarioId, saved: !saved } };
		for (const path of [
			'/api/%74rpc/,progress.save?batch=1',
			'/api/%74%72%70%63/,,,,,,progress.save?batch=1',
			'/%61pi/trpc/progress.save?batch=1',
			'/api/trpc/progress.save?batch=1'
		]) {
			const crossSite: Record<string, string>[] = [
				{ origin: FOREIGN },
				{ 'sec-fetch-site': 'cross-site' }
			];
			for (const headers of crossSite) {
				const response = await learner.fetch(path, {
					method: 'POST',
					headers: { 'content-type': 'application/json', ...headers },
					body: JSON.stringify(Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((i) => [i, input])))
				});
				expect(response.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
			}
		}
		const after = await learner.trpc.scenario.bySlug.query({ slug: list.items[0].slug });
		expect(after.progress?.isSaved ?? false).toBe(saved);
		// Non-JSON bodies to the encoded path are refused as they are on the plain one.
		const text = await learner.fetch('/api/%74rpc/progress.save', {
			method: 'POST',
			headers: { 'content-type': 'text/plain', origin: server.url },
			body: '{}'
		});
		expect(text.status).toBe(415);
	});

	it(`refuses batches of more than ${MAX_BATCH_SIZE} calls`, async () => {
		const batch = (n: number) =>
			get(
				`/api/trpc/${Array(n).fill('scenario.list').join(',')}?batch=1&input=${encodeURIComponent(
					JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, { json: {} }])))
				)}`
			);
		const largest = await batch(MAX_BATCH_SIZE);
		expect(largest.status).toBe(200);
		expect(await largest.json()).toHaveLength(MAX_BATCH_SIZE);
		for (const n of [MAX_BATCH_SIZE + 1, 120]) {
			const response = await batch(n);
			expect(response.status).toBe(400);
			const body = await response.text();
			expect(body.length).toBeLessThan(2000);
			expect(body).not.toMatch(LEAK);
		}
	});

	it(`limits signed-out callers to ${ANONYMOUS_CALLS_PER_ADDRESS.limit} calls a minute per address`, async () => {
		const left = 60 - ((Date.now() / 1000) % 60);
		if (left < 25) await new Promise((r) => setTimeout(r, left * 1000 + 200));
		const address = newAddress();
		const calls = `/api/trpc/${Array(MAX_BATCH_SIZE).fill('auth.me').join(',')}?batch=1&input={}`;
		const from = (ip: string, session = new HttpSession(server.url)) =>
			session.fetch(calls, { headers: { 'x-forwarded-for': ip } });
		for (let sent = 0; sent < ANONYMOUS_CALLS_PER_ADDRESS.limit; sent += MAX_BATCH_SIZE) {
			expect((await from(address)).status).toBe(200);
		}
		const refused = await from(address);
		expect(refused.status).toBe(429);
		const retryAfter = Number(refused.headers.get('retry-after'));
		expect(retryAfter).toBeGreaterThanOrEqual(1);
		expect(retryAfter).toBeLessThanOrEqual(ANONYMOUS_CALLS_PER_ADDRESS.windowSeconds);
		const body = await refused.json();
		expect(body.error.json.data.code).toBe('TOO_MANY_REQUESTS');
		expect(body.error.json.message).toMatch(/try again in \d+ s/);
		// Another address, and a signed-in person at this one, carry on.
		expect((await from(newAddress())).status).toBe(200);
		expect((await from(address, learner)).status).toBe(200);
		// Pages load their data on the server and are not counted.
		expect((await get('/scenarios', undefined, { 'x-forwarded-for': address })).status).toBe(200);
	});

	it('gives signed-out visitors no account ids in a scenario page', async () => {
		const visitor = new HttpSession(server.url);
		const community = (await visitor.trpc.marketplace.list.query({ limit: 24 })).items.find(
			(i) => i.authorName
		);
		expect(community).toBeTruthy();
		const response = await get(
			`/api/trpc/scenario.bySlug?input=${encodeURIComponent(
				JSON.stringify({ json: { slug: community!.slug } })
			)}`
		);
		const text = await response.text();
		expect(response.status).toBe(200);
		expect(text).not.toContain('createdByUserId');
		expect(new Set(text.match(UUID))).toEqual(new Set([community!.id]));
		// The page that shows it still names the author.
		const page = await (await get(`/scenarios/${community!.slug}`)).text();
		expect(page).toContain(`Community scenario by ${community!.authorName}`);
		const data = await (await get(`/scenarios/${community!.slug}/__data.json`)).text();
		expect(data).not.toContain('createdByUserId');
	});

	it('answers malformed superjson with a plain 400', async () => {
		const expectPlain400 = async (response: Response) => {
			const text = await response.text();
			expect(response.status, text.slice(0, 200)).toBe(400);
			expect(text).not.toMatch(LEAK);
			expect(JSON.parse(text).error.json.message).toBe(UNREADABLE_INPUT);
		};
		// In a query string: references that make a cycle, or are not what superjson expects.
		for (const input of [
			'{"json":{"limit":1},"meta":{"referentialEqualities":["limit"]}}',
			'{"json":{"skills":[]},"meta":{"referentialEqualities":{"skills":["skills.0"]}}}',
			'{"json":{"a":{}},"meta":{"referentialEqualities":{"a":["a.b","a.c"]}}}',
			'{"json":{"limit":1},"meta":{"values":{"limit":[["custom","nope"]]}}}'
		]) {
			await expectPlain400(
				await learner.fetch(`/api/trpc/scenario.list?input=${encodeURIComponent(input)}`)
			);
		}
		// In a body: type trees deep enough to exhaust the stack.
		let tree = '["undefined"]';
		for (let i = 0; i < 20_000; i++) tree = `["undefined",{"a":${tree}}]`;
		for (const body of [
			`{"json":{"saved":true},"meta":{"values":${tree}}}`,
			`{"json":{"saved":true},"meta":{"values":{"saved":${tree}}}}`
		]) {
			await expectPlain400(
				await learner.fetch('/api/trpc/progress.save', {
					method: 'POST',
					headers: { 'content-type': 'application/json', origin: server.url },
					body
				})
			);
		}
	});

	it('keeps signed-in pages and their data out of every cache', async () => {
		const list = await learner.trpc.scenario.list.query({ limit: 1 });
		for (const path of [
			'/scenarios',
			`/scenarios/${list.items[0].slug}`,
			'/progress',
			'/no-such-page',
			'/scenarios/__data.json',
			'/progress/__data.json?x-sveltekit-invalidated=01'
		]) {
			const response = await get(path, learner);
			expect(response.status, path).toBeLessThan(500);
			expect(response.headers.get('cache-control'), path).toBe('private, no-store');
		}
		// Signed-out pages keep their caching as it was.
		const anonymous = await get('/scenarios');
		expect(anonymous.headers.get('cache-control') ?? '').not.toMatch(/no-store|private/);
	});

	it('answers a display name with a NUL byte with 400 and a plain message', async () => {
		const response = await new HttpSession(server.url).fetch('/signup', {
			method: 'POST',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'text/html',
				origin: server.url,
				'x-forwarded-for': newAddress()
			},
			body: new URLSearchParams({
				email: `nul-${Date.now()}@example.test`,
				displayName: 'Null\u0000Byte',
				password: 'a-long-enough-password'
			}).toString()
		});
		expect(response.status).toBe(400);
		const html = await response.text();
		expect(html).toContain('Use letters, digits, spaces and punctuation only');
		expect(html).not.toMatch(LEAK);
	});

	it('guards the review queue data when only the page load runs', async () => {
		const reviewer = new HttpSession(server.url);
		const account = DEMO_ACCOUNTS.find((a) => a.key === 'reviewer')!;
		expect((await reviewer.signIn(account.email, account.password)).status).toBe(303);
		const expected = { anonymous: 'redirect', learner: 403, reviewer: 200 };
		for (const [who, session] of [
			['anonymous', undefined],
			['learner', learner],
			['reviewer', reviewer]
		] as const) {
			for (const invalidated of ['001', '011', '01', '1', '0001', '']) {
				const response = await get(
					`/review/__data.json?x-sveltekit-invalidated=${invalidated}`,
					session
				);
				expect(response.status, `${who} ${invalidated}`).toBeLessThan(500);
				const data = JSON.parse((await response.text()).split('\n')[0]);
				const errors = (data.nodes ?? []).filter((n: { type: string }) => n?.type === 'error');
				for (const node of errors)
					expect(node.status ?? 500, `${who} ${invalidated}`).toBeLessThan(500);
				// Only the page's load (001), or the layout's and the page's (011): the guard holds.
				if (invalidated !== '001' && invalidated !== '011') continue;
				if (expected[who] === 'redirect') expect(data.type).toBe('redirect');
				else if (expected[who] === 403) {
					expect(errors.map((n: { status: number }) => n.status)).toContain(403);
				} else expect(errors).toEqual([]);
			}
		}
	});

	it('answers form posts it cannot read with 4xx, not 500', async () => {
		for (const [type, body] of [
			['multipart/form-data; boundary=x', 'garbage'],
			['multipart/form-data', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb'],
			['text/plain', 'email=a@example.test'],
			['application/x-www-form-urlencoded', '%zz=%%&email=%00']
		]) {
			for (const accept of ['text/html', 'application/json']) {
				const response = await new HttpSession(server.url).fetch('/login', {
					method: 'POST',
					headers: { 'content-type': type, accept, origin: server.url },
					body
				});
				const text = await response.text();
				// An enhanced form (Accept: application/json) reads a failure from the body.
				const status =
					response.status === 200 && accept === 'application/json'
						? JSON.parse(text).status
						: response.status;
				expect(status, `${type} ${accept}`).toBeGreaterThanOrEqual(400);
				expect(status, `${type} ${accept}`).toBeLessThan(500);
				expect(text).not.toMatch(LEAK);
			}
		}
	});
});
