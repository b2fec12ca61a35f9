import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '../../src/lib/server/env';
import { appLink } from '../../src/lib/server/mail/links';
import {
	passwordResetMail,
	signUpAttemptMail,
	verificationMail
} from '../../src/lib/server/mail/templates';
import { defaultFrom } from '../../src/lib/server/mail/transport';
import { withMinimumDuration } from '../../src/lib/server/services/accounts/timing';

describe('mail settings', () => {
	it('keeps mail in the outbox unless SMTP_URL is set', () => {
		const env = parseEnv({});
		expect(env.SMTP_URL).toBeUndefined();
		expect(env.MAIL_FROM).toBeUndefined();
		expect(env.SMTP_TIMEOUT_SECONDS).toBe(10);
		expect(parseEnv({ SMTP_URL: '' }).SMTP_URL).toBeUndefined();
	});

	it('accepts smtp:// and smtps:// URLs and an address or "Name <address>" as MAIL_FROM', () => {
		const env = parseEnv({
			SMTP_URL: 'smtps://mail.example.org:465',
			MAIL_FROM: 'Scenario Hub <hub@example.org>'
		});
		expect(env.SMTP_URL).toBe('smtps://mail.example.org:465');
		expect(parseEnv({ MAIL_FROM: 'hub@example.org' }).MAIL_FROM).toBe('hub@example.org');
	});

	it('names SMTP_URL, MAIL_FROM and SMTP_TIMEOUT_SECONDS when they are wrong', () => {
		let error: unknown;
		try {
			parseEnv({
				SMTP_URL: 'https://mail.example.org',
				MAIL_FROM: 'nobody',
				SMTP_TIMEOUT_SECONDS: '0'
			});
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(EnvError);
		const message = (error as Error).message;
		expect(message).toMatch(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
		expect(message).toMatch(/MAIL_FROM: must be an address/);
		expect(message).toMatch(/SMTP_TIMEOUT_SECONDS/);
	});

	it('sends from no-reply at the public host by default', () => {
		expect(defaultFrom('https://scenarios.example.org')).toBe(
			'Scenario Hub <no-reply@scenarios.example.org>'
		);
		expect(defaultFrom(undefined)).toBe('Scenario Hub <no-reply@localhost>');
	});
});

describe('mail texts', () => {
	const link = appLink('https://hub.example.org', '/reset', { token: 'abc' });

	it('builds absolute links with the token as a query parameter', () => {
		expect(link).toBe('https://hub.example.org/reset?token=abc');
	});

	it('says what a reset link does, for how long, and what to do if it was not you', () => {
		const mail = passwordResetMail({
			displayName: 'Robin',
			email: 'robin@example.org',
			link,
			minutes: 30
		});
		expect(mail.subject).toBe('Reset your Scenario Hub password');
		expect(mail.text).toContain(`\n${link}\n`);
		expect(mail.text).toContain('within 30 minutes');
		expect(mail.text).toContain('works once');
		expect(mail.text).toContain('ignore this message');
		expect(mail.text).not.toMatch(/<[a-z]/i);
	});

	it('lets the owner of an address take over an account someone else made with it', () => {
		const mail = verificationMail({
			displayName: 'Robin',
			email: 'robin@example.org',
			link,
			hours: 24,
			forgotLink: 'https://hub.example.org/forgot'
		});
		expect(mail.text).toContain('within 24 hours');
		expect(mail.text).toContain('https://hub.example.org/forgot');
	});

	it('tells the owner about a sign-up with their address, with no link that changes anything', () => {
		const mail = signUpAttemptMail({
			displayName: 'Robin',
			email: 'robin@example.org',
			signInLink: 'https://hub.example.org/login',
			forgotLink: 'https://hub.example.org/forgot'
		});
		expect(mail.subject).toBe('You already have a Scenario Hub account');
		expect(mail.text).toContain('nothing was created and nothing was changed');
		expect(mail.text).not.toContain('token=');
	});
});

describe('withMinimumDuration', () => {
	it('answers no sooner than the floor, with the work’s result', async () => {
		const started = Date.now();
		expect(await withMinimumDuration(120, async () => 'done')).toBe('done');
		expect(Date.now() - started).toBeGreaterThanOrEqual(115);
	});

	it('passes the work’s error on', async () => {
		await expect(
			withMinimumDuration(10, async () => {
				throw new Error('boom');
			})
		).rejects.toThrow('boom');
	});
});
