import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../../src/lib/server/trpc/root';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertSkills, makeUser } from '../support/factories';

// Every procedure under `admin.*`, found from the router itself so a new one cannot slip
// through untested: signed out is UNAUTHORIZED, learners and reviewers are FORBIDDEN, and the
// refusal comes before the input is looked at (no input is passed at all).

const adminPaths = Object.keys(appRouter._def.procedures)
	.filter((path) => path.startsWith('admin.'))
	.sort();

function procedureAt(caller: unknown, path: string) {
	return path.split('.').reduce((node, key) => (node as Record<string, unknown>)[key], caller) as (
		input?: unknown
	) => Promise<unknown>;
}

describe('the admin router', () => {
	it('has the procedures the console and PRODUCT.md rely on', () => {
		expect(adminPaths).toEqual(
			expect.arrayContaining([
				'admin.overview',
				'admin.metrics',
				'admin.scenario.updateMetadata',
				'admin.scenario.bulkUpdate',
				'admin.scenario.list',
				'admin.skill.create',
				'admin.skill.update',
				'admin.skill.merge',
				'admin.skill.delete',
				'admin.backfill.applyAccepted',
				'admin.user.setDisabled',
				'admin.apiKey.create',
				'admin.flag.set',
				'admin.audit.undo',
				'admin.data.importLegacy'
			])
		);
		expect(adminPaths.length).toBeGreaterThanOrEqual(30);
	});
});

describe.each(ENGINES)('admin procedures refuse non-admins on %s', (engine) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
	});
	afterAll(() => database?.destroy());

	it.each(adminPaths)(
		'%s: UNAUTHORIZED signed out, FORBIDDEN for learner and reviewer',
		async (path) => {
			await expect(procedureAt(callerAs(database.db, null), path)()).rejects.toMatchObject({
				code: 'UNAUTHORIZED'
			});
			for (const role of ['learner', 'reviewer'] as const) {
				const user = await makeUser(database.db, { role });
				await expect(procedureAt(callerAs(database.db, user), path)()).rejects.toMatchObject({
					code: 'FORBIDDEN'
				});
			}
		}
	);

	it('lets an admin through to input validation', async () => {
		const admin = await makeUser(database.db, { role: 'admin' });
		await expect(
			callerAs(database.db, admin).admin.scenario.updateMetadata({
				scenarioId: 'nope',
				skills: [],
				difficulty: 'expert',
				estimatedTime: 3
			} as never)
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
	});
});
