import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import {
	auditLog,
	notifications,
	scenarioRevisions,
	scenarios
} from '../../src/lib/server/db/schema';
import { listExternalScenarios } from '../../src/lib/server/external-api/queries';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { approve } from '../support/reviews';
import { insertSkills, makeUser, scenarioContent } from '../support/factories';

// Visibility is the author's choice, not reviewed content: changing it on an approved scenario
// applies to the live scenario at once (listed or delisted in the same transaction), creates
// no revision, needs no review, and is audited (it changes what the marketplace shows).

describe.each(ENGINES)('studio: visibility is applied at once, never reviewed, on %s', (engine) => {
	let database: TestDatabase;
	let author: SessionUser;
	let reviewer: SessionUser;
	let learner: SessionUser;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		author = await makeUser(database.db, { displayName: 'Author V' });
		reviewer = await makeUser(database.db, { role: 'reviewer', displayName: 'Dr V' });
		learner = await makeUser(database.db, { displayName: 'Learner V' });
	});
	afterAll(() => database?.destroy());

	const as = (user: SessionUser | null) => callerAs(database.db, user);

	/** What learners and the partner API see of `id`: listed? page open to a stranger? */
	async function seenAs(id: string, slug: string) {
		const market = await as(null).marketplace.list({ limit: 100, sort: 'newest' });
		const library = await as(learner).scenario.list({ limit: 100, sort: 'newest' });
		const external = await listExternalScenarios(database.db, { limit: 200 });
		const page = await as(learner)
			.scenario.bySlug({ slug })
			.then(
				(p) => p.scenario.title,
				(e: { code: string }) => e.code
			);
		return {
			marketplace: market.items.some((i) => i.id === id),
			library: library.items.some((i) => i.id === id),
			external: external.scenarios.some((s) => s.id === id),
			page
		};
	}

	async function approvedScenario(visibility?: 'private' | 'unlisted' | 'public') {
		const content = scenarioContent({
			title: `Visibility ${Math.random().toString(36).slice(2, 8)}`
		});
		// No visibility given: a new scenario starts private.
		const created = await as(author).studio.create(
			visibility ? { ...content, visibility } : { ...content, visibility: undefined }
		);
		await as(author).studio.submit({ id: created.id });
		await as(reviewer).review.submit({ scenarioId: created.id, ...approve });
		return { ...created, title: content.title };
	}

	const revisionsOf = (id: string) =>
		database.db.select().from(scenarioRevisions).where(eq(scenarioRevisions.scenarioId, id));
	const rowOf = async (id: string) =>
		(await database.db.select().from(scenarios).where(eq(scenarios.id, id)))[0];
	const visibilityAudit = (id: string) =>
		database.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityId, id))
			.then((rows) => rows.filter((r) => r.action === 'scenario.visibility'));

	it('starts private; the queue and the review form say so', async () => {
		const content = scenarioContent({ title: 'Private by default' });
		const { id } = await as(author).studio.create({ ...content, visibility: undefined });
		expect((await rowOf(id)).visibility).toBe('private');
		await as(author).studio.submit({ id });
		const queue = await as(reviewer).review.queue({});
		expect(queue.items.find((i) => i.scenarioId === id)).toMatchObject({
			kind: 'scenario',
			visibility: 'private'
		});
		expect((await as(reviewer).review.item({ scenarioId: id })).scenario).toMatchObject({
			visibility: 'private',
			builtIn: false
		});
	});

	it('private -> public on an approved scenario lists it at once: no revision, no review, audited', async () => {
		const { id, slug, title } = await approvedScenario();
		expect(await seenAs(id, slug)).toEqual({
			marketplace: false,
			library: false,
			external: false,
			page: 'NOT_FOUND'
		});

		const result = await as(author).studio.setVisibility({ id, visibility: 'public' });
		expect(result).toEqual({ visibility: 'public', changed: true, listed: true });
		expect(await seenAs(id, slug)).toEqual({
			marketplace: true,
			library: true,
			external: true,
			page: title
		});
		expect(await revisionsOf(id)).toEqual([]);
		expect(await rowOf(id)).toMatchObject({ status: 'approved', version: 1 });
		// Nothing waits for a reviewer, and nobody else is notified of the author's choice.
		expect((await as(reviewer).review.queue({})).items.some((i) => i.scenarioId === id)).toBe(
			false
		);
		const notes = await database.db
			.select()
			.from(notifications)
			.where(eq(notifications.userId, reviewer.id));
		expect(notes).toEqual([]);
		expect(await visibilityAudit(id)).toMatchObject([
			{
				actorId: author.id,
				entityType: 'scenario',
				before: { visibility: 'private', listed: false },
				after: { visibility: 'public', listed: true }
			}
		]);

		// The same choice again changes nothing and records nothing.
		expect(await as(author).studio.setVisibility({ id, visibility: 'public' })).toMatchObject({
			changed: false
		});
		expect(await visibilityAudit(id)).toHaveLength(1);
	});

	it('public -> private delists at once; unlisted opens by link only', async () => {
		const { id, slug, title } = await approvedScenario('public');
		expect((await seenAs(id, slug)).marketplace).toBe(true);

		await as(author).studio.setVisibility({ id, visibility: 'private' });
		expect(await seenAs(id, slug)).toEqual({
			marketplace: false,
			library: false,
			external: false,
			page: 'NOT_FOUND'
		});
		await as(author).studio.setVisibility({ id, visibility: 'unlisted' });
		expect(await seenAs(id, slug)).toEqual({
			marketplace: false,
			library: false,
			external: false,
			page: title
		});
		expect(await revisionsOf(id)).toEqual([]);
		expect((await visibilityAudit(id)).map((a) => a.after)).toEqual(
			expect.arrayContaining([
				{ visibility: 'private', listed: false },
				{ visibility: 'unlisted', listed: false }
			])
		);
	});

	it('the editor’s autosave changing only the visibility applies it too, without a revision', async () => {
		const { id, slug, title } = await approvedScenario();
		const editor = await as(author).studio.get({ id });
		const saved = await as(author).studio.update({
			id,
			content: { ...editor.content, visibility: 'public' }
		});
		expect(saved).toMatchObject({
			target: 'scenario',
			changed: true,
			visibilityApplied: true,
			revisionStatus: null
		});
		expect(await revisionsOf(id)).toEqual([]);
		expect(await seenAs(id, slug)).toMatchObject({ marketplace: true, page: title });
	});

	it('content and visibility changed together: the visibility is live now, the content waits in a revision', async () => {
		const { id, slug, title } = await approvedScenario();
		const saved = await as(author).studio.update({
			id,
			content: scenarioContent({ title: 'Reworded, still to review', visibility: 'public' })
		});
		expect(saved).toMatchObject({
			target: 'revision',
			changed: true,
			revisionStatus: 'draft',
			visibilityApplied: true
		});
		// Listed now, with the approved content, not the revision's.
		expect(await seenAs(id, slug)).toMatchObject({ marketplace: true, page: title });
		const [revision] = await revisionsOf(id);
		expect(revision.content).toMatchObject({
			title: 'Reworded, still to review',
			visibility: 'public'
		});
	});

	it('a revision waiting for review follows a visibility change, and its approval keeps it', async () => {
		const { id, slug } = await approvedScenario('public');
		await as(author).studio.update({
			id,
			content: scenarioContent({ title: 'Revision in review', visibility: 'public' })
		});
		await as(author).studio.submit({ id });
		// Editing is paused while the revision is judged; who sees the live one is not.
		await as(author).studio.setVisibility({ id, visibility: 'private' });
		expect((await seenAs(id, slug)).marketplace).toBe(false);
		expect((await revisionsOf(id))[0]).toMatchObject({ status: 'in_review' });
		expect((await revisionsOf(id))[0].content).toMatchObject({ visibility: 'private' });

		await as(reviewer).review.submit({ scenarioId: id, ...approve });
		expect(await rowOf(id)).toMatchObject({
			title: 'Revision in review',
			version: 2,
			visibility: 'private'
		});
		expect(await seenAs(id, slug)).toMatchObject({ marketplace: false, page: 'NOT_FOUND' });
	});

	it('before approval it is the draft’s setting, not an edit that answers a review; final once rejected or archived', async () => {
		const { id } = await as(author).studio.create(scenarioContent({ title: 'Draft visibility' }));
		await as(author).studio.submit({ id });
		// While in review too: it decides only what approval will do.
		await as(author).studio.setVisibility({ id, visibility: 'unlisted' });
		await as(reviewer).review.submit({
			scenarioId: id,
			...approve,
			decision: 'changes_requested',
			concerns: 'Ask about safety earlier.'
		});
		await as(author).studio.setVisibility({ id, visibility: 'private' });
		expect((await as(author).studio.get({ id })).canSubmit).toBe(false);
		expect(await visibilityAudit(id)).toEqual([]);

		const rejected = await as(author).studio.create(scenarioContent({ title: 'Rejected one' }));
		await as(author).studio.submit({ id: rejected.id });
		await as(reviewer).review.submit({
			scenarioId: rejected.id,
			...approve,
			decision: 'rejected',
			concerns: 'Not suitable.'
		});
		await expect(
			as(author).studio.setVisibility({ id: rejected.id, visibility: 'private' })
		).rejects.toMatchObject({
			code: 'CONFLICT',
			message: 'Cannot change who sees a scenario that is rejected'
		});

		const archived = await approvedScenario('public');
		await as(author).studio.archive({ id: archived.id });
		await expect(
			as(author).studio.setVisibility({ id: archived.id, visibility: 'private' })
		).rejects.toMatchObject({ code: 'CONFLICT' });
	});

	it('only the author sets it', async () => {
		const { id } = await approvedScenario('public');
		await expect(
			as(learner).studio.setVisibility({ id, visibility: 'private' })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		const hidden = await approvedScenario('private');
		await expect(
			as(learner).studio.setVisibility({ id: hidden.id, visibility: 'public' })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		expect((await rowOf(hidden.id)).visibility).toBe('private');
	});
});
