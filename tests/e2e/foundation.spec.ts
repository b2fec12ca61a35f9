import { expect, test } from '@playwright/test';
import { DEMO, open, signIn } from './helpers';

test('the demo learner signs in, opens the library and a scenario', async ({ page }, testInfo) => {
	await signIn(page, DEMO.learner);
	await expect(page.getByTestId('signed-in-as')).toHaveText('Sam Rivera');

	await open(page, '/scenarios');
	await expect(page.getByRole('heading', { name: 'Scenario library' })).toBeVisible();
	const cards = page.getByTestId('scenario-card');
	await expect(cards).toHaveCount(24);

	const first = cards.first().getByRole('link');
	const title = await first.textContent();
	await first.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!.trim());
	await expect(page.getByTestId('metadata-card')).toBeVisible();

	await page.screenshot({ path: testInfo.outputPath('scenario-page.png'), fullPage: true });
	await testInfo.attach('scenario page', {
		path: testInfo.outputPath('scenario-page.png'),
		contentType: 'image/png'
	});
});

test('a learner is told /admin is not for them', async ({ page }) => {
	await signIn(page, DEMO.learner);
	await open(page, '/admin');
	await expect(page.getByTestId('error-page')).toContainText('You don’t have access to this page');
});

test('the library is usable at 375 px wide', async ({ page }, testInfo) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await open(page, '/scenarios');
	await expect(page.getByTestId('scenario-card').first()).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await page.getByRole('button', { name: 'Open menu' }).click();
	await expect(page.locator('#mobile-nav').getByRole('link', { name: 'Library' })).toBeVisible();
	await page.screenshot({ path: testInfo.outputPath('library-375.png') });
});
