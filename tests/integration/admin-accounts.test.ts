import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	createSession,
	generateSessionToken,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { featureFlags, sessions } from '../../src/lib/server/db/schema';
import { SEED_FEATURE_FLAGS } from '../../src/lib/server/bootstrap/skills';
import { findActiveApiKey } from '../../src/lib/server/services/api-keys/keys';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertSkills, makeScenario, makeUser } from '../support/factories';

const policy = { idleMinutes: 60, absoluteDays: 30 };

describe.each(ENGINES)('users, API keys, flags, settings, audit and metrics on %s', (engine) => {
	let database: TestDatabase;
	let admin: Awaited<ReturnType<typeof makeUser>>;
	const as = () => callerAs(database.db, admin).admin;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		await database.db
			.insert(featureFlags)
			.values([...SEED_FEATURE_FLAGS])
			.onConflictDoNothing();
		admin = await makeUser(database.db, { role: 'admin', displayName: 'Ada Admin' });
	});
	afterAll(() => database?.destroy());

	it('searches users by name or e-mail and filters by role', async () => {
		await makeUser(database.db, { displayName: 'Zoë Searchable', email: 'zoe@find.test' });
		await makeUser(database.db, { role: 'reviewer', displayName: 'Rita Reviewer' });
		expect((await as().user.list({ search: 'searchable' })).items).toEqual([
			expect.objectContaining({ email: 'zoe@find.test', role: 'learner', disabledAt: null })
		]);
		expect((await as().user.list({ search: 'FIND.test' })).total).toBe(1);
		expect((await as().user.list({ role: 'reviewer' })).items.map((u) => u.displayName)).toEqual([
			'Rita Reviewer'
		]);
		expect((await as().user.list({ search: '_' })).total).toBe(0);
	});

	it('changes a role (audited); an admin cannot remove their own admin role', async () => {
		const user = await makeUser(database.db);
		await expect(as().user.setRole({ userId: user.id, role: 'reviewer' })).resolves.toMatchObject({
			role: 'reviewer'
		});
		await expect(as().user.setRole({ userId: admin.id, role: 'learner' })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		await expect(
			as().user.setRole({ userId: '7f0c9f6e-9d2a-4a57-9c51-2b1f1f6f0a11', role: 'admin' })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		const log = await as().audit.list({ entityType: 'user', entityId: user.id });
		expect(log.items[0]).toMatchObject({
			action: 'user.role',
			actorName: 'Ada Admin',
			before: { role: 'learner' },
			after: { role: 'reviewer' }
		});
	});

	it('disables an account and ends its sessions at once; re-enables it; never oneself', async () => {
		const user = await makeUser(database.db);
		const tokens = [generateSessionToken(), generateSessionToken()];
		for (const token of tokens) await createSession(database.db, token, user.id, policy);
		expect(await validateSessionToken(database.db, tokens[0], policy)).not.toBeNull();
		expect((await as().user.list({ search: user.email })).items[0].activeSessions).toBe(2);

		const disabled = await as().user.setDisabled({ userId: user.id, disabled: true });
		expect(disabled.disabledAt).toBeInstanceOf(Date);
		expect(await database.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual(
			[]
		);
		expect(await validateSessionToken(database.db, tokens[1], policy)).toBeNull();

		await expect(as().user.setDisabled({ userId: admin.id, disabled: true })).rejects.toMatchObject(
			{ code: 'FORBIDDEN' }
		);
		const enabled = await as().user.setDisabled({ userId: user.id, disabled: false });
		expect(enabled.disabledAt).toBeNull();
		const log = await as().audit.list({ entityType: 'user', entityId: user.id });
		expect(log.items.map((e) => e.action)).toEqual(['user.enable', 'user.disable']);
	});

	it('creates an API key shown once, lists it by prefix, revokes it', async () => {
		const created = await as().apiKey.create({ name: 'PTG staging' });
		expect(created.key).toMatch(/^shk_/);
		expect(created.key.startsWith(created.prefix)).toBe(true);
		const list = await as().apiKey.list();
		const listed = list.find((k) => k.id === created.id)!;
		expect(listed).toMatchObject({ name: 'PTG staging', prefix: created.prefix, lastUsedAt: null });
		expect(JSON.stringify(list)).not.toContain(created.key);
		expect(await findActiveApiKey(database.db, created.key)).not.toBeNull();

		await as().apiKey.revoke({ id: created.id });
		expect(await findActiveApiKey(database.db, created.key)).toBeNull();
		expect((await as().apiKey.list()).find((k) => k.id === created.id)!.revokedAt).toBeInstanceOf(
			Date
		);
		await expect(as().apiKey.create({ name: 'x' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		const log = await as().audit.list({ entityType: 'api_key' });
		expect(log.items.map((e) => e.action)).toEqual(['api_key.revoke', 'api_key.create']);
		expect(JSON.stringify(log.items)).not.toContain(created.key);
	});

	it('lists and toggles feature flags, audited', async () => {
		const flags = await as().flag.list();
		expect(flags.map((f) => f.key)).toEqual(SEED_FEATURE_FLAGS.map((f) => f.key).sort());
		expect(flags.every((f) => !f.enabled)).toBe(true);
		await as().flag.set({ key: 'studio_ai_assist', enabled: true });
		expect((await as().flag.list()).find((f) => f.key === 'studio_ai_assist')!.enabled).toBe(true);
		await expect(as().flag.set({ key: 'nope', enabled: true })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const log = await as().audit.list({ entityType: 'feature_flag' });
		expect(log.items[0]).toMatchObject({
			action: 'flag.enable',
			entityId: 'studio_ai_assist',
			before: { enabled: false },
			after: { enabled: true }
		});
	});

	it('reads and sets the review approval threshold', async () => {
		expect(await as().flag.settings()).toEqual({ approvalThreshold: 3 });
		await as().flag.setApprovalThreshold({ value: 4 });
		expect(await as().flag.settings()).toEqual({ approvalThreshold: 4 });
		await expect(as().flag.setApprovalThreshold({ value: 9 })).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
	});

	it('filters the audit log by entity and actor, and offers those filters', async () => {
		const other = await makeUser(database.db, { role: 'admin', displayName: 'Bea Admin' });
		await callerAs(database.db, other).admin.flag.set({
			key: 'token_planning_v1',
			enabled: true
		});
		const byOther = await as().audit.list({ actorId: other.id });
		expect(byOther.items.map((e) => e.action)).toEqual(['flag.enable']);
		const filters = await as().audit.filters();
		expect(filters.entityTypes).toEqual(
			expect.arrayContaining(['api_key', 'feature_flag', 'user'])
		);
		expect(filters.actors.map((a) => a.name)).toEqual(['Ada Admin', 'Bea Admin']);
		const paged = await as().audit.list({ pageSize: 5, page: 2 });
		expect(paged.page).toBe(2);
		expect(paged.total).toBeGreaterThan(5);
		await expect(as().audit.undo({ id: byOther.items[0].id })).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
	});

	it('computes the home metrics from aggregates', async () => {
		await makeScenario(database.db, { status: 'draft' });
		await makeScenario(database.db);
		const metrics = await as().metrics();
		expect(metrics.scenariosByStatus).toEqual(
			expect.arrayContaining([
				{ status: 'approved', count: 1 },
				{ status: 'draft', count: 1 }
			])
		);
		expect(metrics.completionsOverTime).toHaveLength(12);
		expect(metrics.coverage).toEqual({ complete: 2, total: 2, ratio: 1 });
		expect(metrics.activeApiKeys).toBe(0);
		expect(metrics.usersByRole.find((r) => r.role === 'admin')!.count).toBe(2);
		expect(await as().overview()).toMatchObject({ scenarios: 2 });
	});
});
