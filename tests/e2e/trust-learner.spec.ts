import { expect, test, type Browser, type Page } from '@playwright/test';
import { ZOD_DEFAULT_WORDING } from '../../src/lib/schemas/messages';
import { DEMO, open, personPage, screenshot, signIn, type Account, procedure } from './helpers';

// What a first-time user hit (issue 12, learner side), in Chromium against the production build:
// endless words in user text never widen a page at 375 px; inputs carry the server's limits and
// errors are plain words; a slug that cannot exist is a plain 404; the library and the
// marketplace treat a bad page cursor alike and count alike; the play page's progress never
// jumps back and its timer shows active time; an attempt ended early is not "in progress";
// dates follow the reader's locale without changing on hydration; a database outage reached by
// a client-side navigation is the 503 page.

test.describe.configure({ mode: 'serial' });

const PHONE = { width: 375, height: 812 };
const run = Date.now().toString(36);
/** One word of `length` characters: no space, no dash, nowhere to break but anywhere. */
const word = (tag: string, length: number) =>
	`${tag}${run}`.toUpperCase() + 'W'.repeat(Math.max(0, length - tag.length - run.length));

// The longest single words each field accepts.
const TITLE = word('T', 160);
const SKILL = word('S', 60);
const DISPLAY_NAME = word('N', 60);
const REVIEW = word('R', 2000);
const NOTES = word('X', 10_000);
const STRENGTHS = word('G', 4000);

let learner: Account;
const ids = { approved: '', approvedSlug: '', inReview: '', branching: '', branchingSlug: '' };

const call = procedure;

function content(skillSlug: string, title: string) {
	return {
		title,
		description: `${word('D', 3990)} and more`,
		instructions: word('I', 6000),
		context: word('C', 6000),
		expectedOutcome: word('E', 4000),
		learningGoal: word('L', 1000),
		learningObjectives: [word('O', 300)],
		persona: { name: word('P', 120), background: word('B', 2000), presentation: 'Calm.' },
		mode: 'chat',
		category: word('K', 60),
		skills: ['active-listening', skillSlug],
		difficulty: 'beginner',
		estimatedTime: 10,
		visibility: 'public',
		steps: [
			{
				id: 'first',
				title: word('F', 120),
				prompt: word('Q', 4000),
				guidance: word('U', 2000),
				choices: [{ label: word('H', 300), next: null, feedback: word('Y', 1000) }]
			}
		]
	};
}

async function approve(reviewer: Page, scenarioId: string) {
	return call(
		reviewer,
		'review.submit',
		{
			scenarioId,
			emotionalSafety: 5,
			therapeuticCorrectness: 5,
			ageAppropriateness: 5,
			revealTiming: 5,
			strengths: STRENGTHS,
			decision: 'approved',
			confirmedWarnings: []
		},
		'mutation'
	);
}

/** The page does not scroll sideways at 375 px; names the widest elements when it does. */
async function expectNoSidewaysScroll(page: Page, where: string) {
	await page.setViewportSize(PHONE);
	await page.waitForLoadState('networkidle');
	const measured = await page.evaluate(() => {
		const scroller = document.scrollingElement!;
		const wide = [...document.querySelectorAll('body *')]
			.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
			.filter((e) => !e.closest('.sr-only, [class*="overflow-x-auto"], [class*="overflow-auto"]'))
			.slice(0, 4)
			.map((e) => `${e.tagName.toLowerCase()}.${(e.getAttribute('class') ?? '').slice(0, 80)}`);
		return { scrollWidth: scroller.scrollWidth, innerWidth: window.innerWidth, wide };
	});
	expect(
		measured.scrollWidth,
		`${where} scrolls sideways at 375 px: ${JSON.stringify(measured.wide)}`
	).toBeLessThanOrEqual(measured.innerWidth);
}

async function person(browser: Browser, account?: Account, locale?: string) {
	const context = await browser.newContext({
		viewport: PHONE,
		...(locale ? { locale, timezoneId: 'Europe/Berlin' } : {})
	});
	const page = await context.newPage();
	if (account) await signIn(page, account);
	return page;
}

test('setup: an approved scenario, one in review and a branching one, all with endless words', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const admin = await personPage(browser, DEMO.admin);
	const skill = await call(
		admin,
		'admin.skill.create',
		{ name: SKILL, description: SKILL },
		'mutation'
	);
	const author = await personPage(browser, DEMO.author);
	await open(author, '/studio');
	const approved = await call(author, 'studio.create', content(skill.slug, TITLE), 'mutation');
	const inReview = await call(
		author,
		'studio.create',
		content(skill.slug, word('V', 160)),
		'mutation'
	);
	const branching = await call(
		author,
		'studio.create',
		{
			title: `Branching ${run}`,
			description: 'Two ways through a call.',
			skills: ['active-listening'],
			difficulty: 'beginner',
			estimatedTime: 10,
			visibility: 'public',
			steps: [
				{
					id: 'open',
					title: 'Opening',
					prompt: 'Hi.',
					choices: [
						{ label: 'Listen first', next: 'a1' },
						{ label: 'Ask directly', next: 'b1' }
					]
				},
				{ id: 'a1', title: 'Listening', prompt: '…' },
				{ id: 'a2', title: 'Closing A', prompt: '…', next: null },
				{ id: 'b1', title: 'Asking', prompt: '…' },
				{ id: 'b2', title: 'Exploring', prompt: '…' },
				{ id: 'b3', title: 'Closing B', prompt: '…', next: null }
			]
		},
		'mutation'
	);
	for (const draft of [approved, inReview, branching]) {
		await call(author, 'studio.submit', { id: draft.id }, 'mutation');
	}
	const reviewer = await personPage(browser, DEMO.reviewer);
	await open(reviewer, '/review');
	for (const draft of [approved, branching]) {
		expect((await approve(reviewer, draft.id)).status).toBe('approved');
	}
	Object.assign(ids, {
		approved: approved.id,
		approvedSlug: approved.slug,
		inReview: inReview.id,
		branching: branching.id,
		branchingSlug: branching.slug
	});

	// A learner whose name is one long word rates with one long word and keeps long notes.
	learner = { email: `long-${run}@example.test`, password: 'a-long-enough-password-2026' };
	const page = await personPage(browser);
	await open(page, '/signup');
	await page.getByLabel('Display name').fill(DISPLAY_NAME);
	await page.getByLabel('E-mail').fill(learner.email);
	await page.getByLabel('Password').fill(learner.password);
	await page.getByRole('button', { name: /sign up|create/i }).click();
	await expect(page).toHaveURL(/\/signup\/check-inbox/);
	await signIn(page, learner);
	const started = await call(
		page,
		'progress.startAttempt',
		{ scenarioId: ids.approved },
		'mutation'
	);
	await call(
		page,
		'progress.rate',
		{ scenarioId: ids.approved, rating: 4, review: REVIEW },
		'mutation'
	);
	await call(page, 'progress.saveNotes', { scenarioId: ids.approved, notes: NOTES }, 'mutation');
	await call(page, 'progress.save', { scenarioId: ids.approved, saved: true }, 'mutation');
	await call(
		page,
		'progress.finishAttempt',
		{ attemptId: started.attemptId, completed: true, reflection: word('Z', 4000) },
		'mutation'
	);
	for (const p of [admin, author, reviewer, page]) await p.context().close();
});

test('endless words wrap: no page scrolls sideways at 375 px', async ({ browser }) => {
	test.setTimeout(360_000);
	const visitor = await person(browser);
	for (const [path, text] of [
		[`/scenarios/${ids.approvedSlug}`, REVIEW],
		['/scenarios?sort=newest', TITLE],
		['/marketplace?sort=newest', TITLE]
	] as const) {
		await open(visitor, path);
		await expect(visitor.getByText(text.slice(0, 40)).first()).toBeVisible();
		await expectNoSidewaysScroll(visitor, path);
	}
	await screenshot(visitor, 'long-words-marketplace-375');
	await open(visitor, `/scenarios/${ids.approvedSlug}`);
	await screenshot(visitor, 'long-words-scenario-375');
	await visitor.context().close();

	const me = await person(browser, learner);
	for (const path of [
		`/scenarios/${ids.approvedSlug}`,
		`/scenarios/${ids.approvedSlug}/play?attempt=`,
		'/progress?tab=completed',
		'/progress?tab=saved'
	]) {
		await open(me, path);
		await expectNoSidewaysScroll(me, path);
	}
	await open(me, `/scenarios/${ids.approvedSlug}`);
	await expect(me.getByLabel('My private notes on this scenario')).toHaveValue(NOTES);
	await open(me, '/progress?tab=completed');
	await screenshot(me, 'long-words-progress-375');
	await me.context().close();

	const author = await person(browser, DEMO.author);
	for (const path of ['/studio', `/studio/${ids.approved}`, `/studio/${ids.inReview}`]) {
		await open(author, path);
		await expectNoSidewaysScroll(author, path);
	}
	await author.getByRole('tab', { name: 'Preview as a learner' }).click();
	await expectNoSidewaysScroll(author, 'studio preview');
	await screenshot(author, 'long-words-studio-375');
	await author.context().close();

	const reviewer = await person(browser, DEMO.reviewer);
	for (const path of ['/review', `/review/${ids.inReview}`, '/review/history']) {
		await open(reviewer, path);
		await expectNoSidewaysScroll(reviewer, path);
	}
	await open(reviewer, `/review/${ids.inReview}`);
	await screenshot(reviewer, 'long-words-review-desk-375');
	await reviewer.context().close();

	const admin = await person(browser, DEMO.admin);
	for (const path of [
		`/admin/scenarios?q=${encodeURIComponent(TITLE.slice(0, 8))}`,
		'/admin/skills',
		`/admin/users?q=${encodeURIComponent(DISPLAY_NAME.slice(0, 8))}`,
		'/admin/audit',
		'/admin'
	]) {
		await open(admin, path);
		await expectNoSidewaysScroll(admin, path);
	}
	await open(admin, '/admin/skills');
	await screenshot(admin, 'long-words-admin-skills-375');
	await admin.context().close();
});

test('inputs carry the server’s limits, and problems are said in plain words', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const author = await personPage(browser, DEMO.author);
	await open(author, '/studio/new');
	await author.getByLabel('Title').fill(`Limits ${run}`);
	await author.getByLabel('Description').fill('Checking the limits.');
	await author.getByRole('button', { name: 'Create draft' }).click();
	await expect(author).toHaveURL(/\/studio\/[0-9a-f-]{36}$/);
	const editor = author.getByTestId('scenario-editor');
	await expect(editor).toBeVisible();

	// A new, empty step is not an error while the author is filling it in...
	await author.getByRole('button', { name: 'Add a step' }).click();
	await expect(author.locator('[data-field="title"]').last()).toBeFocused();
	await author.locator('[data-field="title"]').last().fill('x');
	await author.locator('[data-field="title"]').last().fill('');
	await expect(author.getByTestId('steps-editor').getByTestId('field-error')).toHaveCount(0);
	await expect(author.getByTestId('invalid-count')).toHaveCount(0);
	await author.getByRole('checkbox', { name: 'The learner talks to a character' }).check();
	// ...every text field has the schema's maxlength, numbers their range...
	const unbounded = await editor.evaluate((form) =>
		[...form.querySelectorAll('input, textarea')]
			.filter((e) => {
				const input = e as HTMLInputElement;
				if (['checkbox', 'radio', 'hidden'].includes(input.type)) return false;
				if (input.type === 'number') return !input.min || !input.max;
				return !(input.maxLength > 0);
			})
			.map((e) => e.id || e.outerHTML.slice(0, 80))
	);
	expect(unbounded).toEqual([]);
	await expect(author.locator('#title')).toHaveAttribute('maxlength', '160');
	// ...and once the author leaves the step, its problems show, in plain words.
	await author.getByLabel('Description').focus();
	await expect(author.getByTestId('steps-editor').getByTestId('field-error').first()).toBeVisible();
	await expect(author.getByTestId('steps-editor')).toContainText('This can’t be empty');
	await author.getByLabel('Minutes').fill('0');
	await author.locator('#persona-age').fill('500');
	await author.locator('#persona-name').fill('');
	await expect(author.getByText('Use 120 or less')).toBeVisible();
	const shown = await author.locator('[data-testid="field-error"]').allInnerTexts();
	expect(shown.length).toBeGreaterThan(2);
	expect(shown.filter((m) => ZOD_DEFAULT_WORDING.test(m))).toEqual([]);
	expect(await author.locator('#main').innerText()).not.toMatch(ZOD_DEFAULT_WORDING);
	await author.context().close();

	// The learner's forms: review, notes and reflection have maxlength; a refused call is plain.
	const me = await personPage(browser, learner);
	await open(me, `/scenarios/${ids.approvedSlug}`);
	await expect(me.locator('#notes-text')).toHaveAttribute('maxlength', '10000');
	const refused = await me.request.post('/api/trpc/progress.rate', {
		headers: { 'content-type': 'application/json', origin: new URL(me.url()).origin },
		data: { json: { scenarioId: ids.approved, rating: 9, review: 'x' } }
	});
	expect(refused.status()).toBe(400);
	const body = await refused.json();
	expect(body.error.json.message).toBe('Rating: At most 5 stars');
	expect(body.error.json.message).not.toMatch(ZOD_DEFAULT_WORDING);
	await open(me, '/scenarios');
	await expect(me.getByLabel('Search scenarios')).toHaveAttribute('maxlength', '200');
	await me.context().close();
});

test('a slug that cannot exist is a plain 404, on a page load and in a navigation', async ({
	page
}) => {
	for (const slug of ['%F0%9F%8C%99', 'a'.repeat(5000), `no-such-scenario-${run}`]) {
		// (/play of a well-formed slug first asks a visitor to sign in.)
		for (const suffix of slug.startsWith('no-such') ? [''] : ['', '/play']) {
			const response = await page.goto(`/scenarios/${slug}${suffix}`);
			expect(response?.status(), `${slug.slice(0, 20)}${suffix}`).toBe(404);
			await expect(page.getByTestId('error-page')).toContainText('We couldn’t find that page');
			await expect(page.getByTestId('error-page')).not.toContainText('[');
		}
		const data = await page.request.get(`/scenarios/${slug}/__data.json`);
		expect(await data.text()).toMatch(/"status":404/);
	}
	// A client-side navigation to one: the same 404 page.
	await open(page, '/scenarios');
	await page.evaluate(() => {
		const a = document.createElement('a');
		a.href = '/scenarios/%F0%9F%8C%99';
		a.textContent = 'moon';
		a.id = 'moon-link';
		document.querySelector('#main')!.append(a);
	});
	await page.locator('#moon-link').click();
	await expect(page.getByTestId('error-page')).toContainText('Error 404');
});

test('library and marketplace: one menu entry per order, the same counts, the same notice', async ({
	page
}) => {
	await open(page, '/scenarios');
	const options = async () => page.getByTestId('sort').locator('option').allInnerTexts();
	const plain = await options();
	expect(new Set(plain).size).toBe(plain.length);
	expect(plain.filter((o) => o === 'Top rated')).toHaveLength(1);
	await open(page, '/scenarios?q=call');
	const searching = await options();
	expect(new Set(searching).size).toBe(searching.length);
	expect(searching.filter((o) => o === 'Best match')).toHaveLength(1);

	const count = /^\d+ scenarios?( on this page, (more on the next|the last page))?$/;
	await open(page, '/scenarios');
	await expect(page.getByTestId('result-count')).toHaveText(count);
	await open(page, '/marketplace');
	await expect(page.getByTestId('result-count')).toHaveText(count);

	for (const [path, testid] of [
		['/scenarios?cursor=not-a-cursor', 'library-error'],
		['/marketplace?cursor=not-a-cursor', 'marketplace-error'],
		[`/marketplace?cursor=${'x'.repeat(600)}`, 'marketplace-error']
	] as const) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		await expect(page.getByTestId(testid)).toContainText('We couldn’t load scenarios');
		await expect(page.getByTestId(testid)).not.toContainText('[');
		await expect(page.getByTestId(testid)).not.toContainText(ZOD_DEFAULT_WORDING);
		await expect(page.getByRole('link', { name: 'Back to the first page' })).toBeVisible();
	}
	await expect(page.locator('footer')).toContainText('practise hard conversations');
});

test('play: the progress never jumps back, the timer shows active time', async ({ browser }) => {
	test.setTimeout(180_000);
	const page = await personPage(browser, learner);
	await page.clock.install();
	await open(page, `/scenarios/${ids.branchingSlug}/play`);
	await page.getByTestId('begin-button').click();
	const progress = page.getByRole('progressbar', { name: 'Progress through the scenario' });
	await expect(progress).toHaveAttribute('aria-valuetext', 'Step 1 of about 4');
	// "Ask directly" skips over the short branch: step 2, not step 4 of about 6.
	await page.getByTestId('choice').filter({ hasText: 'Ask directly' }).click();
	await expect(progress).toHaveAttribute('aria-valuetext', 'Step 2 of about 4');
	await page.getByTestId('continue-button').click();
	await expect(progress).toHaveAttribute('aria-valuetext', 'Step 3 of about 4');
	// The turns are stored: a reload shows the same step and the same estimate.
	await page.reload();
	await expect(progress).toHaveAttribute('aria-valuetext', 'Step 3 of about 4');

	// Left alone for two hours (no input, so no heartbeat): the timer adds one capped gap.
	await page.clock.fastForward('02:00:00');
	const shown = (await page.getByTestId('timer').innerText()).trim();
	const [m, s] = shown.split(':').map(Number);
	expect(shown, 'no hours on the clock').toMatch(/^\d\d:\d\d$/);
	expect(m * 60 + s).toBeLessThanOrEqual(5 * 60 + 60);
	await screenshot(page, 'play-375');

	// Ending early: not "in progress" on /progress, but "ended early".
	await page.getByRole('button', { name: 'End attempt' }).click();
	await page.getByRole('button', { name: 'End without completing' }).click();
	await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
	await page.getByRole('link', { name: 'Skip to the feedback' }).click();
	await expect(page.getByTestId('summary-time')).not.toHaveText(/h/);
	await open(page, '/progress?tab=in_progress');
	await expect(page.getByTestId('my-list').or(page.getByTestId('list-empty'))).toBeVisible();
	// (The "Recent feedback" box lists the ended attempt; the in-progress list does not.)
	await expect(
		page.locator('[data-testid="my-list"], [data-testid="list-empty"]')
	).not.toContainText(`Branching ${run}`);
	await page.getByTestId('tab-tried').click();
	await expect(page.getByTestId('my-list')).toContainText(`Branching ${run}`);
	await expect(page.getByTestId('my-list').getByRole('link', { name: 'Try again' })).toBeVisible();
	await screenshot(page, 'progress-375');
	await page.context().close();
});

test('dates follow the reader’s locale and do not change on hydration', async ({ browser }) => {
	const page = await person(browser, undefined, 'de-DE');
	const hydrationWarnings: string[] = [];
	page.on('console', (m) => {
		if (/hydrat/i.test(m.text())) hydrationWarnings.push(m.text());
	});
	// The first visit stores the browser's zone; from then on the server renders in it.
	await open(page, `/scenarios/${ids.approvedSlug}`);
	await expect(page.locator('[data-testid="review-list"] time').first()).toHaveText(
		/^\d{2}\.\d{2}\.\d{4}$/
	);
	const response = await page.goto(`/scenarios/${ids.approvedSlug}`);
	const html = (await response?.text()) ?? '';
	await expect(page.locator('body[data-hydrated="true"]')).toBeAttached();
	const shown = await page.locator('[data-testid="review-list"] time').first().innerText();
	expect(html).toContain(`>${shown}</time>`);
	expect(hydrationWarnings).toEqual([]);
	await page.context().close();
});

test('the audit log writes its times in the reader’s locale too, the same on server and client', async ({
	browser
}) => {
	const page = await person(browser, DEMO.admin, 'de-DE');
	await open(page, '/admin/audit');
	const response = await page.goto('/admin/audit');
	const html = (await response?.text()) ?? '';
	await expect(page.locator('body[data-hydrated="true"]')).toBeAttached();
	const time = page.locator('[data-testid="audit-entry"] time').first();
	// German medium date and time: 07.12.2026, 03:40:12 (not "Dec 7, 2026, 3:40:12 AM").
	await expect(time).toHaveText(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}$/);
	expect(html).toContain(`>${await time.innerText()}</time>`);
	await page.context().close();
});

test('a database outage reached by a client-side navigation is the 503 page', async ({ page }) => {
	await open(page, '/scenarios');
	// What the server answers for a page whose load failed because the database is unreachable
	// (hooks.server.ts handleError): a data node with the error and no status of its own.
	await page.route('**/marketplace/__data.json**', async (route) => {
		const real = await route.fetch();
		const body = await real.json();
		body.nodes = body.nodes.map((node: { type?: string } | null, i: number) =>
			i === body.nodes.length - 1
				? {
						type: 'error',
						error: {
							message: 'The service is briefly unavailable, try again in a moment',
							code: 'SERVICE_UNAVAILABLE'
						}
					}
				: node
		);
		await route.fulfill({ response: real, json: body });
	});
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Marketplace' })
		.click();
	await expect(page.getByTestId('error-page')).toContainText('Error 503');
	await expect(page.getByTestId('error-page')).toContainText('Briefly unavailable');
});

test('a reviewer’s queue count in the phone header says what it counts', async ({ browser }) => {
	const page = await person(browser, DEMO.reviewer);
	const pill = page.getByTestId('pending-reviews');
	await expect(pill).toBeVisible();
	await expect(pill).toHaveAccessibleName(/^Review queue: \d+ waiting$/);
	await expect(page.getByTestId('pending-reviews-icon')).toBeVisible();
	await page.context().close();
});
