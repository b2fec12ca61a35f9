import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import {
	auditLog,
	notifications,
	reviewClaims,
	scenarioReviews,
	scenarios
} from '../../src/lib/server/db/schema';
import {
	getApprovalThreshold,
	setApprovalThreshold
} from '../../src/lib/server/services/authoring/approval-threshold';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertSkills, makeUser, scenarioContent } from '../support/factories';

const scores = {
	emotionalSafety: 4,
	therapeuticCorrectness: 4,
	ageAppropriateness: 4,
	revealTiming: 4
};

describe.each(ENGINES)('review desk on %s', (engine) => {
	let database: TestDatabase;
	let author: SessionUser;
	let learner: SessionUser;
	let reviewerA: SessionUser;
	let reviewerB: SessionUser;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		author = await makeUser(database.db, { displayName: 'Parent Author' });
		learner = await makeUser(database.db);
		reviewerA = await makeUser(database.db, { role: 'reviewer', displayName: 'Dr A' });
		reviewerB = await makeUser(database.db, { role: 'reviewer', displayName: 'Dr B' });
	});
	afterAll(() => database?.destroy());

	const as = (user: SessionUser | null) => callerAs(database.db, user);

	async function submitted(
		user: SessionUser = author,
		overrides: Parameters<typeof scenarioContent>[0] = {}
	) {
		const { id } = await as(user).studio.create(scenarioContent(overrides));
		await as(user).studio.submit({ id });
		return id;
	}

	it('keeps learners and visitors out of every review procedure', async () => {
		const id = await submitted();
		const learnerCalls = [
			() => as(learner).review.queue({}),
			() => as(learner).review.claim({ scenarioId: id }),
			() => as(learner).review.item({ scenarioId: id }),
			() =>
				as(learner).review.submit({
					scenarioId: id,
					...scores,
					decision: 'approved',
					confirmedWarnings: []
				}),
			() => as(learner).review.mine({})
		];
		for (const call of learnerCalls) {
			await expect(call()).rejects.toMatchObject({ code: 'FORBIDDEN' });
		}
		await expect(
			as(null).review.submit({
				scenarioId: id,
				...scores,
				decision: 'approved',
				confirmedWarnings: []
			})
		).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
		// The author (a plain learner) cannot approve their own work either.
		await expect(
			as(author).review.submit({
				scenarioId: id,
				...scores,
				decision: 'approved',
				confirmedWarnings: []
			})
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		const [row] = await database.db.select().from(scenarios).where(eq(scenarios.id, id));
		expect(row.status).toBe('in_review');
	});

	it('a reviewer cannot claim or review their own scenario', async () => {
		const id = await submitted(reviewerA);
		await expect(as(reviewerA).review.claim({ scenarioId: id })).rejects.toMatchObject({
			code: 'FORBIDDEN',
			message: 'You cannot review your own scenario'
		});
		await expect(
			as(reviewerA).review.submit({
				scenarioId: id,
				...scores,
				decision: 'approved',
				confirmedWarnings: []
			})
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		const queue = await as(reviewerA).review.queue({});
		expect(queue.items.find((i) => i.scenarioId === id)?.isOwn).toBe(true);
		// Another reviewer can.
		await expect(
			as(reviewerB).review.submit({
				scenarioId: id,
				...scores,
				decision: 'approved',
				confirmedWarnings: []
			})
		).resolves.toMatchObject({ status: 'approved' });
	});

	it('claims lock an item for 30 minutes; others get CONFLICT until it expires or is released', async () => {
		const id = await submitted();
		const claim = await as(reviewerA).review.claim({ scenarioId: id });
		const minutes = (claim.expiresAt.getTime() - Date.now()) / 60_000;
		expect(minutes).toBeGreaterThan(29);
		expect(minutes).toBeLessThanOrEqual(30.1);

		await expect(as(reviewerB).review.claim({ scenarioId: id })).rejects.toMatchObject({
			code: 'CONFLICT',
			message: expect.stringContaining('Dr A has claimed this scenario until')
		});
		await expect(
			as(reviewerB).review.submit({
				scenarioId: id,
				...scores,
				decision: 'approved',
				confirmedWarnings: []
			})
		).rejects.toMatchObject({ code: 'CONFLICT' });
		// Claiming again extends one's own claim.
		await expect(as(reviewerA).review.claim({ scenarioId: id })).resolves.toBeTruthy();
		const queue = await as(reviewerB).review.queue({});
		expect(queue.items.find((i) => i.scenarioId === id)?.claim).toMatchObject({
			reviewerName: 'Dr A',
			mine: false
		});

		// Releasing someone else's claim does nothing; one's own frees the item.
		expect(await as(reviewerB).review.release({ scenarioId: id })).toEqual({ released: false });
		expect(await as(reviewerA).review.release({ scenarioId: id })).toEqual({ released: true });
		await as(reviewerB).review.claim({ scenarioId: id });

		// An expired claim is up for grabs.
		await database.db
			.update(reviewClaims)
			.set({ expiresAt: sql`now() - interval '1 minute'` })
			.where(eq(reviewClaims.scenarioId, id));
		expect(
			(await as(reviewerA).review.queue({})).items.find((i) => i.scenarioId === id)?.claim
		).toBeNull();
		await expect(as(reviewerA).review.claim({ scenarioId: id })).resolves.toBeTruthy();
		const [held] = await database.db
			.select()
			.from(reviewClaims)
			.where(eq(reviewClaims.scenarioId, id));
		expect(held.reviewerId).toBe(reviewerA.id);
	});

	it('submitting claims a free item atomically and frees the claim afterwards', async () => {
		const id = await submitted();
		await as(reviewerB).review.submit({
			scenarioId: id,
			...scores,
			decision: 'approved',
			confirmedWarnings: []
		});
		const claims = await database.db
			.select()
			.from(reviewClaims)
			.where(eq(reviewClaims.scenarioId, id));
		expect(claims).toHaveLength(0);
		await expect(as(reviewerA).review.claim({ scenarioId: id })).rejects.toMatchObject({
			code: 'CONFLICT',
			message: 'Cannot claim a scenario that is approved: it is not waiting for review'
		});
	});

	it('the safety gate refuses approval below the threshold, naming the failing dimensions', async () => {
		const id = await submitted();
		await expect(
			as(reviewerA).review.submit({
				scenarioId: id,
				emotionalSafety: 2,
				therapeuticCorrectness: 4,
				ageAppropriateness: 5,
				revealTiming: 1,
				decision: 'approved',
				confirmedWarnings: []
			})
		).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message:
				'Approval needs every score at 3 or above; below it: Emotional safety (2), Reveal timing (1)'
		});
		const reviews = await database.db
			.select()
			.from(scenarioReviews)
			.where(eq(scenarioReviews.scenarioId, id));
		expect(reviews).toHaveLength(0);

		// The threshold is an admin setting.
		const admin = await makeUser(database.db, { role: 'admin' });
		expect(await getApprovalThreshold(database.db)).toBe(3);
		await setApprovalThreshold(database.db, 4, admin.id);
		try {
			expect(await getApprovalThreshold(database.db)).toBe(4);
			await expect(
				as(reviewerA).review.submit({
					scenarioId: id,
					...scores,
					therapeuticCorrectness: 3,
					decision: 'approved',
					confirmedWarnings: []
				})
			).rejects.toMatchObject({
				code: 'BAD_REQUEST',
				message: expect.stringContaining('Therapeutic correctness (3)')
			});
			// Low scores are fine for any other decision.
			await expect(
				as(reviewerA).review.submit({
					scenarioId: id,
					...scores,
					emotionalSafety: 1,
					concerns: 'Far too graphic.',
					decision: 'changes_requested'
				})
			).resolves.toMatchObject({ status: 'changes_requested' });
			const [audit] = await database.db
				.select()
				.from(auditLog)
				.where(
					and(
						eq(auditLog.action, 'setting.update'),
						eq(auditLog.entityId, 'review.approval_threshold')
					)
				);
			expect(audit).toMatchObject({ actorId: admin.id, before: { value: 3 }, after: { value: 4 } });
			await expect(setApprovalThreshold(database.db, 6, admin.id)).rejects.toMatchObject({
				code: 'BAD_REQUEST'
			});
		} finally {
			await setApprovalThreshold(database.db, 3, admin.id);
		}
	});

	it('requires concerns when not approving', async () => {
		const id = await submitted();
		await expect(
			as(reviewerA).review.submit({ scenarioId: id, ...scores, decision: 'rejected' })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expect(
			as(reviewerA).review.submit({
				scenarioId: id,
				...scores,
				emotionalSafety: 6,
				decision: 'approved',
				confirmedWarnings: []
			} as never)
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
	});

	it('notifies the author when a review lands; each user reads and clears only their own', async () => {
		const id = await submitted(author, { title: 'Notify me' });
		const before = await as(author).notification.summary();
		await as(reviewerA).review.submit({
			scenarioId: id,
			...scores,
			concerns: 'Add a debrief.',
			decision: 'changes_requested'
		});
		const list = await as(author).notification.list({});
		expect(list.items[0]).toMatchObject({
			kind: 'review_landed',
			title: 'Review of “Notify me”: changes requested',
			body: 'Add a debrief.',
			link: `/studio/${id}`,
			readAt: null
		});
		expect((await as(author).notification.summary()).unread).toBe(before.unread + 1);
		expect((await as(author).notification.summary()).pendingReviews).toBeNull();

		// Someone else's ids are silently ignored.
		expect(await as(learner).notification.markRead({ ids: [list.items[0].id] })).toEqual({
			marked: 0
		});
		expect(await as(author).notification.markRead({})).toMatchObject({
			marked: before.unread + 1
		});
		expect((await as(author).notification.summary()).unread).toBe(0);
		await expect(as(null).notification.summary()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
	});

	it('lists the queue oldest first with filters, pending counts and past reviews', async () => {
		// Clear the queue so the counts below are exact.
		await database.db
			.update(scenarios)
			.set({ status: 'rejected' })
			.where(eq(scenarios.status, 'in_review'));
		const other = await makeUser(database.db, { displayName: 'Teacher Author' });
		const cbt = await submitted(author, {
			title: 'CBT quest',
			psychologicalModule: 'CBT',
			ageRange: '7-9',
			skills: ['active-listening']
		});
		const dbt = await submitted(other, {
			title: 'DBT chat',
			psychologicalModule: 'DBT',
			ageRange: '13-15',
			skills: ['de-escalation']
		});
		const mine = await submitted(reviewerB, { title: 'Reviewer B wrote this' });
		// Oldest first, whatever the insertion order: make the DBT one the oldest.
		await database.db
			.update(scenarios)
			.set({ submittedAt: sql`now() - interval '3 days'` })
			.where(eq(scenarios.id, dbt));

		const queue = await as(reviewerB).review.queue({});
		expect(queue.items.map((i) => i.scenarioId)).toEqual([dbt, cbt, mine]);
		expect(queue.pendingCount).toBe(3);
		expect(queue.pendingForMe).toBe(2);
		expect((await as(reviewerB).review.pending()).pendingForMe).toBe(2);
		expect((await as(reviewerB).notification.summary()).pendingReviews).toBe(2);

		const ids = async (filters: Parameters<ReturnType<typeof as>['review']['queue']>[0]) =>
			(await as(reviewerB).review.queue(filters)).items.map((i) => i.scenarioId);
		expect(await ids({ psychologicalModule: 'CBT' })).toEqual([cbt]);
		expect(await ids({ ageRange: '13-15' })).toEqual([dbt]);
		expect(await ids({ skill: 'de-escalation' })).toEqual([dbt]);
		expect(await ids({ authorId: author.id })).toEqual([cbt]);
		const authors = await as(reviewerB).review.authors();
		expect(authors.map((a) => a.name)).toEqual(
			expect.arrayContaining(['Parent Author', 'Teacher Author'])
		);

		await as(reviewerB).review.submit({
			scenarioId: cbt,
			...scores,
			decision: 'approved',
			confirmedWarnings: []
		});
		const past = await as(reviewerB).review.mine({});
		expect(past[0]).toMatchObject({
			scenarioId: cbt,
			title: 'CBT quest',
			decision: 'approved',
			scenarioVersion: 1,
			isRevision: false
		});
		expect((await as(reviewerA).review.mine({})).some((r) => r.scenarioId === cbt)).toBe(false);

		const item = await as(reviewerA).review.item({ scenarioId: dbt });
		expect(item).toMatchObject({ inQueue: true, kind: 'scenario', judgedVersion: 1, threshold: 3 });
		expect(item.content.title).toBe('DBT chat');
		// A private draft outside the queue stays hidden from reviewers.
		const { id: hidden } = await as(author).studio.create(
			scenarioContent({ visibility: 'private' })
		);
		await expect(as(reviewerA).review.item({ scenarioId: hidden })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});

	it('two reviewers racing to decide the same item produce exactly one review', async () => {
		for (let round = 0; round < 5; round++) {
			const id = await submitted();
			const results = await Promise.allSettled([
				as(reviewerA).review.submit({
					scenarioId: id,
					...scores,
					decision: 'approved',
					confirmedWarnings: []
				}),
				as(reviewerB).review.submit({
					scenarioId: id,
					...scores,
					concerns: 'Needs work.',
					decision: 'changes_requested'
				})
			]);
			const ok = results.filter((r) => r.status === 'fulfilled');
			const failed = results.filter((r) => r.status === 'rejected');
			expect(ok).toHaveLength(1);
			expect(failed).toHaveLength(1);
			expect((failed[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
			const reviews = await database.db
				.select()
				.from(scenarioReviews)
				.where(eq(scenarioReviews.scenarioId, id));
			expect(reviews).toHaveLength(1);
			const [row] = await database.db.select().from(scenarios).where(eq(scenarios.id, id));
			expect(row.status).toBe(reviews[0].decision);
			const sent = await database.db
				.select()
				.from(notifications)
				.where(eq(notifications.link, `/studio/${id}`));
			expect(sent).toHaveLength(1);
		}
	});

	it('two reviewers racing to claim: one wins, the other gets CONFLICT', async () => {
		for (let round = 0; round < 5; round++) {
			const id = await submitted();
			const results = await Promise.allSettled([
				as(reviewerA).review.claim({ scenarioId: id }),
				as(reviewerB).review.claim({ scenarioId: id })
			]);
			expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
			const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
			expect(failed.reason).toMatchObject({ code: 'CONFLICT' });
		}
	});
});
