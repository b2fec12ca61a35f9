import { request } from 'node:http';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { sessionIdFromToken } from '../../src/lib/server/auth/session';
import { openDatabase, queryRows } from '../../src/lib/server/db/client';
import { ENGINES } from '../support/db';
import { startServer, type TestServer } from '../support/server';

// Real servers and databases: a first start seeds, and the machine may be busy.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

// SIGTERM (a deploy, a scale-in): the server stops taking connections, finishes the requests
// it has, closes the database and exits within 2 s. The in-flight request here is a sign-in
// whose body the client is still sending when the signal arrives.

interface Answer {
	status: number;
	setCookie: string[];
	at: number;
}

describe.each(ENGINES)('SIGTERM on %s', (engine) => {
	let server: TestServer | undefined;
	afterAll(() => server?.stop());

	it('finishes the in-flight request, refuses new ones, and exits within 2 s', async () => {
		server = await startServer({ engine });
		const url = new URL(server.url);
		const body = new URLSearchParams({
			email: 'learner@scenariohub.test',
			password: 'learner-pass-2026'
		}).toString();

		let resolveAnswer: (answer: Answer) => void;
		const answer = new Promise<Answer>((r) => (resolveAnswer = r));
		const inFlight = request(
			{
				host: url.hostname,
				port: url.port,
				path: '/login',
				method: 'POST',
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					'content-length': Buffer.byteLength(body),
					accept: 'text/html',
					origin: server.url
				}
			},
			(response) => {
				response.resume();
				response.on('end', () =>
					resolveAnswer({
						status: response.statusCode ?? 0,
						setCookie: response.headers['set-cookie'] ?? [],
						at: Date.now()
					})
				);
			}
		);
		inFlight.on('error', (error) =>
			resolveAnswer({ status: -1, setCookie: [String(error)], at: 0 })
		);
		const half = Math.floor(body.length / 2);
		inFlight.write(body.slice(0, half));
		await new Promise((r) => setTimeout(r, 300));

		const exited = new Promise<{ code: number | null; at: number }>((r) =>
			server!.process.once('exit', (code) => r({ code, at: Date.now() }))
		);
		const signalledAt = Date.now();
		server.process.kill('SIGTERM');
		await new Promise((r) => setTimeout(r, 200));

		// The listening socket is closed: new connections are refused.
		await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();

		inFlight.end(body.slice(half));
		const done = await answer;
		expect(done.status).toBe(303);
		const cookie = done.setCookie.find((c) => c.startsWith('session='));
		expect(cookie).toBeTruthy();

		const exit = await Promise.race([
			exited,
			new Promise<null>((r) => setTimeout(() => r(null), 5000))
		]);
		expect(exit, 'the process is still running 5 s after the request finished').not.toBeNull();
		expect(exit!.code).toBe(0);
		expect(exit!.at - Math.max(signalledAt, done.at)).toBeLessThan(2000);

		// The sign-in the server acknowledged during shutdown is in the database.
		const token = cookie!.split(';')[0].split('=')[1];
		const database = openDatabase(
			engine === 'pglite' ? { pgliteDir: server.pgliteDir } : { url: server.databaseUrl }
		);
		try {
			const rows = await queryRows<{ id: string }>(
				database.db,
				sql`select id from sessions where id = ${sessionIdFromToken(token)}`
			);
			expect(rows).toHaveLength(1);
		} finally {
			await database.close();
		}
	});
});
