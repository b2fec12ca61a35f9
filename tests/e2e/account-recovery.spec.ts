import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, open, personPage, screenshot, seriousFindings, signIn } from './helpers';

// Account recovery in Chromium against the production build, which runs without SMTP_URL, so
// every mail stays in the admin outbox: a new learner signs up (and is asked to check their
// inbox), forgets the password, asks for a link on /forgot, an admin reads the link at
// /admin/outbox, the learner sets a new password from it and signs in with it. At desktop width
// and at 375 px; axe-core finds nothing serious on any of the new pages, light or dark.

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };

/** No serious or critical axe finding on the whole page. */
async function expectNoSeriousFindings(page: Page, where: string) {
	expect(await seriousFindings(page, where, { settle: true }), `${where} accessibility`).toEqual(
		[]
	);
}

/** Nothing sticks out sideways (at the phone width) but what sits in its own scroller. */
async function expectFits(page: Page, where: string) {
	const wide = await page.evaluate(() => {
		const inScroller = (e: Element) => {
			for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
				if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true;
			}
			return false;
		};
		return [...document.querySelectorAll('body *')]
			.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
			.filter((e) => !e.closest('.sr-only') && !inScroller(e))
			.slice(0, 5)
			.map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`);
	});
	expect(wide, `${where} fits ${PHONE.width} px`).toEqual([]);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect(overflow, `${where} scrolls sideways at ${PHONE.width} px`).toBeLessThanOrEqual(0);
}

/** A newly signed-up learner, signed out again (the sign-up does not sign in). */
async function signUp(page: Page, who: { name: string; email: string; password: string }) {
	await open(page, '/signup');
	await page.getByLabel('Display name').fill(who.name);
	await page.getByLabel('E-mail').fill(who.email);
	await page.getByLabel('Password').fill(who.password);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL(/\/signup\/check-inbox$/);
	await expect(page.getByRole('heading', { name: 'Check your inbox to finish' })).toBeVisible();
	await expect(page.getByTestId('check-inbox')).toContainText(who.email);
}

/** The link of the newest mail of `purpose` to `email`, read by an admin at /admin/outbox. */
async function linkFromOutbox(
	browser: Browser,
	email: string,
	purpose: 'password_reset' | 'email_verification',
	viewport = DESKTOP
) {
	const admin = await personPage(browser, DEMO.admin, { viewport });
	await open(admin, '/admin/outbox');
	await expect(admin.getByRole('heading', { name: 'Outbox' })).toBeVisible();
	await expect(admin.getByTestId('outbox-mode')).toContainText('SMTP_URL');
	const mail = admin
		.locator(`[data-testid="outbox-mail"][data-purpose="${purpose}"]`)
		.filter({ hasText: email })
		.first();
	await expect(mail).toBeVisible();
	await mail.getByText('Message', { exact: true }).click();
	const text = await mail.getByTestId('outbox-text').textContent();
	const path = purpose === 'password_reset' ? 'reset' : 'verify';
	const link = new RegExp(`https?://[^\\s]+/${path}\\?token=[a-z2-7]{32}`).exec(text ?? '')?.[0];
	expect(link, `a /${path} link in the mail to ${email}`).toBeTruthy();
	return { link: link!, admin };
}

for (const viewport of [DESKTOP, PHONE]) {
	const phone = viewport === PHONE;
	const tag = phone ? '375' : 'desktop';

	test(`a learner who forgot the password gets back in with a link (${tag})`, async ({
		browser
	}) => {
		test.setTimeout(180_000);
		const run = `${Date.now().toString(36)}${phone ? 'p' : 'd'}`;
		const who = {
			name: 'Riley Recover',
			email: `recover-${run}@example.test`,
			password: 'the-first-password-2026'
		};
		const newPassword = 'the-second-password-2026';
		const page = await personPage(browser, undefined, { viewport });

		await signUp(page, who);
		await expectNoSeriousFindings(page, 'check your inbox');
		if (phone) await expectFits(page, 'check your inbox');
		await screenshot(page, `account-check-inbox-${tag}`);

		// Signing in does not wait for the confirmation; the account page asks for it.
		await signIn(page, who);
		await open(page, '/account');
		await expect(page.getByTestId('verify-notice')).toContainText('Please verify your address');
		await page.getByRole('button', { name: 'Send the link again' }).click();
		await expect(page.getByTestId('verify-resent')).toBeVisible();
		await expectNoSeriousFindings(page, '/account (not confirmed)');
		if (phone) await expectFits(page, '/account');
		await screenshot(page, `account-unconfirmed-${tag}`);
		const verification = await linkFromOutbox(browser, who.email, 'email_verification', viewport);
		await verification.admin.context().close();
		await page.goto(verification.link);
		await expect(page.getByTestId('verify-result')).toHaveAttribute('data-result', 'confirmed');
		await expectNoSeriousFindings(page, '/verify');
		if (phone) await expectFits(page, '/verify');
		await screenshot(page, `account-verified-${tag}`);
		await open(page, '/account');
		await expect(page.getByTestId('email-verified')).toBeVisible();
		await expect(page.getByTestId('verify-notice')).toHaveCount(0);
		await page.context().clearCookies();

		// Later, the password is forgotten: from sign-in to /forgot, and the one answer it gives.
		await open(page, '/login');
		await page.getByRole('link', { name: 'Forgot your password?' }).click();
		await expect(page).toHaveURL(/\/forgot$/);
		await expect(page.locator('body[data-hydrated="true"]')).toBeAttached();
		await expectNoSeriousFindings(page, '/forgot');
		if (phone) await expectFits(page, '/forgot');
		await screenshot(page, `account-forgot-${tag}`);
		await page.getByLabel('E-mail').fill(who.email);
		await page.getByRole('button', { name: 'Send me a link' }).click();
		await expect(page.getByTestId('forgot-sent')).toContainText(
			'If an account exists for that address, we sent a link'
		);
		await expectNoSeriousFindings(page, '/forgot (sent)');
		await screenshot(page, `account-forgot-sent-${tag}`);

		// An admin reads the link in the outbox (this server has no SMTP).
		const { link, admin } = await linkFromOutbox(browser, who.email, 'password_reset', viewport);
		await expectNoSeriousFindings(admin, '/admin/outbox');
		if (phone) await expectFits(admin, '/admin/outbox');
		await screenshot(admin, `admin-outbox-${tag}`);
		await admin.context().close();

		// The link opens the form at a clean /reset; the new password is set and signs in here.
		await page.goto(link);
		await expect(page).toHaveURL(/\/reset$/);
		await expect(page.locator('body[data-hydrated="true"]')).toBeAttached();
		await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
		await expectNoSeriousFindings(page, '/reset');
		if (phone) await expectFits(page, '/reset');
		await screenshot(page, `account-reset-${tag}`);
		await page.getByLabel('New password').fill(newPassword);
		await page.getByLabel('The same password again').fill('not the same');
		await page.getByRole('button', { name: 'Set new password' }).click();
		await expect(page.getByText('The two passwords are not the same')).toBeVisible();
		await page.getByLabel('New password').fill(newPassword);
		await page.getByLabel('The same password again').fill(newPassword);
		await page.getByRole('button', { name: 'Set new password' }).click();
		await expect(page).toHaveURL(/\/account\?password=changed$/);
		await expect(page.getByTestId('password-changed')).toContainText('Your new password is set');
		await expect(page.getByTestId('email-verified')).toBeVisible();
		await expectNoSeriousFindings(page, '/account');
		if (phone) await expectFits(page, '/account');
		await screenshot(page, `account-page-${tag}`);

		// The link is spent.
		await page.goto(link);
		await expect(page.getByTestId('reset-problem')).toHaveAttribute('data-state', 'used');
		await expect(page.getByRole('heading', { name: 'This link was already used' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute(
			'href',
			'/forgot'
		);
		await expectNoSeriousFindings(page, '/reset (used)');
		if (phone) await expectFits(page, '/reset (used)');
		await screenshot(page, `account-reset-used-${tag}`);
		await page.context().close();

		// Another browser signs in with the new password, not with the old one.
		const later = await personPage(browser, undefined, { viewport });
		await open(later, '/login');
		await later.getByLabel('E-mail').fill(who.email);
		await later.getByLabel('Password').fill(who.password);
		await later.getByRole('button', { name: 'Sign in' }).click();
		await expect(later.getByRole('alert')).toContainText('Wrong e-mail or password');
		await signIn(later, { email: who.email, password: newPassword });
		await expect(later).toHaveURL(/\/scenarios/);
		await later.context().close();
	});
}

test('the account pages have no serious axe findings in the dark theme', async ({ browser }) => {
	test.setTimeout(180_000);
	const page = await personPage(browser, DEMO.admin, { colorScheme: 'dark' });
	for (const path of [
		'/forgot',
		'/reset',
		'/verify',
		'/signup/check-inbox',
		'/account',
		'/admin/outbox'
	]) {
		await open(page, path);
		expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
			true
		);
		await expectNoSeriousFindings(page, `${path} (dark)`);
	}
	await page.context().close();
});
