import { expect, test, type Page } from '@playwright/test';
import { DEMO, newPerson, open, personPage, procedure, screenshot, shootBoth } from './helpers';

// Quests for children and families (issue 16), end to end in Chromium against the production
// build: a parent builds a quest with the guided builder, edits its graph once with the mouse and
// once with the keyboard, exports it as YAML and imports the file back unchanged, submits it; a
// reviewer plays it as a child beside the review form and approves it; the parent adds a child,
// plays the quest in child mode, cannot leave without the PIN, and reads the reveal afterwards;
// another person cannot see the child or its progress.

const run = Date.now().toString(36);
const PIN = '2580';

/** Sends one answer (typed, or a quick reply's button) and waits for the builder's reply. */
async function answer(page: Page, text: string, { quick = false } = {}) {
	const messages = page.getByTestId('builder-message');
	const count = await messages.count();
	if (quick) await page.getByRole('button', { name: text, exact: true }).click();
	else {
		await page.getByLabel('Your answer').fill(text);
		await page.getByRole('button', { name: 'Send', exact: true }).click();
	}
	await expect(messages).toHaveCount(count + 2);
}

async function exportYaml(page: Page, id: string) {
	const response = await page.request.get(`/studio/${id}/export.yaml`);
	expect(response.status()).toBe(200);
	return response.text();
}

test('a parent builds a quest, a reviewer plays it as a child and approves, the child plays it in child mode', async ({
	browser
}) => {
	test.setTimeout(300_000);
	const parent = await newPerson(browser, 'Pat Parent', run);

	// ——— The guided builder, stage by stage, to a studio draft.
	await open(parent, '/studio/quests/new');
	await parent.getByRole('button', { name: 'Start the builder' }).click();
	await expect(parent).toHaveURL(/\/studio\/quests\/[0-9a-f-]{36}$/);
	const stage = parent.getByTestId('builder-stage');
	await expect(stage).toBeVisible();
	await shootBoth(parent, 'quest-builder-start');
	// Quick replies and free text, as a parent would answer.
	await answer(parent, '7-9', { quick: true });
	await answer(parent, 'She worries that nobody will play with her at break time.');
	await answer(parent, 'Drawing, and hugging her rabbit when she is sad.');
	await answer(parent, 'CBT', { quick: true });
	await answer(parent, 'Yes, write the draft', { quick: true });
	await expect(parent.getByTestId('draft-preview')).toBeVisible();
	await expect(parent.getByTestId('draft-preview')).toContainText(
		'nobody will play with her at break time'
	);
	await answer(parent, 'Create it', { quick: true });
	await expect(parent.getByRole('link', { name: 'Open in the studio' })).toBeVisible();
	await shootBoth(parent, 'quest-builder-ready');
	await parent.getByRole('link', { name: 'Open in the studio' }).click();
	await expect(parent).toHaveURL(/\/studio\/[0-9a-f-]{36}$/);
	const id = parent.url().split('/').at(-1)!;

	// ——— The graph: one change by mouse (drag a node), one by keyboard (relink a step).
	await parent.getByRole('button', { name: 'Graph', exact: true }).click();
	const graph = parent.getByTestId('step-graph');
	await expect(graph).toBeVisible();
	const before = (await procedure(parent, 'studio.get', { id }, 'query')).content;
	const first = before.steps[0].id as string;
	const node = parent.getByTestId(`graph-node-${first}`);
	const box = (await node.boundingBox())!;
	await parent.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await parent.mouse.down();
	await parent.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 8 });
	await parent.mouse.up();
	await expect
		.poll(async () => {
			const content = (await procedure(parent, 'studio.get', { id }, 'query')).content;
			return JSON.stringify(content.layout?.[first] ?? null);
		})
		.not.toBe(JSON.stringify(before.layout?.[first] ?? null));

	// Keyboard: Tab-focus a node, select it with Enter, move it with the arrow keys.
	const moved = (before.steps as { id: string }[])[1].id;
	const movedNode = parent.getByTestId(`graph-node-${moved}`);
	await movedNode.focus();
	await parent.keyboard.press('Enter');
	const panel = parent.getByTestId('graph-panel');
	await expect(panel.getByTestId('graph-select-step')).toHaveValue(moved);
	const layoutOf = async (stepId: string) =>
		JSON.stringify(
			(await procedure(parent, 'studio.get', { id }, 'query')).content.layout?.[stepId] ?? null
		);
	const placed = await layoutOf(moved);
	for (let i = 0; i < 5; i++) await parent.keyboard.press('ArrowRight');
	await expect.poll(() => layoutOf(moved)).not.toBe(placed);
	// The form equivalent of dragging a link: the selected step's "Next step" select. A step that
	// flows on to the following one implicitly gets an explicit link to it (the quest stays valid:
	// every step still reachable, every path still ending).
	const steps = before.steps as { id: string; kind?: string; next?: string | null }[];
	const i = steps.findIndex(
		(s, n) => s.kind !== 'choose' && s.next === undefined && n + 1 < steps.length
	);
	expect(i, 'a step that flows on implicitly').toBeGreaterThanOrEqual(0);
	const [from, to] = [steps[i].id, steps[i + 1].id];
	await panel.getByTestId('graph-select-step').selectOption(from);
	await panel.getByTestId('graph-next').selectOption(to);
	await expect
		.poll(async () => {
			const content = (await procedure(parent, 'studio.get', { id }, 'query')).content;
			return content.steps.find((s: { id: string }) => s.id === from).next;
		})
		.toBe(to);
	await shootBoth(parent, 'quest-graph');

	// ——— YAML: export, import the same file back, nothing changes.
	const yaml = await exportYaml(parent, id);
	expect(yaml).toContain('psychologicalModule: CBT');
	expect(yaml).toContain('revealMessage:');
	await parent.getByRole('button', { name: 'Form', exact: true }).click();
	await parent.getByLabel('Import a YAML file').setInputFiles({
		name: 'quest.yaml',
		mimeType: 'application/yaml',
		buffer: Buffer.from(yaml)
	});
	await parent
		.getByTestId('yaml-import')
		.getByRole('button', { name: 'Import', exact: true })
		.click();
	await expect(parent.getByTestId('yaml-imported')).toBeVisible();
	expect(await exportYaml(parent, id)).toBe(yaml);

	// Public, so it can reach the marketplace once approved; then submit.
	const { content } = await procedure(parent, 'studio.get', { id }, 'query');
	const title = content.title as string;
	await procedure(parent, 'studio.setVisibility', { id, visibility: 'public' }, 'mutation');
	await open(parent, `/studio/${id}`);
	await parent.getByTestId('submit-for-review').click();
	await expect(parent.getByTestId('status-panel')).toContainText('in review');

	// ——— The reviewer plays it as a child, reads the reading levels and the timeline, approves.
	const reviewer = await personPage(browser, DEMO.reviewer);
	await open(reviewer, '/review');
	const item = reviewer.getByTestId('queue-item').filter({ hasText: title });
	await item.getByRole('button', { name: /Claim and review/ }).click();
	await expect(reviewer).toHaveURL(/\/review\/[0-9a-f-]{36}$/);
	const playthrough = reviewer.getByTestId('child-playthrough');
	await expect(playthrough.getByRole('heading', { name: 'Play it as a child' })).toBeVisible();
	await playthrough.getByLabel("Child's age band").selectOption('5-7');
	await expect(playthrough.getByTestId('reading-level').first()).toBeVisible();
	await expect(playthrough.getByTestId('quest-timeline')).toBeVisible();
	// Walk it as a child would: Next on a story step, the last choice on a choice step (the
	// templates' first choices may loop back, to show what happens and rewind kindly).
	for (let guard = 0; guard < 30; guard++) {
		if (await playthrough.getByTestId('child-end').isVisible()) break;
		const step = playthrough.getByTestId('child-step');
		const next = step.getByTestId('child-next');
		const reply = step.getByRole('textbox');
		if (await reply.isVisible()) {
			await reply.fill('I would ask if I can play too.');
			await step.getByRole('button', { name: 'Answer' }).click();
		} else if (await next.isVisible()) await next.click();
		else await step.getByRole('group').getByRole('button').last().click();
	}
	await expect(playthrough.getByTestId('child-end')).toBeVisible();
	await shootBoth(reviewer, 'quest-review-playthrough');
	for (const dimension of [
		'emotionalSafety',
		'therapeuticCorrectness',
		'ageAppropriateness',
		'revealTiming'
	]) {
		await reviewer.getByTestId(`score-${dimension}`).getByRole('radio', { name: /^4 / }).check();
	}
	await reviewer
		.getByLabel('Strengths')
		.fill('Warm, short steps; the reveal lands after a calm ending.');
	await reviewer.getByRole('radio', { name: /^Approve/ }).check();
	const noWarning = reviewer.getByLabel('This scenario needs no content warning');
	if (await noWarning.isVisible()) await noWarning.check();
	await reviewer.getByTestId('submit-review').click();
	await expect(reviewer).toHaveURL(/\/review$/);

	// ——— The parent adds a child and a PIN, and starts child mode.
	await open(parent, '/family');
	await parent.getByLabel('Nickname').fill('Mia');
	await parent.getByLabel('Age band').selectOption('7-9');
	await parent.getByRole('button', { name: 'Add child' }).click();
	await expect(parent.getByText('Mia').first()).toBeVisible();
	await parent.getByLabel('PIN', { exact: true }).fill(PIN);
	await parent.getByLabel('Repeat the PIN').fill(PIN);
	await parent.getByTestId('save-pin').click();
	await expect(parent.getByTestId('pin-panel').getByRole('status')).toBeVisible();
	await shootBoth(parent, 'family');
	const childId = await procedure(parent, 'family.children', undefined, 'query').then(
		(list: { id?: string; childId?: string; nickname: string }[]) => {
			const mia = list.find((c) => c.nickname === 'Mia')!;
			return (mia.id ?? mia.childId)!;
		}
	);
	await parent.getByRole('button', { name: 'Start child mode for Mia' }).click();
	await expect(parent).toHaveURL(/\/child$/);
	await shootBoth(parent, 'child-mode-home');

	// Child mode holds: other pages send the child back, and procedures refuse.
	await parent.goto('/scenarios');
	await expect(parent).toHaveURL(/\/child$/);
	await parent.goto('/logout');
	await expect(parent).toHaveURL(/\/child$/);

	// The child plays the approved quest to its end.
	await parent.getByRole('link', { name: new RegExp(title) }).click();
	await parent.getByRole('button', { name: 'Let’s go!' }).click();
	const stepTitle = parent.locator('#step-title');
	for (let guard = 0; guard < 30; guard++) {
		await expect(stepTitle.or(parent.getByTestId('child-done'))).toBeVisible();
		if (await parent.getByTestId('child-done').isVisible()) break;
		const title = await stepTitle.textContent();
		const step = parent.locator('section[aria-labelledby="step-title"]');
		const reply = step.getByLabel('Your answer');
		if (await reply.isVisible()) await reply.fill('I would ask to join the game.');
		const choices = step.getByRole('listitem');
		if (await choices.count()) await choices.last().getByRole('button').click();
		else await step.getByRole('button', { name: 'Next' }).click();
		// The next step (a loop back shows another title first) or the end.
		await expect(
			stepTitle.filter({ hasNotText: title! }).or(parent.getByTestId('child-done'))
		).toBeVisible();
	}
	await expect(parent.getByRole('heading', { name: 'You did it!' })).toBeVisible();
	await shootBoth(parent, 'child-mode-done');

	// Leaving needs the PIN: a wrong one is refused in words, the right one leaves.
	await parent.getByRole('link', { name: 'Grown-up: leave child mode' }).click();
	await parent.getByLabel("Grown-up's PIN").fill('0000');
	await parent.getByRole('button', { name: /Leave child mode/ }).click();
	await expect(parent.locator('#exit-pin-error')).toContainText(/PIN/);
	await expect(parent).toHaveURL(/\/child\/exit/);
	await parent.getByLabel("Grown-up's PIN").fill(PIN);
	await parent.getByRole('button', { name: /Leave child mode/ }).click();
	await expect(parent).toHaveURL(/\/family/);

	// The reveal, afterwards, for the parent.
	await open(parent, `/family/${childId}`);
	await parent.getByRole('button', { name: 'Read what Mia practised' }).first().click();
	await expect(parent.getByTestId('reveal-message')).toBeVisible();
	await shootBoth(parent, 'family-reveal');

	// Someone else cannot see the child or its progress.
	const stranger = await newPerson(browser, 'Sam Stranger', run);
	const response = await stranger.goto(`/family/${childId}`);
	expect(response?.status()).toBe(404);
	const refused = await stranger.request.get(
		`/api/trpc/family.childProgress?input=${encodeURIComponent(JSON.stringify({ json: { childId } }))}`
	);
	expect(refused.status()).toBe(404);
	await open(stranger, '/family');
	await expect(stranger.getByText('Mia')).toHaveCount(0);

	await screenshot(parent, 'family-after');
	await stranger.context().close();
	await reviewer.context().close();
	await parent.context().close();
});
