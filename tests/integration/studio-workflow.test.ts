import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioRevisions, scenarioReviews, scenarios } from '../../src/lib/server/db/schema';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { approve } from '../support/reviews';
import { insertSkills, makeUser, scenarioContent } from '../support/factories';

describe.each(ENGINES)('studio: authoring and the status machine on %s', (engine) => {
	let database: TestDatabase;
	let author: SessionUser;
	let other: SessionUser;
	let reviewer: SessionUser;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		author = await makeUser(database.db, { displayName: 'Author A' });
		other = await makeUser(database.db, { displayName: 'Author B' });
		reviewer = await makeUser(database.db, { role: 'reviewer', displayName: 'Dr Reviewer' });
	});
	afterAll(() => database?.destroy());

	const as = (user: SessionUser | null) => callerAs(database.db, user);

	async function draft(user = author, overrides: Parameters<typeof scenarioContent>[0] = {}) {
		return as(user).studio.create(scenarioContent(overrides));
	}

	it('creates a draft that only its author sees, and lists it in their studio', async () => {
		const { id, slug, status } = await draft();
		expect(status).toBe('draft');
		expect(slug).toMatch(/^a-caller-who-cannot-sleep-[a-z0-9-]+$/);
		const mine = await as(author).studio.mine();
		expect(mine.find((s) => s.id === id)).toMatchObject({
			status: 'draft',
			revisionStatus: null,
			latestReview: null
		});
		expect((await as(other).studio.mine()).some((s) => s.id === id)).toBe(false);
		await expect(as(other).scenario.bySlug({ slug })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		expect((await as(author).scenario.bySlug({ slug })).scenario.id).toBe(id);
	});

	it('refuses the studio to signed-out visitors and validates content with the shared schema', async () => {
		await expect(as(null).studio.mine()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
		await expect(
			as(author).studio.create({ ...scenarioContent(), title: 'x' })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expect(
			as(author).studio.create(scenarioContent({ skills: ['no-such-skill'] }))
		).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Unknown skill: no-such-skill' });
		const { id } = await draft();
		await expect(
			as(author).studio.update({
				id,
				content: {
					...scenarioContent(),
					steps: [{ id: 'a', title: 'A', prompt: 'Hi', next: 'missing' }]
				}
			})
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
	});

	it('lets only the author edit, submit or archive (FORBIDDEN when visible, NOT_FOUND when hidden)', async () => {
		const { id } = await draft();
		const content = scenarioContent({ title: 'Hijacked' });
		await expect(as(other).studio.update({ id, content })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(as(other).studio.get({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(as(other).studio.submit({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
		// An admin may see a draft but still cannot edit someone else's work in the studio.
		const admin = await makeUser(database.db, { role: 'admin' });
		await expect(as(admin).studio.update({ id, content })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});

		await as(author).studio.submit({ id });
		await as(reviewer).review.submit({ scenarioId: id, ...approve });
		await expect(as(other).studio.update({ id, content })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		await expect(as(other).studio.archive({ id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
		const [row] = await database.db.select().from(scenarios).where(eq(scenarios.id, id));
		expect(row.title).toBe('A caller who cannot sleep');
	});

	it('autosaves a draft in place and ignores a save that changes nothing', async () => {
		const { id } = await draft();
		const before = await as(author).studio.get({ id });
		const same = await as(author).studio.update({ id, content: before.content });
		expect(same).toMatchObject({ target: 'scenario', changed: false, status: 'draft' });

		const edited = await as(author).studio.update({
			id,
			content: scenarioContent({ title: 'A caller who cannot sleep, revised', estimatedTime: 20 })
		});
		expect(edited).toMatchObject({ target: 'scenario', changed: true, status: 'draft' });
		const after = await as(author).studio.get({ id });
		expect(after.content.title).toBe('A caller who cannot sleep, revised');
		expect(after.content.estimatedTime).toBe(20);
		expect(after.revision).toBeNull();
		const [row] = await database.db.select().from(scenarios).where(eq(scenarios.id, id));
		expect(row.metadataVersion).toBe(2);
	});

	it('walks draft -> in_review -> approved -> archived, refusing every other step with CONFLICT', async () => {
		const { id } = await draft();
		await expect(as(author).studio.archive({ id })).rejects.toMatchObject({
			code: 'CONFLICT',
			message: 'Cannot archive a scenario that is draft'
		});
		expect(await as(author).studio.submit({ id })).toEqual({
			target: 'scenario',
			status: 'in_review',
			unconfirmedWarnings: []
		});
		await expect(as(author).studio.submit({ id })).rejects.toMatchObject({
			code: 'CONFLICT',
			message: 'Cannot submit for review a scenario that is in review'
		});
		await expect(
			as(author).studio.update({ id, content: scenarioContent({ title: 'Mid-review edit' }) })
		).rejects.toMatchObject({
			code: 'CONFLICT',
			message: 'Cannot edit a scenario that is in review'
		});
		await expect(as(author).studio.archive({ id })).rejects.toMatchObject({ code: 'CONFLICT' });

		const result = await as(reviewer).review.submit({ scenarioId: id, ...approve });
		expect(result).toMatchObject({ target: 'scenario', status: 'approved', scenarioVersion: 1 });
		await expect(as(reviewer).review.submit({ scenarioId: id, ...approve })).rejects.toMatchObject({
			code: 'CONFLICT',
			message: 'Cannot approve a scenario that is approved'
		});
		await expect(as(author).studio.submit({ id })).rejects.toMatchObject({
			code: 'CONFLICT',
			message: expect.stringContaining('Cannot submit for review a scenario that is approved')
		});

		expect(await as(author).studio.archive({ id })).toEqual({ status: 'archived' });
		for (const call of [
			() => as(author).studio.archive({ id }),
			() => as(author).studio.submit({ id }),
			() => as(author).studio.update({ id, content: scenarioContent({ title: 'Revived' }) })
		]) {
			await expect(call()).rejects.toMatchObject({
				code: 'CONFLICT',
				message: expect.stringMatching(/^Cannot .* a scenario that is archived$/)
			});
		}
	});

	it('refuses submission without steps or skills', async () => {
		const { id } = await draft(author, { steps: [], skills: [] });
		await expect(as(author).studio.submit({ id })).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: 'Before submitting: add at least one step; pick at least one skill'
		});
	});

	it('changes requested -> the author sees the concerns, must edit, then resubmits', async () => {
		const { id } = await draft();
		await as(author).studio.submit({ id });
		await as(reviewer).review.submit({
			scenarioId: id,
			emotionalSafety: 2,
			therapeuticCorrectness: 3,
			ageAppropriateness: 4,
			revealTiming: 3,
			concerns: 'The risk question comes too late.',
			recommendations: 'Ask about suicide directly in step 2.',
			decision: 'changes_requested'
		});
		const view = await as(author).studio.get({ id });
		expect(view.scenario.status).toBe('changes_requested');
		expect(view.canSubmit).toBe(false);
		expect(view.reviews[0]).toMatchObject({
			decision: 'changes_requested',
			concerns: 'The risk question comes too late.',
			recommendations: 'Ask about suicide directly in step 2.',
			emotionalSafety: 2,
			reviewerName: 'Dr Reviewer',
			scenarioVersion: 1,
			revisionId: null
		});
		await expect(as(author).studio.submit({ id })).rejects.toMatchObject({
			code: 'CONFLICT',
			message: expect.stringContaining('before editing it')
		});
		await as(author).studio.update({
			id,
			content: scenarioContent({ instructions: 'Ask about suicide directly and early.' })
		});
		expect((await as(author).studio.get({ id })).canSubmit).toBe(true);
		expect(await as(author).studio.submit({ id })).toEqual({
			target: 'scenario',
			status: 'in_review',
			// not a block: the reviewer will confirm the warning the new text calls for
			unconfirmedWarnings: ['suicide']
		});
	});

	it('a rejected scenario is final', async () => {
		const { id } = await draft();
		await as(author).studio.submit({ id });
		await as(reviewer).review.submit({
			scenarioId: id,
			...approve,
			decision: 'rejected',
			concerns: 'Not suitable for this audience.'
		});
		await expect(
			as(author).studio.update({ id, content: scenarioContent({ title: 'Try again' }) })
		).rejects.toMatchObject({
			code: 'CONFLICT',
			message: 'Cannot edit a scenario that is rejected'
		});
		await expect(as(author).studio.submit({ id })).rejects.toMatchObject({
			code: 'CONFLICT',
			message: 'Cannot submit for review a scenario that is rejected'
		});
	});

	it('edits of an approved scenario wait in a revision; approval copies them and bumps the version', async () => {
		const { id, slug } = await draft();
		await as(author).studio.submit({ id });
		await as(reviewer).review.submit({ scenarioId: id, ...approve });

		const saved = await as(author).studio.update({
			id,
			content: scenarioContent({ title: 'Revised title', description: 'Revised description.' })
		});
		expect(saved).toMatchObject({
			target: 'revision',
			changed: true,
			status: 'approved',
			revisionStatus: 'draft'
		});
		// A second save updates the same revision (one open revision per scenario).
		await as(author).studio.update({
			id,
			content: scenarioContent({ title: 'Revised title 2', description: 'Revised description.' })
		});
		const revisions = await database.db
			.select()
			.from(scenarioRevisions)
			.where(eq(scenarioRevisions.scenarioId, id));
		expect(revisions).toHaveLength(1);
		expect(revisions[0]).toMatchObject({ status: 'draft', baseVersion: 1 });

		// Everyone else still sees the approved version.
		const learner = await makeUser(database.db);
		const page = await as(learner).scenario.bySlug({ slug });
		expect(page.scenario.title).toBe('A caller who cannot sleep');
		const listed = await as(learner).marketplace.list({ limit: 100 });
		expect(listed.items.find((i) => i.id === id)?.title).toBe('A caller who cannot sleep');

		const editor = await as(author).studio.get({ id });
		expect(editor.content.title).toBe('Revised title 2');
		expect(editor.live.title).toBe('A caller who cannot sleep');
		expect(editor.revision).toMatchObject({ status: 'draft', baseVersion: 1 });

		expect(await as(author).studio.submit({ id })).toEqual({
			target: 'revision',
			status: 'in_review',
			unconfirmedWarnings: []
		});
		await expect(
			as(author).studio.update({ id, content: scenarioContent({ title: 'Sneaky edit' }) })
		).rejects.toMatchObject({
			code: 'CONFLICT',
			message: 'Cannot edit a revision that is in review'
		});

		const queue = await as(reviewer).review.queue({});
		expect(queue.items.find((i) => i.scenarioId === id)).toMatchObject({
			kind: 'revision',
			title: 'Revised title 2',
			version: 2
		});

		const decided = await as(reviewer).review.submit({ scenarioId: id, ...approve });
		expect(decided).toMatchObject({ target: 'revision', status: 'approved', scenarioVersion: 2 });
		const [row] = await database.db.select().from(scenarios).where(eq(scenarios.id, id));
		expect(row).toMatchObject({ title: 'Revised title 2', version: 2, status: 'approved' });
		expect((await as(learner).scenario.bySlug({ slug })).scenario.title).toBe('Revised title 2');

		const reviews = await database.db
			.select()
			.from(scenarioReviews)
			.where(eq(scenarioReviews.scenarioId, id));
		expect(reviews.map((r) => [r.scenarioVersion, r.revisionId]).sort()).toEqual(
			[
				[1, null],
				[2, revisions[0].id]
			].sort()
		);
		expect((await as(author).studio.get({ id })).revision).toBeNull();
	});

	it('a revision with changes requested stays private; a rejected one leaves the live version alone', async () => {
		const { id, slug } = await draft();
		await as(author).studio.submit({ id });
		await as(reviewer).review.submit({ scenarioId: id, ...approve });

		await as(author).studio.update({ id, content: scenarioContent({ title: 'Edit one' }) });
		await as(author).studio.submit({ id });
		await as(reviewer).review.submit({
			scenarioId: id,
			...approve,
			decision: 'changes_requested',
			concerns: 'Keep the original opening.'
		});
		const view = await as(author).studio.get({ id });
		expect(view.editingStatus).toBe('changes_requested');
		expect(view.canSubmit).toBe(false);
		await expect(as(author).studio.submit({ id })).rejects.toMatchObject({ code: 'CONFLICT' });
		await as(author).studio.update({ id, content: scenarioContent({ title: 'Edit two' }) });
		await as(author).studio.submit({ id });
		await as(reviewer).review.submit({
			scenarioId: id,
			...approve,
			decision: 'rejected',
			concerns: 'This direction does not work.'
		});
		const [row] = await database.db.select().from(scenarios).where(eq(scenarios.id, id));
		expect(row).toMatchObject({
			title: 'A caller who cannot sleep',
			version: 1,
			status: 'approved'
		});
		expect((await as(other).scenario.bySlug({ slug })).scenario.title).toBe(
			'A caller who cannot sleep'
		);
		// The next edit starts a new revision.
		const again = await as(author).studio.update({
			id,
			content: scenarioContent({ title: 'Edit three' })
		});
		expect(again).toMatchObject({ target: 'revision', revisionStatus: 'draft' });
		// Archiving closes the unfinished revision with the scenario.
		await as(author).studio.archive({ id });
		const open = await database.db
			.select({ status: scenarioRevisions.status })
			.from(scenarioRevisions)
			.where(eq(scenarioRevisions.scenarioId, id));
		expect(open.map((r) => r.status).sort()).toEqual(['archived', 'rejected']);
	});
});
