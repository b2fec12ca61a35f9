import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTRPCClient, httpLink } from '@trpc/client';
import { sql } from 'drizzle-orm';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, queryRows } from '../../src/lib/server/db/client';
import {
	PASSWORD_RESET_PER_ADDRESS,
	PASSWORD_RESET_PER_EMAIL
} from '../../src/lib/server/security/limits';
import type { AppRouter } from '../../src/lib/server/trpc/root';
import { addressSequence, TRUST_FORWARDED_FOR } from '../support/client-address';
import { createPostgresDatabase, ENGINES } from '../support/db';
import { HttpSession } from '../support/http';
import { tablesContaining } from '../support/at-rest';
import { startServer, type TestServer } from '../support/server';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../support/smtp';

// Real servers and databases: a first start seeds, and the machine may be busy.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

// Password reset, e-mail verification and sign-up without account enumeration, over HTTP
// against the production build. Mail goes to a real SMTP server on loopback (smtp-server),
// and what it received is parsed with mailparser; then the same database is served without
// SMTP_URL, where mail stays in the admin outbox.

const ADMIN = { email: 'admin@scenariohub.test', password: 'admin-pass-2026' };
const LEARNER = { email: 'learner@scenariohub.test', password: 'learner-pass-2026' };
const PASSWORD = 'a-long-enough-password';
const NEW_PASSWORD = 'a-brand-new-password-2026';
const MAIL_FROM = 'Scenario Hub Test <hub@example.test>';

/** A client address no other client uses (the server trusts X-Forwarded-For here). */
const newAddress = addressSequence('198.51.100');

/** A browser stand-in with its own client address. */
class Client extends HttpSession {
	constructor(
		baseUrl: string,
		readonly address = newAddress()
	) {
		super(baseUrl);
	}

	override fetch(path: string, init: RequestInit = {}) {
		const headers = new Headers(init.headers);
		headers.set('x-forwarded-for', this.address);
		return super.fetch(path, { ...init, headers });
	}

	override get trpc() {
		return createTRPCClient<AppRouter>({
			links: [
				httpLink({
					url: new URL('/api/trpc', this.baseUrl).toString(),
					transformer: superjson,
					headers: () => ({
						...(this.cookies.size ? { cookie: this.cookieHeader() } : {}),
						origin: this.baseUrl,
						'x-forwarded-for': this.address
					})
				})
			]
		});
	}

	async me() {
		return (await this.trpc.auth.me.query())?.email ?? null;
	}

	async html(path: string) {
		const response = await this.fetch(path);
		return {
			status: response.status,
			location: response.headers.get('location'),
			text: await response.text()
		};
	}
}

function uniqueEmail(label: string) {
	return `${label}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}@example.test`;
}

/** The token of the first `/path?token=` link in a mail. */
function tokenIn(mail: ReceivedMail, path: '/reset' | '/verify', origin: string): string {
	const match = new RegExp(
		`${origin.replace(/[.:/]/g, '\\$&')}${path}\\?token=([a-z2-7]{32})\\b`
	).exec(mail.text);
	expect(match, `a ${path} link to ${origin} in "${mail.subject}"`).toBeTruthy();
	return match![1];
}

function sha256Hex(value: string) {
	return createHash('sha256').update(value).digest('hex');
}

/** The page's HTML with what differs from one response to the next taken out. */
function comparable(html: string, email: string) {
	return html
		.replaceAll(email, 'EMAIL')
		.replace(/nonce="[^"]*"/g, 'nonce=""')
		.replace(/nonce-[A-Za-z0-9+/=]+/g, 'nonce-');
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe.each(ENGINES)('account recovery and verification on %s', (engine) => {
	let smtp: TestSmtpServer;
	let server: TestServer | undefined;
	let pgliteDir: string | undefined;
	let databaseUrl: string | undefined;
	let dropDatabase: (() => Promise<void>) | undefined;
	const logs: string[] = [];
	/** every token a mail carried, to look for at rest and in the log */
	const tokens: string[] = [];

	const start = async (withSmtp: boolean) => {
		server = await startServer({
			engine,
			pgliteDir,
			databaseUrl,
			env: {
				...TRUST_FORWARDED_FOR,
				SMTP_URL: withSmtp ? smtp.url : '',
				MAIL_FROM,
				SMTP_TIMEOUT_SECONDS: '2'
			}
		});
		return server;
	};
	const stop = async () => {
		if (server) logs.push(server.logs());
		await server?.stop();
		server = undefined;
	};
	const url = () => server!.url;

	// Shared between the steps below (they run in order).
	const user = { email: uniqueEmail('reset'), displayName: 'Robin Reset' };
	const other = { email: uniqueEmail('smtp-fails'), displayName: 'Sasha Smtp' };
	let expiringToken = '';

	beforeAll(async () => {
		smtp = await startSmtpServer();
		if (engine === 'pglite') {
			pgliteDir = mkdtempSync(join(tmpdir(), 'sh-recovery-'));
		} else {
			const pg = await createPostgresDatabase();
			databaseUrl = pg.url;
			dropDatabase = pg.drop;
		}
		await start(true);
	});
	afterAll(async () => {
		await stop();
		await smtp?.stop();
		await dropDatabase?.();
		if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
	});

	it('answers a sign-up with an existing address exactly like a new one, and mails the owner', async () => {
		const attempt = async (email: string) => {
			const client = new Client(url());
			const started = performance.now();
			const response = await client.signUp({ email, displayName: 'Sam Same', password: PASSWORD });
			const ms = performance.now() - started;
			const page = await client.html(response.headers.get('location') ?? '/');
			return {
				status: response.status,
				location: response.headers.get('location'),
				cookies: response.headers
					.getSetCookie()
					.map((c) => c.replace(/=[^;]*/, '=…').replace(/Expires=[^;]*/i, 'Expires=…'))
					.sort(),
				signedIn: await client.me(),
				page: page.status,
				html: comparable(page.text, email.toLowerCase()),
				ms
			};
		};
		const fresh: Awaited<ReturnType<typeof attempt>>[] = [];
		const taken: Awaited<ReturnType<typeof attempt>>[] = [];
		const freshEmails: string[] = [];
		for (let i = 0; i < 5; i++) {
			const email = uniqueEmail('fresh');
			freshEmails.push(email);
			fresh.push(await attempt(email));
			taken.push(await attempt(LEARNER.email.toUpperCase()));
		}
		for (const result of [...fresh, ...taken]) {
			const { ms: _ms, ...visible } = result;
			const { ms: _first, ...expected } = fresh[0];
			expect(visible).toEqual(expected);
		}
		expect(fresh[0]).toMatchObject({
			status: 303,
			location: '/signup/check-inbox',
			signedIn: null
		});
		expect(fresh[0].cookies.some((c) => c.startsWith('session='))).toBe(false);
		expect(fresh[0].html).toContain('Check your inbox to finish');
		expect(fresh[0].html).toContain('EMAIL');
		// Both do a password hash and answer no sooner than the floor: about the same time.
		expect(Math.min(...fresh.map((r) => r.ms), ...taken.map((r) => r.ms))).toBeGreaterThanOrEqual(
			490
		);
		const spread = JSON.stringify({
			fresh: fresh.map((r) => Math.round(r.ms)),
			taken: taken.map((r) => Math.round(r.ms))
		});
		expect(
			Math.abs(median(fresh.map((r) => r.ms)) - median(taken.map((r) => r.ms))),
			`median answer times differ too much: ${spread}`
		).toBeLessThan(400);

		// The owner hears about it; the new addresses get their confirmation link.
		const notice = await smtp.waitFor((m) => m.to.includes(LEARNER.email));
		expect(notice.subject).toBe('You already have a Scenario Hub account');
		expect(notice.from).toBe('hub@example.test');
		expect(notice.text).toContain(`${url()}/login`);
		expect(notice.text).toContain(`${url()}/forgot`);
		expect(notice.text).not.toMatch(/token=/);
		for (const email of freshEmails) {
			const mail = await smtp.waitFor((m) => m.to.includes(email));
			expect(mail.subject).toBe('Confirm your e-mail address for Scenario Hub');
			tokens.push(tokenIn(mail, '/verify', url()));
		}
		// The existing account is untouched: its own password still signs in, the new one does not.
		expect((await new Client(url()).signIn(LEARNER.email, PASSWORD)).status).not.toBe(303);
		expect((await new Client(url()).signIn(LEARNER.email, LEARNER.password)).status).toBe(303);
	});

	it('verifies an address with the mailed link, once; signing in never waits for it', async () => {
		const visitor = new Client(url());
		await visitor.signUp({ ...user, password: PASSWORD });
		const first = await smtp.waitFor((m) => m.to.includes(user.email));
		const firstToken = tokenIn(first, '/verify', url());
		tokens.push(firstToken);

		// Unconfirmed, and signed in all the same; the account page asks for the confirmation.
		expect((await visitor.signIn(user.email, PASSWORD)).status).toBe(303);
		expect(await visitor.me()).toBe(user.email);
		let account = await visitor.html('/account');
		expect(account.text).toContain('Please verify your address');
		expect(account.text).not.toContain('data-testid="email-verified"');

		// Sending it again replaces the first link.
		const resend = await visitor.postForm('/account?/resend', {});
		expect(resend.status).toBe(200);
		expect(await resend.text()).toContain('Sent. Check your inbox');
		const second = await smtp.waitFor((m) => m.to.includes(user.email) && m !== first);
		const secondToken = tokenIn(second, '/verify', url());
		tokens.push(secondToken);
		expect(secondToken).not.toBe(firstToken);
		expect((await visitor.html(`/verify?token=${firstToken}`)).text).toContain(
			'data-result="invalid"'
		);

		const confirmed = await new Client(url()).html(`/verify?token=${secondToken}`);
		expect(confirmed.status).toBe(200);
		expect(confirmed.text).toContain('data-result="confirmed"');
		expect(confirmed.text).toContain('Your address is confirmed');
		account = await visitor.html('/account');
		expect(account.text).toContain('data-testid="email-verified"');
		expect(account.text).not.toContain('Please verify your address');
		// A second use changes nothing and says so.
		expect((await visitor.html(`/verify?token=${secondToken}`)).text).toContain(
			'data-result="already-confirmed"'
		);
		expect((await visitor.html('/verify?token=not-a-token')).text).toContain(
			'data-result="invalid"'
		);
		expect((await visitor.signOut()).status).toBe(303);
	});

	it('resets a password with a mailed link: once, newest link only, every other session ended', async () => {
		// The same answer for an address with an account and one without.
		const forgot = async (email: string) => {
			const response = await new Client(url()).postForm('/forgot', { email });
			return { status: response.status, html: comparable(await response.text(), email) };
		};
		const known = await forgot(user.email);
		const unknown = await forgot(uniqueEmail('nobody'));
		expect(known.status).toBe(200);
		expect(unknown).toEqual(known);
		expect(known.html).toContain('If an account exists for that address, we sent a link');

		const isReset = (m: ReceivedMail) =>
			m.to.includes(user.email) && m.subject === 'Reset your Scenario Hub password';
		const firstMail = await smtp.waitFor(isReset);
		expect(firstMail.text).toContain('within 30 minutes');
		const firstToken = tokenIn(firstMail, '/reset', url());
		tokens.push(firstToken);

		// Two devices signed in before the reset.
		const laptop = new Client(url());
		const phone = new Client(url());
		expect((await laptop.signIn(user.email, PASSWORD)).status).toBe(303);
		expect((await phone.signIn(user.email, PASSWORD)).status).toBe(303);

		// A newer link replaces the older one.
		await new Client(url()).postForm('/forgot', { email: user.email });
		const secondMail = await smtp.waitFor((m) => isReset(m) && m !== firstMail);
		const token = tokenIn(secondMail, '/reset', url());
		tokens.push(token);
		const stale = new Client(url());
		const staleOpen = await stale.html(`/reset?token=${firstToken}`);
		expect(staleOpen).toMatchObject({ status: 303, location: '/reset' });
		expect((await stale.html('/reset')).text).toContain('data-state="invalid"');

		// Opening the link moves the token out of the URL, and uses nothing up.
		const browser = new Client(url());
		const opened = await browser.html(`/reset?token=${token}`);
		expect(opened).toMatchObject({ status: 303, location: '/reset' });
		const form = await browser.html('/reset');
		expect(form.text).toContain('Choose a new password');
		expect(form.text).toContain(user.email);
		expect(form.text).not.toContain(token);

		const mismatch = await browser.postForm('/reset', { password: NEW_PASSWORD, confirm: 'other' });
		expect(mismatch.status).toBe(400);
		expect(await mismatch.text()).toContain('The two passwords are not the same');

		const done = await browser.postForm('/reset', {
			password: NEW_PASSWORD,
			confirm: NEW_PASSWORD
		});
		expect(done.status).toBe(303);
		expect(done.headers.get('location')).toBe('/account?password=changed');
		expect(await browser.me()).toBe(user.email);
		expect((await browser.html('/account?password=changed')).text).toContain(
			'signed out everywhere else'
		);
		// Every other session is over.
		expect(await laptop.me()).toBeNull();
		expect(await phone.me()).toBeNull();

		// The link worked once.
		const again = new Client(url());
		await again.html(`/reset?token=${token}`);
		expect((await again.html('/reset')).text).toContain('data-state="used"');
		const reused = await again.postForm('/reset', {
			password: 'yet-another-password',
			confirm: 'yet-another-password'
		});
		expect(reused.status).toBe(400);
		const reusedText = await reused.text();
		expect(reusedText).toContain('This link was already used');
		expect(reusedText).toContain('href="/forgot"');
		expect(again.cookies.has('session')).toBe(false);

		// The old password no longer works, the new one does.
		expect((await new Client(url()).signIn(user.email, PASSWORD)).status).not.toBe(303);
		expect((await new Client(url()).signIn(user.email, NEW_PASSWORD)).status).toBe(303);

		// One more link, to be aged in the database below.
		await new Client(url()).postForm('/forgot', { email: user.email });
		const third = await smtp.waitFor((m) => isReset(m) && m !== firstMail && m !== secondMail);
		expiringToken = tokenIn(third, '/reset', url());
		tokens.push(expiringToken);
	});

	it('answers at once when the SMTP server hangs or refuses, the same as for no account', async () => {
		await new Client(url()).signUp({ ...other, password: PASSWORD });
		tokens.push(tokenIn(await smtp.waitFor((m) => m.to.includes(other.email)), '/verify', url()));
		const admin = new Client(url());
		expect((await admin.signIn(ADMIN.email, ADMIN.password)).status).toBe(303);
		const failedCount = async () => {
			const list = await admin.trpc.admin.outbox.list.query({ pageSize: 100 });
			expect(list.delivery).toBe('smtp');
			const mine = list.items.filter((m) => m.to === other.email && m.purpose === 'password_reset');
			return {
				failed: mine.filter((m) => m.error).length,
				pending: mine.filter((m) => !m.sentAt && !m.error).length
			};
		};

		for (const mode of ['stall', 'reject'] as const) {
			smtp.mode = mode;
			const before = smtp.to(other.email).length;
			const timed = async (email: string) => {
				const started = performance.now();
				const response = await new Client(url()).postForm('/forgot', { email });
				return {
					ms: performance.now() - started,
					status: response.status,
					html: comparable(await response.text(), email)
				};
			};
			const known = await timed(other.email);
			const unknown = await timed(uniqueEmail('nobody'));
			// A hung server would hold a waiting request for its 2 s greeting timeout.
			expect(known.ms, `${mode}: answered while the SMTP server was busy`).toBeLessThan(1500);
			expect({ ...known, ms: 0 }).toEqual({ ...unknown, ms: 0 });
			// The row records the failure once the send gives up.
			await expect
				.poll(async () => (await failedCount()).pending, { timeout: 20_000, interval: 250 })
				.toBe(0);
			smtp.mode = 'accept';
			expect(smtp.to(other.email).length).toBe(before);
		}
		const list = await admin.trpc.admin.outbox.list.query({ pageSize: 100 });
		const failures = list.items.filter((m) => m.to === other.email && m.error);
		expect(failures).toHaveLength(2);
		for (const failed of failures) {
			expect(failed.sentAt).toBeNull();
			// The link of a mail that never left is not kept either.
			expect(failed.text).not.toMatch(/token=[a-z2-7]{32}/);
			expect(failed.text).toContain('token=[removed]');
		}
		expect(failures.some((m) => /550/.test(m.error ?? ''))).toBe(true);
		const sent = list.items.find((m) => m.to === user.email && m.purpose === 'password_reset');
		expect(sent?.sentAt).toBeInstanceOf(Date);
		expect(sent?.text).not.toMatch(/token=[a-z2-7]{32}/);
	});

	it('keeps only SHA-256 of link tokens, records sends, and lets a link expire', async () => {
		// The server's own database; PGlite allows one process, so the server is stopped first.
		await stop();
		const database = openDatabase(engine === 'pglite' ? { pgliteDir } : { url: databaseUrl });
		try {
			expect(tokens.length).toBeGreaterThanOrEqual(8);
			for (const token of tokens) {
				expect(await tablesContaining(database, token), `token ${token.slice(0, 4)}…`).toEqual([]);
			}
			const [stored] = await queryRows<{ id: string; purpose: string; used: boolean }>(
				database.db,
				sql`select id, purpose, used_at is not null as used from account_tokens where id = ${sha256Hex(tokens[0])}`
			);
			expect(stored).toMatchObject({ purpose: 'email_verification' });
			const ids = await queryRows<{ id: string }>(database.db, sql`select id from account_tokens`);
			expect(ids.length).toBeGreaterThan(0);
			for (const { id } of ids) expect(id).toMatch(/^[0-9a-f]{64}$/);

			const [verified] = await queryRows<{ at: string | null }>(
				database.db,
				sql`select email_verified_at as at from users where email = ${user.email}`
			);
			expect(verified.at).not.toBeNull();
			const sent = await queryRows<{ sent: boolean; error: string | null }>(
				database.db,
				sql`select sent_at is not null as sent, error from mail_outbox where to_address = ${user.email}`
			);
			expect(sent.length).toBeGreaterThanOrEqual(5);
			expect(sent.every((r) => r.sent && r.error === null)).toBe(true);

			await database.db.execute(
				sql`update account_tokens set created_at = now() - interval '31 minutes',
					expires_at = now() - interval '1 minute' where id = ${sha256Hex(expiringToken)}`
			);
		} finally {
			await database.close();
		}
		await start(false);
		const browser = new Client(url());
		await browser.html(`/reset?token=${expiringToken}`);
		const expired = await browser.html('/reset');
		expect(expired.text).toContain('data-state="expired"');
		expect(expired.text).toContain('Ask for a new link');
		const refused = await browser.postForm('/reset', {
			password: NEW_PASSWORD,
			confirm: NEW_PASSWORD
		});
		expect(refused.status).toBe(400);
		expect(await refused.text()).toContain('This link has expired');
	});

	it('without SMTP_URL keeps mail in the outbox, which only admins read', async () => {
		const mailsBefore = smtp.mails.length;
		const asked = await new Client(url()).postForm('/forgot', { email: user.email });
		expect(asked.status).toBe(200);

		const admin = new Client(url());
		expect((await admin.signIn(ADMIN.email, ADMIN.password)).status).toBe(303);
		const page = await admin.html('/admin/outbox');
		expect(page.status).toBe(200);
		expect(page.text).toContain('data-testid="outbox-mode"');
		expect(page.text).toContain(user.email);
		expect(page.text).toContain('Kept here, not sent');
		expect(page.text).toContain('href="/admin/outbox"');
		const token = /\/reset\?token=([a-z2-7]{32})/.exec(page.text)?.[1];
		expect(token).toBeTruthy();
		tokens.push(token!);
		// Nothing went to the SMTP server; the log says where the mail is, without its link.
		await new Promise((r) => setTimeout(r, 500));
		expect(smtp.mails.length).toBe(mailsBefore);
		expect(server!.logs()).toContain('mail kept in the outbox');

		const learner = new Client(url());
		expect((await learner.signIn(LEARNER.email, LEARNER.password)).status).toBe(303);
		expect((await learner.html('/admin/outbox')).status).toBe(403);
		const anonymous = await new Client(url()).html('/admin/outbox');
		expect(anonymous.status).toBe(303);
		expect(anonymous.location).toBe('/login?redirectTo=%2Fadmin%2Foutbox');

		// The link from the outbox works like a mailed one.
		const browser = new Client(url());
		await browser.html(`/reset?token=${token}`);
		const final = 'the-final-password-2026';
		expect((await browser.postForm('/reset', { password: final, confirm: final })).status).toBe(
			303
		);
		expect((await new Client(url()).signIn(user.email, final)).status).toBe(303);
	});

	it(`limits reset requests per e-mail (${PASSWORD_RESET_PER_EMAIL.limit}) and per client address (${PASSWORD_RESET_PER_ADDRESS.limit})`, async () => {
		const email = uniqueEmail('limited');
		const post = (client: Client, address: string) =>
			client.postForm('/forgot', { email: address });
		for (let i = 0; i < PASSWORD_RESET_PER_EMAIL.limit; i++) {
			expect((await post(new Client(url()), email)).status).toBe(200);
		}
		const tooMany = await post(new Client(url()), email);
		expect(tooMany.status).toBe(429);
		expect(Number(tooMany.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		expect(await tooMany.text()).toContain('Too many requests for a link');

		const one = new Client(url());
		for (let i = 0; i < PASSWORD_RESET_PER_ADDRESS.limit; i++) {
			expect((await post(one, uniqueEmail(`spray${i}`))).status).toBe(200);
		}
		expect((await post(one, uniqueEmail('spray-last'))).status).toBe(429);
		expect((await post(new Client(url()), uniqueEmail('elsewhere'))).status).toBe(200);
	});

	it('never writes a token or a link into the server log', async () => {
		await stop();
		const log = logs.join('\n');
		expect(log).toContain('mail kept in the outbox');
		for (const token of tokens) expect(log).not.toContain(token);
		expect(log).not.toMatch(/token=/);
	});
});
