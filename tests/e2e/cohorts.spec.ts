import { expect, test } from '@playwright/test';
import {
	DEMO,
	newPerson,
	open,
	personPage,
	playThrough,
	procedure,
	screenshot,
	shootBoth
} from './helpers';
import { SEED_SKILL_POOLS } from '../../src/lib/server/bootstrap/skills';

// Cohorts and training plans (issue 15), in Chromium against the production build: an admin
// makes a new person a coordinator; the coordinator creates a cohort and an invite; a trainee
// opens the link, reads what sharing means and joins sharing; the coordinator assigns a scenario;
// the trainee sees it, plays it, and it reads "Done" on both sides; the trainee stops sharing and
// the dashboard shows only membership; with token_planning_v1 on, the plan page shows the
// demand the coordinator sets against what the assignment supplies. Screenshots at desktop width
// and 375 px.

const SLUG = 'crisis-veteran-anniversary-night';
const run = Date.now().toString(36);
const COHORT = `Evening volunteers ${run}`;

test('a coordinator runs a cohort; a trainee joins sharing, practises, then stops sharing', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const coordinator = await newPerson(browser, 'Cleo Coordinator', run);
	const trainee = await newPerson(browser, 'Tariq Trainee', run);

	// Without the capability, /cohorts explains who can run one.
	await open(coordinator, '/cohorts');
	await expect(coordinator.getByTestId('not-coordinator')).toContainText('admin');

	// The admin grants it from the users page.
	const admin = await personPage(browser, DEMO.admin);
	await open(admin, `/admin/users?search=${encodeURIComponent(coordinator.email)}`);
	const row = admin.getByTestId('user-row').filter({ hasText: 'Cleo Coordinator' });
	await row.getByTestId('toggle-coordinator').click();
	await expect(admin.getByTestId('coordinator-message')).toContainText('Cleo Coordinator');
	await expect(row.getByTestId('coordinator-badge')).toBeVisible();

	// The coordinator creates a cohort (the header now offers "Cohorts") and an invite.
	await open(coordinator, '/cohorts');
	await expect(coordinator.getByRole('link', { name: 'Cohorts' }).first()).toBeAttached();
	await coordinator.getByLabel('Name').fill(COHORT);
	await coordinator.getByTestId('create-cohort').click();
	await expect(coordinator).toHaveURL(/\/cohorts\/[0-9a-f-]{36}$/);
	const dashboard = new URL(coordinator.url()).pathname;
	await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText(COHORT);
	await coordinator.getByTestId('create-invite').click();
	const link = await coordinator.getByTestId('invite-link').inputValue();
	expect(link).toMatch(/\/join\?code=[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
	await expect(coordinator.getByTestId('new-invite')).toContainText('not be shown again');
	await screenshot(coordinator, 'cohorts-invite');

	// The trainee opens the link: the cohort, its coordinator and what sharing means.
	await open(trainee, new URL(link).pathname + new URL(link).search);
	await expect(trainee.getByTestId('cohort-name')).toHaveText(COHORT);
	await expect(trainee.getByTestId('coordinators')).toContainText('Cleo Coordinator');
	await expect(trainee.getByTestId('consent-shares')).toContainText('rubric levels');
	await expect(trainee.getByTestId('consent-never')).toContainText('private notes');
	await shootBoth(trainee, 'cohorts-join');
	await trainee.getByTestId('join-share').click();
	await expect(trainee).toHaveURL(/\/assignments/);
	await expect(trainee.getByTestId('joined')).toContainText(COHORT);
	await expect(trainee.getByTestId('cohort').getByTestId('sharing')).toBeVisible();

	// The coordinator assigns the scenario; the trainee is told and sees it in their list.
	const { scenario } = await procedure(trainee, 'scenario.bySlug', { slug: SLUG }, 'query');
	await open(coordinator, `${dashboard}?q=${encodeURIComponent(scenario.title)}`);
	const form = coordinator.getByTestId('assign-form');
	await form.getByLabel('Scenario', { exact: true }).selectOption(scenario.id);
	await form.getByTestId('assign-submit').click();
	await expect(coordinator.getByTestId('assignment-item')).toContainText(scenario.title);
	const notes = await procedure(trainee, 'notification.list', { limit: 5 }, 'query');
	expect(notes.items.map((n: { title: string }) => n.title)).toContain(
		`New assignment in ${COHORT}: ${scenario.title}`
	);
	await open(trainee, '/assignments');
	const mine = trainee.getByTestId('assignment-list').or(trainee.locator('#main'));
	await expect(mine.getByText(scenario.title).first()).toBeVisible();
	await expect(mine.getByText('Not started').first()).toBeVisible();

	// The trainee practises it; both sides read "Done".
	await playThrough(trainee, SLUG);
	await open(trainee, '/progress');
	await expect(trainee.locator('#assignments')).toContainText('Done');
	await shootBoth(trainee, 'cohorts-my-assignments');
	await open(coordinator, dashboard);
	const traineeRow = coordinator.getByTestId('grid-row').filter({ hasText: 'Tariq Trainee' });
	await expect(traineeRow).toHaveAttribute('data-sharing', 'true');
	await expect(traineeRow.getByTestId('grid-cell')).toHaveAttribute('data-state', 'done');
	await expect(coordinator.getByTestId('mastery-table')).toContainText('Tariq Trainee');
	await shootBoth(coordinator, 'cohorts-dashboard');

	// The CSV says the same.
	const csv = await coordinator.request.get(`${dashboard}/export.csv`);
	expect(csv.status()).toBe(200);
	expect(await csv.text()).toContain('Tariq Trainee');

	// Training plans: switched on, the cohort's page links to the plan; the coordinator sets what
	// each trainee needs in the pool the scenario trains and reads it against the supply.
	await procedure(admin, 'admin.flag.set', { key: 'token_planning_v1', enabled: true }, 'mutation');
	try {
		const poolName = SEED_SKILL_POOLS.find((p) =>
			(p.skills as readonly string[]).includes(scenario.skills[0])
		)!.name;
		await open(coordinator, dashboard);
		await coordinator.getByRole('link', { name: 'Training plan' }).click();
		await expect(coordinator).toHaveURL(/\/plan$/);
		const pool = coordinator.getByTestId('pool-row').filter({ hasText: poolName });
		await expect(pool.getByTestId('pool-status')).toContainText('No demand set');
		const demand = pool.getByTestId('demand-form');
		await demand.getByLabel('Median (p50)').fill('6');
		await demand.getByLabel('Cautious (p90)').fill('4');
		await demand.getByRole('button', { name: 'Save demand' }).click();
		await expect(demand.getByText('cannot be below the median')).toBeVisible();
		await expect(demand.getByLabel('Median (p50)')).toHaveValue('6');
		await demand.getByLabel('Cautious (p90)').fill('9');
		await demand.getByRole('button', { name: 'Save demand' }).click();
		await expect(pool.getByTestId('pool-status')).toContainText('Short by');
		await expect(pool.getByTestId('pool-demand')).toContainText('6');
		await expect(pool.getByTestId('pool-planned')).not.toHaveText(/^0 tokens/);
		await expect(coordinator.getByTestId('earned-row').first()).toContainText('Tariq Trainee');
		await expect(coordinator.getByTestId('suggestions')).toBeVisible();
		await shootBoth(coordinator, 'cohorts-plan');
	} finally {
		await procedure(
			admin,
			'admin.flag.set',
			{ key: 'token_planning_v1', enabled: false },
			'mutation'
		);
	}

	// The trainee stops sharing: at once the dashboard shows membership only.
	await open(trainee, '/assignments');
	await trainee.getByRole('button', { name: 'Stop sharing' }).click();
	await expect(trainee.getByTestId('cohort').getByTestId('not-sharing')).toBeVisible();
	await open(coordinator, dashboard);
	await expect(traineeRow).toHaveAttribute('data-sharing', 'false');
	await expect(traineeRow.getByTestId('not-sharing')).toHaveText('Member — not sharing progress');
	await expect(traineeRow.getByTestId('grid-cell')).toHaveCount(0);
	await expect(coordinator.getByTestId('mastery-table')).toHaveCount(0);
	await screenshot(coordinator, 'cohorts-dashboard-not-sharing');

	// Someone else gets a 404 for the dashboard.
	expect((await trainee.request.get(dashboard)).status()).toBe(404);

	await admin.context().close();
	await trainee.context().close();
	await coordinator.context().close();
});
