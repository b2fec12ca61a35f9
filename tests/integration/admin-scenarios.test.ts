import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, scenarios } from '../../src/lib/server/db/schema';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertSkills, makeScenario, makeUser } from '../support/factories';

describe.each(ENGINES)('scenario metadata grid on %s', (engine) => {
	let database: TestDatabase;
	let admin: Awaited<ReturnType<typeof makeUser>>;
	let otherAdmin: Awaited<ReturnType<typeof makeUser>>;
	const grid = () => callerAs(database.db, admin).admin.scenario;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		admin = await makeUser(database.db, { role: 'admin' });
		otherAdmin = await makeUser(database.db, { role: 'admin' });
	});
	afterAll(() => database?.destroy());

	async function metadataOf(ids: string[]) {
		const rows = await database.db
			.select({
				id: scenarios.id,
				skills: scenarios.skills,
				difficulty: scenarios.difficulty,
				estimatedTime: scenarios.estimatedTime,
				metadataVersion: scenarios.metadataVersion
			})
			.from(scenarios)
			.where(inArray(scenarios.id, ids));
		return ids.map((id) => rows.find((r) => r.id === id)!);
	}

	it('saves one scenario’s metadata, bumps its version and audits before/after', async () => {
		const s = await makeScenario(database.db, {
			content: { skills: ['active-listening'], difficulty: 'beginner', estimatedTime: 10 }
		});
		const result = await grid().updateMetadata({
			scenarioId: s.id,
			skills: ['risk-assessment', 'safety-planning'],
			difficulty: 'advanced',
			estimatedTime: 25,
			metadataVersion: 1
		});
		expect(result).toMatchObject({
			changed: true,
			row: {
				skills: ['risk-assessment', 'safety-planning'],
				difficulty: 'advanced',
				estimatedTime: 25,
				metadataVersion: 2
			}
		});
		const [entry] = await database.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.id, result.auditId!));
		expect(entry).toMatchObject({
			actorId: admin.id,
			action: 'scenario.metadata.update',
			entityType: 'scenario',
			entityId: s.id,
			before: {
				rows: [{ skills: ['active-listening'], difficulty: 'beginner', estimatedTime: 10 }]
			},
			after: { rows: [{ skills: ['risk-assessment', 'safety-planning'], metadataVersion: 2 }] }
		});
		// Saving the same values again changes nothing.
		const again = await grid().updateMetadata({
			scenarioId: s.id,
			skills: ['risk-assessment', 'safety-planning'],
			difficulty: 'advanced',
			estimatedTime: 25,
			metadataVersion: 2
		});
		expect(again).toMatchObject({ changed: false, auditId: null, row: { metadataVersion: 2 } });
	});

	it.each([
		[{ skills: ['no-such-skill'] }, 'BAD_REQUEST'],
		[{ skills: [] }, 'BAD_REQUEST'],
		[{ difficulty: 'expert' }, 'BAD_REQUEST'],
		[{ estimatedTime: 4 }, 'BAD_REQUEST'],
		[{ estimatedTime: 61 }, 'BAD_REQUEST'],
		[{ estimatedTime: 12.5 }, 'BAD_REQUEST'],
		[{ scenarioId: '7f0c9f6e-9d2a-4a57-9c51-2b1f1f6f0a11' }, 'NOT_FOUND']
	])('refuses %j with %s (seed 000’s validation)', async (change, code) => {
		const s = await makeScenario(database.db);
		await expect(
			grid().updateMetadata({
				scenarioId: s.id,
				skills: ['active-listening'],
				difficulty: 'beginner',
				estimatedTime: 10,
				...change
			} as never)
		).rejects.toMatchObject({ code });
		expect((await metadataOf([s.id]))[0].metadataVersion).toBe(1);
	});

	it('answers a concurrent edit with CONFLICT carrying both the current and the attempted values', async () => {
		const s = await makeScenario(database.db, {
			content: { skills: ['active-listening'], difficulty: 'beginner', estimatedTime: 10 }
		});
		// Both admins opened version 1; the other one saves first.
		await callerAs(database.db, otherAdmin).admin.scenario.updateMetadata({
			scenarioId: s.id,
			skills: ['grief-support'],
			difficulty: 'intermediate',
			estimatedTime: 20,
			metadataVersion: 1
		});
		const error = await grid()
			.updateMetadata({
				scenarioId: s.id,
				skills: ['anxiety-support'],
				difficulty: 'advanced',
				estimatedTime: 30,
				metadataVersion: 1
			})
			.catch((e) => e);
		expect(error).toMatchObject({ code: 'CONFLICT' });
		expect(error.cause.details).toEqual({
			scenarioId: s.id,
			current: {
				skills: ['grief-support'],
				difficulty: 'intermediate',
				estimatedTime: 20,
				metadataVersion: 2
			},
			attempted: {
				skills: ['anxiety-support'],
				difficulty: 'advanced',
				estimatedTime: 30,
				metadataVersion: 1
			}
		});
		expect((await metadataOf([s.id]))[0]).toMatchObject({
			skills: ['grief-support'],
			metadataVersion: 2
		});
		// Saving "mine" deliberately, against the version now shown, works.
		await grid().updateMetadata({
			scenarioId: s.id,
			skills: ['anxiety-support'],
			difficulty: 'advanced',
			estimatedTime: 30,
			metadataVersion: 2
		});
	});

	it('lets exactly one of two simultaneous saves of the same version win', async () => {
		const s = await makeScenario(database.db);
		const save = (who: typeof admin, skill: string) =>
			callerAs(database.db, who).admin.scenario.updateMetadata({
				scenarioId: s.id,
				skills: [skill],
				difficulty: 'advanced',
				estimatedTime: 30,
				metadataVersion: 1
			});
		const results = await Promise.allSettled([
			save(admin, 'grief-support'),
			save(otherAdmin, 'termination')
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect(results.find((r) => r.status === 'rejected')).toMatchObject({
			reason: { code: 'CONFLICT' }
		});
		expect((await metadataOf([s.id]))[0].metadataVersion).toBe(2);
	});

	it('bulk-edits atomically: one invalid row changes nothing and the error names it', async () => {
		const rows = await Promise.all(
			Array.from({ length: 5 }, (_, i) =>
				makeScenario(database.db, {
					slug: `bulk-${engine}-${i}`,
					content: { title: `Bulk row ${i}`, skills: ['active-listening'] }
				})
			)
		);
		const bad = await makeScenario(database.db, {
			slug: `bulk-${engine}-only-grief`,
			content: { title: 'Only grief', skills: ['grief-support'] }
		});
		const before = await metadataOf([...rows.map((r) => r.id), bad.id]);

		// Removing grief-support leaves "Only grief" without any skill: invalid.
		const error = await grid()
			.bulkUpdate({
				scenarioIds: [...rows.map((r) => r.id), bad.id],
				operation: { kind: 'remove_skill', skill: 'grief-support' }
			})
			.catch((e) => e);
		expect(error).toMatchObject({ code: 'BAD_REQUEST' });
		expect(error.message).toContain('“Only grief”');
		expect(error.message).toContain('needs at least one skill');
		expect(error.cause.details.rows).toEqual([
			expect.objectContaining({ scenarioId: bad.id, slug: bad.slug })
		]);
		expect(await metadataOf([...rows.map((r) => r.id), bad.id])).toEqual(before);

		// An inactive skill cannot be added; a time out of range is refused before anything runs.
		await expect(
			grid().bulkUpdate({
				scenarioIds: rows.map((r) => r.id),
				operation: { kind: 'set_time', estimatedTime: 61 }
			})
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expect(
			grid().bulkUpdate({
				scenarioIds: rows.map((r) => r.id),
				operation: { kind: 'add_skill', skill: 'no-such-skill' }
			})
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		expect(await metadataOf([...rows.map((r) => r.id), bad.id])).toEqual(before);
	});

	it('bulk-edits every operation, then undoes from the audit log (and refuses a second undo)', async () => {
		const rows = await Promise.all(
			Array.from({ length: 10 }, (_, i) =>
				makeScenario(database.db, {
					content: {
						skills: i % 2 ? ['active-listening', 'grief-support'] : ['active-listening'],
						difficulty: 'beginner',
						estimatedTime: 10
					}
				})
			)
		);
		const ids = rows.map((r) => r.id);
		const original = await metadataOf(ids);

		const difficulty = await grid().bulkUpdate({
			scenarioIds: ids,
			operation: { kind: 'set_difficulty', difficulty: 'advanced' }
		});
		expect(difficulty).toMatchObject({ changed: 10, unchanged: 0 });
		await grid().bulkUpdate({
			scenarioIds: ids,
			operation: { kind: 'set_time', estimatedTime: 45 }
		});
		const added = await grid().bulkUpdate({
			scenarioIds: ids,
			operation: { kind: 'add_skill', skill: 'grief-support' }
		});
		expect(added).toMatchObject({ changed: 5, unchanged: 5 });
		const removed = await grid().bulkUpdate({
			scenarioIds: ids,
			operation: { kind: 'remove_skill', skill: 'active-listening' }
		});
		let now = await metadataOf(ids);
		expect(now.every((r) => r.difficulty === 'advanced' && r.estimatedTime === 45)).toBe(true);
		expect(now.every((r) => r.skills.join() === 'grief-support')).toBe(true);
		expect(now.every((r) => r.metadataVersion === 4 || r.metadataVersion === 5)).toBe(true);

		// Undo the last four bulk edits, newest first: back to where we started.
		const audit = callerAs(database.db, admin).admin.audit;
		await audit.undo({ id: removed.auditId! });
		await audit.undo({ id: added.auditId! });
		const entries = await audit.list({ entityType: 'scenario', pageSize: 100 });
		const bulk = entries.items.filter(
			(e) => e.action === 'scenario.metadata.bulk_update' && e.undoable
		);
		for (const e of bulk.slice(0, 2)) await audit.undo({ id: e.id });
		now = await metadataOf(ids);
		expect(now.map(({ metadataVersion: _, ...v }) => v)).toEqual(
			original.map(({ metadataVersion: _, ...v }) => v)
		);
		await expect(audit.undo({ id: removed.auditId! })).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		const [undone] = await database.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.id, removed.auditId!));
		expect(undone.undoneAt).toBeInstanceOf(Date);
	});

	it('refuses to undo a bulk edit, changing nothing, when a row changed since', async () => {
		const rows = await Promise.all(
			Array.from({ length: 3 }, () =>
				makeScenario(database.db, { content: { difficulty: 'beginner' } })
			)
		);
		const ids = rows.map((r) => r.id);
		const bulk = await grid().bulkUpdate({
			scenarioIds: ids,
			operation: { kind: 'set_difficulty', difficulty: 'intermediate' }
		});
		const [, second] = await metadataOf(ids);
		await callerAs(database.db, otherAdmin).admin.scenario.updateMetadata({
			scenarioId: second.id,
			skills: second.skills,
			difficulty: 'advanced',
			estimatedTime: second.estimatedTime,
			metadataVersion: second.metadataVersion
		});
		const before = await metadataOf(ids);
		const error = await callerAs(database.db, admin)
			.admin.audit.undo({ id: bulk.auditId! })
			.catch((e) => e);
		expect(error).toMatchObject({ code: 'CONFLICT' });
		expect(error.cause.details.rows).toEqual([
			expect.objectContaining({
				scenarioId: second.id,
				current: expect.objectContaining({ difficulty: 'advanced' })
			})
		]);
		expect(await metadataOf(ids)).toEqual(before);
	});

	it('pages, searches and filters missing metadata; coverage excludes one-time scenarios', async () => {
		const fresh = await createTestDatabase(engine);
		try {
			await insertSkills(fresh.db);
			const a = await makeUser(fresh.db, { role: 'admin' });
			await makeScenario(fresh.db, { slug: 'complete-one', content: { title: 'Complete one' } });
			await makeScenario(fresh.db, {
				slug: 'no-skills',
				content: { title: 'No skills at all', skills: [] }
			});
			await makeScenario(fresh.db, {
				slug: 'one-time-empty',
				content: { title: 'One-time without skills', skills: [], isOneTime: true }
			});
			const deactivated = await makeScenario(fresh.db, {
				slug: 'uses-termination',
				content: { title: 'Uses termination', skills: ['termination'] }
			});
			await callerAs(fresh.db, a).admin.skill.setActive({ slug: 'termination', active: false });
			const caller = callerAs(fresh.db, a).admin.scenario;

			const missing = await caller.list({ missing: true });
			expect(missing.items.map((i) => i.slug).sort()).toEqual(['no-skills', 'uses-termination']);
			expect(missing.items.find((i) => i.id === deactivated.id)!.inactiveSkills).toEqual([
				'termination'
			]);
			expect(await caller.coverage()).toEqual({ complete: 1, total: 3, ratio: 1 / 3 });

			const all = await caller.list({ pageSize: 5 });
			expect(all.total).toBe(4);
			expect(all.items.map((i) => i.title)).toEqual([
				'Complete one',
				'No skills at all',
				'One-time without skills',
				'Uses termination'
			]);
			const page2 = await caller.list({ pageSize: 5, page: 2 });
			expect(page2.items).toEqual([]);
			expect((await caller.list({ search: 'SKILLS' })).items.map((i) => i.slug)).toEqual([
				'no-skills',
				'one-time-empty'
			]);
			expect((await caller.list({ search: '%' })).items).toEqual([]);
		} finally {
			await fresh.destroy();
		}
	});
});
