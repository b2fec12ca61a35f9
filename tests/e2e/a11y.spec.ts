import { expect, test, type Page } from '@playwright/test';
import {
	DEMO,
	expectAccessible,
	newPerson,
	open,
	personPage,
	procedure,
	seriousFindings
} from './helpers';

// axe-core on every main page of the app, for the visitor, learner, author, reviewer and admin,
// in the light and the dark theme: no serious or critical WCAG 2.1 A/AA finding anywhere on the
// page (header and toasts included, not only the main column). The theme follows the system
// preference, which Chromium emulates here.

/** axe on the whole page, once its requests are done. */
const WHOLE_PAGE = { settle: true };

/** The first link on the page whose address matches, so tests need no ids of their own. */
async function firstHref(page: Page, pattern: RegExp) {
	const hrefs = await page
		.locator('#main a[href]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	const href = hrefs.find((h) => pattern.test(h));
	expect(href, `a link matching ${pattern}`).toBeTruthy();
	return href!;
}

function findingsFree(findings: string[]) {
	expect(findings, 'serious or critical axe findings').toEqual([]);
}

/** Every page is checked before the test fails, so one run lists all that needs fixing. */
async function checkAll(page: Page, paths: string[], scheme: string) {
	const findings: string[] = [];
	for (const path of paths) {
		await open(page, path);
		findings.push(...(await seriousFindings(page, `${path} (${scheme})`, WHOLE_PAGE)));
	}
	expect(findings, 'serious or critical axe findings').toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} theme`, () => {
		test('visitor pages: home, library, scenario, marketplace, sign-in, sign-up', async ({
			browser
		}) => {
			const page = await personPage(browser, undefined, { colorScheme: scheme });
			await open(page, '/scenarios');
			expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
				scheme === 'dark'
			);
			const scenario = await firstHref(page, /^\/scenarios\/[^/?]+$/);
			await checkAll(
				page,
				[
					'/',
					'/scenarios',
					'/scenarios?difficulty=advanced&sort=top_rated',
					'/scenarios?q=zzzz-nothing-matches',
					scenario,
					'/marketplace',
					'/login',
					'/signup'
				],
				scheme
			);
			await page.context().close();
		});

		test('learner pages: scenario signed in, play intro and a step, progress tabs, a debrief', async ({
			browser
		}) => {
			const page = await personPage(browser, DEMO.learner, { colorScheme: scheme });
			await open(page, '/scenarios');
			const scenario = await firstHref(page, /^\/scenarios\/[^/?]+$/);
			await checkAll(
				page,
				[
					scenario,
					`${scenario}/play`,
					'/progress',
					'/progress?tab=saved',
					'/progress?tab=completed'
				],
				scheme
			);
			// A debrief: the self-assessment first, then the feedback.
			await open(page, '/progress');
			const debrief = await firstHref(page, /^\/attempts\/[0-9a-f-]{36}$/);
			await checkAll(page, [debrief, `${debrief}?skip=self`], scheme);
			await open(page, `${scenario}/play`);
			const begin = page.getByTestId('begin-button');
			if (await begin.isVisible()) await begin.click();
			await expect(page.getByTestId('step-prompt')).toBeVisible();
			await expectAccessible(page, `play step (${scheme})`, WHOLE_PAGE);
			await page.context().close();
		});

		test('author pages: studio, new draft, editor', async ({ browser }) => {
			const page = await personPage(browser, DEMO.author, { colorScheme: scheme });
			await open(page, '/studio');
			const editor = await firstHref(page, /^\/studio\/[0-9a-f-]{36}$/);
			await checkAll(page, ['/studio', '/studio/new', editor], scheme);
			await page.context().close();
		});

		test('family pages: quest builder, family, a child, tracks, child mode', async ({
			browser
		}) => {
			const run = `${scheme}-${Date.now().toString(36)}`;
			const parent = await newPerson(browser, 'Axe Parent', run, { colorScheme: scheme });
			const { sessionId } = await procedure(parent, 'questBuilder.start', undefined, 'mutation');
			const { childId } = await procedure(
				parent,
				'family.addChild',
				{ nickname: 'Robin', ageBand: '7-9' },
				'mutation'
			);
			await procedure(parent, 'family.setPin', { pin: '1357', pinRepeat: '1357' }, 'mutation');
			await checkAll(
				parent,
				[
					'/studio/quests/new',
					`/studio/quests/${sessionId}`,
					'/family',
					`/family/${childId}`,
					'/tracks',
					'/tracks/feelings-for-children'
				],
				scheme
			);
			await open(parent, '/family');
			await parent.getByRole('button', { name: 'Start child mode for Robin' }).click();
			await expect(parent).toHaveURL(/\/child$/);
			const quest = await firstHref(parent, /^\/child\/quests\//);
			await checkAll(parent, ['/child', quest, '/child/exit'], scheme);
			await parent.context().close();
		});

		test('reviewer pages: queue, review form, past reviews, feedback requests', async ({
			browser
		}) => {
			const page = await personPage(browser, DEMO.reviewer, { colorScheme: scheme });
			await open(page, '/review');
			const form = await firstHref(page, /^\/review\/[0-9a-f-]{36}$/);
			await checkAll(page, ['/review', form, '/review/history', '/review/feedback'], scheme);
			await page.context().close();
		});

		test('admin pages: overview, scenarios grid, skills, backfill, users, keys, flags, audit, import', async ({
			browser
		}) => {
			const page = await personPage(browser, DEMO.admin, { colorScheme: scheme });
			await checkAll(
				page,
				[
					'/admin',
					'/admin/scenarios',
					'/admin/skills',
					'/admin/backfill',
					'/admin/users',
					'/admin/api-keys',
					'/admin/flags',
					'/admin/audit',
					'/admin/import-export',
					'/admin/planning'
				],
				scheme
			);
			await page.context().close();
		});

		test('cohort pages: list, dashboard with a sharing trainee, join, assignments', async ({
			browser
		}) => {
			const run = `${scheme}-${Date.now().toString(36)}`;
			const admin = await personPage(browser, DEMO.admin);
			const coordinator = await newPerson(browser, 'Axe Coordinator', run, {
				colorScheme: scheme
			});
			const trainee = await newPerson(browser, 'Axe Trainee', run, { colorScheme: scheme });
			const { items } = await procedure(
				admin,
				'admin.user.list',
				{ search: coordinator.email, pageSize: 5 },
				'query'
			);
			await procedure(
				admin,
				'admin.user.setCoordinator',
				{ userId: items[0].id, coordinator: true },
				'mutation'
			);
			const { id } = await procedure(
				coordinator,
				'cohort.create',
				{ name: 'Axe cohort' },
				'mutation'
			);
			const { code } = await procedure(coordinator, 'cohort.invite', { cohortId: id }, 'mutation');
			await open(trainee, `/join?code=${code}`);
			findingsFree(await seriousFindings(trainee, `/join (${scheme})`, WHOLE_PAGE));
			await procedure(trainee, 'cohort.join', { code, consent: true }, 'mutation');
			await checkAll(trainee, ['/assignments', '/progress'], scheme);
			await checkAll(coordinator, ['/cohorts', `/cohorts/${id}`], scheme);
			for (const page of [admin, coordinator, trainee]) await page.context().close();
		});
	});
}
