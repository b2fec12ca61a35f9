import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { auditLog, reviewReports, scenarioMetadata } from '../../src/lib/server/db/schema';
import { findCounterDrift } from '../../src/lib/server/services/progress/verify';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertSkills, makeScenario, makeUser, startScenario } from '../support/factories';

// Issue 12, reviews: a "completed" mark on reviews by people who completed the scenario; learners
// report someone else's review by its opaque key; admins see the open reports and hide the review
// (its rating still counts) or dismiss them. A hidden review is gone from `progress.reviews` for
// everyone but its author, who sees it marked hidden.

describe.each(ENGINES)('review marks, reports and moderation on %s', (engine) => {
	let database: TestDatabase;
	let admin: SessionUser;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		admin = await makeUser(database.db, { role: 'admin', displayName: 'Admin Ada' });
	});
	afterAll(() => database?.destroy());

	const as = (user: SessionUser | null) => callerAs(database.db, user);

	/** A scenario reviewed by Cleo (completed it) and Sam (only started it). */
	async function reviewed() {
		const scenario = await makeScenario(database.db);
		const cleo = await makeUser(database.db, { displayName: 'Cleo Completed' });
		const sam = await makeUser(database.db, { displayName: 'Sam Started' });
		await startScenario(database.db, cleo.id, scenario.id, { finish: 'completed' });
		await as(cleo).progress.rate({
			scenarioId: scenario.id,
			rating: 2,
			review: 'Cleo: you are all idiots'
		});
		await startScenario(database.db, sam.id, scenario.id);
		await as(sam).progress.rate({
			scenarioId: scenario.id,
			rating: 4,
			review: 'Sam: useful start'
		});
		const list = await as(null).progress.reviews({ scenarioId: scenario.id });
		const keyOf = (name: string) => list.items.find((r) => r.authorName === name)!.key;
		return { scenario, cleo, sam, cleoKey: keyOf('Cleo Completed'), samKey: keyOf('Sam Started') };
	}

	it('marks reviews by people who completed the scenario, with keys that do not carry the author', async () => {
		const { scenario, cleo, sam } = await reviewed();
		const list = await as(null).progress.reviews({ scenarioId: scenario.id, limit: 1 });
		const next = await as(null).progress.reviews({
			scenarioId: scenario.id,
			limit: 1,
			cursor: list.nextCursor!
		});
		expect(
			[...list.items, ...next.items].map((r) => [r.authorName, r.completed, r.hidden])
		).toEqual([
			['Sam Started', false, false],
			['Cleo Completed', true, false]
		]);
		// Neither the keys nor the cursor carry an author's id, in clear or base64-decoded.
		for (const token of [...list.items.map((r) => r.key), list.nextCursor!]) {
			const decoded = Buffer.from(token, 'base64url').toString('latin1');
			for (const id of [cleo.id, sam.id]) {
				expect(token).not.toContain(id);
				expect(decoded).not.toContain(id);
			}
		}
		// A key is stable for a review across loads and viewers, and differs between scenarios.
		const again = await as(sam).progress.reviews({ scenarioId: scenario.id });
		expect(again.items.map((r) => r.key).sort()).toEqual(
			[list.items[0].key, next.items[0].key].sort()
		);
		const other = await makeScenario(database.db);
		await startScenario(database.db, sam.id, other.id);
		await as(sam).progress.rate({ scenarioId: other.id, rating: 4, review: 'Sam again' });
		const elsewhere = await as(null).progress.reviews({ scenarioId: other.id });
		expect(elsewhere.items[0].key).not.toBe(list.items[0].key);
		// A cursor that is not ours (or was tampered with) is refused.
		const tampered = `${list.nextCursor!.slice(0, -2)}AA`;
		await expect(
			as(null).progress.reviews({ scenarioId: scenario.id, cursor: tampered })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
	});

	it('lets a signed-in learner report someone else’s review once, and nothing else', async () => {
		const { scenario, cleo, cleoKey, samKey } = await reviewed();
		const reporter = await makeUser(database.db);
		const report = (
			user: SessionUser | null,
			input: Partial<{ reviewKey: string; reason: string; scenarioId: string }>
		) =>
			as(user).progress.reportReview({
				scenarioId: scenario.id,
				reviewKey: cleoKey,
				reason: 'Insults other learners',
				...input
			});

		await expect(report(null, {})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
		await expect(report(reporter, {})).resolves.toEqual({ reported: true });
		await expect(report(reporter, { reason: 'Again' })).rejects.toMatchObject({
			code: 'CONFLICT',
			message: 'You already reported this review'
		});
		// One's own review: FORBIDDEN. A key that names nothing here: NOT_FOUND.
		await expect(report(cleo, {})).rejects.toMatchObject({
			code: 'FORBIDDEN',
			message: 'You cannot report your own review'
		});
		await expect(report(reporter, { reviewKey: 'AAAAAAAAAAAAAAAAAAAAAA' })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const other = await makeScenario(database.db);
		await expect(report(reporter, { scenarioId: other.id })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(report(reporter, { reason: '   ' })).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
		await expect(report(reporter, { reason: 'x'.repeat(1001) })).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
		// Another learner's report of the same review, and of Sam's, are their own.
		const second = await makeUser(database.db);
		await expect(report(second, { reason: 'Name-calling' })).resolves.toEqual({ reported: true });
		await expect(report(second, { reviewKey: samKey, reason: 'Off topic' })).resolves.toEqual({
			reported: true
		});
		const rows = await database.db
			.select()
			.from(reviewReports)
			.where(eq(reviewReports.scenarioId, scenario.id));
		expect(rows).toHaveLength(3);
		expect(rows.filter((r) => r.reviewAuthorId === cleo.id)).toHaveLength(2);
	});

	it('shows admins the open reports, and only admins: learners can neither see nor resolve them', async () => {
		const { scenario, cleoKey } = await reviewed();
		const reporter = await makeUser(database.db);
		const secondReporter = await makeUser(database.db);
		await as(reporter).progress.reportReview({
			scenarioId: scenario.id,
			reviewKey: cleoKey,
			reason: 'Insults other learners'
		});
		await as(secondReporter).progress.reportReview({
			scenarioId: scenario.id,
			reviewKey: cleoKey,
			reason: 'Rude'
		});
		const reviewer = await makeUser(database.db, { role: 'reviewer' });
		for (const user of [reporter, reviewer]) {
			await expect(as(user).admin.reviews.reports()).rejects.toMatchObject({ code: 'FORBIDDEN' });
		}
		await expect(as(null).admin.reviews.reports()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

		const open = await as(admin).admin.reviews.reports();
		const item = open.items.find((i) => i.scenario.id === scenario.id)!;
		expect(item).toMatchObject({
			scenario: { slug: scenario.slug },
			authorName: 'Cleo Completed',
			review: { rating: 2, text: 'Cleo: you are all idiots', hidden: false, completed: true }
		});
		expect(item.reports.map((r) => r.reason)).toEqual(['Insults other learners', 'Rude']);
		expect(item.reportId).toBe(item.reports[0].id);
		expect(open.openReports).toBe(open.items.reduce((n, i) => n + i.reports.length, 0));
		expect(open.reportedReviews).toBe(open.items.length);
		// Reporters are not named, not even by id.
		expect(JSON.stringify(open)).not.toContain(reporter.id);
		expect(JSON.stringify(open)).not.toContain(secondReporter.id);

		for (const user of [reporter, reviewer]) {
			await expect(
				as(user).admin.reviews.resolve({ reportId: item.reportId, action: 'hide' })
			).rejects.toMatchObject({ code: 'FORBIDDEN' });
		}
		const [row] = await database.db
			.select()
			.from(reviewReports)
			.where(eq(reviewReports.id, item.reportId));
		expect(row.resolvedAt).toBeNull();
	});

	it('hides a review for everyone but its author; its rating still counts; audited; once', async () => {
		const { scenario, cleo, sam, cleoKey } = await reviewed();
		const reporter = await makeUser(database.db);
		const second = await makeUser(database.db);
		for (const [user, reason] of [
			[reporter, 'Insults other learners'],
			[second, 'Rude']
		] as const) {
			await as(user).progress.reportReview({ scenarioId: scenario.id, reviewKey: cleoKey, reason });
		}
		const counters = async () => {
			const [m] = await database.db
				.select()
				.from(scenarioMetadata)
				.where(eq(scenarioMetadata.scenarioId, scenario.id));
			return { ratingsCount: m.ratingsCount, ratingSum: m.ratingSum };
		};
		const before = await counters();
		const open = await as(admin).admin.reviews.reports();
		const item = open.items.find((i) => i.scenario.id === scenario.id)!;

		await expect(
			as(admin).admin.reviews.resolve({ reportId: item.reportId, action: 'hide' })
		).resolves.toEqual({ resolution: 'hidden', resolvedReports: 2, hidden: true });

		// Gone from the public list for visitors, other learners, the reporter and admins alike.
		for (const viewer of [null, sam, reporter, admin]) {
			const list = await as(viewer).progress.reviews({ scenarioId: scenario.id });
			expect(list.items.map((r) => r.authorName)).toEqual(['Sam Started']);
			expect(JSON.stringify(list)).not.toContain('you are all idiots');
			// The rating still counts: the distribution (and the average) keep it.
			expect(list.distribution).toEqual([0, 1, 0, 1, 0]);
		}
		expect(await counters()).toEqual(before);
		// Its author still sees it, marked hidden by a moderator.
		const own = await as(cleo).progress.reviews({ scenarioId: scenario.id });
		expect(own.items.find((r) => r.isMine)).toMatchObject({
			review: 'Cleo: you are all idiots',
			hidden: true
		});
		expect(
			(await as(cleo).scenario.bySlug({ slug: scenario.slug })).progress?.reviewHiddenAt
		).toBeInstanceOf(Date);
		// Editing the text does not bring it back (the hide sticks to the author's review).
		await as(cleo).progress.rate({
			scenarioId: scenario.id,
			rating: 3,
			review: 'Cleo, calmer now'
		});
		expect(
			(await as(null).progress.reviews({ scenarioId: scenario.id })).items.map((r) => r.authorName)
		).toEqual(['Sam Started']);
		// Nobody can report it any more; the report is resolved for good.
		const late = await makeUser(database.db);
		await expect(
			as(late).progress.reportReview({
				scenarioId: scenario.id,
				reviewKey: cleoKey,
				reason: 'Late'
			})
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			as(admin).admin.reviews.resolve({ reportId: item.reportId, action: 'dismiss' })
		).rejects.toMatchObject({ code: 'CONFLICT' });
		expect(
			(await as(admin).admin.reviews.reports()).items.some((i) => i.scenario.id === scenario.id)
		).toBe(false);

		const [entry] = await database.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'review.hide'), eq(auditLog.entityId, item.reportId)));
		expect(entry).toMatchObject({ actorId: admin.id, entityType: 'review' });
		expect(entry.after).toMatchObject({
			resolution: 'hidden',
			hiddenText: 'Cleo: you are all idiots'
		});
		expect(await findCounterDrift(database.db)).toEqual([]);
	});

	it('dismissing keeps the review shown and resolves its reports', async () => {
		const { scenario, samKey } = await reviewed();
		const reporter = await makeUser(database.db);
		await as(reporter).progress.reportReview({
			scenarioId: scenario.id,
			reviewKey: samKey,
			reason: 'I disagree'
		});
		const item = (await as(admin).admin.reviews.reports()).items.find(
			(i) => i.scenario.id === scenario.id
		)!;
		await expect(
			as(admin).admin.reviews.resolve({ reportId: item.reportId, action: 'dismiss' })
		).resolves.toEqual({ resolution: 'dismissed', resolvedReports: 1, hidden: false });
		const list = await as(null).progress.reviews({ scenarioId: scenario.id });
		expect(list.items.map((r) => r.authorName).sort()).toEqual(['Cleo Completed', 'Sam Started']);
		// The same reporter cannot report it again (one report per reporter and review).
		await expect(
			as(reporter).progress.reportReview({
				scenarioId: scenario.id,
				reviewKey: samKey,
				reason: 'Still'
			})
		).rejects.toMatchObject({ code: 'CONFLICT' });
		const [entry] = await database.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'review.report.dismiss'));
		expect(entry).toMatchObject({ actorId: admin.id, entityId: item.reportId });
	});

	it('refuses reports of a disabled author’s review (it is not shown)', async () => {
		const { scenario, cleo, cleoKey } = await reviewed();
		await as(admin).admin.user.setDisabled({ userId: cleo.id, disabled: true });
		const reporter = await makeUser(database.db);
		await expect(
			as(reporter).progress.reportReview({
				scenarioId: scenario.id,
				reviewKey: cleoKey,
				reason: 'Rude'
			})
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
	});
});
