import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/db';
import { HttpSession } from '../support/http';
import { startServer, type TestServer } from '../support/server';

describe.each(ENGINES)('accounts over HTTP on %s', (engine) => {
	let server: TestServer;
	const email = `new-user-${Date.now()}@example.test`;
	const password = 'a-long-enough-password';

	beforeAll(async () => {
		server = await startServer({ engine });
	});
	afterAll(() => server?.stop());

	it('reports its database in /api/health', async () => {
		const health = await (await fetch(`${server.url}/api/health`)).json();
		expect(health).toMatchObject({ ok: true, db: engine, version: expect.any(String) });
		expect(health.migrations.applied).toBe(health.migrations.available);
	});

	it('signs up (asked to check the inbox), then signs in with a hardened session cookie', async () => {
		const browser = new HttpSession(server.url);
		const signedUp = await browser.signUp({ email, displayName: 'New Learner', password });
		// The same answer as for an address that has an account (account-recovery.test.ts).
		expect(signedUp.status).toBe(303);
		expect(signedUp.headers.get('location')).toBe('/signup/check-inbox');
		expect(browser.cookies.has('session')).toBe(false);
		const response = await browser.signIn(email, password);
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/scenarios');
		const cookie = response.headers.getSetCookie().find((c) => c.startsWith('session='));
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).toMatch(/SameSite=Lax/i);
		expect(cookie).toMatch(/Path=\//i);
		const page = await (await browser.fetch('/scenarios')).text();
		expect(page).toContain('New Learner');
	});

	it('makes no second account with the same e-mail, whatever its case, and does not say so', async () => {
		const browser = new HttpSession(server.url);
		const response = await browser.signUp({
			email: email.toUpperCase(),
			displayName: 'Copy',
			password: 'another-long-password'
		});
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/signup/check-inbox');
		expect(browser.cookies.has('session')).toBe(false);
		const copy = await new HttpSession(server.url).signIn(email, 'another-long-password');
		expect(copy.status).not.toBe(303);
	});

	it('refuses bad sign-up input with field errors and no account', async () => {
		const browser = new HttpSession(server.url);
		const response = await browser.signUp({
			email: 'not-an-email',
			displayName: 'X',
			password: 'short'
		});
		expect(response.status).toBe(400);
		const body = await response.text();
		expect(body).toContain('Enter a valid e-mail address');
		expect(body).toContain('Use at least 10 characters');
	});

	it('rejects a wrong password with the same message as an unknown e-mail', async () => {
		const wrong = await new HttpSession(server.url).signIn(email, 'not-the-password');
		const unknown = await new HttpSession(server.url).signIn(
			'nobody@example.test',
			'whatever-password'
		);
		expect(wrong.status).toBe(400);
		expect(unknown.status).toBe(400);
		expect(await wrong.text()).toContain('Wrong e-mail or password');
		expect(await unknown.text()).toContain('Wrong e-mail or password');
	});

	it('issues a new session at each sign-in and kills it server-side at sign-out', async () => {
		const first = new HttpSession(server.url);
		expect((await first.signIn(email, password)).status).toBe(303);
		const second = new HttpSession(server.url);
		expect((await second.signIn(email, password)).status).toBe(303);
		expect(first.cookies.get('session')).not.toBe(second.cookies.get('session'));

		const stolen = first.cookieHeader();
		expect((await first.signOut()).status).toBe(303);
		const replay = new HttpSession(server.url);
		const [name, value] = stolen.split('=');
		replay.cookies.set(name, value);
		expect(await replay.trpc.auth.me.query()).toBeNull();
		expect(first.cookies.size).toBe(0);
		// The other session is untouched.
		expect(await (await second.fetch('/scenarios')).text()).toContain('New Learner');
	});

	it('signs in the demo learner seeded on first start', async () => {
		const browser = new HttpSession(server.url);
		const response = await browser.signIn('learner@scenariohub.test', 'learner-pass-2026');
		expect(response.status).toBe(303);
	});

	it('guards /admin and /review: sign-in for anonymous, 403 for a learner', async () => {
		const anonymous = await fetch(`${server.url}/admin`, { redirect: 'manual' });
		expect(anonymous.status).toBe(303);
		expect(anonymous.headers.get('location')).toBe('/login?redirectTo=%2Fadmin');
		const learner = new HttpSession(server.url);
		await learner.signIn(email, password);
		expect((await learner.fetch('/admin')).status).toBe(403);
		expect((await learner.fetch('/review')).status).toBe(403);
		const admin = new HttpSession(server.url);
		await admin.signIn('admin@scenariohub.test', 'admin-pass-2026');
		expect((await admin.fetch('/admin')).status).toBe(200);
	});

	it('answers tRPC role guards with UNAUTHORIZED and FORBIDDEN', async () => {
		await expect(new HttpSession(server.url).trpc.admin.overview.query()).rejects.toMatchObject({
			data: { code: 'UNAUTHORIZED' }
		});
		const learner = new HttpSession(server.url);
		await learner.signIn(email, password);
		await expect(learner.trpc.admin.overview.query()).rejects.toMatchObject({
			data: { code: 'FORBIDDEN' }
		});
	});

	it('lists the seeded library over HTTP', async () => {
		const browser = new HttpSession(server.url);
		let count = 0;
		let cursor: string | undefined;
		do {
			const page = await browser.trpc.scenario.list.query({ limit: 50, cursor, sort: 'newest' });
			count += page.items.length;
			cursor = page.nextCursor ?? undefined;
		} while (cursor);
		expect(count).toBeGreaterThanOrEqual(64);
		const html = await (await browser.fetch('/scenarios')).text();
		expect(html).toContain('data-testid="scenario-card"');
	});
});
