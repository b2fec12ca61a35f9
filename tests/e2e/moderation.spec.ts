import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO, open, personPage, screenshot } from './helpers';

// Reviews and their moderation (issue 12), by keyboard: reviews by people who completed the
// scenario carry a mark; a learner reports someone else's review with a reason; an admin finds
// it on /admin/reports with the text, the reason and the scenario, and hides it; the review is
// then gone from the scenario page, and the list of reports is empty.

test.describe.configure({ mode: 'serial' });

const PHONE = { width: 375, height: 812 };
const REASON = `Name-calling, please check (${Date.now().toString(36)})`;

async function tabTo(page: Page, target: Locator, what: string) {
	for (let i = 0; i < 80; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`${what} was not reached with Tab`);
}

async function query(page: Page, path: string, input: unknown) {
	const response = await page.request.get(
		`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`
	);
	expect(response.status(), path).toBe(200);
	return (await response.json()).result.data.json;
}

let slug = '';
let reviewText = '';

test('a learner sees who completed a scenario and reports a review with the keyboard', async ({
	browser
}) => {
	const page = await personPage(browser, DEMO.learner);
	// A scenario with a written review by someone else (the demo crowd's).
	const list = await query(page, 'scenario.list', { sort: 'top_rated', limit: 30 });
	for (const item of list.items as { id: string; slug: string }[]) {
		const reviews = await query(page, 'progress.reviews', { scenarioId: item.id, limit: 10 });
		const other = (reviews.items as { isMine: boolean; review: string }[]).find((r) => !r.isMine);
		if (other) {
			slug = item.slug;
			reviewText = other.review;
			break;
		}
	}
	expect(slug, 'a scenario with a review by someone else').not.toBe('');

	await open(page, `/scenarios/${slug}`);
	const list$ = page.getByTestId('review-list');
	await expect(list$.getByTestId('review-completed').first()).toContainText('Completed it');
	const item = list$.locator('li').filter({ hasText: reviewText }).first();
	const report = item.getByTestId('report-button');
	await page.locator('body').focus();
	await tabTo(page, report, 'Report');
	await page.keyboard.press('Enter');
	const reason = item.getByRole('textbox');
	await expect(reason).toBeFocused();
	await page.keyboard.type(REASON);
	await tabTo(page, item.getByRole('button', { name: 'Send report' }), 'Send report');
	await screenshot(page, 'review-report-form');
	await page.keyboard.press('Enter');
	await expect(item.getByTestId('report-sent')).toBeVisible();
	await screenshot(page, 'reviews-list-reported');
	await page.context().close();

	const phone = await personPage(browser, DEMO.learner, { viewport: PHONE });
	await open(phone, `/scenarios/${slug}`);
	await phone.getByTestId('reviews').scrollIntoViewIfNeeded();
	const width = await phone.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(PHONE.width);
	await screenshot(phone, 'reviews-list-phone');
	await phone.context().close();
});

test('an admin sees the report with the review and the reason, and hides the review', async ({
	browser
}) => {
	const phone = await personPage(browser, DEMO.admin, { viewport: PHONE });
	await open(phone, '/admin/reports');
	await expect(phone.getByTestId('report-item').filter({ hasText: REASON })).toBeVisible();
	expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		PHONE.width
	);
	await screenshot(phone, 'admin-reports-phone');
	await phone.context().close();

	const page = await personPage(browser, DEMO.admin);
	await open(page, '/admin/reports');
	await expect(page.getByRole('link', { name: 'Reports' })).toHaveAttribute('aria-current', 'page');
	const item = page.getByTestId('report-item').filter({ hasText: REASON });
	await expect(item.getByTestId('reported-text')).toContainText(reviewText.slice(0, 40));
	await expect(item).toContainText(REASON);
	await screenshot(page, 'admin-reports');
	const hide = item.getByRole('button', { name: 'Hide review' });
	await page.locator('body').focus();
	await tabTo(page, hide, 'Hide review');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('report-item').filter({ hasText: REASON })).toHaveCount(0);
	if ((await page.getByTestId('report-item').count()) === 0) {
		await expect(page.getByTestId('reports-empty')).toContainText('No open reports');
		await screenshot(page, 'admin-reports-empty');
	}
	await page.context().close();

	// Gone from the scenario page for everyone else.
	const visitor = await personPage(browser);
	await open(visitor, `/scenarios/${slug}`);
	await expect(visitor.getByTestId('reviews')).toBeVisible();
	await expect(visitor.getByTestId('reviews')).not.toContainText(reviewText.slice(0, 40));
	await visitor.context().close();
});
