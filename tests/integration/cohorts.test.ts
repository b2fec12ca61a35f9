import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { reconcileFeatureFlags, syncSkillPools } from '../../src/lib/server/bootstrap/seed';
import { queryRows } from '../../src/lib/server/db/client';
import type { ScenarioContentInput } from '../../src/lib/schemas/scenario';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertRubrics, insertSkills, makeScenario, makeUser } from '../support/factories';

// Cohorts and training plans (issue 15): the coordinator capability, invites (hashed, expiring,
// revocable, rate-limited), consent applied to every coordinator read, assignments and their
// states, the flag, supply from calibrations on the right day, and the idempotent pool seed.

const CONTENT: Partial<ScenarioContentInput> = {
	skills: ['risk-assessment'],
	estimatedTime: 30,
	rubric: 'crisis-line-conversation',
	steps: [
		{ id: 'opening', kind: 'say', title: 'Opening', prompt: 'I just needed to hear a voice.' },
		{
			id: 'ask',
			kind: 'respond',
			title: 'The hint',
			prompt: 'Some nights I wonder what the point is.',
			modelResponse: 'That sounds heavy. Are you thinking about suicide?'
		}
	]
};
const WEEK = 7 * 86_400_000;

describe.each(ENGINES)('cohorts on %s', (engine) => {
	let database: TestDatabase;
	let admin: SessionUser;
	let coach: SessionUser; // the coordinator
	let sharer: SessionUser; // a trainee who shares
	let quiet: SessionUser; // a trainee who does not
	let supervisor: SessionUser;
	let scenarioId: string;
	let criteria: string[];

	const as = (user: SessionUser | null) => callerAs(database.db, user);
	const rows = <T>(query: ReturnType<typeof sql>) =>
		queryRows<T & Record<string, unknown>>(database.db, query);

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		await insertRubrics(database.db);
		await reconcileFeatureFlags(database.db);
		await syncSkillPools(database.db);
		admin = await makeUser(database.db, { role: 'admin' });
		coach = await makeUser(database.db, { displayName: 'Cora Coordinator' });
		sharer = await makeUser(database.db, { displayName: 'Sam Sharer' });
		quiet = await makeUser(database.db, { displayName: 'Quinn Quiet' });
		supervisor = await makeUser(database.db, { role: 'reviewer' });
		scenarioId = (await makeScenario(database.db, { content: CONTENT })).id;
		criteria = (
			await rows<{ key: string }>(
				sql`select key from rubric_criteria where rubric_key = 'crisis-line-conversation'`
			)
		).map((r) => r.key);
		await as(admin).admin.user.setCoordinator({ userId: coach.id, coordinator: true });
	});
	afterAll(() => database?.destroy());

	async function newCohort(name = 'Spring volunteers') {
		return (await as(coach).cohort.create({ name, startsOn: '2027-01-10', endsOn: '2027-03-31' }))
			.id;
	}

	async function joined(cohortId: string) {
		const { code } = await as(coach).cohort.invite({ cohortId });
		await as(sharer).cohort.join({ code, consent: true });
		await as(quiet).cohort.join({ code, consent: false });
		return code;
	}

	/** A completed attempt of `user` on the scenario, with a supervisor's scores of `score`. */
	async function practised(user: SessionUser, score?: number) {
		const api = as(user);
		const { attemptId } = await api.progress.startAttempt({ scenarioId });
		await api.progress.respond({ attemptId, stepId: 'opening' });
		await api.progress.respond({
			attemptId,
			stepId: 'ask',
			text: 'Are you thinking about killing yourself?'
		});
		await api.progress.finishAttempt({ attemptId, completed: true });
		if (score !== undefined) {
			const { requestId } = await api.feedback.request({ attemptId });
			await as(supervisor).feedback.claim({ requestId });
			await as(supervisor).feedback.submit({
				requestId,
				scores: Object.fromEntries(criteria.map((k) => [k, { score }])),
				comments: [],
				summary: 'Scored by the cohort test.'
			});
		}
		return attemptId;
	}

	it('only coordinators create cohorts; the grant is the admin’s and is audited', async () => {
		await expect(as(sharer).cohort.create({ name: 'Mine' })).rejects.toMatchObject({
			code: 'FORBIDDEN',
			message: expect.stringContaining('Ask an admin')
		});
		await expect(
			as(coach).admin.user.setCoordinator({ userId: sharer.id, coordinator: true })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		const audit = await rows<{ action: string }>(
			sql`select action from audit_log where entity_id = ${coach.id}`
		);
		expect(audit.map((a) => a.action)).toContain('user.coordinator.grant');
		await expect(as(coach).cohort.create({ name: '   ' })).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
		await expect(
			as(coach).cohort.create({ name: 'Backwards', startsOn: '2027-02-01', endsOn: '2027-01-01' })
		).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('end date') });
	});

	it('invites are shown once, stored hashed, expire, are revoked and replaced', async () => {
		const cohortId = await newCohort('Invites');
		const { code, expiresAt } = await as(coach).cohort.invite({ cohortId, expiresInDays: 2 });
		expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
		expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(2 * 86_400_000 - 60_000);
		const [stored] = await rows<{ invite_code_hash: string }>(
			sql`select invite_code_hash from cohorts where id = ${cohortId}`
		);
		expect(stored.invite_code_hash).toMatch(/^[0-9a-f]{64}$/);
		expect(stored.invite_code_hash).not.toContain(code.replace(/-/g, ''));

		const preview = await as(sharer).cohort.preview({ code: code.toLowerCase() });
		expect(preview).toMatchObject({ name: 'Invites', coordinators: ['Cora Coordinator'] });

		// Expired: the same code no longer opens anything.
		await database.db.execute(
			sql`update cohorts set invite_expires_at = now() - interval '1 second' where id = ${cohortId}`
		);
		await expect(as(sharer).cohort.join({ code, consent: true })).rejects.toMatchObject({
			code: 'NOT_FOUND',
			message: expect.stringContaining('expired')
		});
		// A new invite replaces the old one; revoking forgets it.
		const second = await as(coach).cohort.invite({ cohortId });
		await expect(as(sharer).cohort.preview({ code })).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await as(coach).cohort.revokeInvite({ cohortId });
		await expect(
			as(sharer).cohort.join({ code: second.code, consent: true })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		const members = await rows(sql`select 1 from cohort_members where cohort_id = ${cohortId}`);
		expect(members).toHaveLength(1); // the coordinator only: nothing changed

		// The coordinator cannot join their own cohort as a trainee.
		const third = await as(coach).cohort.invite({ cohortId });
		await expect(as(coach).cohort.join({ code: third.code, consent: true })).rejects.toMatchObject({
			code: 'CONFLICT'
		});
	});

	it('guessing codes is rate limited per account', async () => {
		const guesser = await makeUser(database.db);
		let refused: unknown;
		for (let i = 0; i < 25 && !refused; i++) {
			await as(guesser)
				.cohort.join({
					code: `AAAA-BBBB-CCCC-${'DEFGHJKM'[i % 8]}${'NPQR'[i % 4]}ST`,
					consent: false
				})
				.catch((e: { code: string }) => {
					if (e.code !== 'NOT_FOUND') refused = e;
				});
		}
		expect(refused).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
	});

	it('consent decides every coordinator read, and withdrawing takes effect at once', async () => {
		const cohortId = await newCohort('Consent');
		await joined(cohortId);
		const [consent] = await rows<{ consent_version: number; consent_at: Date | null }>(
			sql`select consent_version, consent_at from cohort_members where user_id = ${sharer.id} and cohort_id = ${cohortId}`
		);
		expect(consent.consent_version).toBe(1);
		expect(consent.consent_at).not.toBeNull();
		await as(coach).cohort.assign({
			cohortId,
			scenarioId,
			dueAt: new Date(Date.now() + WEEK),
			required: true,
			minLevel: null
		});
		const sharerAttempt = await practised(sharer, 3);
		const quietAttempt = await practised(quiet, 3);

		const board = await as(coach).cohort.dashboard({ cohortId });
		expect(board.trainees.map((t) => [t.displayName, t.sharing])).toEqual([
			['Quinn Quiet', false],
			['Sam Sharer', true]
		]);
		expect(board.progress.map((p) => p.userId)).toEqual([sharer.id]);
		expect(board.progress[0].standings[0]).toMatchObject({ state: 'done', met: true });
		expect(board.progress[0].mastery.some((m) => m.skill === 'risk-assessment')).toBe(true);
		expect(JSON.stringify(board)).not.toContain('killing yourself');
		expect(board.weakestSkills.every((s) => s.trainees === 1)).toBe(true);

		// Transcripts stay private either way.
		for (const attemptId of [sharerAttempt, quietAttempt]) {
			await expect(as(coach).progress.debrief({ attemptId })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
			await expect(as(coach).progress.transcript({ attemptId })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
		}

		// The plan (flag on) counts only consenting trainees' earnings.
		await as(admin).admin.flag.set({ key: 'token_planning_v1', enabled: true });
		const plan = await as(coach).cohort.plan({ cohortId });
		expect(plan.trainees.map((t) => t.userId)).toEqual([sharer.id]);
		const assessment = plan.pools.find((p) => p.name === 'Assessment')!;
		expect(assessment.earned).toEqual([{ userId: sharer.id, tokens: 0.5 }]);

		await as(sharer).cohort.withdrawConsent({ cohortId });
		const after = await as(coach).cohort.dashboard({ cohortId });
		expect(after.progress).toEqual([]);
		expect(after.trainees.find((t) => t.userId === sharer.id)?.sharing).toBe(false);
		expect(after.weakestSkills).toEqual([]);
		expect((await as(coach).cohort.plan({ cohortId })).trainees).toEqual([]);
		const audit = await rows<{ action: string }>(
			sql`select action from audit_log where actor_id = ${sharer.id} order by at`
		);
		expect(audit.map((a) => a.action)).toEqual(['cohort.consent.give', 'cohort.consent.withdraw']);

		// Sharing again brings it back; leaving removes the membership.
		await as(sharer).cohort.giveConsent({ cohortId });
		expect((await as(coach).cohort.dashboard({ cohortId })).progress).toHaveLength(1);
		await as(sharer).cohort.leave({ cohortId });
		const left = await as(coach).cohort.dashboard({ cohortId });
		expect(left.trainees.map((t) => t.userId)).toEqual([quiet.id]);
		await expect(as(sharer).cohort.withdrawConsent({ cohortId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		// Nobody else reads the dashboard: not a trainee, not an admin.
		for (const user of [quiet, admin, supervisor]) {
			await expect(as(user).cohort.dashboard({ cohortId })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
		}
		await as(admin).admin.flag.set({ key: 'token_planning_v1', enabled: false });
	});

	it('assignments notify trainees and move through their states, levels included', async () => {
		const cohortId = await newCohort('Levels');
		await joined(cohortId);
		await as(coach).cohort.assign({
			cohortId,
			scenarioId,
			dueAt: new Date(Date.now() + WEEK),
			required: true,
			minLevel: 3
		});
		await expect(
			as(coach).cohort.assign({
				cohortId,
				scenarioId,
				dueAt: new Date(Date.now() + WEEK),
				required: false,
				minLevel: null
			})
		).rejects.toMatchObject({ code: 'CONFLICT' });
		const notes = await as(quiet).notification.list({ limit: 5 });
		const note = notes.items.find((n) => n.title.includes('New assignment in Levels'));
		expect(note?.body).toBe('Required, due in 7 days, at rubric level 3 or above.');

		const state = async () =>
			(await as(quiet).cohort.myAssignments()).items.find((i) => i.cohortName === 'Levels')!;
		expect(await state()).toMatchObject({ state: 'not_started', met: false });
		const { attemptId } = await as(quiet).progress.startAttempt({ scenarioId });
		expect((await state()).state).toBe('in_progress');
		await as(quiet).progress.finishAttempt({ attemptId, completed: false });
		await practised(quiet, 2);
		expect(await state()).toMatchObject({ state: 'done', met: false, bestLevel: 2 });
		await practised(quiet, 4);
		expect(await state()).toMatchObject({ state: 'done_at_level', met: true, bestLevel: 4 });

		// Past its due date and not met: overdue.
		const late = await makeScenario(database.db, { content: CONTENT });
		await as(coach).cohort.assign({
			cohortId,
			scenarioId: late.id,
			dueAt: new Date(Date.now() - 60_000),
			required: true,
			minLevel: null
		});
		const mine = await as(quiet).cohort.myAssignments();
		expect(mine.items.find((i) => i.slug === late.slug)?.state).toBe('overdue');
		expect(mine.overdue).toBeGreaterThanOrEqual(1);
	});

	it('an archived cohort is read-only and takes no one new', async () => {
		const cohortId = await newCohort('Archived');
		const { code } = await as(coach).cohort.invite({ cohortId });
		await as(coach).cohort.archive({ cohortId, archived: true });
		await expect(as(sharer).cohort.join({ code, consent: true })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(
			as(coach).cohort.assign({
				cohortId,
				scenarioId,
				dueAt: new Date(Date.now() + WEEK),
				required: true,
				minLevel: null
			})
		).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('archived') });
		expect((await as(coach).cohort.dashboard({ cohortId })).cohort.archivedAt).not.toBeNull();
	});

	it('with the flag off, plans answer FORBIDDEN in words and cohorts still work', async () => {
		const cohortId = await newCohort('Flag off');
		await expect(as(coach).cohort.plan({ cohortId })).rejects.toMatchObject({
			code: 'FORBIDDEN',
			message: expect.stringContaining('token_planning_v1')
		});
		await expect(as(admin).admin.planning.overview()).rejects.toMatchObject({ code: 'FORBIDDEN' });
		const board = await as(coach).cohort.dashboard({ cohortId });
		expect(board.planningEnabled).toBe(false);
	});

	it('supply follows the calibration in effect on the due day (boundary days)', async () => {
		await as(admin).admin.flag.set({ key: 'token_planning_v1', enabled: true });
		const { pools } = await as(admin).admin.planning.overview();
		const assessment = pools.find((p) => p.name === 'Assessment')!;
		await as(admin).admin.planning.saveCalibration({
			poolId: assessment.id,
			effectiveDate: '2027-03-01',
			tokensPerHour: 2
		});
		const plannedOn = async (dueAt: string) => {
			const cohortId = await newCohort(`Due ${dueAt}`);
			await as(coach).cohort.assign({
				cohortId,
				scenarioId,
				dueAt: new Date(dueAt),
				required: true,
				minLevel: null
			});
			await as(coach).cohort.setDemand({
				cohortId,
				poolId: assessment.id,
				tokensP50: 0.75,
				tokensP90: 1
			});
			const plan = await as(coach).cohort.plan({ cohortId });
			return plan.pools.find((p) => p.poolId === assessment.id)!;
		};
		// 30 minutes of risk assessment: half an hour at 1 token/hour, then at 2 from March 1st.
		expect(await plannedOn('2027-02-28T23:59:59Z')).toMatchObject({
			planned: 0.5,
			status: 'short'
		});
		expect(await plannedOn('2027-03-01T00:00:00Z')).toMatchObject({
			planned: 1,
			status: 'covered'
		});

		// A token scenario supplies its explicit rows instead, whatever the calibration.
		await as(admin).admin.planning.setScenarioSupply({
			scenarioId,
			planningMode: 'token',
			supplies: [{ poolId: assessment.id, tokens: 0.8 }]
		});
		expect(await plannedOn('2027-03-01T00:00:00Z')).toMatchObject({
			planned: 0.8,
			status: 'within'
		});
		await as(admin).admin.planning.setScenarioSupply({ scenarioId, planningMode: 'legacy' });
		const [{ n }] = await rows<{ n: number }>(
			sql`select count(*)::int as n from token_supplies where scenario_id = ${scenarioId}`
		);
		expect(Number(n)).toBe(0);

		// A short pool gets suggestions from scenarios not yet assigned.
		await makeScenario(database.db, {
			content: { ...CONTENT, title: 'Another risk call', skills: ['risk-assessment'] }
		});
		const short = await as(coach).cohort.plan({ cohortId: await newCohort('Short') });
		expect(short.suggestions.picks).toEqual([]); // no demand, nothing short
		const cohortId = await newCohort('Short with demand');
		await as(coach).cohort.setDemand({
			cohortId,
			poolId: assessment.id,
			tokensP50: 3,
			tokensP90: 4
		});
		const suggested = await as(coach).cohort.plan({ cohortId });
		// Every test scenario trains only risk assessment: the greedy cover takes one of them.
		expect(suggested.suggestions.budgetMinutes).toBe(180);
		expect(suggested.suggestions.picks).toHaveLength(1);
		expect(suggested.suggestions.picks[0]).toMatchObject({
			covers: ['risk-assessment'],
			adds: [{ pool: 'Assessment', tokens: 0.5 }]
		});
		await expect(
			as(coach).cohort.setDemand({ cohortId, poolId: assessment.id, tokensP50: 3, tokensP90: 2 })
		).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('p90') });
		await as(admin).admin.flag.set({ key: 'token_planning_v1', enabled: false });
	});

	it('seeds the five pools once, every skill in one, and a second run changes nothing', async () => {
		const again = await syncSkillPools(database.db);
		expect(again).toEqual({ added: [], placed: 0 });
		const pools = await rows<{ name: string }>(
			sql`select name from skill_pools order by sort_order`
		);
		expect(pools.map((p) => p.name)).toEqual([
			'Engagement',
			'Assessment',
			'Intervention',
			'Resources and referral',
			'Boundaries and closing'
		]);
		const unpooled = await rows(sql`select slug from skills where pool_id is null`);
		expect(unpooled).toEqual([]);
		// An admin's rename survives the next start.
		await database.db.execute(
			sql`update skill_pools set name = 'Rapport' where name = 'Engagement'`
		);
		expect(await syncSkillPools(database.db)).toEqual({ added: [], placed: 0 });
		const names = await rows<{ name: string }>(sql`select name from skill_pools`);
		expect(names.map((p) => p.name)).toContain('Rapport');
		expect(names).toHaveLength(5);
	});
});
