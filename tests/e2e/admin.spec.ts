import { expect, test, type Page } from '@playwright/test';
import { DEMO, open, personPage, screenshot, signIn } from './helpers';

// The admin console in Chromium against the production build on a fresh seeded database.
// Every test leaves the shared catalogue as it found it (undo, rename back), because specs
// that run later read the same seeded scenarios.

test.use({ viewport: { width: 1280, height: 900 } });

function row(page: Page, slug: string) {
	return page.locator(`[data-testid="metadata-row"][data-slug="${slug}"]`);
}

test('an admin edits one scenario’s skills and difficulty inline; the library filter follows', async ({
	page
}) => {
	const slug = 'crisis-first-time-chatter-exam-stress';
	const title = 'Routine first contact: exam-week panic';
	await signIn(page, DEMO.admin);

	// Before: the scenario is not an advanced grief-support one.
	await open(page, '/scenarios?skill=grief-support&difficulty=advanced');
	await expect(page.getByTestId('scenario-card').filter({ hasText: title })).toHaveCount(0);

	await open(page, `/admin/scenarios?q=${encodeURIComponent('exam-week')}`);
	const target = row(page, slug);
	await expect(target).toBeVisible();
	await target.getByRole('button', { name: 'Edit skills' }).click();
	const picker = page.getByRole('group', { name: `Skills of ${title}` });
	await picker.getByLabel('Grief support').check();
	await picker.getByLabel('Suicide risk assessment').uncheck();
	await page.getByLabel(`Difficulty of ${title}`).selectOption('advanced');
	await screenshot(page, 'admin-scenarios-inline-edit');
	await target.getByRole('button', { name: 'Save' }).click();
	await expect(target.getByRole('button', { name: 'Save' })).toBeDisabled();
	await expect(page.getByLabel(`Difficulty of ${title}`)).toHaveValue('advanced');
	await expect(target).toContainText('Grief support');
	await expect(target).not.toContainText('Suicide risk assessment');

	await open(page, '/scenarios?skill=grief-support&difficulty=advanced');
	await expect(page.getByTestId('scenario-card').filter({ hasText: title })).toHaveCount(1);
	await open(page, '/scenarios?skill=risk-assessment&difficulty=beginner');
	await expect(page.getByTestId('scenario-card').filter({ hasText: title })).toHaveCount(0);

	// Undo from the audit log, with the before/after shown.
	await open(page, '/admin/audit?entity=scenario');
	const newest = page.getByTestId('audit-entry').first();
	await expect(newest).toHaveAttribute('data-action', 'scenario.metadata.update');
	await newest.getByText('Before / after').click();
	await expect(newest.getByTestId('audit-diff')).toContainText('difficulty');
	await expect(newest.getByTestId('audit-diff')).toContainText('advanced');
	await screenshot(page, 'admin-audit');
	const update = page
		.locator('[data-testid="audit-entry"][data-action="scenario.metadata.update"]')
		.first();
	await update.getByRole('button', { name: 'Undo' }).click();
	await update.getByRole('button', { name: 'Undo this change' }).click();
	await expect(newest).toHaveAttribute('data-action', 'scenario.metadata.undo');
	await expect(update.getByText(/^Undone /)).toBeVisible();

	await open(page, '/scenarios?skill=grief-support&difficulty=advanced');
	await expect(page.getByTestId('scenario-card').filter({ hasText: title })).toHaveCount(0);
	await open(page, '/scenarios?skill=risk-assessment&difficulty=beginner');
	await expect(page.getByTestId('scenario-card').filter({ hasText: title })).toHaveCount(1);
});

test('two admins edit the same row: the later save is refused and shows both values', async ({
	page,
	browser
}) => {
	const slug = 'crisis-first-time-chatter-exam-stress';
	const title = 'Routine first contact: exam-week panic';
	const other = await personPage(browser, DEMO.admin);
	await signIn(page, DEMO.admin);
	for (const p of [page, other]) await open(p, '/admin/scenarios?q=exam-week');
	const minutes = (p: Page) => p.getByLabel(`Estimated minutes of ${title}`);
	const original = await minutes(page).inputValue();

	await minutes(other).fill('20');
	await row(other, slug).getByRole('button', { name: 'Save' }).click();
	await expect(row(other, slug).getByRole('button', { name: 'Save' })).toBeDisabled();

	await minutes(page).fill('30');
	await row(page, slug).getByRole('button', { name: 'Save' }).click();
	const conflict = page.getByTestId('conflict');
	await expect(conflict).toContainText('Someone else changed this scenario');
	await expect(conflict).toContainText('beginner · 20 min');
	await expect(conflict).toContainText('beginner · 30 min');
	await screenshot(page, 'admin-scenarios-conflict');
	await conflict.getByRole('button', { name: 'Use theirs' }).click();
	await expect(minutes(page)).toHaveValue('20');
	await expect(conflict).toHaveCount(0);

	// Put the seeded value back for the specs that follow.
	await minutes(page).fill(original);
	await row(page, slug).getByRole('button', { name: 'Save' }).click();
	await expect(row(page, slug).getByRole('button', { name: 'Save' })).toBeDisabled();
	await expect(minutes(page)).toHaveValue(original);
	await other.context().close();
});

test('an admin bulk-edits ten scenarios at once, then undoes it', async ({ page }) => {
	await signIn(page, DEMO.admin);
	await open(page, '/admin/scenarios?skill=rapport-building&status=approved');
	const rows = page.getByTestId('metadata-row');
	await expect(rows.first()).toBeVisible();
	expect(await rows.count()).toBeGreaterThanOrEqual(10);
	const slugs: string[] = [];
	const before: string[] = [];
	for (let i = 0; i < 10; i++) {
		const r = rows.nth(i);
		slugs.push((await r.getAttribute('data-slug'))!);
		before.push(await r.locator('input[type="number"]').inputValue());
		await r.getByRole('checkbox').check();
	}
	const bar = page.getByTestId('bulk-bar');
	await expect(bar).toContainText('10 selected');
	await bar.getByLabel('Change').selectOption('set_time');
	await bar.getByLabel('Minutes').fill('45');
	await screenshot(page, 'admin-scenarios-bulk');
	await bar.getByRole('button', { name: 'Apply to 10' }).click();
	await expect(page.getByTestId('last-bulk')).toContainText('Set time to 45 min');
	for (const slug of slugs) {
		await expect(row(page, slug).locator('input[type="number"]')).toHaveValue('45');
	}
	// Rows outside the selection are untouched.
	if ((await rows.count()) > 10) {
		await expect(rows.nth(10).locator('input[type="number"]')).not.toHaveValue('45');
	}

	await page.getByRole('button', { name: 'Undo this bulk edit' }).click();
	await expect(page.getByTestId('last-bulk')).toHaveCount(0);
	for (const [i, slug] of slugs.entries()) {
		await expect(row(page, slug).locator('input[type="number"]')).toHaveValue(before[i]);
	}
});

test('an admin accepts backfill proposals until coverage is 100 %', async ({ page }) => {
	test.setTimeout(180_000);
	await signIn(page, DEMO.admin);

	// Three drafts without skills arrive through the scenario import: coverage drops.
	const drafts = [
		{
			slug: 'e2e-import-grieving-caller',
			title: 'E2E import: a grieving caller',
			description: 'Her mother died last month; grief and loss come in waves.'
		},
		{
			slug: 'e2e-import-routine-panic',
			title: 'E2E import: routine panic call',
			description: 'A routine call from someone in a panic attack who needs to breathe.'
		},
		{
			slug: 'e2e-import-warm-transfer',
			title: 'E2E import: a warm transfer',
			description: 'A caller who needs a warm transfer to emergency services.'
		}
	].map((d) => ({ ...d, status: 'draft', skills: [], category: 'cohort_training' }));
	await open(page, '/admin/import-export');
	await page.getByLabel('Import a scenario export').setInputFiles({
		name: 'drafts.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({ format: 'scenario-hub/scenarios', version: 1, scenarios: drafts })
		)
	});
	await page.getByRole('button', { name: 'Import scenarios' }).click();
	await expect(page.getByTestId('scenario-import-result')).toContainText('3 created');
	await screenshot(page, 'admin-import-export');

	await open(page, '/admin/backfill');
	await expect(page.getByTestId('coverage-percent')).not.toHaveText('100 %');
	for (let round = 0; round < 3; round++) {
		await page.getByRole('button', { name: 'Analyse scenarios missing metadata' }).click();
		await expect(page.getByTestId('proposal').first()).toBeVisible();
		if (round === 0) {
			// Edit one proposal before accepting it: the edit is what gets applied.
			const grieving = page.locator(
				'[data-testid="proposal"][data-slug="e2e-import-grieving-caller"]'
			);
			await expect(grieving).toContainText('Grief support');
			await grieving.getByRole('button', { name: 'Edit' }).click();
			await grieving.getByLabel('Minutes').fill('35');
			await grieving.getByRole('button', { name: 'Accept with these values' }).click();
			await expect(grieving.getByTestId('proposal-status')).toHaveText('accepted');
			await screenshot(page, 'admin-backfill');
		}
		await page
			.getByRole('button', { name: /^Accept all \d+ for scenarios missing metadata$/ })
			.click();
		await expect(page.getByTestId('proposal-counts')).toContainText('0 pending');
		await page.getByRole('button', { name: /^Apply \d+ accepted$/ }).click();
		await expect(page.getByTestId('no-proposals')).toBeVisible();
		if ((await page.getByTestId('coverage-percent').textContent())?.trim() === '100 %') break;
	}
	await expect(page.getByTestId('coverage-percent')).toHaveText('100 %');

	await open(page, '/admin/scenarios?q=e2e-import-grieving');
	const grieving = row(page, 'e2e-import-grieving-caller');
	await expect(grieving).toContainText('Grief support');
	await expect(grieving.locator('input[type="number"]')).toHaveValue('35');
});

test('an admin renames a skill: every scenario follows, and the library filter uses the new slug', async ({
	page
}) => {
	await signIn(page, DEMO.admin);
	await open(page, '/admin/skills');
	const skill = page.locator('[data-testid="skill-row"][data-slug="termination"]');
	const usage = (await skill.getByTestId('skill-usage').textContent())!.trim();
	await skill.getByRole('button', { name: 'Edit' }).click();
	await page.getByLabel('Name', { exact: true }).fill('Closing the call');
	await page.getByRole('button', { name: 'From name' }).click();
	await expect(page.getByLabel('Slug')).toHaveValue('closing-the-call');
	await expect(
		page.getByRole('status').filter({ hasText: 'Changing the slug rewrites' })
	).toBeVisible();
	await screenshot(page, 'admin-skills-rename');
	await page.getByRole('button', { name: 'Save' }).click();
	const renamed = page.locator('[data-testid="skill-row"][data-slug="closing-the-call"]');
	await expect(renamed).toContainText('Closing the call');
	await expect(renamed.getByTestId('skill-usage')).toHaveText(usage);
	await expect(skill).toHaveCount(0);

	await open(page, '/admin/scenarios?skill=closing-the-call');
	await expect(page.getByTestId('metadata-row').first()).toContainText('Closing the call');
	await open(page, '/scenarios?skill=closing-the-call');
	await expect(page.getByTestId('scenario-card').first()).toBeVisible();
	await open(page, '/admin/scenarios?skill=termination');
	await expect(page.getByTestId('empty-state')).toBeVisible();

	// Back to the seeded name and slug for the specs that follow.
	await open(page, '/admin/skills');
	await renamed.getByRole('button', { name: 'Edit' }).click();
	await page.getByLabel('Name', { exact: true }).fill('Ending the contact');
	await page.getByLabel('Slug').fill('termination');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(skill).toContainText('Ending the contact');
	await expect(skill.getByTestId('skill-usage')).toHaveText(usage);
});

test('screenshots of every admin screen, desktop and 375 px', async ({ page }) => {
	test.setTimeout(120_000);
	await signIn(page, DEMO.admin);

	await open(page, '/admin');
	await expect(page.getByRole('heading', { name: 'Admin overview' })).toBeVisible();
	await expect(page.getByTestId('chart-status')).toContainText('Approved');
	await screenshot(page, 'admin-home');
	await open(page, '/admin/skills');
	await screenshot(page, 'admin-skills');
	await open(page, '/admin/scenarios');
	await screenshot(page, 'admin-scenarios');

	await open(page, '/admin/api-keys');
	await page.getByLabel('Name').fill('PTG staging (e2e)');
	await page.getByRole('button', { name: 'Create key' }).click();
	await expect(page.getByTestId('new-key-value')).toHaveText(/^shk_/);
	await screenshot(page, 'admin-api-keys');
	await open(page, '/admin/api-keys');
	await expect(page.getByTestId('new-key')).toHaveCount(0);
	await expect(
		page.getByTestId('api-key-row').filter({ hasText: 'PTG staging (e2e)' })
	).toBeVisible();

	await open(page, '/admin/users?q=learner01');
	await expect(page.getByTestId('user-row')).toHaveCount(1);
	await open(page, '/admin/users');
	await screenshot(page, 'admin-users');
	await open(page, '/admin/flags');
	await screenshot(page, 'admin-flags');

	await page.setViewportSize({ width: 375, height: 800 });
	for (const [path, name] of [
		['/admin', 'admin-home-375'],
		['/admin/scenarios', 'admin-scenarios-375'],
		['/admin/backfill', 'admin-backfill-375']
	] as const) {
		await open(page, path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
		await screenshot(page, name, { fullPage: false });
	}
});
