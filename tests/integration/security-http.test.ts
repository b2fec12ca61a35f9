import { get } from 'node:http';
import { connect } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENGINES } from '../support/db';
import { HttpSession } from '../support/http';
import { startServer, type TestServer } from '../support/server';

// Real servers and databases: a first start seeds, and the machine may be busy.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

// HTTP hardening of the production build: security headers on every kind of answer, the CSP
// with its per-response nonce, CSRF on form actions and on the JSON API, content types and
// body sizes; and pages sent gzipped to browsers that accept it.

const FOREIGN = 'https://evil.example';

/** A raw GET (fetch would ask for and undo compression itself): status, headers and bytes. */
function rawGet(url: string, headers: Record<string, string> = {}) {
	return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
		(resolve, reject) => {
			get(url, { headers }, (response) => {
				const chunks: Buffer[] = [];
				response.on('data', (c: Buffer) => chunks.push(c));
				response.on('end', () =>
					resolve({
						status: response.statusCode ?? 0,
						headers: response.headers,
						body: Buffer.concat(chunks)
					})
				);
			}).on('error', reject);
		}
	);
}

/**
 * Sends a POST whose body is `bodySize` bytes and then, on the same keep-alive connection, a
 * GET of /api/health; gives the status lines that came back within `waitMs` and how the
 * connection ended ('open' while it is still usable).
 */
function postThenHealth(
	origin: string,
	path: string,
	headers: Record<string, string>,
	bodySize: number,
	waitMs = 3_000
): Promise<{ statuses: number[]; ended: string }> {
	const { hostname, port } = new URL(origin);
	// a Content-Type given in `headers` replaces the form one
	const typed = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
	const head = [
		`POST ${path} HTTP/1.1`,
		`Host: ${hostname}:${port}`,
		...(typed ? [] : ['Content-Type: application/x-www-form-urlencoded']),
		`Content-Length: ${bodySize}`,
		...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)
	].join('\r\n');
	const health = `GET /api/health HTTP/1.1\r\nHost: ${hostname}:${port}\r\n\r\n`;
	return new Promise((resolve) => {
		const socket = connect(Number(port), hostname);
		let received = '';
		const finish = (ended: string) => {
			clearTimeout(timer);
			socket.destroy();
			const statuses = [...received.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
			resolve({ statuses, ended });
		};
		const timer = setTimeout(() => finish('open'), waitMs);
		socket.on('data', (chunk) => {
			received += chunk.toString('latin1');
			if (/HTTP\/1\.1 [\s\S]*HTTP\/1\.1 200[\s\S]*"ok"/.test(received)) finish('open');
		});
		socket.on('error', (error: NodeJS.ErrnoException) => finish(error.code ?? 'error'));
		socket.on('close', () => finish('closed'));
		socket.write(`${head}\r\n\r\n`);
		socket.write(Buffer.alloc(bodySize, 'x'));
		socket.write(health);
	});
}

function expectBaseline(response: Response, what: string) {
	const h = response.headers;
	expect(h.get('x-content-type-options'), what).toBe('nosniff');
	expect(h.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
	expect(h.get('permissions-policy'), what).toMatch(/camera=\(\).*microphone=\(\)/);
	expect(h.get('x-frame-options'), what).toBe('DENY');
	expect(h.get('content-security-policy'), what).toMatch(/frame-ancestors 'none'/);
}

/** The CSP directives of a response, by name. */
function csp(response: Response): Map<string, string[]> {
	const header = response.headers.get('content-security-policy') ?? '';
	return new Map(
		header
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name, values])
	);
}

describe.each(ENGINES)('HTTP hardening on %s', (engine) => {
	let server: TestServer;
	let slug: string;

	beforeAll(async () => {
		server = await startServer({ engine });
		const list = await new HttpSession(server.url).trpc.scenario.list.query({ limit: 1 });
		slug = list.items[0].slug;
	});
	afterAll(() => server?.stop());

	const post = (path: string, init: { headers?: Record<string, string>; body?: BodyInit }) =>
		fetch(`${server.url}${path}`, { method: 'POST', redirect: 'manual', ...init });

	it('sends the security headers on pages, errors, redirects, the API and static files', async () => {
		const home = await fetch(`${server.url}/`);
		const html = await home.text();
		const asset = /(?:href|src)="\.?\/?(_app\/immutable\/[^"]+\.(?:js|css))"/.exec(html)?.[1];
		expect(asset).toBeTruthy();
		const answers: [string, RequestInit?][] = [
			['/'],
			['/scenarios'],
			[`/scenarios/${slug}`],
			['/login'],
			['/signup'],
			['/no-such-page'],
			['/admin'],
			['/api/health'],
			['/api/trpc/auth.me'],
			['/api/trpc/no.such.procedure'],
			['/favicon.svg'],
			[`/${asset}`]
		];
		for (const [path, init] of answers) {
			const response = await fetch(`${server.url}${path}`, { redirect: 'manual', ...init });
			expectBaseline(response, path);
		}
		expect((await fetch(`${server.url}/admin`, { redirect: 'manual' })).status).toBe(303);
		expect((await fetch(`${server.url}/no-such-page`)).status).toBe(404);
		// An http ORIGIN: no HSTS (it would pin a plain-http development host).
		expect(home.headers.get('strict-transport-security')).toBeNull();
	});

	it('gives pages a CSP with a fresh nonce on every script, and nothing inline without it', async () => {
		const nonces = new Set<string>();
		for (const path of ['/', '/scenarios', `/scenarios/${slug}`, '/login']) {
			const response = await fetch(`${server.url}${path}`);
			const policy = csp(response);
			expect(policy.get('default-src')).toEqual(["'self'"]);
			expect(policy.get('object-src')).toEqual(["'none'"]);
			expect(policy.get('base-uri')).toEqual(["'self'"]);
			expect(policy.get('form-action')).toEqual(["'self'"]);
			expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
			const scriptSrc = policy.get('script-src') ?? [];
			expect(scriptSrc).not.toContain("'unsafe-inline'");
			expect(scriptSrc).not.toContain("'unsafe-eval'");
			const nonce = scriptSrc.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
			expect(nonce, path).toBeTruthy();
			nonces.add(nonce!);

			const html = await response.text();
			const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
			// The theme script (app.html) and SvelteKit's start script.
			expect(scripts.length, path).toBeGreaterThanOrEqual(2);
			for (const attributes of scripts) {
				if (/\bsrc=/.test(attributes)) continue;
				expect(attributes, `${path}: inline script without the nonce`).toContain(
					`nonce="${nonce}"`
				);
			}
			expect(html).not.toMatch(/\son[a-z]+="/i);
		}
		expect(nonces.size).toBe(4);
	});

	it('refuses cross-site form posts to actions, whatever the form content type', async () => {
		const fields = new URLSearchParams({ email: 'learner@scenariohub.test', password: 'x' });
		const attempts: { headers: Record<string, string>; body: BodyInit }[] = [
			{
				headers: { 'content-type': 'application/x-www-form-urlencoded', origin: FOREIGN },
				body: fields.toString()
			},
			{ headers: { 'content-type': 'text/plain', origin: FOREIGN }, body: 'email=x' },
			// no Origin at all: SvelteKit cannot tell where a form post came from, so it refuses
			{ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: fields.toString() }
		];
		for (const attempt of attempts) {
			for (const path of ['/login', '/signup', '/logout']) {
				const response = await post(path, attempt);
				expect(response.status, `${path} ${JSON.stringify(attempt.headers)}`).toBe(403);
				expect(await response.text()).toMatch(/Cross-site POST form submissions are forbidden/);
			}
		}
		const multipart = new FormData();
		multipart.set('email', 'learner@scenariohub.test');
		const response = await fetch(`${server.url}/login`, {
			method: 'POST',
			headers: { origin: FOREIGN },
			body: multipart
		});
		expect(response.status).toBe(403);

		// The same post from the app's own origin reaches the action.
		const own = await new HttpSession(server.url).signIn('learner@scenariohub.test', 'wrong-pass');
		expect(own.status).toBe(400);
	});

	it('refuses cross-site calls to the JSON API, by Origin or by Sec-Fetch-Site', async () => {
		const json = { 'content-type': 'application/json' };
		const body = JSON.stringify({ json: { scenarioId: '00000000-0000-4000-8000-000000000000' } });
		const crossSite: Record<string, string>[] = [
			{ ...json, origin: FOREIGN },
			{ ...json, origin: 'null' },
			{ ...json, origin: server.url.replace('127.0.0.1', 'localhost') },
			{ ...json, 'sec-fetch-site': 'cross-site' },
			{ ...json, 'sec-fetch-site': 'same-site' },
			{ ...json, origin: server.url, 'sec-fetch-site': 'cross-site' }
		];
		for (const headers of crossSite) {
			for (const path of ['/api/trpc/progress.save', '/api/trpc/progress.save?batch=1']) {
				const response = await post(path, { headers, body });
				expect(response.status, JSON.stringify(headers)).toBe(403);
				const answer = await response.json();
				expect(answer.error.json.data).toMatchObject({ code: 'FORBIDDEN', httpStatus: 403 });
				expect(response.headers.get('x-content-type-options')).toBe('nosniff');
			}
		}
		// Same origin (a browser), or no Origin at all (curl, a script): the procedure answers.
		for (const headers of [
			{ ...json, origin: server.url, 'sec-fetch-site': 'same-origin' },
			json
		]) {
			const response = await post('/api/trpc/progress.save', { headers, body });
			expect(response.status, JSON.stringify(headers)).toBe(401);
			expect((await response.json()).error.json.data.code).toBe('UNAUTHORIZED');
		}
		// Queries over GET stay readable from anywhere (CORS keeps other sites from reading them).
		const query = await fetch(`${server.url}/api/trpc/auth.me`, { headers: { origin: FOREIGN } });
		expect(query.status).toBe(200);
	});

	it('answers 415 to API mutations whose body is not JSON', async () => {
		const types = [
			'text/plain',
			'application/x-www-form-urlencoded',
			'multipart/form-data; boundary=x',
			'application/octet-stream',
			'application/xml'
		];
		for (const type of types) {
			const response = await post('/api/trpc/progress.save', {
				headers: { 'content-type': type, origin: server.url },
				body: 'scenarioId=1&saved=true'
			});
			expect(response.status, type).toBe(415);
			expect((await response.json()).error.json.data.code).toBe('UNSUPPORTED_MEDIA_TYPE');
		}
		const untyped = await post('/api/trpc/progress.save', { body: new Blob(['{}']) });
		expect(untyped.status).toBe(415);
	});

	it('sends pages and page data gzipped when the browser accepts it, and nothing else', async () => {
		const gzip = { 'accept-encoding': 'gzip, deflate, br' };
		for (const path of ['/', '/scenarios', `/scenarios/${slug}`, '/scenarios/__data.json']) {
			const zipped = await rawGet(server.url + path, gzip);
			expect(zipped.status, path).toBe(200);
			expect(zipped.headers['content-encoding'], path).toBe('gzip');
			expect(String(zipped.headers.vary), path).toMatch(/Accept-Encoding/i);
			const plain = await rawGet(server.url + path);
			expect(plain.headers['content-encoding'], path).toBeUndefined();
			const unzipped = gunzipSync(zipped.body).toString('utf8');
			const text = plain.body.toString('utf8');
			if (path.endsWith('.json')) {
				expect(JSON.parse(unzipped).type, path).toBe(JSON.parse(text).type);
				continue;
			}
			const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
			expect(title(unzipped), path).toBe(title(text));
			expect(unzipped.trimEnd(), path).toMatch(/<\/html>$/);
			expect(unzipped, path).toMatch(/<meta name="description" content="[^"]{40,}"/);
			expect(zipped.body.length, path).toBeLessThan(text.length / 2);
		}
		// Refused with q=0, and never an API answer or a redirect.
		const refused = await rawGet(`${server.url}/scenarios`, { 'accept-encoding': 'gzip;q=0' });
		expect(refused.headers['content-encoding']).toBeUndefined();
		const input = encodeURIComponent(JSON.stringify({ json: { limit: 1 } }));
		const api = await rawGet(`${server.url}/api/trpc/scenario.list?input=${input}`, gzip);
		expect(api.status).toBe(200);
		expect(api.headers['content-encoding']).toBeUndefined();
		const redirect = await rawGet(`${server.url}/progress`, gzip);
		expect(redirect.status).toBe(303);
		expect(redirect.headers['content-encoding']).toBeUndefined();
	});

	it('keeps a keep-alive connection usable when it answered before reading the whole body', async () => {
		const same = { Origin: server.url, Accept: 'text/html' };
		// Before the hooks run: a path with dot segments (308), a cross-site form post (403).
		// After them: an action that does not exist (404), and a mutation refused before tRPC
		// reads its input (401: signed out).
		for (const [path, headers, status] of [
			['/child/quests/%2e%2e?/answer', same, 308],
			['/login', { Origin: FOREIGN, Accept: 'text/html' }, 403],
			['/login?/nope', same, 404],
			['/api/trpc/progress.save', { Origin: server.url, 'Content-Type': 'application/json' }, 401]
		] as const) {
			const answer = await postThenHealth(server.url, path, headers, 300_000);
			expect(answer, `POST ${path}, then GET /api/health on the same connection`).toEqual({
				statuses: [status, 200],
				ended: 'open'
			});
		}
	});

	it('answers 413 to bodies above BODY_SIZE_LIMIT (1M), declared or streamed', async () => {
		const huge = JSON.stringify({ json: { notes: 'x'.repeat(1_100_000) } });
		const api = await post('/api/trpc/progress.saveNotes', {
			headers: { 'content-type': 'application/json', origin: server.url },
			body: huge
		});
		expect(api.status).toBe(413);
		expect((await api.json()).error.json.data.code).toBe('PAYLOAD_TOO_LARGE');

		const form = await post('/signup', {
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
			body: `email=a%40b.test&displayName=${'x'.repeat(1_100_000)}`
		});
		expect(form.status).toBe(413);

		// No Content-Length (chunked): adapter-node stops reading at the limit.
		const chunks = new ReadableStream<Uint8Array>({
			start(controller) {
				for (let i = 0; i < 12; i++) controller.enqueue(new Uint8Array(100_000).fill(120));
				controller.close();
			}
		});
		const streamed = await fetch(`${server.url}/signup`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
			body: chunks,
			duplex: 'half'
		} as RequestInit);
		expect(streamed.status).toBe(413);

		// A body under the limit is fine.
		const small = await new HttpSession(server.url).signIn('nobody@example.test', 'whatever-pass');
		expect(small.status).toBe(400);
	});
});
