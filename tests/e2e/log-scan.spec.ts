import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DEMO, open, signIn } from './helpers';
import { e2eServerLogPath } from './server-log.js';

// Runs last: it is the 'log-scan' project, the teardown of the 'chromium' project (see
// playwright.config.ts), so it runs after every other spec, passed or failed, and scans the server
// log of the whole e2e run for secrets. Before that it handles some itself (passwords typed into
// forms, a session cookie, an API key made and used, a wrong key) so that the scan always has
// known values to look for, even when run alone (`npx playwright test log-scan`).

const DEMO_PASSWORDS = [
	'learner-pass-2026',
	'reviewer-pass-2026',
	'admin-pass-2026',
	'author-pass-2026',
	'crowd-pass-2026'
];

test('the server log of the run holds no tokens, keys, passwords or cookies', async ({
	page,
	context,
	baseURL
}) => {
	const secrets: string[] = [...DEMO_PASSWORDS];

	// A sign-up and a failed sign-in with passwords made up here.
	const newPassword = `scan-${randomBytes(8).toString('hex')}`;
	const wrongPassword = `wrong-${randomBytes(8).toString('hex')}`;
	secrets.push(newPassword, wrongPassword);
	await open(page, '/login');
	await page.getByLabel('E-mail').fill(DEMO.learner.email);
	await page.getByLabel('Password').fill(wrongPassword);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toContainText('Wrong e-mail or password');

	await open(page, '/signup');
	await page.getByLabel('Display name').fill('Log Scanner');
	const newEmail = `scan-${randomBytes(4).toString('hex')}@example.test`;
	await page.getByLabel('E-mail').fill(newEmail);
	await page.getByLabel('Password').fill(newPassword);
	await page.getByRole('button', { name: 'Create account' }).click();
	// Sign-up asks to check the inbox and does not sign in (account-recovery.spec.ts).
	await expect(page).toHaveURL(/\/signup\/check-inbox/);
	await signIn(page, { email: newEmail, password: newPassword });
	const learnerCookie = (await context.cookies()).find((c) => c.name === 'session');
	expect(learnerCookie?.value).toMatch(/^[a-z2-7]{32}$/);
	secrets.push(learnerCookie!.value);

	// An admin makes an API key and the partner API is called with it, and with a wrong one.
	await context.clearCookies();
	await signIn(page, DEMO.admin);
	const adminCookie = (await context.cookies()).find((c) => c.name === 'session')!;
	secrets.push(adminCookie.value);
	const created = await page.request.post('/api/trpc/admin.apiKey.create', {
		headers: { 'content-type': 'application/json', origin: baseURL! },
		data: { json: { name: 'log scan' } }
	});
	expect(created.status()).toBe(200);
	const key = (await created.json()).result.data.json.key as string;
	expect(key).toMatch(/^shk_/);
	secrets.push(key);
	const wrongKey = `shk_${randomBytes(24).toString('base64url')}`;
	secrets.push(wrongKey);
	const good = await page.request.get('/api/external/scenarios?limit=1', {
		headers: { 'x-api-key': key }
	});
	expect(good.status()).toBe(200);
	const bad = await page.request.get('/api/external/scenarios?limit=1', {
		headers: { 'x-api-key': wrongKey }
	});
	expect(bad.status()).toBe(401);

	// The log file serve.js writes for this run (flushed as it goes; give it a moment).
	const port = new URL(baseURL!).port;
	const path = e2eServerLogPath(port);
	await expect.poll(() => existsSync(path)).toBe(true);
	await page.waitForTimeout(500);
	const log = readFileSync(path, 'utf8');
	expect(log).toContain(`127.0.0.1:${port}`);

	const leaks: string[] = [];
	for (const secret of secrets) {
		if (log.includes(secret)) leaks.push(`a secret value (${secret.slice(0, 6)}…)`);
	}
	const patterns: [string, RegExp][] = [
		['a session-token-shaped value', /(?<![A-Za-z0-9])[a-z2-7]{32}(?![A-Za-z0-9])/],
		['an API key', /shk_[A-Za-z0-9_-]{16,}/],
		['a Set-Cookie header', /set-cookie/i],
		['a Cookie header', /\bcookie["']?\s*[:=]/i],
		['a password field', /"password"\s*:/i],
		['a password hash', /scrypt\$\d+\$/],
		['an X-API-Key header', /x-api-key["']?\s*[:=]/i]
	];
	for (const [name, pattern] of patterns) {
		const match = pattern.exec(log);
		if (match) {
			const line = log.slice(log.lastIndexOf('\n', match.index) + 1, match.index + 40);
			leaks.push(`${name}: …${line.slice(-120)}`);
		}
	}
	expect(leaks).toEqual([]);
});
