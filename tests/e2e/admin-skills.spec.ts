import { expect, test, type Page } from '@playwright/test';
import { DEMO, open, personPage, screenshot } from './helpers';

// Admin skills as a first-time admin meets them on a phone (375 px): a name in Arabic gets a slug
// and can be added, a pasted name over the limit is refused in words (never cut), and the delete
// confirmation of a row with a long name stays inside that row. The test deletes what it adds.

const ARABIC = 'الإصغاء الفعال';
// Exactly the 60-character limit, with one word far wider than a phone.
const LONG = `Cross-cultural ${'Deescalation'.repeat(4)} on the line`.slice(0, 60);

/** Whether two boxes share any area. */
function overlaps(
	a: { x: number; y: number; width: number; height: number },
	b: { x: number; y: number; width: number; height: number }
) {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function pageScrollsSideways(page: Page) {
	return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

async function addSkill(page: Page, name: string) {
	await page.getByLabel('New skill').fill(name);
	await page.getByRole('button', { name: 'Add skill' }).click();
	await expect(page.getByTestId('skill-row').filter({ hasText: name })).toHaveCount(1);
}

test('skills on a phone: any script, limits in words, a delete confirmation inside its row', async ({
	browser
}) => {
	expect(LONG.length).toBe(60);
	const page = await personPage(browser, DEMO.admin, { viewport: { width: 375, height: 800 } });
	await open(page, '/admin/skills');

	// Arabic: the slug preview keeps the letters, and the skill is added.
	await page.getByLabel('New skill').fill(ARABIC);
	await expect(page.getByTestId('new-skill-slug')).toHaveText('الإصغاء-الفعال');
	await addSkill(page, ARABIC);

	// A pasted name over the limit: said in words, the button off, the text kept as pasted.
	const pasted = `${LONG} and more`;
	await page.getByLabel('New skill').fill(pasted);
	await expect(page.getByRole('alert').filter({ hasText: 'Too long' })).toContainText(
		'the limit is 60'
	);
	await expect(page.getByRole('button', { name: 'Add skill' })).toBeDisabled();
	await expect(page.getByLabel('New skill')).toHaveValue(pasted);

	// Exactly at the limit it is added whole.
	await addSkill(page, LONG);
	const longRow = page.getByTestId('skill-row').filter({ hasText: LONG });
	await expect(longRow).toContainText(LONG);

	// The delete confirmation quotes the long name and stays inside its row and the screen.
	await longRow.getByRole('button', { name: 'Delete' }).click();
	const question = longRow.getByRole('group', { name: `Delete “${LONG}”?` });
	await expect(question).toBeVisible();
	const rowBox = (await longRow.boundingBox())!;
	const questionBox = (await question.boundingBox())!;
	expect(questionBox.x).toBeGreaterThanOrEqual(rowBox.x);
	expect(questionBox.x + questionBox.width).toBeLessThanOrEqual(rowBox.x + rowBox.width + 0.5);
	expect(questionBox.y + questionBox.height).toBeLessThanOrEqual(rowBox.y + rowBox.height + 0.5);
	for (const other of await page.getByTestId('skill-row').all()) {
		if ((await other.textContent())?.includes(LONG)) continue;
		const box = await other.boundingBox();
		if (box) expect(overlaps(box, questionBox), 'the question covers another row').toBe(false);
	}
	expect(await pageScrollsSideways(page)).toBe(false);
	await screenshot(page, 'admin-skills-375-delete-confirmation');

	// Clean up: both skills go (no scenario uses them).
	await question.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByTestId('skill-row').filter({ hasText: LONG })).toHaveCount(0);
	const arabicRow = page.getByTestId('skill-row').filter({ hasText: ARABIC });
	await arabicRow.getByRole('button', { name: 'Delete' }).click();
	await arabicRow
		.getByRole('group', { name: `Delete “${ARABIC}”?` })
		.getByRole('button', { name: 'Delete' })
		.click();
	await expect(page.getByTestId('skill-row').filter({ hasText: ARABIC })).toHaveCount(0);
	await page.context().close();
});
