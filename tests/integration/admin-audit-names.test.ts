import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { reconcileFeatureFlags } from '../../src/lib/server/bootstrap/seed';
import { featureFlags } from '../../src/lib/server/db/schema';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertSkills, makeScenario, makeUser, scenarioContent } from '../support/factories';

// The audit log reads as sentences of names: who (display name), what (a phrase, not the
// stored code) and about what (a scenario's title, a skill's or key's name, a user's name),
// while the raw codes and ids stay in each entry for the details disclosure.

describe.each(ENGINES)('audit log in names on %s', (engine) => {
	let database: TestDatabase;
	let admin: SessionUser;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		admin = await makeUser(database.db, { role: 'admin', displayName: 'Ada Admin' });
	});
	afterAll(() => database?.destroy());

	const as = () => callerAs(database.db, admin).admin;
	/** The newest entry for an action, as the console lists it. */
	async function entry(action: string) {
		const { items } = await as().audit.list({ pageSize: 100 });
		const found = items.find((i) => i.action === action);
		expect(found, action).toBeTruthy();
		return found!;
	}
	const sentence = (e: { actorLabel: string; actionLabel: string; entityName: string | null }) =>
		[e.actorLabel, e.actionLabel, e.entityName].filter(Boolean).join(' ');

	it('names the actor, the action and the entity; the raw ids and codes stay available', async () => {
		const scenario = await makeScenario(database.db, {
			content: { title: 'Night shift: the caller who hangs up', skills: ['active-listening'] }
		});
		await as().scenario.updateMetadata({
			scenarioId: scenario.id,
			skills: ['active-listening', 'grief-support'],
			difficulty: 'advanced',
			estimatedTime: 20
		});
		const update = await entry('scenario.metadata.update');
		expect(sentence(update)).toBe(
			'Ada Admin edited skills, difficulty or time of “Night shift: the caller who hangs up”'
		);
		expect(update).toMatchObject({
			entityType: 'scenario',
			entityId: scenario.id,
			actorId: admin.id,
			actorEmail: admin.email
		});

		const other = await makeScenario(database.db);
		await as().scenario.bulkUpdate({
			scenarioIds: [scenario.id, other.id],
			operation: { kind: 'set_time', estimatedTime: 30 }
		});
		expect((await entry('scenario.metadata.bulk_update')).entityName).toBe('2 scenarios');
	});

	it('uses a skill’s name, also after a rename or a delete', async () => {
		await as().skill.create({ name: 'Warm handover' });
		expect(sentence(await entry('skill.create'))).toBe('Ada Admin added the skill “Warm handover”');
		await as().skill.update({
			slug: 'warm-handover',
			newSlug: 'warm-transfer',
			name: 'Warm transfer',
			description: ''
		});
		const renamed = await entry('skill.rename');
		expect(sentence(renamed)).toBe(
			'Ada Admin renamed the skill “Warm handover” (now “Warm transfer”)'
		);
		expect(renamed.entityId).toBe('warm-transfer');
		await as().skill.delete({ slug: 'warm-transfer' });
		expect(sentence(await entry('skill.delete'))).toBe(
			'Ada Admin deleted the skill “Warm transfer”'
		);
		await as().skill.merge({ from: 'termination', into: 'boundary-setting', deleteSource: true });
		expect((await entry('skill.merge')).entityName).toBe(
			'“Ending the contact” into “Boundary setting”'
		);
	});

	it('names users, API keys, flags and settings; the system when no one acted', async () => {
		const user = await makeUser(database.db, { displayName: 'Bo Learner' });
		await as().user.setRole({ userId: user.id, role: 'reviewer' });
		expect(sentence(await entry('user.role'))).toBe('Ada Admin changed the role of Bo Learner');

		const key = await as().apiKey.create({ name: 'PTG staging' });
		await as().apiKey.revoke({ id: key.id });
		expect(sentence(await entry('api_key.revoke'))).toBe(
			'Ada Admin revoked the API key “PTG staging”'
		);

		await database.db.insert(featureFlags).values([
			{ key: 'studio_ai_assist', description: 'x' },
			{ key: 'progress_leaderboard', description: 'y' }
		]);
		await as().flag.set({ key: 'studio_ai_assist', enabled: true });
		expect(sentence(await entry('flag.enable'))).toBe(
			'Ada Admin switched on the feature flag studio_ai_assist'
		);
		await reconcileFeatureFlags(database.db);
		const retired = await entry('flag.retire');
		expect(sentence(retired)).toBe('The system retired the feature flag progress_leaderboard');
		expect(retired.actorId).toBeNull();

		await as().flag.setApprovalThreshold({ value: 4 });
		expect(sentence(await entry('setting.update'))).toBe(
			'Ada Admin changed the setting approval threshold'
		);

		const filters = await as().audit.filters();
		expect(filters.entityTypeLabels).toMatchObject({
			feature_flag: 'Feature flags',
			api_key: 'API keys',
			skill: 'Skills'
		});
	});

	it('an author’s visibility change reads with their name and the scenario’s title', async () => {
		const author = await makeUser(database.db, { displayName: 'Maya Author' });
		const reviewer = await makeUser(database.db, { role: 'reviewer' });
		const { id } = await callerAs(database.db, author).studio.create(
			scenarioContent({ title: 'A visible change', visibility: 'private' })
		);
		await callerAs(database.db, author).studio.submit({ id });
		await callerAs(database.db, reviewer).review.submit({
			scenarioId: id,
			emotionalSafety: 4,
			therapeuticCorrectness: 4,
			ageAppropriateness: 4,
			revealTiming: 4,
			decision: 'approved',
			confirmedWarnings: []
		});
		await callerAs(database.db, author).studio.setVisibility({ id, visibility: 'public' });
		expect(sentence(await entry('scenario.visibility'))).toBe(
			'Maya Author changed who sees “A visible change”'
		);
	});
});
