import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { scenarioReviews, scenarios } from '../../src/lib/server/db/schema';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertSkills, makeUser, scenarioContent } from '../support/factories';

// Issue 12, "safety of the content": the studio proposes the warnings a scenario's text calls
// for, and a reviewer approves only after confirming the warnings (which the approved content
// then carries), so "hide suicide content" hides every scenario that talks about suicide.

const scores = {
	emotionalSafety: 4,
	therapeuticCorrectness: 4,
	ageAppropriateness: 4,
	revealTiming: 4
};

/** Mentions suicide in its instructions and a firearm in step 2; carries self-harm only. */
const risky = (title: string) =>
	scenarioContent({
		title,
		instructions: 'Check mood and ask directly about suicide before closing.',
		contentWarnings: ['self-harm'],
		steps: [
			{ id: 'opening', title: 'Opening', prompt: 'i hurt myself again last night' },
			{ id: 'means', title: 'Means', prompt: 'my dad keeps a gun in the garage' }
		]
	});

describe.each(ENGINES)('content warnings on %s', (engine) => {
	let database: TestDatabase;
	let author: SessionUser;
	let reviewer: SessionUser;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		author = await makeUser(database.db, { displayName: 'Warned Author' });
		reviewer = await makeUser(database.db, { role: 'reviewer', displayName: 'Dr Warn' });
	});
	afterAll(() => database?.destroy());

	const as = (user: SessionUser | null) => callerAs(database.db, user);

	async function inReview(title: string) {
		const { id, slug } = await as(author).studio.create(risky(title));
		await as(author).studio.submit({ id });
		return { id, slug };
	}

	it('the studio proposes the missing warnings with the words and where; submitting is not blocked', async () => {
		const { id } = await as(author).studio.create(risky('Proposals in the editor'));
		const view = await as(author).studio.get({ id });
		expect(view.warningProposals).toEqual([
			{ warning: 'suicide', evidence: [{ path: 'instructions', matches: ['suicide'] }] },
			{ warning: 'firearms', evidence: [{ path: 'steps.1.prompt', matches: ['gun'] }] }
		]);

		// Adding one (the editor's one click is an ordinary save) leaves the other proposed.
		await as(author).studio.update({
			id,
			content: { ...risky('Proposals in the editor'), contentWarnings: ['self-harm', 'suicide'] }
		});
		const after = await as(author).studio.get({ id });
		expect(after.warningProposals.map((p) => p.warning)).toEqual(['firearms']);

		expect(await as(author).studio.submit({ id })).toEqual({
			target: 'scenario',
			status: 'in_review',
			unconfirmedWarnings: ['firearms']
		});
	});

	it('the review item carries the scan of the content it judges', async () => {
		const { id } = await inReview('Scan for the reviewer');
		const item = await as(reviewer).review.item({ scenarioId: id });
		expect(item.content.contentWarnings).toEqual(['self-harm']);
		expect(item.warningScan.map((f) => f.warning)).toEqual(['suicide', 'self-harm', 'firearms']);
		expect(item.warningScan[1]).toEqual({
			warning: 'self-harm',
			evidence: [{ path: 'steps.0.prompt', matches: ['hurt myself'] }]
		});
	});

	it('approving needs the confirmation, names what is missing, and writes nothing until it passes', async () => {
		const { id } = await inReview('Gate in front of approval');
		const approve = (confirmedWarnings?: string[]) =>
			as(reviewer).review.submit({
				scenarioId: id,
				...scores,
				decision: 'approved',
				...(confirmedWarnings ? { confirmedWarnings: confirmedWarnings as never } : {})
			});

		await expect(approve()).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringContaining('Confirm the content warnings before approving')
		});
		await expect(approve(['suicide', 'suicide'])).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringContaining('A warning is listed twice')
		});
		await expect(approve(['not-a-warning'])).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expect(approve([])).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message:
				'Approval needs every content warning confirmed; not confirmed: self harm (the ' +
				'scenario carries it), suicide (the text mentions it: “suicide” in instructions), ' +
				'firearms (the text mentions it: “gun” in step 2 prompt). Tick them, or request changes.'
		});
		// Dropping the author's warning is not confirming it.
		await expect(approve(['suicide', 'firearms'])).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringMatching(/not confirmed: self harm \(the scenario carries it\)\./)
		});
		await expect(approve(['self-harm', 'suicide'])).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringMatching(/not confirmed: firearms \(the text mentions it: “gun”/)
		});
		const none = await database.db
			.select()
			.from(scenarioReviews)
			.where(eq(scenarioReviews.scenarioId, id));
		expect(none).toEqual([]);
		const [waiting] = await database.db.select().from(scenarios).where(eq(scenarios.id, id));
		expect(waiting).toMatchObject({ status: 'in_review', contentWarnings: ['self-harm'] });
	});

	it('an approval stores the confirmed warnings, which the approved scenario carries and the filter hides', async () => {
		const { id, slug } = await inReview('Confirmed and hidden');
		// The reviewer ticks the proposals and one more of their own (domestic violence).
		const decided = await as(reviewer).review.submit({
			scenarioId: id,
			...scores,
			decision: 'approved',
			confirmedWarnings: ['firearms', 'self-harm', 'suicide', 'domestic-violence']
		});
		expect(decided.status).toBe('approved');

		const ordered = ['suicide', 'self-harm', 'domestic-violence', 'firearms'];
		const [review] = await database.db
			.select()
			.from(scenarioReviews)
			.where(eq(scenarioReviews.scenarioId, id));
		expect(review.confirmedWarnings).toEqual(ordered);
		const page = await as(null).scenario.bySlug({ slug });
		expect(page.scenario.contentWarnings).toEqual(ordered);

		const listed = async (hideWarnings?: ('suicide' | 'bullying')[]) =>
			(await as(null).marketplace.list({ search: 'Confirmed and hidden', hideWarnings })).items.map(
				(i) => i.id
			);
		expect(await listed()).toEqual([id]);
		expect(await listed(['bullying'])).toEqual([id]);
		expect(await listed(['suicide'])).toEqual([]);

		// The author learns which warnings the reviewer added.
		const [note] = (await as(author).notification.list({})).items.filter((n) =>
			n.title.includes('Confirmed and hidden')
		);
		expect(note.body).toContain(
			'The reviewer added the content warnings: suicide, domestic violence, firearms.'
		);
	});

	it('requesting changes or rejecting needs no confirmation and stores none', async () => {
		const { id } = await inReview('Changes first');
		await as(reviewer).review.submit({
			scenarioId: id,
			...scores,
			concerns: 'Add the suicide warning and a debrief.',
			decision: 'changes_requested'
		});
		const [review] = await database.db
			.select()
			.from(scenarioReviews)
			.where(eq(scenarioReviews.scenarioId, id));
		expect(review).toMatchObject({ decision: 'changes_requested', confirmedWarnings: [] });
	});

	it('a revision is judged on its own text: a new topic must be confirmed before it goes live', async () => {
		const { id, slug } = await as(author).studio.create(
			scenarioContent({ title: 'Calm revision', contentWarnings: [] })
		);
		await as(author).studio.submit({ id });
		await as(reviewer).review.submit({
			scenarioId: id,
			...scores,
			decision: 'approved',
			confirmedWarnings: []
		});

		await as(author).studio.update({
			id,
			content: scenarioContent({
				title: 'Calm revision',
				context: 'He mentions the rifles in the barn.'
			})
		});
		expect((await as(author).studio.get({ id })).warningProposals).toEqual([
			{ warning: 'firearms', evidence: [{ path: 'context', matches: ['rifles'] }] }
		]);
		expect((await as(author).studio.submit({ id })).unconfirmedWarnings).toEqual(['firearms']);

		const item = await as(reviewer).review.item({ scenarioId: id });
		expect(item.kind).toBe('revision');
		expect(item.warningScan.map((f) => f.warning)).toEqual(['firearms']);
		await expect(
			as(reviewer).review.submit({
				scenarioId: id,
				...scores,
				decision: 'approved',
				confirmedWarnings: []
			})
		).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('firearms') });
		expect((await as(null).scenario.bySlug({ slug })).scenario.contentWarnings).toEqual([]);

		await as(reviewer).review.submit({
			scenarioId: id,
			...scores,
			decision: 'approved',
			confirmedWarnings: ['firearms']
		});
		const live = (await as(null).scenario.bySlug({ slug })).scenario;
		expect(live).toMatchObject({
			context: 'He mentions the rifles in the barn.',
			contentWarnings: ['firearms'],
			version: 2
		});
	});
});
