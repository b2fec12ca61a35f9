import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectAccessible, open, personPage, screenshot } from './helpers';

// The authoring and review workflow end to end, in one browser per person: an author writes
// and submits, a reviewer claims, scores and decides, a learner saves the result from the
// marketplace. Screenshots for the documentation are taken on the way (see screenshot() in
// helpers.ts).

test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);
const APPROVED_TITLE = `Night shift: the caller who hangs up ${run}`;
const REVISED_TITLE = `Homework meltdown ${run}`;

async function waitSaved(page: Page) {
	await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved', {
		timeout: 15_000
	});
}

/** Creates a draft through the studio and fills what a submission needs. */
async function writeScenario(page: Page, title: string) {
	await open(page, '/studio');
	await page.getByRole('link', { name: 'New scenario' }).click();
	await expect(page.getByRole('heading', { name: 'New scenario' })).toBeVisible();
	// Inline validation from the shared schema, before anything is sent.
	await page.getByRole('button', { name: 'Create draft' }).click();
	await expect(page.getByText('Give it a title of at least 3 characters')).toBeVisible();
	await page.getByLabel('Title').fill(title);
	await page
		.getByLabel('Description')
		.fill('A volunteer practises staying present when a caller goes silent and hangs up.');
	await page.getByRole('button', { name: 'Create draft' }).click();
	await expect(page).toHaveURL(/\/studio\/[0-9a-f-]{36}$/);
	await expect(page.getByTestId('scenario-editor')).toBeVisible();

	await page
		.getByLabel('Your task (instructions)')
		.fill('Answer the call, reflect what you hear, and ask about safety directly.');
	await page.getByTestId('skill-picker').getByLabel('Active listening').check();
	await page.getByLabel('Public').check();
	await page.getByRole('button', { name: 'Add a step' }).click();
	await page.locator('[id$="-title"]').nth(0).fill('Silence on the line');
	await page.getByLabel('What the caller or character says').nth(0).fill('(breathing) …hello?');
	await page.getByRole('button', { name: 'Add a step' }).click();
	await page.locator('[id$="-title"]').nth(1).fill('The caller opens up');
	await page
		.getByLabel('What the caller or character says')
		.nth(1)
		.fill('I just… didn’t know who else to call.');
	await waitSaved(page);
}

test('an author writes and submits, a reviewer approves, a learner saves it from the marketplace', async ({
	browser
}) => {
	const author = await personPage(browser, DEMO.author);
	await open(author, '/studio');
	await expect(author.getByRole('heading', { name: 'Studio' })).toBeVisible();
	await expect(author.getByTestId('studio-item').first()).toBeVisible();
	await screenshot(author, 'studio');

	await writeScenario(author, APPROVED_TITLE);

	// A bad value is shown and kept in the field; the valid rest is still saved.
	await author.getByLabel('Minutes').fill('90');
	await expect(author.getByText('At most 60 minutes')).toBeVisible();
	await author.getByLabel('Context').fill('A quiet weeknight on the crisis line.');
	await expect(author.getByTestId('invalid-count')).toContainText('1 field needs attention');
	await waitSaved(author);
	await author.reload();
	await expect(author.getByLabel('Context')).toHaveValue('A quiet weeknight on the crisis line.');
	await expect(author.getByLabel('Minutes')).toHaveValue('15');
	await author.getByLabel('Minutes').fill('20');
	await waitSaved(author);

	// Reorder by keyboard, then branch: a choice on step 1 leads to step 2.
	await author.getByRole('button', { name: 'Move step 2 up' }).focus();
	await author.keyboard.press('Enter');
	await expect(author.locator('[data-step-key] h3').first()).toContainText('The caller opens up');
	await expect(author.getByRole('button', { name: 'Move step 1 down' })).toBeFocused();
	await author.keyboard.press('Enter');
	await expect(author.locator('[data-step-key] h3').first()).toContainText('Silence on the line');
	await author.getByRole('button', { name: 'Add a choice' }).first().click();
	await author.getByRole('textbox', { name: 'Choice 1' }).fill('Stay quiet and wait');
	await expect(author.getByRole('combobox', { name: 'Leads to' })).toHaveValue('step-2');
	await waitSaved(author);

	await author.getByRole('tab', { name: 'Preview as a learner' }).click();
	await expect(
		author.getByTestId('scenario-preview').getByRole('heading', { level: 2 })
	).toHaveText(APPROVED_TITLE);
	await author.getByRole('tab', { name: 'Edit' }).click();
	await author.evaluate(() => window.scrollTo(0, 0));
	await screenshot(author, 'studio-editor', { fullPage: false });

	await author.getByTestId('submit-for-review').click();
	await expect(author.getByTestId('status-panel')).toContainText('in review');
	await expect(author.locator('#title')).toBeDisabled();

	// The reviewer claims it, tries to approve a low score, then approves.
	const reviewer = await personPage(browser, DEMO.reviewer);
	await open(reviewer, '/review');
	await expect(reviewer.getByTestId('pending-count')).toBeVisible();
	const item = reviewer.getByTestId('queue-item').filter({ hasText: APPROVED_TITLE });
	await expect(item).toBeVisible();
	await screenshot(reviewer, 'review');
	await item.getByRole('button', { name: /Claim and review/ }).click();
	await expect(reviewer).toHaveURL(/\/review\/[0-9a-f-]{36}$/);
	await expect(reviewer.getByTestId('claim-panel')).toContainText('You hold the claim');

	const score = (dimension: string, value: number) =>
		reviewer
			.getByTestId(`score-${dimension}`)
			.getByRole('radio', { name: new RegExp(`^${value} `) })
			.check();
	await score('emotionalSafety', 4);
	await score('therapeuticCorrectness', 5);
	await score('ageAppropriateness', 4);
	await score('revealTiming', 2);
	await reviewer
		.getByLabel('Strengths')
		.fill('Realistic silence; the direct safety question is modelled well.');
	await reviewer.getByRole('radio', { name: /^Approve/ }).check();
	// Approving confirms the content warnings: here none set and none found.
	await reviewer.getByLabel('This scenario needs no content warning').check();
	await expect(reviewer.getByTestId('gate-warning')).toContainText('Reveal timing (2)');
	await expect(reviewer.getByTestId('submit-review')).toBeDisabled();
	await score('revealTiming', 4);
	await expect(reviewer.getByTestId('gate-warning')).toHaveCount(0);
	// A viewport as tall as the page: a full-page capture would paint the sticky header mid-page.
	const height = await reviewer.evaluate(() => document.documentElement.scrollHeight);
	await reviewer.setViewportSize({ width: 1280, height });
	await screenshot(reviewer, 'review-form', { fullPage: false });
	await reviewer.setViewportSize({ width: 1280, height: 900 });
	await reviewer.getByTestId('submit-review').click();
	await expect(reviewer).toHaveURL(/\/review$/);
	await expect(reviewer.getByTestId('queue-item').filter({ hasText: APPROVED_TITLE })).toHaveCount(
		0
	);

	// The author is told; the studio shows the scores.
	await open(author, '/studio');
	await expect(author.getByTestId('unread-count')).toBeVisible();
	await author.getByTestId('notifications-button').click();
	await expect(author.getByTestId('notification-item').first()).toContainText(
		`Review of “${APPROVED_TITLE}”: approved`
	);
	await author.keyboard.press('Escape');

	// A learner finds it in the marketplace (newest tab) and adds it to their library.
	const learner = await personPage(browser, DEMO.learner);
	await open(learner, '/marketplace?sort=newest');
	await expect(learner.getByRole('link', { name: 'Newest' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	const card = learner.getByTestId('marketplace-card').filter({ hasText: APPROVED_TITLE });
	await expect(card).toBeVisible();
	await expect(card.getByTestId('reviewed-badge')).toContainText('4.3/5');
	await screenshot(learner, 'marketplace');
	await card.getByTestId('add-to-library').click();
	await expect(card.getByTestId('add-to-library')).toHaveText(/In your library/);
	await expect(card.getByTestId('saves')).toContainText('1');
	await learner.reload();
	await expect(
		learner
			.getByTestId('marketplace-card')
			.filter({ hasText: APPROVED_TITLE })
			.getByTestId('add-to-library')
	).toHaveText(/In your library/);
	// The other tabs are links that keep the filters in the URL.
	await learner.getByRole('link', { name: 'Most saved' }).click();
	await expect(learner).toHaveURL(/sort=most_saved/);
});

test('a reviewer requests changes; the author reads the concerns, edits and resubmits', async ({
	browser
}) => {
	const author = await personPage(browser, DEMO.author);
	await writeScenario(author, REVISED_TITLE);
	await author.getByTestId('submit-for-review').click();
	await expect(author.getByTestId('status-panel')).toContainText('in review');

	const reviewer = await personPage(browser, DEMO.reviewer2);
	await open(reviewer, '/review');
	const item = reviewer.getByTestId('queue-item').filter({ hasText: REVISED_TITLE });
	await item.getByRole('link', { name: 'Look first' }).click();
	for (const dimension of [
		'emotionalSafety',
		'therapeuticCorrectness',
		'ageAppropriateness',
		'revealTiming'
	]) {
		await reviewer.getByTestId(`score-${dimension}`).getByRole('radio', { name: /^3 / }).check();
	}
	await reviewer.getByRole('radio', { name: /^Request changes/ }).check();
	await reviewer.getByTestId('submit-review').click();
	await expect(
		reviewer.getByText('Describe your concerns so the author knows what to change')
	).toBeVisible();
	await reviewer.getByLabel('Concerns').fill('Ask about safety before the caller hangs up.');
	await reviewer.getByTestId('submit-review').click();
	await expect(reviewer).toHaveURL(/\/review$/);

	await open(author, '/studio');
	await author.getByRole('link', { name: REVISED_TITLE }).click();
	await expect(author.getByTestId('review-request')).toContainText(
		'Ask about safety before the caller hangs up.'
	);
	await expect(author.getByTestId('status-panel')).toContainText('changes requested');
	await expect(author.getByTestId('submit-for-review')).toHaveCount(0);
	await author
		.getByLabel('Your task (instructions)')
		.fill('Answer the call and ask about safety directly, before the caller can hang up.');
	await waitSaved(author);
	await expect(author.getByTestId('submit-for-review')).toHaveText(/Resubmit for review/);
	await author.getByTestId('submit-for-review').click();
	await expect(author.getByTestId('status-panel')).toContainText('in review');

	await open(reviewer, '/review');
	await expect(reviewer.getByTestId('queue-item').filter({ hasText: REVISED_TITLE })).toBeVisible();
});

test('the studio and the review desk fit a 375 px screen', async ({ browser }) => {
	const page = await personPage(browser, DEMO.reviewer, { viewport: { width: 375, height: 800 } });
	for (const path of ['/studio', '/studio/new', '/review', '/review/history', '/marketplace']) {
		await open(page, path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});

test('studio, editor, review desk, review form and marketplace have no serious axe findings', async ({
	browser
}) => {
	const author = await personPage(browser, DEMO.author);
	for (const path of ['/studio', '/studio/new', '/marketplace']) {
		await open(author, path);
		await expectAccessible(author, path);
	}
	await open(author, '/studio');
	await author.getByTestId('studio-item').first().getByRole('link').click();
	await expect(author.getByTestId('scenario-editor')).toBeVisible();
	await expectAccessible(author, 'editor');
	await author.getByRole('tab', { name: 'Preview as a learner' }).click();
	await expectAccessible(author, 'editor preview');

	const reviewer = await personPage(browser, DEMO.reviewer);
	for (const path of ['/review', '/review/history']) {
		await open(reviewer, path);
		await expectAccessible(reviewer, path);
	}
	await open(reviewer, '/review');
	await reviewer.getByRole('link', { name: 'Look first' }).first().click();
	await expect(reviewer.getByTestId('review-form')).toBeVisible();
	await expectAccessible(reviewer, 'review form');
	await reviewer.getByTestId('notifications-button').click();
	await expectAccessible(reviewer, 'notifications panel');
});
