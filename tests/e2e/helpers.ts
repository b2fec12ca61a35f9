import { expect, type Page } from '@playwright/test';

export const DEMO = {
	learner: { email: 'learner@scenariohub.test', password: 'learner-pass-2026' },
	reviewer: { email: 'reviewer@scenariohub.test', password: 'reviewer-pass-2026' },
	reviewer2: { email: 'reviewer2@scenariohub.test', password: 'reviewer-pass-2026' },
	admin: { email: 'admin@scenariohub.test', password: 'admin-pass-2026' },
	author: { email: 'maya@scenariohub.test', password: 'author-pass-2026' }
} as const;

/** Navigates and waits for hydration, so the first click is not lost. */
export async function open(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('body[data-hydrated="true"]')).toBeAttached();
}

export async function signIn(page: Page, account: { email: string; password: string }) {
	await open(page, '/login');
	await page.getByLabel('E-mail').fill(account.email);
	await page.getByLabel('Password').fill(account.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/scenarios/);
}
