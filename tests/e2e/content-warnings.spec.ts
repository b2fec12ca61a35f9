import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectAccessible, open, personPage, screenshot } from './helpers';

// Issue 12, "safety of the content", in the browser: the editor proposes the warnings its text
// calls for (with the words and where) and adds one in a click; submitting with proposals left
// warns but does not block; the reviewer must tick every warning to approve, and the approved
// scenario then carries them, so "hide suicide" on the marketplace hides it.

const run = Date.now().toString(36);
const TITLE = `Relapse chat with warnings ${run}`;

async function waitSaved(page: Page) {
	await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved', {
		timeout: 15_000
	});
}

test('the editor proposes missing warnings; the reviewer confirms them to approve', async ({
	browser
}) => {
	// Three people and two narrow screens in one story: longer than the default minute.
	test.setTimeout(180_000);
	const author = await personPage(browser, DEMO.author);
	await open(author, '/studio/new');
	await author.getByLabel('Title').fill(TITLE);
	await author.getByLabel('Description').fill('A calm chat with an adult who relapsed.');
	await author.getByRole('button', { name: 'Create draft' }).click();
	await expect(author).toHaveURL(/\/studio\/[0-9a-f-]{36}$/);
	const scenarioId = author.url().split('/').pop()!;

	await author
		.getByLabel('Your task (instructions)')
		.fill('Stay calm, then ask separately and directly about suicide.');
	await author.getByTestId('skill-picker').getByLabel('Active listening').check();
	await author.getByLabel('Public').check();
	await author.getByRole('button', { name: 'Add a step' }).click();
	await author.locator('[id$="-title"]').nth(0).fill('Opening');
	await author
		.getByLabel('What the caller or character says')
		.nth(0)
		.fill('i cut again last night. and my dad keeps a gun in the shed');

	// Proposed live, with the words found and where.
	const proposals = author.getByTestId('warning-proposals');
	await expect(proposals.getByTestId('warning-proposal')).toHaveCount(3);
	await expect(proposals.locator('[data-warning="suicide"]')).toContainText(
		'“suicide” in instructions'
	);
	await expect(proposals.locator('[data-warning="self-harm"]')).toContainText(
		'“cut again” in step 1 prompt'
	);
	await expect(proposals.locator('[data-warning="firearms"]')).toContainText(
		'“gun” in step 1 prompt'
	);
	await author.locator('#content-warnings').scrollIntoViewIfNeeded();
	await screenshot(author, 'studio-warning-proposals', { fullPage: false });

	// One click adds a warning: its box is ticked and the proposal goes.
	await author.getByRole('button', { name: 'Add the self harm warning' }).click();
	await expect(author.getByLabel('self harm', { exact: true })).toBeChecked();
	await expect(proposals.getByTestId('warning-proposal')).toHaveCount(2);
	await waitSaved(author);

	await expectAccessible(author, 'editor with warning proposals');

	const narrow = await personPage(browser, DEMO.author, { viewport: { width: 375, height: 800 } });
	await open(narrow, `/studio/${scenarioId}`);
	await narrow.locator('#content-warnings').scrollIntoViewIfNeeded();
	await expect(narrow.getByTestId('warning-proposal')).toHaveCount(2);
	expect(await narrow.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);
	await screenshot(narrow, 'studio-warning-proposals-375', { fullPage: false });
	await narrow.context().close();

	// Submitting with proposals left warns, and sends only when the author insists.
	await author.getByTestId('submit-for-review').click();
	await expect(author.getByTestId('submit-warnings')).toContainText('suicide, firearms');
	await expect(author.getByTestId('status-panel')).not.toContainText('in review');
	await author.getByTestId('submit-anyway').click();
	await expect(author.getByTestId('status-panel')).toContainText('in review');

	// The reviewer sees the warnings and the proposals, and must tick them all to approve.
	const reviewer = await personPage(browser, DEMO.reviewer);
	await open(reviewer, `/review/${scenarioId}`);
	const checklist = reviewer.getByTestId('warning-checklist');
	await expect(checklist.getByTestId('warning-confirm')).toHaveCount(3);
	await expect(checklist.locator('[data-warning="self-harm"]')).toContainText('Set by the author');
	await expect(checklist.locator('[data-warning="firearms"]')).toContainText(
		'Proposed, not set by the author: found “gun” in step 1 prompt'
	);
	for (const dimension of [
		'emotionalSafety',
		'therapeuticCorrectness',
		'ageAppropriateness',
		'revealTiming'
	]) {
		await reviewer.getByTestId(`score-${dimension}`).getByRole('radio', { name: /^4 / }).check();
	}
	await reviewer.getByRole('radio', { name: /^Approve/ }).check();
	await reviewer.getByTestId('submit-review').click();
	await expect(checklist.getByTestId('field-error')).toContainText(
		'Tick each warning to confirm it before approving: suicide, self harm, firearms'
	);
	await checklist.locator('[data-warning="suicide"]').getByRole('checkbox').check();
	await checklist.locator('[data-warning="self-harm"]').getByRole('checkbox').check();
	await reviewer.getByTestId('submit-review').click();
	await expect(checklist.getByTestId('field-error')).toContainText(': firearms.');
	await checklist.locator('[data-warning="firearms"]').getByRole('checkbox').check();
	await expect(checklist.getByTestId('field-error')).toHaveCount(0);
	await expectAccessible(reviewer, 'review form with the warning checklist');
	await expect(reviewer).toHaveURL(new RegExp(`/review/${scenarioId}$`));
	const height = await reviewer.evaluate(() => document.documentElement.scrollHeight);
	await reviewer.setViewportSize({ width: 1280, height });
	await screenshot(reviewer, 'review-warning-checklist', { fullPage: false });
	await reviewer.setViewportSize({ width: 375, height: 800 });
	await checklist.scrollIntoViewIfNeeded();
	expect(await reviewer.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);
	await screenshot(reviewer, 'review-warning-checklist-375', { fullPage: false });
	await reviewer.setViewportSize({ width: 1280, height: 900 });
	await reviewer.getByTestId('submit-review').click();
	await expect(reviewer).toHaveURL(/\/review$/);

	// Approved with the confirmed warnings: hiding suicide hides it.
	const learner = await personPage(browser, DEMO.learner);
	const card = learner.getByTestId('marketplace-card').filter({ hasText: TITLE });
	await open(learner, '/marketplace?sort=newest');
	await expect(card).toBeVisible();
	await open(learner, '/marketplace?sort=newest&hide=suicide');
	await expect(learner.getByTestId('marketplace-card').first()).toBeVisible();
	await expect(card).toHaveCount(0);

	for (const page of [author, reviewer, learner]) await page.context().close();
});
