import { expect, test, type Locator, type Page } from '@playwright/test';
import { open, signIn } from './helpers';

// Save, rate, review and keep notes with the keyboard alone: every control is reached with Tab
// from the one before it (so it is in the tab order and not behind a pointer-only handler),
// shows a visible focus indicator, and is worked with Enter, Space and the arrow keys. The
// result is checked on the server's side by reloading the page.

const MAX_TABS = 60;

/** Presses Tab until the target has focus; fails if it is not in the tab order. */
async function tabTo(page: Page, target: Locator, what: string) {
	for (let i = 0; i < MAX_TABS; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`${what} was not reached with ${MAX_TABS} presses of Tab`);
}

/** A focused control draws an outline or a ring: something a sighted keyboard user can see. */
async function expectVisibleFocus(target: Locator, what: string) {
	const style = await target.evaluate((el) => {
		// Star radios are visually hidden; their label draws the focus ring.
		const shown = el.classList.contains('sr-only') ? el.parentElement! : el;
		const css = getComputedStyle(shown);
		return { outline: css.outlineStyle, width: css.outlineWidth, shadow: css.boxShadow };
	});
	const outlined = style.outline !== 'none' && style.width !== '0px';
	const ringed = style.shadow !== 'none' && style.shadow !== '';
	expect(outlined || ringed, `${what} shows focus (${JSON.stringify(style)})`).toBe(true);
}

test('a learner saves, rates, reviews and keeps notes using only the keyboard', async ({
	page
}) => {
	test.setTimeout(120_000);
	const run = Date.now().toString(36);
	await open(page, '/signup');
	await page.getByLabel('Display name').fill('Kim Keyboard');
	await page.getByLabel('E-mail').fill(`keys-${run}@example.test`);
	await page.getByLabel('Password').fill('a-long-enough-password');
	await page.getByLabel('Password').press('Enter');
	// Sign-up asks to check the inbox and does not sign in (account-recovery.spec.ts).
	await expect(page).toHaveURL(/\/signup\/check-inbox/);
	await signIn(page, { email: `keys-${run}@example.test`, password: 'a-long-enough-password' });

	// From the library: Tab to the first scenario card's link and open it with Enter.
	await open(page, '/scenarios');
	const card = page.locator('#main a[href^="/scenarios/"]').first();
	const href = (await card.getAttribute('href'))!;
	await page.locator('body').focus();
	await tabTo(page, card, 'the first scenario card');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href}$`));
	await expect(page.locator('body[data-hydrated="true"]')).toBeAttached();

	// Save with Enter.
	const save = page.getByTestId('save-button');
	await expect(save).toHaveAttribute('aria-pressed', 'false');
	await tabTo(page, save, 'Save');
	await expectVisibleFocus(save, 'Save');
	await page.keyboard.press('Enter');
	await expect(save).toHaveAttribute('aria-pressed', 'true');

	// Rating needs a started attempt: Start with Enter, then come back to the scenario.
	await expect(page.getByTestId('rating-form')).toContainText('Start this scenario to rate it');
	const start = page.getByTestId('start-button');
	await tabTo(page, start, 'Start');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href}/play$`));
	await open(page, href);

	// Rate: open the form with Space, pick four stars with the arrow keys, write a review.
	const rate = page.getByRole('button', { name: 'Rate this scenario' });
	await tabTo(page, rate, 'Rate this scenario');
	await page.keyboard.press('Space');
	const oneStar = page.getByRole('radio', { name: /^1 star/ });
	await tabTo(page, oneStar, 'the first star');
	await expectVisibleFocus(oneStar, 'the first star');
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: /^4 stars/ })).toBeChecked();
	const review = page.getByLabel('Review (optional, public)');
	await tabTo(page, review, 'the review box');
	const REVIEW = `Typed without a mouse ${run}.`;
	await page.keyboard.type(REVIEW);
	const submit = page.getByRole('button', { name: 'Save rating' });
	await tabTo(page, submit, 'Save rating');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('my-rating')).toContainText(REVIEW);

	// Private notes: type, then Tab away, which saves them at once.
	const notes = page.getByLabel('My private notes on this scenario');
	await tabTo(page, notes, 'notes');
	const NOTES = `Next time, slow down ${run}.`;
	await page.keyboard.type(NOTES);
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('notes-status')).toContainText('Saved');

	// All of it is on the server.
	await page.reload();
	await expect(page.locator('body[data-hydrated="true"]')).toBeAttached();
	await expect(page.getByTestId('save-button')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('my-rating')).toContainText(REVIEW);
	await expect(page.getByLabel('My private notes on this scenario')).toHaveValue(NOTES);

	// Edit to two stars and then remove the rating, still by keyboard.
	const edit = page.getByTestId('my-rating').getByRole('button', { name: 'Edit' });
	await page.locator('body').focus();
	await tabTo(page, edit, 'Edit');
	await page.keyboard.press('Enter');
	const checked = page.getByRole('radio', { name: /^4 stars/ });
	await tabTo(page, checked, 'the chosen star');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('radio', { name: /^2 stars/ })).toBeChecked();
	await tabTo(page, page.getByRole('button', { name: 'Save rating' }), 'Save rating');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('my-rating')).toContainText('2.0 out of 5 stars');
	const remove = page.getByTestId('my-rating').getByRole('button', { name: 'Remove' });
	await tabTo(page, remove, 'Remove');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Rate this scenario' })).toBeVisible();

	// Unsave with Space.
	await page.locator('body').focus();
	await tabTo(page, save, 'Save');
	await page.keyboard.press('Space');
	await expect(save).toHaveAttribute('aria-pressed', 'false');
	await page.reload();
	await expect(page.getByTestId('save-button')).toHaveAttribute('aria-pressed', 'false');
	await expect(page.getByRole('button', { name: 'Rate this scenario' })).toBeVisible();
});
