import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { queryRows } from '../../src/lib/server/db/client';
import { childProfiles, questProgress } from '../../src/lib/server/db/schema';
import { seedDatabase } from '../../src/lib/server/bootstrap/seed';
import { parseSeedTracks, syncTracks } from '../../src/lib/server/bootstrap/tracks';
import { finishAttempt, startAttempt } from '../../src/lib/server/services/progress/attempts';
import { findTrackDrift } from '../../src/lib/server/services/progress/verify';
import { refreshTracksAfterCompletion } from '../../src/lib/server/services/tracks/advance';
import { filtersFromUrl, withModeDefault } from '../../src/lib/scenario-filters';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { makeUser } from '../support/factories';

// Tracks (issue 16): the seeded tracks, enrolment, the phase and percentage kept in the
// transaction that completes an attempt (also when completions race), db:verify's check,
// "next in your track", who may enrol a child, and the account mode's default library view.

const CRISIS = 'crisis-line-onboarding';
const CHILDREN = 'feelings-for-children';
const LANGUAGE = 'phone-english-by-level';

type StepShape = { id: string; kind?: string; choices?: unknown[] };
const answerFor = (step: StepShape) => {
	const kind = step.kind ?? (step.choices?.length ? 'choose' : 'say');
	if (kind === 'respond') return { text: 'What is going on for you tonight?' };
	return kind === 'choose' ? { choiceIndex: 0 } : {};
};

describe.each(ENGINES)('tracks on %s', (engine) => {
	let database: TestDatabase;
	const as = (user: SessionUser | null) => callerAs(database.db, user);

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await seedDatabase(database.db, { demo: false });
	});
	afterAll(() => database?.destroy());

	const trackBySlug = async (slug: string) => as(null).track.get({ slug });
	const slugsOf = async (slug: string) =>
		(await trackBySlug(slug)).phases.flatMap((p) => p.items.map((i) => i.slug!));
	const enrolmentRow = async (userId: string, trackId: string) =>
		(
			await queryRows<{
				current_phase: string;
				completion_percentage: number;
				last_activity_at: unknown;
			}>(
				database.db,
				sql`select current_phase, completion_percentage, last_activity_at from user_tracks
					where user_id = ${userId} and track_id = ${trackId}`
			)
		)[0];

	/** Plays a scenario through the real procedures: start, answer the first step, finish. */
	async function play(user: SessionUser, slug: string, completed = true) {
		const detail = await as(user).scenario.bySlug({ slug });
		const steps = detail.scenario.steps as StepShape[];
		const { attemptId } = await as(user).progress.startAttempt({ scenarioId: detail.scenario.id });
		await as(user).progress.respond({ attemptId, stepId: steps[0].id, ...answerFor(steps[0]) });
		return as(user).progress.finishAttempt({ attemptId, completed });
	}

	it('seeds three tracks with items in every phase, once, keeping later edits', async () => {
		const list = await as(null).track.list();
		expect(list.map((t) => [t.slug, t.audience])).toEqual(
			expect.arrayContaining([
				[CRISIS, 'learners'],
				[CHILDREN, 'children'],
				[LANGUAGE, 'learners']
			])
		);
		for (const slug of [CRISIS, CHILDREN, LANGUAGE]) {
			const { track, phases, enrolment } = await trackBySlug(slug);
			expect(list.find((t) => t.slug === slug)?.itemCount).toBe(track.itemCount);
			expect(phases.map((p) => p.phase)).toEqual(['awareness', 'expression', 'action', 'mastery']);
			expect(track.itemCount).toBeGreaterThanOrEqual(10);
			expect(phases.every((p) => p.items.every((i) => i.available && i.title))).toBe(true);
			expect(enrolment).toBeNull();
		}
		const children = await trackBySlug(CHILDREN);
		expect(children.phases[0].items[0].slug).toBe('quest-befriending-the-worried-part');

		// An admin's edit: an item taken out and a new title. A second start restores neither.
		const language = await trackBySlug(LANGUAGE);
		await database.db.execute(
			sql`delete from track_items where track_id = ${language.track.id} and scenario_id = ${language.phases[3].items[2].scenarioId}`
		);
		await database.db.execute(
			sql`update tracks set title = 'Edited title' where id = ${language.track.id}`
		);
		const before = await queryRows<{ n: number }>(
			database.db,
			sql`select count(*)::int as n from track_items`
		);
		expect(await syncTracks(database.db)).toBe(0);
		const after = await queryRows<{ n: number }>(
			database.db,
			sql`select count(*)::int as n from track_items`
		);
		expect(after).toEqual(before);
		expect((await trackBySlug(LANGUAGE)).track.title).toBe('Edited title');
	});

	it('skips a slug no scenario has, with a log line, and numbers the rest without a gap', async () => {
		const logged: string[] = [];
		const [seed] = parseSeedTracks(`
- slug: test-missing-slug-track
  title: A track with a hole
  audience: learners
  phases:
    awareness: [lang-cafe-order, no-such-scenario-anywhere, lang-return-faulty-item]
`);
		expect(await syncTracks(database.db, { tracks: [seed], log: (m) => logged.push(m) })).toBe(1);
		expect(logged).toEqual([expect.stringContaining('no-such-scenario-anywhere')]);
		const track = await trackBySlug('test-missing-slug-track');
		expect(track.phases[0].items.map((i) => i.slug)).toEqual([
			'lang-cafe-order',
			'lang-return-faulty-item'
		]);
		expect(() => parseSeedTracks('- slug: x\n  title: X\n  audience: pets\n  phases: {}')).toThrow(
			/tracks.yaml is not valid/
		);
	});

	it('keeps phase and percentage in step with completions, in the completing transaction', async () => {
		const learner = await makeUser(database.db);
		const { track } = await trackBySlug(CRISIS);
		const slugs = await slugsOf(CRISIS);
		const total = slugs.length;
		await play(learner, slugs[0]); // completed before enrolling: counted at once
		const enrolled = await as(learner).track.enroll({ trackId: track.id });
		expect(enrolled).toMatchObject({
			currentPhase: 'awareness',
			completionPercentage: Math.floor(100 / total)
		});
		expect(await as(learner).track.enroll({ trackId: track.id })).toEqual(enrolled);

		await play(learner, slugs[1], false); // ended early: not a completion
		expect((await enrolmentRow(learner.id, track.id)).completion_percentage).toBe(
			Math.floor(100 / total)
		);
		await play(learner, slugs[1]);
		await play(learner, slugs[2]);
		const row = await enrolmentRow(learner.id, track.id);
		expect(row.current_phase).toBe('expression');
		expect(row.completion_percentage).toBe(Math.floor(300 / total));
		expect(row.last_activity_at).not.toBeNull();
		const detail = await as(learner).track.get({ slug: CRISIS });
		expect(detail.enrolment?.done.length).toBe(3);
		expect(
			detail.phases[0].items.map((i) => detail.enrolment?.done.includes(i.scenarioId))
		).toEqual([true, true, true]);

		// One transaction: rolling the completion back rolls the track's numbers back with it.
		const scenarioId = detail.phases[1].items[0].scenarioId;
		const attempt = await startAttempt(database.db, learner.id, { scenarioId });
		await expect(
			database.db.transaction(async (tx) => {
				await finishAttempt(tx, learner.id, { attemptId: attempt.attemptId, completed: true });
				const [inside] = await queryRows<{ completion_percentage: number }>(
					tx,
					sql`select completion_percentage from user_tracks where user_id = ${learner.id} and track_id = ${track.id}`
				);
				expect(inside.completion_percentage).toBe(Math.floor(400 / total));
				throw new Error('roll back');
			})
		).rejects.toThrow('roll back');
		expect((await enrolmentRow(learner.id, track.id)).completion_percentage).toBe(
			Math.floor(300 / total)
		);

		// Everything done: mastery at 100, nothing next.
		for (const slug of slugs.slice(3)) await play(learner, slug);
		expect(await enrolmentRow(learner.id, track.id)).toMatchObject({
			current_phase: 'mastery',
			completion_percentage: 100
		});
		const [next] = (await as(learner).track.next()).filter((n) => n.track.id === track.id);
		expect(next).toMatchObject({ completionPercentage: 100, next: null });
		expect(await findTrackDrift(database.db)).toEqual([]);
	});

	it('counts every one of several completions that race in one track', async () => {
		const learner = await makeUser(database.db);
		const { track } = await trackBySlug(CRISIS);
		const slugs = (await slugsOf(CRISIS)).slice(0, 4);
		await as(learner).track.enroll({ trackId: track.id });
		const opened = await Promise.all(
			slugs.map(async (slug) => {
				const detail = await as(learner).scenario.bySlug({ slug });
				return as(learner).progress.startAttempt({ scenarioId: detail.scenario.id });
			})
		);
		await Promise.all(
			opened.map((a) =>
				as(learner).progress.finishAttempt({ attemptId: a.attemptId, completed: true })
			)
		);
		const total = (await trackBySlug(CRISIS)).track.itemCount;
		expect(await enrolmentRow(learner.id, track.id)).toMatchObject({
			current_phase: 'expression',
			completion_percentage: Math.floor(400 / total)
		});
		expect(await findTrackDrift(database.db)).toEqual([]);
	});

	it('db:verify reports a hand-broken enrolment, naming what it should be', async () => {
		const learner = await makeUser(database.db);
		const { track } = await trackBySlug(LANGUAGE);
		await as(learner).track.enroll({ trackId: track.id });
		await play(learner, 'lang-cafe-order');
		expect(await findTrackDrift(database.db)).toEqual([]);
		const percentage = (await enrolmentRow(learner.id, track.id)).completion_percentage;
		expect(percentage).toBeGreaterThan(0);
		await database.db.execute(
			sql`update user_tracks set completion_percentage = 90, current_phase = 'mastery'
				where user_id = ${learner.id} and track_id = ${track.id}`
		);
		const drift = await findTrackDrift(database.db);
		expect(drift).toEqual([
			expect.objectContaining({
				owner: `user ${learner.id}`,
				column: 'current_phase',
				stored: 'mastery',
				expected: 'awareness'
			}),
			expect.objectContaining({
				column: 'completion_percentage',
				stored: 90,
				expected: percentage
			})
		]);
		// The next completion recomputes the row from the completions, so the drift is gone.
		await play(learner, 'lang-return-faulty-item');
		expect(await findTrackDrift(database.db)).toEqual([]);
	});

	it('"next" skips what is done and what can no longer be played', async () => {
		const learner = await makeUser(database.db);
		expect(await as(learner).track.next()).toEqual([]);
		const { track } = await trackBySlug(LANGUAGE);
		await as(learner).track.enroll({ trackId: track.id });
		const nextSlug = async () =>
			(await as(learner).track.next()).find((n) => n.track.id === track.id)?.next?.slug;
		expect(await nextSlug()).toBe('lang-cafe-order');
		await play(learner, 'lang-cafe-order');
		expect(await nextSlug()).toBe('lang-return-faulty-item');

		await database.db.execute(
			sql`update scenarios set status = 'archived' where slug = 'lang-return-faulty-item'`
		);
		try {
			expect(await nextSlug()).toBe('lang-doctor-appointment-phone');
			const detail = await as(learner).track.get({ slug: LANGUAGE });
			const archived = detail.phases[0].items[1];
			expect(archived).toMatchObject({ available: false, slug: null, title: null });
			expect(detail.enrolment?.nextScenarioId).toBe(detail.phases[1].items[0].scenarioId);
		} finally {
			await database.db.execute(
				sql`update scenarios set status = 'approved' where slug = 'lang-return-faulty-item'`
			);
		}

		expect(await as(learner).track.leave({ trackId: track.id })).toEqual({ left: true });
		await expect(as(learner).track.leave({ trackId: track.id })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		expect(await as(learner).track.next()).toEqual([]);
	});

	it("enrols a child only for the child's parent, in children's tracks only", async () => {
		const parent = await makeUser(database.db);
		const stranger = await makeUser(database.db);
		const [child] = await database.db
			.insert(childProfiles)
			.values({ parentUserId: parent.id, nickname: 'Robin', ageBand: '7-9' })
			.returning({ id: childProfiles.id });
		const kids = await trackBySlug(CHILDREN);
		const learners = await trackBySlug(LANGUAGE);

		await expect(
			as(stranger).track.enrollChild({ trackId: kids.track.id, childId: child.id })
		).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No child with that id' });
		await expect(
			as(parent).track.enrollChild({ trackId: learners.track.id, childId: child.id })
		).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringContaining('for learners')
		});
		await expect(as(parent).track.enroll({ trackId: kids.track.id })).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringContaining('parent enrols their child')
		});
		const rows = await queryRows<{ n: number }>(
			database.db,
			sql`select count(*)::int as n from user_tracks where child_id = ${child.id} or user_id = ${parent.id}`
		);
		expect(rows[0].n).toBe(0);

		expect(
			await as(parent).track.enrollChild({ trackId: kids.track.id, childId: child.id })
		).toMatchObject({ currentPhase: 'awareness', completionPercentage: 0 });
		// The child's completion (quest_progress) moves its track in the completing transaction.
		const first = kids.phases[0].items[0].scenarioId;
		await database.db.transaction(async (tx) => {
			await tx
				.insert(questProgress)
				.values({ childId: child.id, scenarioId: first, completed: true, completedAt: new Date() });
			await refreshTracksAfterCompletion(tx, { childId: child.id }, first);
		});
		const seen = await as(parent).track.get({ slug: CHILDREN });
		expect(seen.enrolment).toBeNull();
		expect(seen.children).toEqual([
			expect.objectContaining({
				childId: child.id,
				nickname: 'Robin',
				enrolment: expect.objectContaining({
					completionPercentage: Math.floor(100 / kids.track.itemCount),
					done: [first]
				})
			})
		]);
		expect((await as(stranger).track.get({ slug: CHILDREN })).children).toEqual([]);
		await expect(
			as(stranger).track.leave({ trackId: kids.track.id, childId: child.id })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		expect(await findTrackDrift(database.db)).toEqual([]);
		expect(await as(parent).track.leave({ trackId: kids.track.id, childId: child.id })).toEqual({
			left: true
		});
	});

	it("sets the library's default view from the account's mode; the URL's choices win", async () => {
		const user = await makeUser(database.db);
		expect(await as(user).auth.mode()).toEqual({ mode: 'educational' });
		await expect(as(user).auth.setMode({ mode: 'family' as 'therapeutic' })).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
		expect(await as(user).auth.mode()).toEqual({ mode: 'educational' });

		/** What /scenarios lists for this user at this query string (its load's own steps). */
		const library = async (query: string) => {
			const params = new URLSearchParams(query);
			const { mode } = await as(user).auth.mode();
			const filters = withModeDefault(filtersFromUrl(params), params, mode);
			return (await as(user).scenario.list({ ...filters, limit: 100 })).items;
		};
		const isQuest = (i: { psychologicalModule: string | null; ageRange: string | null }) =>
			i.psychologicalModule !== null && i.ageRange !== null;

		const educational = await library('');
		expect(educational.some((i) => !isQuest(i))).toBe(true);

		expect(await as(user).auth.setMode({ mode: 'therapeutic' })).toEqual({ mode: 'therapeutic' });
		const therapeutic = await library('');
		expect(therapeutic.length).toBeGreaterThanOrEqual(12);
		expect(therapeutic.every(isQuest)).toBe(true);
		// Explicit choices: everything, a sort, a filter.
		expect((await library('kind=all')).some((i) => !isQuest(i))).toBe(true);
		expect((await library('sort=newest')).some((i) => !isQuest(i))).toBe(true);
		expect((await library('difficulty=advanced')).some((i) => !isQuest(i))).toBe(true);
		expect((await library('kind=quests&difficulty=advanced')).every(isQuest)).toBe(true);
	});
});
