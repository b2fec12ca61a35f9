import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectAccessible, open, personPage, reply, shootBoth, signIn } from './helpers';

// Practice that answers back (issue 13), in Chromium against the production build: a learner
// plays the veteran's call typing their own replies, asks directly about suicide and hears the
// caller disclose (the state branch), reloads mid-attempt and finds the transcript, scores
// themselves, and reads a debrief that quotes their question under "asks about suicide"; the
// mastery chart on /progress moves. Another learner gets a 404 on the debrief. A second attempt
// without the direct question takes the other branch. Screenshots at desktop width and 375 px.

const PLAY = '/scenarios/crisis-veteran-anniversary-night/play';
const ASK = 'Ray, are you thinking about killing yourself?';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** The mastery table's row for a skill (the chart's screen-reader twin). */
async function masteryOf(page: Page, skill: string) {
	await open(page, '/progress');
	const row = page.getByTestId('mastery-chart').locator('tr', { hasText: skill });
	return (await row.innerText()).replace(/\s+/g, ' ').trim();
}

/** Presses Tab until the element with this test id has focus (at most 25 times). */
async function tabTo(page: Page, testid: string) {
	for (let i = 0; i < 25; i++) {
		const here = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
		if (here === testid) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${testid}`);
}

async function beginFresh(page: Page) {
	await open(page, PLAY);
	const end = page.getByRole('button', { name: 'End attempt' });
	if (await end.isVisible()) {
		await end.click();
		await page.getByRole('button', { name: 'End without completing' }).click();
		await page.waitForURL(/\/attempts\//);
		await open(page, PLAY);
	}
	await page.getByTestId('begin-button').click();
	await expect(heading(page)).toHaveText('Opening');
}

test('a learner practises in their own words, self-assesses and reads an evidence-linked debrief', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const page = await personPage(browser, DEMO.learner);
	const before = await masteryOf(page, 'Suicide risk assessment');

	await beginFresh(page);
	await page.getByTestId('continue-button').click();
	await expect(heading(page)).toHaveText('Hearing the loss');
	// An empty reply is refused in plain words, and nothing is sent.
	await page.getByTestId('send-reply').click();
	await expect(page.getByText('Write a reply first')).toBeVisible();
	await reply(
		page,
		'Twenty-two years and it still hurts. It sounds like you feel guilty you lived.'
	);

	// A reload mid-attempt resumes the transcript and the step.
	await expect(heading(page)).toHaveText('Asking directly');
	await page.reload();
	await expect(heading(page)).toHaveText('Asking directly');
	const transcript = page.getByTestId('transcript');
	await expect(transcript).toContainText('it still hurts');
	await expect(transcript.getByRole('listitem')).toHaveCount(3);

	// Typed with the keyboard, sent with Ctrl+Enter.
	await page.getByTestId('reply-input').focus();
	await page.keyboard.type(ASK);
	await page.keyboard.press('Control+Enter');
	await expect(page.getByTestId('model-response')).toContainText('killing yourself');
	await shootBoth(page, 'practice-reveal');
	await page.getByTestId('reveal').getByTestId('continue-button').click();
	// The state branch: asked directly, Ray discloses.
	await expect(heading(page)).toHaveText('Disclosure');
	await expect(page.getByTestId('step-prompt')).toContainText('service pistol');
	await shootBoth(page, 'practice-play');
	await page.getByTestId('continue-button').click();
	await expect(heading(page)).not.toHaveText('Disclosure');

	// The rest of the call: choose, continue and reply until the end.
	for (let guard = 0; guard < 15; guard++) {
		const finish = page.getByTestId('finish-panel');
		const step = page.getByTestId('step');
		await expect(finish.or(step)).toBeVisible();
		if (await finish.isVisible()) break;
		const kind = await step.getAttribute('data-kind');
		const title = await heading(page).innerText();
		if (kind === 'respond') {
			await reply(page, 'What would help you get through tonight, Ray?');
		} else if (kind === 'choose') {
			await page.getByTestId('choice').first().click();
			const reveal = page.getByTestId('reveal');
			await expect
				.poll(async () => (await reveal.isVisible()) || (await heading(page).innerText()) !== title)
				.toBe(true);
			if (await reveal.isVisible()) await reveal.getByTestId('continue-button').click();
		} else {
			await page.getByTestId('continue-button').click();
		}
		await expect(heading(page)).not.toHaveText(title);
	}
	await expect(page.getByTestId('finish-panel')).toBeVisible();
	await page.getByTestId('complete-button').click();

	// Self-assessment before the debrief.
	await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
	const debriefUrl = page.url();
	await expect(page.getByTestId('self-assessment')).toBeVisible();
	await shootBoth(page, 'practice-self-assessment');
	await page.getByTestId('assess-submit').click();
	await expect(page.getByText('Pick a level for at least one criterion.')).toBeVisible();
	const asks = page.getByTestId('criterion-asks-about-suicide');
	await asks.getByRole('radio').nth(2).check();
	await page.getByTestId('criterion-reflects-feelings').getByRole('radio').nth(1).check();
	await page.getByTestId('assess-submit').click();

	// The debrief: self vs evidence, the question quoted under its criterion.
	const row = page.getByTestId('criterion-row-asks-about-suicide');
	await expect(row).toContainText(ASK.replace('Ray, a', 'a'));
	await expect(page.getByTestId('criterion-table')).toContainText('You');
	await expect(page.getByTestId('criterion-table')).toContainText('Automatic hints');
	await expect(page.getByTestId('hint-direct-suicide-question').first()).toBeVisible();
	await expect(page.getByTestId('model-responses')).toContainText('Asking directly');
	await expect(page.getByTestId('practise-next')).toBeVisible();
	await page.getByTestId('how-scored').locator('summary').click();
	await shootBoth(page, 'practice-debrief');
	// The hints' colours hold in the dark theme too.
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.reload();
	await expectAccessible(page, 'debrief (dark)', { settle: true });
	await page.emulateMedia({ colorScheme: 'light' });

	// The mastery chart moved, and links back to the debrief.
	const after = await masteryOf(page, 'Suicide risk assessment');
	expect(after).not.toBe(before);
	expect(after).toMatch(/\d+/);
	await expect(page.getByTestId('recent-attempts')).toContainText('Veteran');
	await shootBoth(page, 'practice-progress');

	// Another learner gets the same 404 as for a missing attempt.
	const stranger = await personPage(browser);
	const email = `stranger-${Date.now()}@example.test`;
	await open(stranger, '/signup');
	await stranger.getByLabel('Display name').fill('Stranger');
	await stranger.getByLabel('E-mail').fill(email);
	await stranger.getByLabel('Password').fill('a-long-enough-password-2026');
	await stranger.getByRole('button', { name: /sign up|create/i }).click();
	await expect(stranger).toHaveURL(/\/signup\/check-inbox/);
	await signIn(stranger, { email, password: 'a-long-enough-password-2026' });
	const response = await stranger.goto(new URL(debriefUrl).pathname);
	expect(response?.status()).toBe(404);
	await stranger.context().close();

	// A second attempt, by keyboard alone, without the direct question: the other branch.
	await beginFresh(page);
	await tabTo(page, 'continue-button');
	await page.keyboard.press('Enter');
	await expect(heading(page)).toHaveText('Hearing the loss');
	await tabTo(page, 'reply-input');
	await page.keyboard.type('That sounds like a really heavy night.');
	await page.keyboard.press('Control+Enter');
	await expect(page.getByTestId('model-response')).toBeVisible();
	await tabTo(page, 'continue-button');
	await page.keyboard.press('Enter');
	await expect(heading(page)).toHaveText('Asking directly');
	await tabTo(page, 'reply-input');
	await page.keyboard.type("You're not going to do anything silly, are you?");
	await tabTo(page, 'send-reply');
	await page.keyboard.press('Enter');
	await tabTo(page, 'continue-button');
	await page.keyboard.press('Enter');
	await expect(heading(page)).toHaveText('Deflection');
	await expect(page.getByTestId('step-prompt')).not.toContainText('service pistol');
	await expect(page.getByTestId('step-prompt')).toContainText('rough night');

	// Ending early, scoring oneself and reaching the debrief work by keyboard too.
	await page.getByRole('button', { name: 'End attempt' }).focus();
	await page.keyboard.press('Enter');
	await page.getByRole('button', { name: 'End without completing' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('self-assessment')).toBeVisible();
	const firstLevel = page.getByTestId('criterion-asks-about-suicide').getByRole('radio').first();
	await firstLevel.focus();
	await page.keyboard.press('ArrowRight');
	await expect(
		page.getByTestId('criterion-asks-about-suicide').getByRole('radio').nth(1)
	).toBeChecked();
	await tabTo(page, 'assess-submit');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('criterion-row-asks-about-suicide')).toContainText('2 / 4');
	await page.context().close();
});
