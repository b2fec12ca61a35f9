import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { scenarioReviews, scenarioRevisions, scenarios } from '../../src/lib/server/db/schema';
import type { ScenarioContentInput } from '../../src/lib/schemas/scenario';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { approve } from '../support/reviews';
import { insertSkills, makeUser, scenarioContent } from '../support/factories';

// Issue 12, the lost update: an admin changes skills / difficulty / time of an approved scenario
// (the metadata grid) while its author has a revision open; approving the revision used to copy
// the revision's stale values over the admin's. Now the revision keeps the metadata_version it
// was opened on, and approving merges per field: the admin's value stays where the revision left
// the field alone, the author's wins where only the author changed it, and a field both changed
// differently is a CONFLICT naming it, with nothing written.

describe.each(ENGINES)(
	'approving a revision after an admin edited the metadata on %s',
	(engine) => {
		let database: TestDatabase;
		let author: SessionUser;
		let reviewer: SessionUser;
		let admin: SessionUser;

		beforeAll(async () => {
			database = await createTestDatabase(engine);
			await insertSkills(database.db);
			author = await makeUser(database.db, { displayName: 'Author A' });
			reviewer = await makeUser(database.db, { role: 'reviewer', displayName: 'Dr Reviewer' });
			admin = await makeUser(database.db, { role: 'admin', displayName: 'Admin Ada' });
		});
		afterAll(() => database?.destroy());

		const as = (user: SessionUser) => callerAs(database.db, user);
		const live = async (id: string) => {
			const [row] = await database.db.select().from(scenarios).where(eq(scenarios.id, id));
			return row;
		};
		/** The author's editor saving `overrides` over the content it loaded at first (stale). */
		const authorSaves = (id: string, overrides: Partial<ScenarioContentInput>) =>
			as(author).studio.update({ id, content: scenarioContent(overrides) });

		/** An approved scenario (active-listening, beginner, 10 min) with a revision opened on it. */
		async function approvedWithRevision(revision: Partial<ScenarioContentInput> = {}) {
			const { id } = await as(author).studio.create(scenarioContent());
			await as(author).studio.submit({ id });
			await as(reviewer).review.submit({ scenarioId: id, ...approve });
			const opened = await live(id);
			await authorSaves(id, { title: 'Revised title', ...revision });
			const [row] = await database.db
				.select()
				.from(scenarioRevisions)
				.where(eq(scenarioRevisions.scenarioId, id));
			expect(row.baseMetadataVersion).toBe(opened.metadataVersion);
			return { id, version: opened.metadataVersion };
		}

		const adminSets = async (
			id: string,
			values: {
				skills: string[];
				difficulty: 'beginner' | 'intermediate' | 'advanced';
				estimatedTime: number;
			}
		) => {
			const row = await live(id);
			await as(admin).admin.scenario.updateMetadata({
				scenarioId: id,
				metadataVersion: row.metadataVersion,
				...values
			});
		};

		it('keeps the admin’s skills, difficulty and time when the revision did not change them', async () => {
			const { id } = await approvedWithRevision();
			await adminSets(id, {
				skills: ['active-listening', 'rapport-building'],
				difficulty: 'advanced',
				estimatedTime: 25
			});
			// The author keeps editing in the editor opened before the admin's change: it still holds
			// beginner / 10 min / one skill, and sends them with every save.
			await authorSaves(id, { title: 'Revised title, again', description: 'Sharper description.' });
			await as(author).studio.submit({ id });
			const decided = await as(reviewer).review.submit({ scenarioId: id, ...approve });
			expect(decided).toMatchObject({ target: 'revision', status: 'approved' });
			expect(await live(id)).toMatchObject({
				title: 'Revised title, again',
				description: 'Sharper description.',
				skills: ['active-listening', 'rapport-building'],
				difficulty: 'advanced',
				estimatedTime: 25,
				version: 2
			});
			expect(decided.keptMetadata).toEqual(['skills', 'difficulty', 'estimatedTime']);
		});

		it('merges per field: the author’s change where only the author changed it, the admin’s elsewhere', async () => {
			const { id } = await approvedWithRevision({ estimatedTime: 20 });
			await adminSets(id, {
				skills: ['active-listening'],
				difficulty: 'intermediate',
				estimatedTime: 10
			});
			await as(author).studio.submit({ id });
			await as(reviewer).review.submit({ scenarioId: id, ...approve });
			const row = await live(id);
			expect(row).toMatchObject({
				difficulty: 'intermediate',
				estimatedTime: 20,
				title: 'Revised title'
			});
		});

		it('refuses with CONFLICT naming the fields both changed differently, and writes nothing', async () => {
			const { id } = await approvedWithRevision({ difficulty: 'intermediate', estimatedTime: 15 });
			await adminSets(id, {
				skills: ['active-listening'],
				difficulty: 'advanced',
				estimatedTime: 15
			});
			await as(author).studio.submit({ id });
			const before = await live(id);

			const refused = as(reviewer).review.submit({ scenarioId: id, ...approve });
			await expect(refused).rejects.toMatchObject({
				code: 'CONFLICT',
				message: expect.stringContaining('changed the difficulty of this scenario'),
				cause: {
					details: {
						reason: 'metadata_conflict',
						fields: ['difficulty'],
						live: { difficulty: 'advanced' },
						revision: { difficulty: 'intermediate' }
					}
				}
			});
			// Nothing written: the live row, the revision (still in review) and no review recorded.
			expect(await live(id)).toEqual(before);
			const [revision] = await database.db
				.select()
				.from(scenarioRevisions)
				.where(eq(scenarioRevisions.scenarioId, id));
			expect(revision.status).toBe('in_review');
			const reviews = await database.db
				.select()
				.from(scenarioReviews)
				.where(eq(scenarioReviews.scenarioId, id));
			expect(reviews).toHaveLength(1);

			// Either side can settle it: here the admin takes the author's value, and it goes through.
			await adminSets(id, {
				skills: ['active-listening'],
				difficulty: 'intermediate',
				estimatedTime: 15
			});
			await as(reviewer).review.submit({ scenarioId: id, ...approve });
			expect(await live(id)).toMatchObject({
				difficulty: 'intermediate',
				estimatedTime: 15,
				version: 2
			});
		});

		it('copies the revision as before when nobody touched the metadata since it was opened', async () => {
			const { id, version } = await approvedWithRevision({
				difficulty: 'advanced',
				estimatedTime: 30
			});
			await as(author).studio.submit({ id });
			const decided = await as(reviewer).review.submit({ scenarioId: id, ...approve });
			expect(decided.keptMetadata).toEqual([]);
			expect(await live(id)).toMatchObject({
				difficulty: 'advanced',
				estimatedTime: 30,
				metadataVersion: version + 1
			});
		});

		it('after a skill rename (no per-row record of the old values) refuses only where the values differ', async () => {
			const created = await as(admin).admin.skill.create({
				name: 'Pacing the call',
				description: ''
			});
			const { id } = await approvedWithRevision({ skills: ['active-listening', created.slug] });
			// A rename of a skill only the revision carries rewrites the revision: nothing to merge.
			await as(admin).admin.skill.update({
				slug: created.slug,
				newSlug: `${created.slug}-x`,
				name: 'Pacing the call',
				description: ''
			});
			await as(author).studio.submit({ id });
			await as(reviewer).review.submit({ scenarioId: id, ...approve });
			expect((await live(id)).skills).toEqual(['active-listening', `${created.slug}-x`]);

			// A second revision, then a rename of a skill the live row carries: the live row's
			// metadata_version moves without an audit row of its values (the revision is rewritten
			// alike). The values the revision was opened on are then not on record, so the admin's
			// later difficulty change is refused rather than guessed (a known base would keep it).
			await authorSaves(id, {
				title: 'Second revision',
				skills: ['active-listening', `${created.slug}-x`]
			});
			await as(admin).admin.skill.update({
				slug: `${created.slug}-x`,
				newSlug: `${created.slug}-z`,
				name: 'Pacing the call',
				description: ''
			});
			await adminSets(id, {
				skills: ['active-listening', `${created.slug}-z`],
				difficulty: 'advanced',
				estimatedTime: 10
			});
			await as(author).studio.submit({ id });
			await expect(
				as(reviewer).review.submit({ scenarioId: id, ...approve })
			).rejects.toMatchObject({
				code: 'CONFLICT',
				cause: { details: { fields: ['difficulty'], live: { difficulty: 'advanced' } } }
			});
		});
	}
);
