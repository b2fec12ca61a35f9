import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { scenarios } from '../../src/lib/server/db/schema';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertSkills, makeScenario, makeUser, scenarioContent } from '../support/factories';

describe.each(ENGINES)('marketplace.list on %s', (engine) => {
	let database: TestDatabase;
	let author: SessionUser;
	let reviewer: SessionUser;
	let learners: SessionUser[];
	const ids: Record<string, string> = {};

	const as = (user: SessionUser | null) => callerAs(database.db, user);

	/** A community scenario taken through the real workflow to approval. */
	async function approved(title: string, overrides: Parameters<typeof scenarioContent>[0] = {}) {
		const { id } = await as(author).studio.create(scenarioContent({ title, ...overrides }));
		await as(author).studio.submit({ id });
		await as(reviewer).review.submit({
			scenarioId: id,
			emotionalSafety: 5,
			therapeuticCorrectness: 4,
			ageAppropriateness: 4,
			revealTiming: 3,
			decision: 'approved',
			confirmedWarnings: overrides.contentWarnings ?? []
		});
		return id;
	}

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		author = await makeUser(database.db, { displayName: 'Maya' });
		reviewer = await makeUser(database.db, { role: 'reviewer' });
		learners = await Promise.all([0, 1, 2].map(() => makeUser(database.db)));

		ids.builtin = (await makeScenario(database.db, { status: 'approved' })).id;
		ids.old = await approved('Older community quest', {
			psychologicalModule: 'CBT',
			ageRange: '7-9',
			difficulty: 'beginner'
		});
		ids.popular = await approved('Popular community quest', {
			mode: 'chat',
			contentWarnings: ['bullying'],
			skills: ['de-escalation']
		});
		ids.fresh = await approved('Fresh community quest');
		ids.privateOne = await approved('Private quest', { visibility: 'private' });
		ids.unlisted = await approved('Unlisted quest', { visibility: 'unlisted' });
		ids.inactive = await approved('Inactive quest');
		await database.db
			.update(scenarios)
			.set({ isActive: false })
			.where(eq(scenarios.id, ids.inactive));
		ids.draft = (await as(author).studio.create(scenarioContent({ title: 'Draft quest' }))).id;
		const { id: inReview } = await as(author).studio.create(
			scenarioContent({ title: 'Queued quest' })
		);
		await as(author).studio.submit({ id: inReview });
		ids.inReview = inReview;
		// Creation order decides "newest": spread it out.
		for (const [key, daysAgo] of [
			['old', 30],
			['popular', 10],
			['fresh', 1]
		] as const) {
			await database.db
				.update(scenarios)
				.set({ createdAt: new Date(Date.now() - daysAgo * 86_400_000) })
				.where(eq(scenarios.id, ids[key]));
		}
		// Saves (= "add to my library"), plays and ratings through the progress service.
		for (const learner of learners) {
			await as(learner).progress.save({ scenarioId: ids.popular, saved: true });
		}
		await as(learners[0]).progress.save({ scenarioId: ids.old, saved: true });
		for (const learner of learners.slice(0, 2)) {
			const { attemptId } = await as(learner).progress.startAttempt({ scenarioId: ids.old });
			await as(learner).progress.finishAttempt({ attemptId, completed: true });
			await as(learner).progress.rate({ scenarioId: ids.old, rating: 5 });
		}
	});
	afterAll(() => database?.destroy());

	it('shows only approved, active, public community scenarios, to anyone', async () => {
		for (const viewer of [null, learners[0], reviewer, author]) {
			const page = await as(viewer).marketplace.list({});
			expect(page.items.map((i) => i.id).sort()).toEqual([ids.old, ids.popular, ids.fresh].sort());
		}
	});

	it('has a tab per sort: trending (default), most saved, top rated, most played, newest', async () => {
		const order = async (
			sort?: 'trending' | 'most_saved' | 'top_rated' | 'most_played' | 'newest'
		) => (await as(null).marketplace.list(sort ? { sort } : {})).items.map((i) => i.id);
		expect(await order('most_saved')).toEqual([ids.popular, ids.old, ids.fresh]);
		expect((await order('top_rated'))[0]).toBe(ids.old);
		expect((await order('most_played'))[0]).toBe(ids.old);
		expect(await order('newest')).toEqual([ids.fresh, ids.popular, ids.old]);
		// Trending is the default tab; a scenario nobody touched trends last.
		expect(await order()).toEqual(await order('trending'));
		expect((await order('trending')).at(-1)).toBe(ids.fresh);
	});

	it('applies the library filters', async () => {
		const list = async (input: Parameters<ReturnType<typeof as>['marketplace']['list']>[0]) =>
			(await as(null).marketplace.list(input)).items.map((i) => i.id);
		expect(await list({ psychologicalModule: 'CBT' })).toEqual([ids.old]);
		expect(await list({ ageRange: '7-9' })).toEqual([ids.old]);
		expect(await list({ mode: 'chat' })).toEqual([ids.popular]);
		expect(await list({ skills: ['de-escalation'] })).toEqual([ids.popular]);
		expect((await list({ hideWarnings: ['bullying'] })).sort()).toEqual(
			[ids.old, ids.fresh].sort()
		);
		expect(await list({ difficulty: ['beginner'] })).toContain(ids.old);
		expect(await list({ search: 'popular' })).toEqual([ids.popular]);
	});

	it('cards carry the review badge, average review score, rating, saves and plays', async () => {
		const page = await as(learners[0]).marketplace.list({ sort: 'most_saved' });
		const old = page.items.find((i) => i.id === ids.old)!;
		expect(old.review?.averageScore).toBe(4);
		expect(old.stats).toMatchObject({ saves: 1, plays: 2, averageRating: 5, ratingsCount: 2 });
		expect(old.authorName).toBe('Maya');
		expect(old.viewer).toMatchObject({ isSaved: true, timesCompleted: 1 });
		const fresh = page.items.find((i) => i.id === ids.fresh)!;
		expect(fresh.viewer).toMatchObject({ isSaved: false, timesCompleted: 0 });
	});

	it('"add to my library" saves once, whatever the number of clicks', async () => {
		const learner = learners[2];
		await as(learner).progress.save({ scenarioId: ids.fresh, saved: true });
		await as(learner).progress.save({ scenarioId: ids.fresh, saved: true });
		const page = await as(learner).marketplace.list({});
		const fresh = page.items.find((i) => i.id === ids.fresh)!;
		expect(fresh.viewer?.isSaved).toBe(true);
		expect(fresh.stats.saves).toBe(1);
		const saved = await as(learner).progress.mine({ filter: 'saved' });
		expect(JSON.stringify(saved)).toContain(ids.fresh);
	});
});
