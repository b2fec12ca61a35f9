import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, open, signIn } from './helpers';

// axe-core on every main page of the app, for the visitor, learner, author, reviewer and admin,
// in the light and the dark theme: no serious or critical WCAG 2.1 A/AA finding anywhere on the
// page (header and toasts included, not only the main column). The theme follows the system
// preference, which Chromium emulates here.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
type Account = { email: string; password: string };

/** The serious and critical findings on the page as it is now, one line each. */
async function seriousFindings(page: Page, where: string) {
	await page.waitForLoadState('networkidle');
	const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) => `${where}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
}

async function expectNoSeriousFindings(page: Page, where: string) {
	expect(await seriousFindings(page, where), 'serious or critical axe findings').toEqual([]);
}

async function session(browser: Browser, scheme: 'light' | 'dark', account?: Account) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 900 },
		colorScheme: scheme
	});
	const page = await context.newPage();
	if (account) await signIn(page, account);
	return page;
}

/** The first link on the page whose address matches, so tests need no ids of their own. */
async function firstHref(page: Page, pattern: RegExp) {
	const hrefs = await page
		.locator('#main a[href]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	const href = hrefs.find((h) => pattern.test(h));
	expect(href, `a link matching ${pattern}`).toBeTruthy();
	return href!;
}

/** Every page is checked before the test fails, so one run lists all that needs fixing. */
async function checkAll(page: Page, paths: string[], scheme: string) {
	const findings: string[] = [];
	for (const path of paths) {
		await open(page, path);
		findings.push(...(await seriousFindings(page, `${path} (${scheme})`)));
	}
	expect(findings, 'serious or critical axe findings').toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} theme`, () => {
		test('visitor pages: home, library, scenario, marketplace, sign-in, sign-up', async ({
			browser
		}) => {
			const page = await session(browser, scheme);
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

		test('learner pages: scenario signed in, play intro and a step, progress tabs', async ({
			browser
		}) => {
			const page = await session(browser, scheme, DEMO.learner);
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
			await open(page, `${scenario}/play`);
			const begin = page.getByTestId('begin-button');
			if (await begin.isVisible()) await begin.click();
			await expect(page.getByTestId('step-prompt')).toBeVisible();
			await expectNoSeriousFindings(page, `play step (${scheme})`);
			await page.context().close();
		});

		test('author pages: studio, new draft, editor', async ({ browser }) => {
			const page = await session(browser, scheme, DEMO.author);
			await open(page, '/studio');
			const editor = await firstHref(page, /^\/studio\/[0-9a-f-]{36}$/);
			await checkAll(page, ['/studio', '/studio/new', editor], scheme);
			await page.context().close();
		});

		test('reviewer pages: queue, review form, past reviews', async ({ browser }) => {
			const page = await session(browser, scheme, DEMO.reviewer);
			await open(page, '/review');
			const form = await firstHref(page, /^\/review\/[0-9a-f-]{36}$/);
			await checkAll(page, ['/review', form, '/review/history'], scheme);
			await page.context().close();
		});

		test('admin pages: overview, scenarios grid, skills, backfill, users, keys, flags, audit, import', async ({
			browser
		}) => {
			const page = await session(browser, scheme, DEMO.admin);
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
					'/admin/import-export'
				],
				scheme
			);
			await page.context().close();
		});
	});
}
