import { expect, test } from '@playwright/test';
import {
	DEMO,
	DESKTOP,
	expectAccessible,
	open,
	PHONE,
	reply,
	screenshot,
	shootBoth,
	signIn
} from './helpers';

// The learner's journey in Chromium against the production build: a new account searches and
// filters the library, saves a scenario, plays it to completion, rates and reviews it and finds
// it on /progress with the charts drawn. Every state survives a reload. Screenshots of each
// page at desktop width and at 375 px are taken on the way (see screenshot() in helpers.ts).

const SCENARIO = 'Routine first contact: exam-week panic';
test('a new learner finds, saves, plays, rates a scenario and sees it on /progress', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.setViewportSize(DESKTOP);
	const email = `e2e-${Date.now()}@example.test`;
	await open(page, '/signup');
	await page.getByLabel('Display name').fill('Robin Tester');
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Password').fill('a-long-enough-password-2026');
	await page.getByRole('button', { name: /sign up|create/i }).click();
	// Sign-up asks to check the inbox and does not sign in (account-recovery.spec.ts).
	await expect(page).toHaveURL(/\/signup\/check-inbox/);
	await signIn(page, { email, password: 'a-long-enough-password-2026' });
	await expect(page.locator('body[data-hydrated="true"]')).toBeAttached();

	// Search, then filter by skill and difficulty: the URL holds all of it.
	await page.getByLabel('Search scenarios').fill('exam');
	await expect(page).toHaveURL(/q=exam/);
	await page.getByRole('checkbox', { name: 'Active listening' }).check();
	await expect(page).toHaveURL(/skill=active-listening/);
	await page.getByRole('checkbox', { name: 'beginner' }).check();
	await expect(page).toHaveURL(/difficulty=beginner/);
	await expect(page.getByTestId('filter-chips')).toContainText('Active listening');
	const card = page.getByTestId('scenario-card').filter({ hasText: SCENARIO });
	await expect(card).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Search scenarios')).toHaveValue('exam');
	await expect(page.getByRole('checkbox', { name: 'Active listening' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'beginner' })).toBeChecked();
	await expect(card).toBeVisible();
	await card.getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCENARIO);
	await expect(page.locator('body[data-hydrated="true"]')).toBeAttached();

	// Save: optimistic, and still saved after a reload.
	const saves = Number(await page.getByTestId('saves-count').textContent());
	const save = page.getByTestId('save-button');
	await save.click();
	await expect(save).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('saves-count')).toHaveText(String(saves + 1));
	await page.reload();
	await expect(page.getByTestId('save-button')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('saves-count')).toHaveText(String(saves + 1));

	// Private notes autosave.
	await page.getByLabel('My private notes on this scenario').fill('Slow down before the question.');
	await expect(page.getByTestId('notes-status')).toContainText('Saved');

	// Play: the current step is stored, so a reload resumes it.
	await page.getByTestId('start-button').click();
	await expect(page).toHaveURL(/\/play$/);
	await expect(page.getByTestId('step')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opening');
	await expect(page.getByTestId('timer')).toBeVisible();
	await page.getByTestId('continue-button').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hearing the story');
	await shootBoth(page, 'play');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hearing the story');
	await expect(page.getByTestId('transcript').getByRole('listitem')).toHaveCount(1);
	await reply(page, 'It sounds like you feel scared and worn out. What has tonight been like?');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settling the body');
	await page.getByTestId('continue-button').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Asking directly');
	await reply(page, 'Are you thinking about suicide?');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Small next steps');
	await reply(page, 'What usually helps you reset when you are this tired?');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Closing warmly');
	await page.getByTestId('choice').first().click();
	await page.getByTestId('reveal').getByTestId('continue-button').click();
	await expect(page.getByTestId('finish-panel')).toBeVisible();
	await page.getByLabel('Reflection (optional)').fill('I asked the direct question calmly.');
	await page.getByTestId('complete-button').click();
	await expect(page.getByTestId('self-assessment')).toBeVisible();
	await page.getByRole('link', { name: 'Skip to the feedback' }).click();
	await expect(page.getByTestId('attempt-summary')).toContainText('Scenario completed');
	await expect(page.getByTestId('attempt-summary')).toContainText('I asked the direct question');

	// Rate and review from the summary.
	await page.getByRole('button', { name: 'Rate this scenario' }).click();
	await page.locator('label').filter({ hasText: '5 stars, Excellent' }).click();
	await expect(page.getByRole('radio', { name: /5 stars/ })).toBeChecked();
	await page
		.getByLabel('Review (optional, public)')
		.fill('Realistic and kind. Great first practice.');
	await page.getByRole('button', { name: 'Save rating' }).click();
	await expect(page.getByTestId('my-rating')).toContainText('Realistic and kind');
	await page.reload();
	await expect(page.getByTestId('attempt-summary')).toContainText('Scenario completed');

	// The scenario page shows the review publicly and the notes privately, after a reload.
	await open(page, '/scenarios/crisis-first-time-chatter-exam-stress');
	await expect(page.getByTestId('my-rating')).toContainText('Realistic and kind');
	await expect(page.getByTestId('review-list')).toContainText('Robin Tester');
	await expect(page.getByLabel('My private notes on this scenario')).toHaveValue(
		'Slow down before the question.'
	);
	await expect(page.getByTestId('actions-card')).toContainText('You completed this once');
	await shootBoth(page, 'scenario');

	// /progress: the completion, the saved scenario, the charts.
	await open(page, '/progress');
	await expect(page.getByTestId('total-completions')).toHaveText('1');
	await expect(page.getByTestId('streak')).toHaveText('1 day');
	await page.getByTestId('tab-completed').click();
	await expect(page.getByTestId('my-list')).toContainText(SCENARIO);
	await page.getByTestId('tab-saved').click();
	await expect(page.getByTestId('my-list')).toContainText(SCENARIO);
	const skillBars = page.getByTestId('skill-chart').locator('svg[data-bar] rect');
	expect(await skillBars.count()).toBeGreaterThan(10);
	await expect(page.getByTestId('skill-chart').getByRole('table')).toContainText(
		'Active listening'
	);
	const weekBars = page.getByTestId('activity-chart').locator('svg rect');
	await expect(weekBars).toHaveCount(24);
	await expect(page.getByTestId('ratings-given')).toContainText(SCENARIO);
	await page.reload();
	await expect(page.getByTestId('my-list')).toContainText(SCENARIO);
	await expect(page.getByTestId('tab-saved')).toHaveAttribute('aria-current', 'page');
	await page.getByTestId('tab-completed').click();
	await expect(page.getByTestId('my-list')).toContainText(SCENARIO);
	await shootBoth(page, 'progress');
});

test('library screenshots, filters collapsed on a phone, empty state, hostile search', async ({
	page
}) => {
	await page.setViewportSize(DESKTOP);
	await open(page, '/scenarios');
	await expect(page.getByTestId('scenario-card').first()).toBeVisible();
	await expectAccessible(page, 'library');
	await screenshot(page, 'library-desktop', { fullPage: false });

	await page.setViewportSize(PHONE);
	await open(page, '/scenarios');
	const toggle = page.getByTestId('filters-toggle');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('checkbox', { name: 'beginner' })).toBeHidden();
	await screenshot(page, 'library-375', { fullPage: false });
	await toggle.click();
	await expect(page.getByRole('checkbox', { name: 'beginner' })).toBeVisible();

	await open(page, `/scenarios?q=${encodeURIComponent("'; drop table scenarios; --")}`);
	await expect(page.getByTestId('empty-state').or(page.getByTestId('scenario-list'))).toBeVisible();
	await open(page, `/scenarios?q=${encodeURIComponent('%\\ 😀')}`);
	await expect(page.getByTestId('empty-state').or(page.getByTestId('scenario-list'))).toBeVisible();
	await open(page, '/scenarios?cursor=not-a-cursor');
	await expect(page.getByTestId('library-error')).toBeVisible();
	await open(page, '/scenarios');
	await expect(page.getByTestId('scenario-card').first()).toBeVisible();
});

test('signed-out visitors who press Save or Start sign in and come back', async ({ page }) => {
	await open(page, '/scenarios/crisis-routine-check-in-lonely-evening');
	await page.getByTestId('save-button').click();
	await expect(page).toHaveURL(/\/login\?redirectTo=/);
	await page.getByLabel('E-mail').fill(DEMO.learner.email);
	await page.getByLabel('Password').fill(DEMO.learner.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/scenarios\/crisis-routine-check-in-lonely-evening$/);
	await expect(page.getByTestId('save-button')).toHaveAttribute('aria-pressed', 'true');

	await page.context().clearCookies();
	await open(page, '/scenarios/crisis-routine-check-in-lonely-evening');
	await page.getByTestId('start-button').click();
	await expect(page).toHaveURL(/\/login\?redirectTo=/);
	await page.getByLabel('E-mail').fill(DEMO.learner.email);
	await page.getByLabel('Password').fill(DEMO.learner.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/scenarios\/crisis-routine-check-in-lonely-evening\/play$/);
	await expect(page.getByTestId('play')).toBeVisible();
});
