import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { scenarioAttempts } from '../../src/lib/server/db/schema';
import { ACTIVE_GAP_CAP_SECONDS } from '../../src/lib/domain/attempt-time';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { expectNoDrift as expectNoDriftIn, metadataRow, progressRow } from '../support/rows';
import { insertSkills, makeScenario, makeUser, startScenario } from '../support/factories';

// Each progress operation's effect on the user's row, the attempts and the scenario's counters.

describe.each(ENGINES)('progress operations on %s', (engine) => {
	let database: TestDatabase;
	let learner: SessionUser;
	let other: SessionUser;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		learner = await makeUser(database.db);
		other = await makeUser(database.db);
	});
	afterAll(() => database?.destroy());

	const metadata = (scenarioId: string) => metadataRow(database.db, scenarioId);
	const progress = (userId: string, scenarioId: string) =>
		progressRow(database.db, userId, scenarioId);
	const expectNoDrift = () => expectNoDriftIn(database.db);

	it('save sets, never toggles: saving twice counts once, unsaving what is not saved changes nothing', async () => {
		const scenario = await makeScenario(database.db);
		const api = callerAs(database.db, learner);

		await expect(api.progress.save({ scenarioId: scenario.id, saved: false })).resolves.toEqual({
			saved: false,
			changed: false,
			saves: 0
		});
		expect(await progress(learner.id, scenario.id)).toBeUndefined();

		const first = await api.progress.save({ scenarioId: scenario.id, saved: true });
		expect(first).toEqual({ saved: true, changed: true, saves: 1 });
		const trendingAfterFirst = (await metadata(scenario.id)).trendingLog;
		expect(trendingAfterFirst).toBeGreaterThan(-1e8);

		const second = await api.progress.save({ scenarioId: scenario.id, saved: true });
		expect(second).toEqual({ saved: true, changed: false, saves: 1 });
		expect((await metadata(scenario.id)).amountSavedCount).toBe(1);
		expect((await progress(learner.id, scenario.id)).isSaved).toBe(true);

		await callerAs(database.db, other).progress.save({ scenarioId: scenario.id, saved: true });
		expect((await metadata(scenario.id)).amountSavedCount).toBe(2);

		await expect(api.progress.save({ scenarioId: scenario.id, saved: false })).resolves.toEqual({
			saved: false,
			changed: true,
			saves: 1
		});
		await expect(api.progress.save({ scenarioId: scenario.id, saved: false })).resolves.toEqual({
			saved: false,
			changed: false,
			saves: 1
		});
		expect((await progress(learner.id, scenario.id)).isSaved).toBe(false);

		// Saving again within a day counts the save but adds no second trending event.
		const before = (await metadata(scenario.id)).trendingLog;
		await api.progress.save({ scenarioId: scenario.id, saved: true });
		const after = await metadata(scenario.id);
		expect(after.amountSavedCount).toBe(2);
		expect(after.trendingLog).toBe(before);
		await expectNoDrift();
	});

	it('refuses to save, start or rate what is not approved and listed (NOT_FOUND), and the signed out (UNAUTHORIZED)', async () => {
		const author = await makeUser(database.db);
		const draft = await makeScenario(database.db, { status: 'draft', createdByUserId: author.id });
		const privateOne = await makeScenario(database.db, {
			createdByUserId: author.id,
			content: { visibility: 'private' }
		});
		const unlisted = await makeScenario(database.db, {
			createdByUserId: author.id,
			content: { visibility: 'unlisted' }
		});
		const api = callerAs(database.db, learner);
		for (const id of [draft.id, privateOne.id, '00000000-0000-4000-8000-000000000000']) {
			await expect(api.progress.save({ scenarioId: id, saved: true })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
			await expect(api.progress.startAttempt({ scenarioId: id })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
			await expect(api.progress.rate({ scenarioId: id, rating: 5 })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
			await expect(api.progress.saveNotes({ scenarioId: id, notes: 'x' })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
		}
		// Unlisted scenarios are shared by link: those may be saved.
		await expect(
			api.progress.save({ scenarioId: unlisted.id, saved: true })
		).resolves.toMatchObject({ changed: true });
		await expect(
			callerAs(database.db, null).progress.save({ scenarioId: unlisted.id, saved: true })
		).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
		await expect(
			api.progress.save({ scenarioId: 'not-a-uuid', saved: true })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expectNoDrift();
	});

	it('start opens one attempt (a second start resumes it), steps are stored, finish counts once', async () => {
		const scenario = await makeScenario(database.db, { content: { estimatedTime: 10 } });
		const api = callerAs(database.db, learner);

		const started = await api.progress.startAttempt({ scenarioId: scenario.id });
		expect(started).toMatchObject({ resumed: false, currentStep: 'opening', stepsVisited: 1 });
		const again = await api.progress.startAttempt({ scenarioId: scenario.id });
		expect(again).toMatchObject({ attemptId: started.attemptId, resumed: true });
		let m = await metadata(scenario.id);
		expect(m.totalAttempts).toBe(1);
		expect(m.trendingLog).toBeGreaterThan(-1e8);
		expect((await progress(learner.id, scenario.id)).timesAttempted).toBe(1);

		await expect(
			api.progress.advanceStep({ attemptId: started.attemptId, stepId: 'middle' })
		).resolves.toMatchObject({ currentStep: 'middle', stepsVisited: 2 });
		await expect(
			api.progress.advanceStep({ attemptId: started.attemptId, stepId: 'middle' })
		).resolves.toMatchObject({ currentStep: 'middle', stepsVisited: 2 });
		await expect(
			api.progress.advanceStep({ attemptId: started.attemptId, stepId: 'no-such-step' })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		expect((await progress(learner.id, scenario.id)).currentStep).toBe('middle');
		await expect(api.progress.openAttempt({ scenarioId: scenario.id })).resolves.toMatchObject({
			attemptId: started.attemptId,
			currentStep: 'middle'
		});

		// Another learner cannot see, move or finish it: NOT_FOUND, as if it did not exist.
		const stranger = callerAs(database.db, other);
		await expect(
			stranger.progress.finishAttempt({ attemptId: started.attemptId, completed: true })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			stranger.progress.advanceStep({ attemptId: started.attemptId, stepId: 'close' })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(stranger.progress.attempt({ attemptId: started.attemptId })).rejects.toMatchObject(
			{ code: 'NOT_FOUND' }
		);

		const finished = await api.progress.finishAttempt({
			attemptId: started.attemptId,
			completed: true,
			reflection: '  I slowed down.  '
		});
		expect(finished).toMatchObject({ outcome: 'completed', timesCompleted: 1, stepsVisited: 2 });
		expect(finished.timeSpent).toBeGreaterThanOrEqual(0);
		await expect(
			api.progress.finishAttempt({ attemptId: started.attemptId, completed: false })
		).rejects.toMatchObject({ code: 'CONFLICT' });
		await expect(
			api.progress.advanceStep({ attemptId: started.attemptId, stepId: 'close' })
		).rejects.toMatchObject({ code: 'CONFLICT' });

		m = await metadata(scenario.id);
		expect(m).toMatchObject({
			totalAttempts: 1,
			totalTimesUsed: 1,
			finishedAttempts: 1,
			completionRate: 1
		});
		const row = await progress(learner.id, scenario.id);
		expect(row).toMatchObject({ timesCompleted: 1, timesAttempted: 1, currentStep: null });
		expect(row.lastCompletedAt).toBeInstanceOf(Date);
		const [attempt] = await database.db
			.select()
			.from(scenarioAttempts)
			.where(eq(scenarioAttempts.id, started.attemptId));
		expect(attempt).toMatchObject({ outcome: 'completed', reflection: 'I slowed down.' });

		// The next start opens a new attempt; abandoning counts the attempt but no completion.
		const second = await api.progress.startAttempt({ scenarioId: scenario.id });
		expect(second.attemptId).not.toBe(started.attemptId);
		await api.progress.finishAttempt({ attemptId: second.attemptId, completed: false });
		m = await metadata(scenario.id);
		expect(m).toMatchObject({ totalAttempts: 2, totalTimesUsed: 1, finishedAttempts: 2 });
		expect(m.completionRate).toBeCloseTo(0.5);
		await expectNoDrift();
	});

	it('counts active time: the gaps between actions, each capped, then the attempt cap', async () => {
		const { advanceStep, finishAttempt, heartbeat, openAttempt, startAttempt } =
			await import('../../src/lib/server/services/progress/attempts');
		const scenario = await makeScenario(database.db, { content: { estimatedTime: 20 } });
		const t0 = new Date('2026-05-01T10:00:00Z');
		const at = (seconds: number) => ({ now: new Date(t0.getTime() + seconds * 1000) });
		const me = learner.id;

		// Start, read for 40 s, move on, heartbeats every 30 s while reading the next step.
		const a = await startAttempt(database.db, me, { scenarioId: scenario.id }, at(0));
		expect(a).toMatchObject({ activeSeconds: 0, lastActiveAt: t0 });
		await expect(
			advanceStep(database.db, me, { attemptId: a.attemptId, stepId: 'middle' }, at(40))
		).resolves.toMatchObject({ activeSeconds: 40 });
		await expect(heartbeat(database.db, me, { attemptId: a.attemptId }, at(70))).resolves.toEqual({
			activeSeconds: 70
		});
		await heartbeat(database.db, me, { attemptId: a.attemptId }, at(100));
		// Away for 788 hours, then back: the gap counts for ACTIVE_GAP_CAP_SECONDS, not 788 h.
		const back = 100 + 788 * 3600;
		await expect(
			startAttempt(database.db, me, { scenarioId: scenario.id }, at(back))
		).resolves.toMatchObject({
			attemptId: a.attemptId,
			resumed: true,
			activeSeconds: 100 + ACTIVE_GAP_CAP_SECONDS
		});
		const open = await openAttempt(database.db, me, scenario.id);
		expect(open).toMatchObject({ activeSeconds: 400, lastActiveAt: at(back).now });
		// An event from before the last one (a delayed heartbeat) adds nothing.
		await expect(
			heartbeat(database.db, me, { attemptId: a.attemptId }, at(back - 60))
		).resolves.toEqual({ activeSeconds: 400 });
		const done = await finishAttempt(
			database.db,
			me,
			{ attemptId: a.attemptId, completed: true },
			at(back + 354)
		);
		// 400 s before, plus the last gap (354 s) capped at 300.
		expect(done.timeSpent).toBe(400 + ACTIVE_GAP_CAP_SECONDS);
		await expect(
			heartbeat(database.db, me, { attemptId: a.attemptId }, at(back + 400))
		).rejects.toMatchObject({ code: 'CONFLICT' });
		const [row] = await database.db
			.select()
			.from(scenarioAttempts)
			.where(eq(scenarioAttempts.id, a.attemptId));
		expect(row).toMatchObject({ activeSeconds: 700, timeSpent: 700 });

		// A tab open overnight with the heartbeat running: still capped by the attempt allowance
		// (3 × 20 min); an attempt nobody touched counts one capped gap, not nine hours.
		const b = await startAttempt(database.db, me, { scenarioId: scenario.id }, at(0));
		for (let s = 240; s <= 9 * 3600; s += 240) {
			await heartbeat(database.db, me, { attemptId: b.attemptId }, at(s));
		}
		const overnight = await finishAttempt(
			database.db,
			me,
			{ attemptId: b.attemptId, completed: false },
			at(9 * 3600)
		);
		expect(overnight.timeSpent).toBe(20 * 60 * 3);
		const c = await startAttempt(database.db, me, { scenarioId: scenario.id }, at(0));
		const idle = await finishAttempt(
			database.db,
			me,
			{ attemptId: c.attemptId, completed: false },
			at(9 * 3600)
		);
		expect(idle.timeSpent).toBe(ACTIVE_GAP_CAP_SECONDS);

		const total = 700 + 3600 + ACTIVE_GAP_CAP_SECONDS;
		const m = await metadata(scenario.id);
		expect(m.timeSpentSum).toBe(total);
		expect(m.averageTimeSpent).toBe(Math.trunc(total / 3));
		expect((await progress(me, scenario.id)).totalTimeSpent).toBe(total);
		await expectNoDrift();
	});

	it('heartbeat: the owner’s open attempt only', async () => {
		const scenario = await makeScenario(database.db);
		const api = callerAs(database.db, learner);
		const started = await api.progress.startAttempt({ scenarioId: scenario.id });
		await expect(api.progress.heartbeat({ attemptId: started.attemptId })).resolves.toMatchObject({
			activeSeconds: expect.any(Number)
		});
		await expect(
			callerAs(database.db, other).progress.heartbeat({ attemptId: started.attemptId })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			callerAs(database.db, null).progress.heartbeat({ attemptId: started.attemptId })
		).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
		await expect(
			api.progress.heartbeat({ attemptId: '00000000-0000-4000-8000-000000000000' })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await api.progress.finishAttempt({ attemptId: started.attemptId, completed: false });
		await expect(api.progress.heartbeat({ attemptId: started.attemptId })).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		await expectNoDrift();
	});

	it('rating: re-rating replaces, removing decrements, the review needs no second call', async () => {
		const scenario = await makeScenario(database.db);
		const api = callerAs(database.db, learner);
		// Rating needs a started attempt (an open one is enough).
		await expect(api.progress.rate({ scenarioId: scenario.id, rating: 4 })).rejects.toMatchObject({
			code: 'FORBIDDEN',
			message: 'Start this scenario to rate it'
		});
		await api.progress.startAttempt({ scenarioId: scenario.id });
		await startScenario(database.db, other.id, scenario.id);

		await expect(
			api.progress.rate({ scenarioId: scenario.id, rating: 4, review: 'Helpful practice' })
		).resolves.toMatchObject({
			rating: 4,
			review: 'Helpful practice',
			ratingsCount: 1,
			averageRating: 4
		});
		// Re-rate without `review` keeps the text; the count stays 1, the sum moves by new − old.
		await expect(api.progress.rate({ scenarioId: scenario.id, rating: 2 })).resolves.toMatchObject({
			rating: 2,
			review: 'Helpful practice',
			ratingsCount: 1,
			averageRating: 2
		});
		let m = await metadata(scenario.id);
		expect(m).toMatchObject({ ratingsCount: 1, ratingSum: 2 });

		await callerAs(database.db, other).progress.rate({ scenarioId: scenario.id, rating: 5 });
		m = await metadata(scenario.id);
		expect(m).toMatchObject({ ratingsCount: 2, ratingSum: 7, averageRating: 3.5 });

		await expect(
			api.progress.rate({ scenarioId: scenario.id, rating: 3, review: '' })
		).resolves.toMatchObject({ review: null, ratingsCount: 2 });
		await expect(api.progress.rate({ scenarioId: scenario.id, rating: 6 })).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
		await expect(
			api.progress.rate({ scenarioId: scenario.id, rating: 3, review: 'x'.repeat(2001) })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });

		await expect(api.progress.removeRating({ scenarioId: scenario.id })).resolves.toMatchObject({
			removed: true,
			ratingsCount: 1,
			averageRating: 5
		});
		await expect(api.progress.removeRating({ scenarioId: scenario.id })).resolves.toMatchObject({
			removed: false,
			ratingsCount: 1
		});
		const row = await progress(learner.id, scenario.id);
		expect(row).toMatchObject({ userRating: null, reviewText: null, ratedAt: null });
		m = await metadata(scenario.id);
		expect(m).toMatchObject({ ratingsCount: 1, ratingSum: 5 });
		await expectNoDrift();
	});

	it('notes autosave for their owner only and never appear in public reviews', async () => {
		const scenario = await makeScenario(database.db);
		const api = callerAs(database.db, learner);
		const secret = 'my private note: talk to my supervisor about call 3';
		const saved = await api.progress.saveNotes({ scenarioId: scenario.id, notes: secret });
		expect(saved.savedAt).toBeInstanceOf(Date);
		await startScenario(database.db, learner.id, scenario.id, { finish: 'completed' });
		await api.progress.rate({ scenarioId: scenario.id, rating: 5, review: 'Lovely' });

		const own = await api.scenario.bySlug({ slug: scenario.slug });
		expect(own.progress?.userNotes).toBe(secret);
		const theirs = await callerAs(database.db, other).scenario.bySlug({ slug: scenario.slug });
		expect(theirs.progress).toBeNull();
		const anonymous = await callerAs(database.db, null).scenario.bySlug({ slug: scenario.slug });
		expect(JSON.stringify(anonymous)).not.toContain('private note');

		const reviews = await callerAs(database.db, other).progress.reviews({
			scenarioId: scenario.id
		});
		expect(reviews.items).toHaveLength(1);
		expect(reviews.items[0]).toMatchObject({ rating: 5, review: 'Lovely', isMine: false });
		expect(JSON.stringify(reviews)).not.toContain('private note');
		expect(JSON.stringify(reviews)).not.toContain(learner.id);

		await api.progress.saveNotes({ scenarioId: scenario.id, notes: '   ' });
		expect((await progress(learner.id, scenario.id)).userNotes).toBeNull();
	});

	it('public reviews page by keyset, newest first, with the rating distribution', async () => {
		const { rate } = await import('../../src/lib/server/services/progress/rating');
		const scenario = await makeScenario(database.db);
		const reviewers = await Promise.all(Array.from({ length: 7 }, () => makeUser(database.db)));
		for (const [i, user] of reviewers.entries()) {
			await startScenario(database.db, user.id, scenario.id);
			await rate(
				database.db,
				user.id,
				{ scenarioId: scenario.id, rating: (i % 5) + 1, review: i === 6 ? null : `Review ${i}` },
				{ now: new Date(Date.UTC(2026, 3, 1 + i)) }
			);
		}
		const api = callerAs(database.db, null);
		const first = await api.progress.reviews({ scenarioId: scenario.id, limit: 4 });
		expect(first.items.map((r) => r.review)).toEqual([
			'Review 5',
			'Review 4',
			'Review 3',
			'Review 2'
		]);
		expect(first.distribution).toEqual([2, 2, 1, 1, 1]);
		const second = await api.progress.reviews({
			scenarioId: scenario.id,
			limit: 4,
			cursor: first.nextCursor!
		});
		expect(second.items.map((r) => r.review)).toEqual(['Review 1', 'Review 0']);
		expect(second.nextCursor).toBeNull();
		await expect(
			api.progress.reviews({ scenarioId: scenario.id, cursor: 'garbage' })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
	});

	it('mine returns only the caller’s rows, by filter', async () => {
		const a = await makeScenario(database.db);
		const b = await makeScenario(database.db);
		const c = await makeScenario(database.db);
		const me = await makeUser(database.db);
		const you = await makeUser(database.db);
		const mine = callerAs(database.db, me);
		const yours = callerAs(database.db, you);

		await mine.progress.save({ scenarioId: a.id, saved: true });
		const attempt = await mine.progress.startAttempt({ scenarioId: b.id });
		const done = await mine.progress.startAttempt({ scenarioId: c.id });
		await mine.progress.finishAttempt({ attemptId: done.attemptId, completed: true });
		await yours.progress.save({ scenarioId: b.id, saved: true });
		await yours.progress.save({ scenarioId: c.id, saved: true });
		await yours.progress.startAttempt({ scenarioId: a.id });

		const saved = await mine.progress.mine({ filter: 'saved' });
		expect(saved.items.map((i) => i.scenarioId)).toEqual([a.id]);
		const inProgress = await mine.progress.mine({ filter: 'in_progress' });
		expect(inProgress.items.map((i) => i.scenarioId)).toEqual([b.id]);
		expect(inProgress.items[0].openAttempt?.id).toBe(attempt.attemptId);
		const completed = await mine.progress.mine({ filter: 'completed' });
		expect(completed.items.map((i) => i.scenarioId)).toEqual([c.id]);
		expect(completed.items[0]).toMatchObject({ timesCompleted: 1, available: true });

		// Ended early and never completed: not "in progress" (nothing is open), but "tried".
		const d = await makeScenario(database.db);
		const early = await mine.progress.startAttempt({ scenarioId: d.id });
		await mine.progress.finishAttempt({ attemptId: early.attemptId, completed: false });
		// Completed once, then ended a second attempt early: completed, neither of the others.
		const again = await mine.progress.startAttempt({ scenarioId: c.id });
		await mine.progress.finishAttempt({ attemptId: again.attemptId, completed: false });
		expect(
			(await mine.progress.mine({ filter: 'in_progress' })).items.map((i) => i.scenarioId)
		).toEqual([b.id]);
		const tried = await mine.progress.mine({ filter: 'tried' });
		expect(tried.items.map((i) => i.scenarioId)).toEqual([d.id]);
		expect(tried.items[0]).toMatchObject({
			openAttempt: null,
			timesAttempted: 1,
			timesCompleted: 0
		});
		expect((await mine.progress.stats({ timeZone: 'UTC' })).totals).toMatchObject({
			inProgress: 1,
			tried: 1,
			scenariosCompleted: 1
		});
		// Starting it again puts it back in progress, out of "tried".
		await mine.progress.startAttempt({ scenarioId: d.id });
		expect(
			(await mine.progress.mine({ filter: 'in_progress' })).items.map((i) => i.scenarioId).sort()
		).toEqual([b.id, d.id].sort());
		expect((await mine.progress.mine({ filter: 'tried' })).items).toEqual([]);

		const theirs = await yours.progress.mine({ filter: 'saved' });
		expect(theirs.items.map((i) => i.scenarioId).sort()).toEqual([b.id, c.id].sort());
		await expect(
			callerAs(database.db, null).progress.mine({ filter: 'saved' })
		).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

		const stats = await mine.progress.stats({ timeZone: 'Europe/Berlin' });
		expect(stats.totals).toMatchObject({
			saved: 1,
			attempts: 5,
			completions: 1,
			scenariosCompleted: 1,
			inProgress: 2,
			tried: 0,
			currentStreak: 1
		});
		expect(stats.weeks).toHaveLength(12);
		expect(stats.weeks.at(-1)?.completed).toBe(1);
		expect(stats.skills.find((s) => s.slug === 'active-listening')).toMatchObject({
			completed: 1
		});
		await expect(mine.progress.stats({ timeZone: 'Mars/Olympus' })).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
	});

	it('pages mine by keyset without repeats', async () => {
		const { setSaved } = await import('../../src/lib/server/services/progress/save');
		const me = await makeUser(database.db);
		const ids: string[] = [];
		for (let i = 0; i < 5; i++) {
			const s = await makeScenario(database.db);
			ids.push(s.id);
			await setSaved(
				database.db,
				me.id,
				{ scenarioId: s.id, saved: true },
				{ now: new Date(Date.UTC(2026, 0, 1 + i)) }
			);
		}
		const api = callerAs(database.db, me);
		const seen: string[] = [];
		let cursor: string | undefined;
		do {
			const page = await api.progress.mine({ filter: 'saved', limit: 2, cursor });
			seen.push(...page.items.map((i) => i.scenarioId));
			cursor = page.nextCursor ?? undefined;
		} while (cursor);
		expect(seen).toEqual([...ids].reverse());
	});
});
