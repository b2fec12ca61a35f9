import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, open, personPage, signIn, type Account, procedure } from './helpers';

// Script-bearing text in every place users write it (scenario content and steps through the
// studio, a display name, a public review, private notes, a reflection, a skill name) renders
// as inert text on every page that shows it, in Chromium: no dialog, no request to another
// origin (nor to the `x` an injected <img src=x> would fetch), no injected element or handler,
// no javascript: link, and the payload readable as text.

test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);
const P = {
	script: '<script>alert(1)</script>',
	img: '<img src=x onerror=alert(1)>',
	js: 'javascript:alert(1)',
	svg: '<svg onload=alert(1)>',
	iframe: '"><iframe src=//evil.example>',
	link: '[click me](javascript:alert(1))',
	image: '![x](https://evil.example/x.png)'
};
const ALL = Object.values(P).join(' ');

const TITLE = `XSS ${run} ${P.script}${P.img}`;
const DISPLAY_NAME = `${P.img}${run}`;
const SKILL = `${P.svg} ${run.slice(-4)}`;
const REVIEW = `Review ${run}: ${ALL}`;
const NOTES = `Notes ${run}: ${ALL}`;
const REFLECTION = `Reflection ${run}: ${ALL}`;
const STRENGTHS = `Strengths ${run}: ${ALL}`;

const FEEDBACK = `Feedback ${run}: ${ALL}`;
const MODEL_RESPONSE = `Model response ${run}: ${ALL}`;
const REPLY = `Reply ${run}: ${ALL}`;

const firstStep = {
	id: 'first',
	title: `Step ${P.svg}`,
	prompt: `Prompt ${run}: ${ALL}`,
	guidance: `Guidance ${run}: ${ALL}`,
	choices: [
		{ label: `Choice ${P.img}`, next: 'second', feedback: FEEDBACK },
		{ label: `Other ${P.js}`, next: null }
	]
};

const content = {
	title: TITLE,
	description: `Description ${run}: ${ALL}`,
	instructions: `Instructions ${run}: ${ALL}`,
	context: `Context ${run}: ${ALL}`,
	expectedOutcome: `Outcome ${run}: ${ALL}`,
	learningGoal: `Goal ${run}: ${P.svg}${P.js}`,
	learningObjectives: [`Objective ${run}: ${P.iframe}`, P.link],
	persona: {
		name: `Persona ${P.img}`,
		age: 30,
		pronouns: P.svg,
		background: `Background ${run}: ${ALL}`,
		presentation: `Presentation ${run}: ${ALL}`,
		voice: P.js
	},
	comfortIndicators: { comfortable: [P.script], uncomfortable: [P.iframe] },
	mode: 'chat',
	category: 'xss-test',
	skills: ['active-listening'],
	difficulty: 'beginner',
	estimatedTime: 10,
	visibility: 'public',
	steps: [
		firstStep,
		{
			id: 'second',
			kind: 'respond',
			title: 'Second',
			prompt: `Second prompt ${P.iframe}`,
			modelResponse: MODEL_RESPONSE
		}
	]
};

const [firstChoice] = firstStep.choices;
const stepTexts = [firstStep.prompt, firstStep.guidance, firstChoice.label, FEEDBACK];

interface Watch {
	dialogs: string[];
	foreign: string[];
}

/** Records dialogs (dismissing them) and requests leaving the app's origin or fetching `/x`. */
function watch(page: Page): Watch {
	const seen: Watch = { dialogs: [], foreign: [] };
	const origin = new URL(test.info().project.use.baseURL!).origin;
	page.on('dialog', (dialog) => {
		seen.dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.origin !== origin || url.pathname === '/x') seen.foreign.push(request.url());
	});
	return seen;
}

/** A person's own page (signed in when an account is given), watched from its first request. */
async function watchedPerson(browser: Browser, account?: Account) {
	let seen!: Watch;
	const page = await personPage(browser, account, { setup: (p) => (seen = watch(p)) });
	return { page, seen };
}

const call = procedure;

/** The page shows each text as text, and nothing injected runs or loads. */
async function expectInert(page: Page, seen: Watch, texts: string[], where: string) {
	await page.waitForLoadState('networkidle');
	// Steps sit in <details>: open them all, so their text renders too.
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	const rendered = await page.evaluate(() => document.body.innerText);
	for (const text of texts) expect(rendered, `${where}: "${text}" shown as text`).toContain(text);
	const injected = await page.evaluate(() => ({
		// The app's own inline scripts carry the CSP nonce (the page data inside them holds the
		// payloads as escaped strings); an injected one could not.
		scripts: [...document.querySelectorAll('script')].filter(
			(s) => !s.src && (!s.hasAttribute('nonce') || s.textContent?.trim() === 'alert(1)')
		).length,
		handlers: document.querySelectorAll('[onerror],[onload],[onclick],[onmouseover]').length,
		iframes: document.querySelectorAll('iframe').length,
		images: document.querySelectorAll('img[src="x"], img[src*="evil.example"]').length,
		svgs: [...document.querySelectorAll('svg')].filter((s) => s.hasAttribute('onload')).length,
		jsLinks: [...document.querySelectorAll('a[href], area[href], [formaction]')].filter((a) =>
			/^\s*javascript:/i.test(a.getAttribute('href') ?? a.getAttribute('formaction') ?? '')
		).length
	}));
	expect(injected, `${where}: injected markup`).toEqual({
		scripts: 0,
		handlers: 0,
		iframes: 0,
		images: 0,
		svgs: 0,
		jsLinks: 0
	});
	expect(seen.dialogs, `${where}: dialogs`).toEqual([]);
	expect(seen.foreign, `${where}: requests to other origins`).toEqual([]);
}

let scenarioId = '';
let slug = '';

test('scenario content written in the studio renders inert in the studio and the review desk', async ({
	browser
}) => {
	const author = await watchedPerson(browser, DEMO.author);
	await open(author.page, '/studio/new');
	await author.page.getByLabel('Title').fill(TITLE);
	await author.page.getByLabel('Description').fill(content.description);
	await author.page.getByRole('button', { name: 'Create draft' }).click();
	await expect(author.page).toHaveURL(/\/studio\/[0-9a-f-]{36}$/);
	scenarioId = author.page.url().split('/').pop()!;
	await open(author.page, '/studio');
	const saved = await call(author.page, 'studio.update', { id: scenarioId, content }, 'mutation');
	expect(saved.changed).toBe(true);

	await expectInert(author.page, author.seen, [TITLE], 'studio list');
	await open(author.page, `/studio/${scenarioId}`);
	await expect(author.page.locator('#title')).toHaveValue(TITLE);
	await expectInert(author.page, author.seen, [], 'editor');
	await author.page.getByRole('tab', { name: 'Preview as a learner' }).click();
	await expectInert(
		author.page,
		author.seen,
		[TITLE, content.description, content.instructions, content.persona.background, ...stepTexts],
		'editor preview'
	);
	await open(author.page, '/studio');
	await call(author.page, 'studio.submit', { id: scenarioId }, 'mutation');

	const reviewer = await watchedPerson(browser, DEMO.reviewer);
	await open(reviewer.page, '/review');
	await expectInert(reviewer.page, reviewer.seen, [TITLE], 'review queue');
	await open(reviewer.page, `/review/${scenarioId}`);
	await expectInert(
		reviewer.page,
		reviewer.seen,
		[TITLE, content.description, ...stepTexts],
		'review form'
	);
	const decided = await call(
		reviewer.page,
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
	expect(decided.status).toBe('approved');
	await open(reviewer.page, '/review/history');
	await expectInert(reviewer.page, reviewer.seen, [], 'past reviews');
	await open(author.page, `/studio/${scenarioId}`);
	await expectInert(author.page, author.seen, [], 'editor with the review');
	await author.page.context().close();
	await reviewer.page.context().close();
});

test('a learner with a script for a name plays, reflects, rates, reviews and keeps notes: all inert', async ({
	browser
}) => {
	expect(scenarioId).not.toBe('');
	const learner = await watchedPerson(browser);
	await open(learner.page, '/signup');
	await learner.page.getByLabel('Display name').fill(DISPLAY_NAME);
	await learner.page.getByLabel('E-mail').fill(`xss-${run}@example.test`);
	await learner.page.getByLabel('Password').fill('a-long-enough-password');
	await learner.page.getByRole('button', { name: 'Create account' }).click();
	// Sign-up asks to check the inbox and does not sign in (account-recovery.spec.ts).
	await expect(learner.page).toHaveURL(/\/signup\/check-inbox/);
	await signIn(learner.page, {
		email: `xss-${run}@example.test`,
		password: 'a-long-enough-password'
	});
	await expectInert(learner.page, learner.seen, [DISPLAY_NAME], 'header with the name');

	const mine = await call(learner.page, 'scenario.list', { search: run, limit: 5 }, 'query');
	slug = mine.items.find((i: { id: string }) => i.id === scenarioId).slug;
	await call(learner.page, 'progress.save', { scenarioId, saved: true }, 'mutation');
	// The play intro shows before any attempt; beginning starts one (rating needs a started attempt).
	await open(learner.page, `/scenarios/${slug}/play`);
	await expectInert(learner.page, learner.seen, [TITLE, content.instructions], 'play intro');
	await learner.page.getByTestId('begin-button').click();
	await expect(learner.page.getByTestId('step-prompt')).toBeVisible();
	await call(learner.page, 'progress.rate', { scenarioId, rating: 4, review: REVIEW }, 'mutation');
	await call(learner.page, 'progress.saveNotes', { scenarioId, notes: NOTES }, 'mutation');

	await open(learner.page, `/scenarios/${slug}`);
	await expect(learner.page.getByLabel('My private notes on this scenario')).toHaveValue(NOTES);
	await expectInert(
		learner.page,
		learner.seen,
		[TITLE, content.description, content.instructions, REVIEW, DISPLAY_NAME],
		'scenario page'
	);

	// Back to the attempt: it resumes at its step.
	await open(learner.page, `/scenarios/${slug}/play`);
	await expect(learner.page.getByTestId('step-prompt')).toBeVisible();
	await learner.page.getByText('Guidance', { exact: true }).click();
	await expectInert(
		learner.page,
		learner.seen,
		[firstStep.prompt, firstStep.guidance, firstChoice.label],
		'play step'
	);
	await learner.page.getByTestId('choice').first().click();
	await expect(learner.page.getByTestId('reveal')).toBeVisible();
	await expectInert(learner.page, learner.seen, [FEEDBACK], 'choice feedback');
	await learner.page.getByRole('button', { name: 'Continue' }).click();
	await expect(learner.page.getByTestId('step-prompt')).toContainText('Second prompt');
	// A typed reply and the model response render as text too.
	await learner.page.getByTestId('reply-input').fill(REPLY);
	await learner.page.getByTestId('send-reply').click();
	await expect(learner.page.getByTestId('model-response')).toBeVisible();
	await expectInert(
		learner.page,
		learner.seen,
		[REPLY, MODEL_RESPONSE],
		'reply and model response'
	);
	await learner.page.getByTestId('reveal').getByTestId('continue-button').click();
	await learner.page.getByLabel('Reflection (optional)').fill(REFLECTION);
	await learner.page.getByTestId('complete-button').click();
	await expect(learner.page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
	await expect(learner.page.getByTestId('self-assessment')).toBeVisible();
	await expectInert(learner.page, learner.seen, [], 'self-assessment');
	await learner.page.getByRole('link', { name: 'Skip to the feedback' }).click();
	await expect(learner.page.getByTestId('attempt-summary')).toBeVisible();
	await expectInert(
		learner.page,
		learner.seen,
		[REPLY, MODEL_RESPONSE, firstChoice.label, REFLECTION],
		'debrief'
	);

	for (const tab of ['saved', 'completed']) {
		await open(learner.page, `/progress?tab=${tab}`);
		await expectInert(learner.page, learner.seen, [TITLE], `progress ${tab}`);
	}
	await learner.page.context().close();
});

test('everyone else sees the scenario, its review and the name inert: library, marketplace, scenario page', async ({
	browser
}) => {
	expect(slug).not.toBe('');
	const visitor = await watchedPerson(browser);
	await open(visitor.page, `/scenarios?q=${run}`);
	await expectInert(visitor.page, visitor.seen, [TITLE], 'library card');
	await open(visitor.page, '/marketplace?sort=newest');
	await expectInert(visitor.page, visitor.seen, [TITLE], 'marketplace card');
	await open(visitor.page, `/scenarios/${slug}`);
	await expectInert(
		visitor.page,
		visitor.seen,
		[TITLE, content.description, REVIEW, DISPLAY_NAME, STRENGTHS],
		'scenario page, signed out'
	);
	await visitor.page.context().close();
});

test('admin screens show the scenario, the name and a skill name inert', async ({ browser }) => {
	expect(scenarioId).not.toBe('');
	const admin = await watchedPerson(browser, DEMO.admin);
	await call(admin.page, 'admin.skill.create', { name: SKILL, description: ALL }, 'mutation');
	await call(
		admin.page,
		'admin.scenario.updateMetadata',
		{ scenarioId, skills: ['active-listening'], difficulty: 'advanced', estimatedTime: 25 },
		'mutation'
	);
	for (const [path, texts] of [
		[`/admin/scenarios?q=${run}`, [TITLE]],
		['/admin/audit', [SKILL]],
		['/admin/skills', [SKILL]],
		[`/admin/users?q=${run}`, [DISPLAY_NAME]],
		['/admin', []],
		['/admin/backfill', []]
	] as const) {
		await open(admin.page, path);
		await expectInert(admin.page, admin.seen, [...texts], path);
	}
	await admin.page.context().close();
});
