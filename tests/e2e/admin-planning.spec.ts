import { expect, test } from '@playwright/test';
import { DEMO, open, personPage, procedure, screenshot, shootBoth } from './helpers';

// The admins' side of training plans (issue 15), in Chromium against the production build: with
// token_planning_v1 off the page says so and offers no forms; on, an admin adds a calibration,
// moves a skill to another pool, gives a scenario explicit tokens, and reads all three in the
// audit log. Everything is put back at the end, flag included.

const SLUG = 'crisis-veteran-anniversary-night';

test('admins edit pools, calibrations and a scenario’s supply; the audit log records them', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const admin = await personPage(browser, DEMO.admin);
	await open(admin, '/admin/planning');
	await expect(admin.getByTestId('planning-off')).toContainText('token_planning_v1');
	await expect(admin.locator('#main form[method="POST"]')).toHaveCount(0);

	await procedure(admin, 'admin.flag.set', { key: 'token_planning_v1', enabled: true }, 'mutation');
	try {
		await open(admin, '/admin/planning');
		const assessment = admin.getByTestId('planning-pool').filter({
			has: admin.getByRole('heading', { name: 'Assessment' })
		});
		await expect(assessment.getByTestId('pool-skills')).toContainText('Suicide risk assessment');

		// A rate from a day in 2031: it shows in the pool's list.
		const rate = assessment.getByRole('form', { name: 'Add a rate for Assessment' });
		await rate.getByLabel('From').fill('2031-01-01');
		await rate.getByLabel('Tokens per hour').fill('1.5');
		await rate.getByRole('button', { name: 'Add rate' }).click();
		await expect(assessment.getByTestId('calibrations')).toContainText('1.5');

		// Medication support moves from Resources and referral to Intervention.
		const resources = admin.getByTestId('planning-pool').filter({
			has: admin.getByRole('heading', { name: 'Resources and referral' })
		});
		await resources
			.getByLabel('Pool of Medication support')
			.selectOption({ label: 'Intervention' });
		await resources.getByRole('button', { name: 'Move Medication support' }).click();
		const intervention = admin.getByTestId('planning-pool').filter({
			has: admin.getByRole('heading', { name: 'Intervention' })
		});
		await expect(intervention.getByTestId('pool-skills')).toContainText('Medication support');

		// A scenario switched to explicit tokens.
		const { scenario } = await procedure(admin, 'scenario.bySlug', { slug: SLUG }, 'query');
		await open(admin, `/admin/planning?scenario=${scenario.id}`);
		const supply = admin.getByRole('form', { name: `Supply of ${scenario.title}` });
		await supply.getByLabel('Tokens set per pool').check();
		await supply.getByLabel('Assessment').fill('0.9');
		await supply.getByRole('button', { name: 'Save supply' }).click();
		await expect(admin.getByTestId('supply-mode')).toContainText(/token/i);
		await shootBoth(admin, 'admin-planning');

		await open(admin, '/admin/audit');
		for (const words of [
			'set tokens per hour for',
			'moved a skill into the pool',
			'set the token supply of'
		]) {
			await expect(admin.locator('#main').getByText(words).first()).toBeVisible();
		}
		await screenshot(admin, 'admin-planning-audit');
	} finally {
		// Put everything back for the other specs.
		const overview = await procedure(admin, 'admin.planning.overview', undefined, 'query');
		const byName = (name: string) =>
			(
				overview.pools as {
					id: string;
					name: string;
					calibrations: { id: string; effectiveDate: string }[];
				}[]
			).find((p) => p.name === name)!;
		await procedure(
			admin,
			'admin.planning.setSkillPool',
			{ skill: 'medication-support', poolId: byName('Resources and referral').id },
			'mutation'
		);
		for (const c of byName('Assessment').calibrations.filter(
			(c) => c.effectiveDate === '2031-01-01'
		)) {
			await procedure(
				admin,
				'admin.planning.deleteCalibration',
				{ calibrationId: c.id },
				'mutation'
			);
		}
		const { scenario } = await procedure(admin, 'scenario.bySlug', { slug: SLUG }, 'query');
		await procedure(
			admin,
			'admin.planning.setScenarioSupply',
			{ scenarioId: scenario.id, planningMode: 'legacy', supplies: [] },
			'mutation'
		);
		await procedure(
			admin,
			'admin.flag.set',
			{ key: 'token_planning_v1', enabled: false },
			'mutation'
		);
		await admin.context().close();
	}
});
