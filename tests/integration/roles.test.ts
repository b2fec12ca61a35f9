import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { callerAs } from '../support/caller';
import { insertSkills, makeScenario, makeUser } from '../support/factories';

describe.each(ENGINES)('role guards and catalogue visibility on %s', (engine) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
	});
	afterAll(() => database?.destroy());

	it('refuses admin procedures: UNAUTHORIZED signed out, FORBIDDEN for learner and reviewer', async () => {
		await expect(callerAs(database.db, null).admin.overview()).rejects.toMatchObject({
			code: 'UNAUTHORIZED'
		});
		for (const role of ['learner', 'reviewer'] as const) {
			const user = await makeUser(database.db, { role });
			await expect(callerAs(database.db, user).admin.overview()).rejects.toMatchObject({
				code: 'FORBIDDEN'
			});
		}
		const admin = await makeUser(database.db, { role: 'admin' });
		await expect(callerAs(database.db, admin).admin.overview()).resolves.toMatchObject({
			scenarios: expect.any(Number)
		});
	});

	it('shows only approved, active, public scenarios to others; drafts to their author', async () => {
		const author = await makeUser(database.db);
		const stranger = await makeUser(database.db);
		const draft = await makeScenario(database.db, { status: 'draft', createdByUserId: author.id });
		const approvedPrivate = await makeScenario(database.db, {
			status: 'approved',
			createdByUserId: author.id,
			content: { visibility: 'private' }
		});
		const approvedPublic = await makeScenario(database.db, {
			status: 'approved',
			createdByUserId: author.id
		});

		const listed = await callerAs(database.db, stranger).scenario.list({ limit: 100 });
		const ids = listed.items.map((i) => i.id);
		expect(ids).toContain(approvedPublic.id);
		expect(ids).not.toContain(draft.id);
		expect(ids).not.toContain(approvedPrivate.id);

		await expect(
			callerAs(database.db, stranger).scenario.bySlug({ slug: draft.slug })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			callerAs(database.db, null).scenario.bySlug({ slug: draft.slug })
		).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const own = await callerAs(database.db, author).scenario.bySlug({ slug: draft.slug });
		expect(own.scenario.id).toBe(draft.id);
	});

	it('rejects bad input to a procedure with BAD_REQUEST and the zod issues', async () => {
		await expect(
			callerAs(database.db, null).scenario.list({ limit: 1000 } as never)
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expect(
			callerAs(database.db, null).scenario.list({ cursor: 'garbage' })
		).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'That page cursor is not valid' });
	});
});
