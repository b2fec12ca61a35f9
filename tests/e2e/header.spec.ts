import { expect, test } from '@playwright/test';
import { DEMO, open, personPage } from './helpers';

// The header's links never wrap mid-word: with each person's number of links, at every width from
// phone to desktop, either every link sits on one line in the bar or the bar shows the menu
// button instead. (Tracks and Family made a reviewer's bar wrap "Librar y" at 1280 px.)

const WIDTHS = [375, 768, 900, 1024, 1100, 1280, 1440];

for (const [who, account] of [
	['a visitor', undefined],
	['a learner', DEMO.learner],
	['a reviewer', DEMO.reviewer],
	['an admin', DEMO.admin]
] as const) {
	test(`the header fits for ${who} at every width`, async ({ browser }) => {
		const page = await personPage(browser, account);
		await open(page, '/scenarios');
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 800 });
			const nav = page.getByRole('navigation', { name: 'Main' });
			const menu = page.getByRole('button', { name: /menu/i });
			if (await nav.isVisible()) {
				const tall = await nav.getByRole('link').evaluateAll((links) =>
					links
						.filter((a) => a.getClientRects().length > 0)
						.filter((a) => {
							const lineHeight = parseFloat(getComputedStyle(a).lineHeight) || 20;
							const range = document.createRange();
							range.selectNodeContents(a);
							return range.getBoundingClientRect().height > lineHeight * 1.5;
						})
						.map((a) => a.textContent?.trim())
				);
				expect(tall, `links wrapping at ${width} px`).toEqual([]);
				const header = await page.locator('header').first().boundingBox();
				expect(header!.height, `header height at ${width} px`).toBeLessThanOrEqual(57);
			} else {
				await expect(menu, `the menu button at ${width} px`).toBeVisible();
			}
		}
		await page.context().close();
	});
}
