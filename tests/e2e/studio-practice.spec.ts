import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO, expectAccessible, open, personPage, screenshot } from './helpers';

// The studio edits a scenario's practice side (state variables, step kinds, detector rules,
// branches) and test-plays the draft in the browser: the author's reply runs through the same
// detectors and walk as a learner's, the branch it sets off is taken, and nothing reaches the
// server, so the author's progress shows no attempt for it.

test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);
const TITLE = `Saving pills: asking directly ${run}`;
const REPLY = 'Are you thinking about killing yourself?';
const MODEL = 'It sounds like things feel unbearable. Are you thinking about suicide?';
const PHONE = { width: 375, height: 800 };

async function waitSaved(page: Page) {
	await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved', {
		timeout: 15_000
	});
	await expect(page.getByTestId('invalid-count')).toHaveCount(0);
}

async function noSidewaysScroll(page: Page, where: string) {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
	expect(overflow, `${where}: no sideways scroll at 375 px`).toBe(0);
}

/** A screenshot of one part of the page, whole: the viewport grows to fit it below the header. */
async function screenshotOf(page: Page, part: Locator, name: string) {
	const size = page.viewportSize()!;
	const box = (await part.boundingBox())!;
	await page.setViewportSize({
		width: size.width,
		height: Math.max(size.height, Math.ceil(box.height) + 100)
	});
	await part.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + scrollY - 76));
	await screenshot(page, name, { fullPage: false });
	await page.setViewportSize(size);
}

const stepCard = (page: Page, n: number) => page.locator('[data-step-key]').nth(n);

async function addStep(page: Page, title: string, prompt: string) {
	const index = await page.locator('[data-step-key]').count();
	await page.getByRole('button', { name: 'Add a step' }).click();
	const step = stepCard(page, index);
	await step.locator('[data-field="title"]').fill(title);
	await step.getByLabel('What the caller or character says').fill(prompt);
	return step;
}

/** Plays the draft: the reply takes the branch to the safety step, then the end. */
async function testPlay(page: Page, name: string) {
	await page.getByRole('tab', { name: 'Preview as a learner' }).click();
	const play = page.getByTestId('test-play');
	await play.getByRole('button', { name: 'Start test-play' }).click();
	await expect(play.getByRole('heading', { name: 'Opening' })).toBeFocused();
	await expect(play.locator('[data-variable="askedDirectly"] dd')).toHaveText('false');
	await play.getByLabel('Your reply to Caller').fill(REPLY);
	await play.getByRole('button', { name: 'Send' }).click();

	const reveal = play.getByTestId('test-play-reveal');
	await expect(reveal.getByTestId('test-play-model-response')).toContainText(MODEL);
	await expect(reveal.getByTestId('automatic-hints')).toContainText(
		'Asking about suicide in plain words'
	);
	await expect(reveal.getByTestId('automatic-hints')).toContainText(REPLY);
	await expect(reveal.getByTestId('evidence')).toContainText('+2');
	await expect(reveal.getByTestId('state-changes')).toContainText('askedDirectly: false → true');
	await expect(play.locator('[data-variable="askedDirectly"] dd')).toHaveText(/true/);
	await expect(play.getByTestId('test-play-evidence')).toContainText('+2');
	await screenshotOf(page, play, name);

	// The branch on askedDirectly is taken: straight to the safety step, not "Still vague".
	await reveal.getByRole('button', { name: 'Continue' }).click();
	await expect(play.getByRole('heading', { name: 'Talking about safety' })).toBeFocused();
	await play.getByRole('button', { name: 'Continue' }).click();
	await expect(play.getByTestId('test-play-end')).toContainText('The end');
	await expect(play.getByTestId('test-play-end')).toContainText('2 moves');

	// Restart starts over with the declared start values.
	await play.getByRole('button', { name: 'Restart' }).click();
	await expect(play.getByRole('heading', { name: 'Opening' })).toBeVisible();
	await expect(play.locator('[data-variable="askedDirectly"] dd')).toHaveText('false');
}

test('an author edits the practice side of a draft and test-plays it without creating progress', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const author = await personPage(browser, DEMO.author);
	await open(author, '/studio/new');
	await author.getByLabel('Title').fill(TITLE);
	await author.getByLabel('Description').fill('A caller hints at an overdose plan.');
	await author.getByRole('button', { name: 'Create draft' }).click();
	await expect(author).toHaveURL(/\/studio\/[0-9a-f-]{36}$/);
	const editorUrl = new URL(author.url()).pathname;

	// The default rubric for a crisis-line conversation, and one true/false variable.
	const practice = author.getByTestId('practice-settings');
	await expect(practice.getByLabel('Rubric')).toHaveValue('');
	await expect(practice.getByTestId('rubric-criteria')).toContainText(
		'Asks directly about suicide'
	);
	await practice.getByRole('button', { name: 'Add a variable' }).click();
	await expect(practice.getByLabel('Name')).toBeFocused();
	await practice.getByLabel('Name').fill('askedDirectly');
	await expect(practice.getByLabel('Holds')).toHaveValue('boolean');
	await expect(practice.getByLabel('Starts at')).toHaveValue('false');
	await practice.getByLabel('What it means').fill('Asked about suicide in plain words');

	// Step 1 asks for a reply; a direct suicide question sets the variable and counts as evidence.
	const opening = await addStep(author, 'Opening', 'I have been saving up my pills. Just in case.');
	await opening.getByLabel('What happens in this step').selectOption('respond');
	await opening.getByLabel('Model response').fill(MODEL);
	await opening
		.getByLabel('Other ways to say it')
		.fill('Are you thinking of ending your life?\nAre you thinking about suicide?');
	await opening.getByRole('button', { name: 'Add a rule' }).click();
	const rule = opening.locator('[data-rule="0"]');
	await rule.getByLabel('Rule 1: when the reply shows').selectOption('direct-suicide-question');
	await expect(rule.getByLabel('Effect 1', { exact: true })).toHaveValue('set');
	await expect(rule.getByLabel('Variable')).toHaveValue('askedDirectly');
	await expect(rule.getByLabel('Set to')).toHaveValue('true');
	await rule.getByRole('button', { name: 'Add an effect' }).click();
	await expect(rule.getByLabel('Effect 2', { exact: true })).toBeFocused();
	await rule.getByLabel('Effect 2', { exact: true }).selectOption('evidence');
	await rule.getByLabel('Criterion').selectOption('asks-about-suicide');
	await rule.getByLabel('Weight').selectOption('2');
	await rule.getByLabel('Note for the learner').fill('You asked in plain words.');

	await addStep(author, 'Still vague', 'I just want it all to stop.');
	await stepCard(author, 1)
		.getByLabel('After this step')
		.selectOption({ label: 'End the scenario' });
	await addStep(author, 'Talking about safety', 'Yes. I have thought about it a lot.');

	// A branch on the variable: if askedDirectly is true, go to the safety step.
	await opening.getByRole('button', { name: 'Add a branch' }).click();
	const branch = opening.locator('[data-branch="0"]');
	await expect(branch.getByLabel('Variable')).toHaveValue('askedDirectly');
	await expect(branch.getByLabel('Test')).toHaveValue('eq');
	await expect(branch.getByLabel('Value')).toHaveValue('true');
	await branch.getByLabel('Then go to').selectOption('step-3');
	await expect(opening.getByLabel('Otherwise')).toHaveValue('');
	await waitSaved(author);

	// Whole-graph problems show next to the field they belong to, and go when fixed: a step no
	// way leads to, a reply step without a model response.
	await opening.getByLabel('Otherwise').selectOption('step-3');
	await author.getByLabel('Description').focus();
	await expect(stepCard(author, 1).getByTestId('field-error')).toContainText(
		'cannot be reached from the first step'
	);
	await expect(author.getByTestId('invalid-count')).toBeVisible();
	await opening.getByLabel('Otherwise').selectOption('');
	await expect(stepCard(author, 1).getByTestId('field-error')).toHaveCount(0);
	await opening.getByLabel('Model response').fill('');
	await expect(opening.getByTestId('respond-fields').getByTestId('field-error')).toContainText(
		'give it a model response'
	);
	await opening.getByLabel('Model response').fill(MODEL);
	await waitSaved(author);
	await expectAccessible(author, 'editor with practice fields');

	await screenshotOf(author, practice, 'studio-practice-fields');
	await screenshotOf(author, opening, 'studio-practice-step');

	// What was saved comes back on reload.
	await author.reload();
	await expect(author.locator('body[data-hydrated="true"]')).toBeAttached();
	await expect(stepCard(author, 0).getByLabel('What happens in this step')).toHaveValue('respond');
	await expect(stepCard(author, 0).getByLabel('Model response')).toHaveValue(MODEL);
	await expect(
		stepCard(author, 0).locator('[data-branch="0"]').getByLabel('Then go to')
	).toHaveValue('step-3');

	await testPlay(author, 'studio-test-play');
	await expectAccessible(author, 'test-play');

	// At 375 px: the same fields and the same play, without sideways scrolling.
	const narrow = await personPage(browser, DEMO.author, { viewport: PHONE });
	await open(narrow, editorUrl);
	await noSidewaysScroll(narrow, 'editor');
	await screenshotOf(narrow, stepCard(narrow, 0), 'studio-practice-step-375');
	await screenshotOf(narrow, narrow.getByTestId('practice-settings'), 'studio-practice-fields-375');
	await testPlay(narrow, 'studio-test-play-375');
	await noSidewaysScroll(narrow, 'test-play');
	await narrow.context().close();

	// Test-play created no attempt: nothing about it under "Recent feedback".
	await open(author, '/progress');
	await expect(author.getByRole('heading', { name: 'Recent feedback' })).toBeVisible();
	await expect(author.getByRole('link', { name: TITLE })).toHaveCount(0);
	await expect(author.locator('main')).not.toContainText(TITLE);
	await author.context().close();
});
