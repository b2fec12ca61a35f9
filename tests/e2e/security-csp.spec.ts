import { expect, test, type Page } from '@playwright/test';
import { DEMO, open, signIn } from './helpers';

// The Content-Security-Policy (kit.csp, a nonce per response, no inline scripts without it)
// must not break the app: every main page hydrates, the theme script and svelte-sonner work,
// and Chromium reports no violation.

/** Collects CSP violations (DOM events and console reports) and page errors. */
async function watchViolations(page: Page) {
	const problems: string[] = [];
	page.on('console', (message) => {
		const text = message.text();
		if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(text)) {
			problems.push(`console: ${text}`);
		}
	});
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	// Init scripts are injected by the browser's devtools protocol, outside the page's CSP.
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const list = ((window as unknown as { __csp?: string[] }).__csp ??= []);
			list.push(
				`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`
			);
		});
	});
	return async () => {
		const fromPage = await page.evaluate(
			() => (window as unknown as { __csp?: string[] }).__csp ?? []
		);
		return [...problems, ...fromPage];
	};
}

async function visitAll(page: Page, paths: string[]) {
	for (const path of paths) {
		const response = await page.goto(path);
		expect(response?.headers()['content-security-policy'], path).toMatch(/'nonce-/);
		await expect(page.locator('body[data-hydrated="true"]'), path).toBeAttached();
	}
}

test('main pages hydrate under the CSP with no violation, signed out and signed in', async ({
	page
}) => {
	const violations = await watchViolations(page);
	await open(page, '/scenarios');
	const href = await page
		.getByTestId('scenario-card')
		.first()
		.getByRole('link')
		.getAttribute('href');
	expect(href).toMatch(/^\/scenarios\//);
	await visitAll(page, ['/', '/scenarios', href!, '/login', '/signup', '/no-such-page']);

	await signIn(page, DEMO.learner);
	await visitAll(page, [
		'/scenarios',
		href!,
		`${href}/play`,
		'/marketplace',
		'/progress',
		'/studio',
		'/assignments',
		'/cohorts',
		'/join',
		'/family',
		'/tracks',
		'/tracks/feelings-for-children',
		'/studio/quests/new'
	]);
	await page.context().clearCookies();
	await signIn(page, DEMO.admin);
	await visitAll(page, [
		'/admin',
		'/admin/skills',
		'/admin/scenarios',
		'/admin/backfill',
		'/admin/users',
		'/admin/api-keys',
		'/admin/flags',
		'/admin/audit',
		'/admin/import-export',
		'/admin/planning',
		'/review',
		'/review/history',
		'/review/feedback',
		'/studio/new'
	]);
	expect(await violations()).toEqual([]);
});

test('the theme script sets the mode before paint, and the toggle persists', async ({ page }) => {
	const violations = await watchViolations(page);
	await page.emulateMedia({ colorScheme: 'light' });
	await open(page, '/');
	await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
	await page.getByRole('button', { name: 'Switch to dark theme' }).click();
	await expect(page.locator('html')).toHaveClass(/\bdark\b/);

	// After a reload the inline script (nonce-carrying) applies the stored mode before hydration.
	await page.route('**/_app/immutable/**', (route) => route.abort());
	await page.reload();
	await expect(page.locator('html')).toHaveClass(/\bdark\b/);
	await page.unroute('**/_app/immutable/**');
	await open(page, '/');
	await expect(page.locator('html')).toHaveClass(/\bdark\b/);
	expect((await violations()).filter((v) => !/ERR_FAILED|net::|Failed to fetch/.test(v))).toEqual(
		[]
	);
});

test('svelte-sonner toasts render under the CSP', async ({ page }) => {
	const violations = await watchViolations(page);
	await signIn(page, DEMO.learner);
	await open(page, '/scenarios');
	await page.getByTestId('scenario-card').first().getByRole('link').click();
	await expect(page.locator('body[data-hydrated="true"]')).toBeAttached();
	await page.route('**/api/trpc/progress.save**', (route) =>
		route.fulfill({
			status: 503,
			contentType: 'application/json',
			// the app's client batches: one error per call
			body: JSON.stringify([
				{
					error: {
						json: {
							message: 'The service is briefly unavailable, try again in a moment',
							code: -32603,
							data: { code: 'SERVICE_UNAVAILABLE', httpStatus: 503 }
						}
					}
				}
			])
		})
	);
	await page.getByTestId('save-button').click();
	const toast = page.locator('[data-sonner-toast]');
	await expect(toast).toBeVisible();
	await expect(toast).toContainText('Couldn’t');
	expect(await violations()).toEqual([]);
});
