import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';

export const DEMO = {
	learner: { email: 'learner@scenariohub.test', password: 'learner-pass-2026' },
	reviewer: { email: 'reviewer@scenariohub.test', password: 'reviewer-pass-2026' },
	reviewer2: { email: 'reviewer2@scenariohub.test', password: 'reviewer-pass-2026' },
	admin: { email: 'admin@scenariohub.test', password: 'admin-pass-2026' },
	author: { email: 'maya@scenariohub.test', password: 'author-pass-2026' }
} as const;

export type Account = { email: string; password: string };

/** Navigates and waits for hydration, so the first click is not lost. */
export async function open(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('body[data-hydrated="true"]')).toBeAttached();
}

export async function signIn(page: Page, account: Account) {
	await open(page, '/login');
	await page.getByLabel('E-mail').fill(account.email);
	await page.getByLabel('Password').fill(account.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/scenarios/);
}

/**
 * A page in a new browser context (its own cookies), 1280×900 unless `viewport` says otherwise,
 * signed in when an account is given. `setup` runs on the page before anything loads (e.g. to
 * watch its dialogs and requests); `colorScheme` emulates the system theme. Close it with
 * `page.context().close()`.
 */
export async function personPage(
	browser: Browser,
	account?: Account,
	options: {
		viewport?: { width: number; height: number };
		colorScheme?: 'light' | 'dark';
		setup?: (page: Page) => void;
	} = {}
): Promise<Page> {
	const context = await browser.newContext({
		viewport: options.viewport ?? { width: 1280, height: 900 },
		...(options.colorScheme ? { colorScheme: options.colorScheme } : {})
	});
	const page = await context.newPage();
	options.setup?.(page);
	if (account) await signIn(page, account);
	return page;
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Where axe looks: `include` a CSS selector (the whole page without it); `settle` first waits
 * for the network to go quiet. */
export interface AxeScope {
	include?: string;
	settle?: boolean;
}

/** The serious and critical axe-core findings (WCAG 2.1 A and AA rules), one line each. */
export async function seriousFindings(page: Page, where: string, scope: AxeScope = {}) {
	if (scope.settle) await page.waitForLoadState('networkidle');
	let axe = new AxeBuilder({ page }).withTags(WCAG_TAGS);
	if (scope.include) axe = axe.include(scope.include);
	const result = await axe.analyze();
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) => `${where}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
}

/** No serious or critical axe findings: in the page's main content unless `scope` says otherwise. */
export async function expectAccessible(
	page: Page,
	where: string,
	scope: AxeScope = { include: '#main' }
) {
	expect(await seriousFindings(page, where, scope), `${where} accessibility`).toEqual([]);
}

/**
 * A screenshot of the page for the documentation, named `NAME.png`. It always goes to the test's
 * output folder (test-results/, not committed); with UPDATE_SCREENSHOTS=1 it also replaces
 * docs/screenshots/NAME.png, the committed copy the README shows.
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}) {
	await page.evaluate(() => document.fonts.ready);
	const path = test.info().outputPath(`${name}.png`);
	await page.screenshot({ path, fullPage });
	if (process.env.UPDATE_SCREENSHOTS === '1') {
		const docs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
		mkdirSync(docs, { recursive: true });
		copyFileSync(path, join(docs, `${name}.png`));
	}
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 812 };

/**
 * axe on the main content, then a screenshot at desktop width and one at 375 px, failing if
 * anything sticks out sideways at 375 px (the first few offenders are named).
 */
export async function shootBoth(page: Page, name: string) {
	await expectAccessible(page, name);
	await page.setViewportSize(DESKTOP);
	await screenshot(page, `${name}-desktop`);
	await page.setViewportSize(PHONE);
	const wide = await page.evaluate(() =>
		[...document.querySelectorAll('body *')]
			.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
			.filter((e) => !e.closest('.sr-only'))
			// inside a box that scrolls sideways on purpose (wide tables, the admin tabs)
			.filter((e) => !e.parentElement?.closest('.overflow-x-auto'))
			// inside the studio's graph canvas, which clips its pannable content (page width is
			// still measured below)
			.filter((e) => !e.closest('.svelte-flow'))
			.slice(0, 5)
			.map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`)
	);
	expect(wide, `${name} fits 375 px`).toEqual([]);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect(overflow, `${name} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
	await screenshot(page, `${name}-375`);
	await page.setViewportSize(DESKTOP);
}

/**
 * Types a reply on a respond step of the play page, sends it, checks the model response is
 * revealed, and moves on.
 */
export async function reply(page: Page, text: string) {
	await page.getByTestId('reply-input').fill(text);
	await page.getByTestId('send-reply').click();
	await expect(page.getByTestId('model-response')).toBeVisible();
	await page.getByTestId('reveal').getByTestId('continue-button').click();
}

/** Calls a procedure over HTTP with the page's cookies, as the app's client does: status and body. */
export async function callProcedure(
	page: Page,
	path: string,
	input: unknown,
	kind: 'query' | 'mutation'
) {
	const origin = new URL(page.url()).origin;
	const response =
		kind === 'mutation'
			? await page.request.post(`/api/trpc/${path}`, {
					headers: { 'content-type': 'application/json', origin },
					data: { json: input }
				})
			: await page.request.get(
					`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`
				);
	return { status: response.status(), body: await response.json() };
}

/** A procedure call that must succeed; returns its data. */
export async function procedure(
	page: Page,
	path: string,
	input: unknown,
	kind: 'query' | 'mutation'
) {
	const result = await callProcedure(page, path, input, kind);
	expect(result.status, `${path}: ${JSON.stringify(result.body).slice(0, 500)}`).toBe(200);
	return result.body.result.data.json;
}

export const NEW_PASSWORD = 'a-long-enough-password-2026';

/** Signs a new person up (unique e-mail per run) and in, on a page of their own. */
export async function newPerson(
	browser: Browser,
	name: string,
	run: string,
	options: { colorScheme?: 'light' | 'dark' } = {}
) {
	const page = await personPage(browser, undefined, options);
	const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${run}@example.test`;
	await open(page, '/signup');
	await page.getByLabel('Display name').fill(name);
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Password').fill(NEW_PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL(/\/signup\/check-inbox/);
	await signIn(page, { email, password: NEW_PASSWORD });
	return Object.assign(page, { email });
}

type PlayStep = { id: string; kind?: string; choices?: unknown[] };

/**
 * Plays a scenario to its end through the person's own HTTP session (the play page itself is
 * covered by practice.spec.ts): a plain, direct reply on every respond step, the first choice on
 * every choose step. Returns the finished attempt's id.
 */
export async function playThrough(page: Page, slug: string) {
	const { scenario } = await procedure(page, 'scenario.bySlug', { slug }, 'query');
	const steps: PlayStep[] = scenario.steps;
	const { attemptId } = await procedure(
		page,
		'progress.startAttempt',
		{ scenarioId: scenario.id },
		'mutation'
	);
	let stepId: string | null = steps[0].id;
	for (let guard = 0; stepId && guard < 40; guard++) {
		const step = steps.find((s) => s.id === stepId)!;
		const kind = step.kind ?? (step.choices?.length ? 'choose' : 'say');
		const answer =
			kind === 'respond'
				? { text: 'It sounds like tonight is heavy. Are you thinking about killing yourself?' }
				: kind === 'choose'
					? { choiceIndex: 0 }
					: {};
		const moved = await procedure(
			page,
			'progress.respond',
			{ attemptId, stepId, ...answer },
			'mutation'
		);
		stepId = 'stepId' in moved.next ? moved.next.stepId : null;
	}
	await procedure(page, 'progress.finishAttempt', { attemptId, completed: true }, 'mutation');
	return attemptId as string;
}
