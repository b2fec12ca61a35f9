import type { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	createSession,
	generateSessionToken,
	validateSessionToken,
	type SessionUser
} from '../../src/lib/server/auth/session';
import { queryRows } from '../../src/lib/server/db/client';
import { publicMessage } from '../../src/lib/server/trpc/caller';
import { createCaller } from '../../src/lib/server/trpc/root';
import { leaveChildMode, startChildMode } from '../../src/lib/server/services/family/child-mode';
import {
	ageRangeFits,
	answerStep,
	startQuest
} from '../../src/lib/server/services/family/quest-play';
import type { ScenarioContentInput } from '../../src/lib/schemas/scenario';
import { errorCode, outcomeOf } from '../support/access';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { HttpSession } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import {
	insertRubrics,
	insertSkills,
	makeScenario,
	makeUser,
	TEST_PASSWORD
} from '../support/factories';

// Children and child mode (issue 16): profiles only their parent sees (NOT_FOUND for everyone
// else, admins too), consent recorded and withdrawn, the PIN, child mode's procedure gate on a
// real session, quest progress through a whole play, reveals as view counts, and deleting a
// child removing every row that references it (found from the catalogue, so a table added later
// is covered without touching this test); and child mode over real HTTP (the last describe).

const POLICY = { idleMinutes: 60, absoluteDays: 7 };

const QUEST: Partial<ScenarioContentInput> = {
	title: 'Puddle the cloud',
	description: 'A small cloud helps with a sad day.',
	skills: ['active-listening'],
	psychologicalModule: 'ACT',
	ageRange: '7-9',
	revealMessage: 'Your child practised letting a sad feeling be there.',
	steps: [
		{ id: 'hello', kind: 'say', title: 'Hello', prompt: 'Puddle floats in.' },
		{
			id: 'pick',
			kind: 'choose',
			title: 'What now?',
			prompt: 'What do you want to do?',
			choices: [
				{ label: 'Let it rain', next: 'tell', feedback: 'Puddle drizzles softly.' },
				{ label: 'Push it away', next: 'pick' }
			]
		},
		{
			id: 'tell',
			kind: 'respond',
			title: 'Tell me',
			prompt: 'What makes you sad?',
			modelResponse: 'That is a big feeling.'
		},
		{ id: 'bye', kind: 'say', title: 'Bye', prompt: 'You did it.', next: null }
	]
};

describe.each(ENGINES)('family on %s', (engine) => {
	let database: TestDatabase;
	let parent: SessionUser;
	let other: SessionUser;
	let reviewer: SessionUser;
	let admin: SessionUser;
	let questId: string;
	let teenQuestId: string;

	const as = (user: SessionUser | null) => callerAs(database.db, user);
	const rows = <T>(query: ReturnType<typeof sql>) =>
		queryRows<T & Record<string, unknown>>(database.db, query);

	/** A real session of `user`, read back through the session lookup (childMode included). */
	async function session(user: SessionUser) {
		const token = generateSessionToken();
		const row = await createSession(database.db, token, user.id, POLICY);
		const read = async () => (await validateSessionToken(database.db, token, POLICY))!;
		return {
			id: row.id,
			read,
			caller: async () =>
				createCaller({
					db: database.db,
					user: (await read()).user,
					sessionId: row.id,
					clientAddress: '127.0.0.1'
				})
		};
	}

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		await insertRubrics(database.db);
		parent = await makeUser(database.db, { displayName: 'Pat Parent' });
		other = await makeUser(database.db);
		reviewer = await makeUser(database.db, { role: 'reviewer' });
		admin = await makeUser(database.db, { role: 'admin' });
		questId = (await makeScenario(database.db, { content: QUEST })).id;
		teenQuestId = (
			await makeScenario(database.db, {
				content: { ...QUEST, title: 'Teen quest', ageRange: '13-15' }
			})
		).id;
		// Not for children: a draft quest of the right age.
		await makeScenario(database.db, {
			content: { ...QUEST, title: 'Draft quest' },
			status: 'draft'
		});
	});
	afterAll(() => database?.destroy());

	it('adds, lists, renames and re-bands a child, refusing bad input plainly', async () => {
		const { childId } = await as(parent).family.addChild({ nickname: ' Robin ', ageBand: '7-9' });
		let list = await as(parent).family.children();
		expect(list.find((c) => c.id === childId)).toMatchObject({
			nickname: 'Robin',
			ageBand: '7-9',
			shareAggregatesWithAuthors: false,
			consentAt: null,
			played: 0
		});
		await as(parent).family.updateChild({ childId, nickname: 'Robbie', ageBand: '10-12' });
		list = await as(parent).family.children();
		expect(list.find((c) => c.id === childId)).toMatchObject({
			nickname: 'Robbie',
			ageBand: '10-12'
		});

		for (const [input, words] of [
			[{ nickname: '', ageBand: '7-9' }, 'Nickname: Give your child a nickname'],
			[
				{ nickname: 'x'.repeat(41), ageBand: '7-9' },
				'Nickname: Keep the nickname under 40 characters'
			],
			[{ nickname: 'Sky', ageBand: '3-4' }, 'Age band: Pick an age band']
		] as const) {
			const result = await outcomeOf(as(parent).family.addChild(input as never));
			expect(result.outcome).toBe('BAD_REQUEST');
			expect(publicMessage(result.error as TRPCError)).toBe(words);
		}
		expect((await as(parent).family.children()).length).toBe(1);
		// The audit log knows a child was added, not what it is called.
		const audit = await rows<{ action: string; text: string }>(
			sql`select action, (coalesce(before::text, '') || coalesce(after::text, '')) as text
				from audit_log where entity_id = ${childId}`
		);
		expect(audit.map((a) => a.action)).toEqual(['family.child.add']);
		expect(audit[0].text).not.toMatch(/Robin/);
	});

	it('answers NOT_FOUND to everyone but the parent, admins included, and lists no one else’s child', async () => {
		const { childId } = await as(parent).family.addChild({ nickname: 'Hidden', ageBand: '7-9' });
		const calls: [string, (c: ReturnType<typeof as>) => Promise<unknown>][] = [
			['childProgress', (c) => c.family.childProgress({ childId })],
			['updateChild', (c) => c.family.updateChild({ childId, nickname: 'Mine', ageBand: '5-7' })],
			['setPrivacy', (c) => c.family.setPrivacy({ childId, shareAggregatesWithAuthors: true })],
			['reveal', (c) => c.family.reveal({ childId, scenarioId: questId })],
			['deleteChild', (c) => c.family.deleteChild({ childId })]
		];
		for (const stranger of [other, reviewer, admin]) {
			for (const [name, call] of calls) {
				expect(errorCode((await outcomeOf(call(as(stranger)))).error), name).toBe('NOT_FOUND');
			}
			expect((await as(stranger).family.children()).map((c) => c.id)).not.toContain(childId);
			await expect(
				startChildMode(database.db, stranger.id, (await session(stranger)).id, childId)
			).rejects.toMatchObject({ code: 'NOT_FOUND' });
		}
		for (const [name, call] of calls) {
			expect(errorCode((await outcomeOf(call(as(null)))).error), name).toBe('UNAUTHORIZED');
		}
		// Nothing changed.
		const [row] = await rows<{ nickname: string; share: boolean }>(
			sql`select p.nickname, s.share_aggregates_with_authors as share from child_profiles p
				join child_privacy_settings s on s.child_id = p.id where p.id = ${childId}`
		);
		expect(row).toEqual({ nickname: 'Hidden', share: false });
	});

	it('records consent with its version and withdraws it in one call', async () => {
		const { childId } = await as(parent).family.addChild({ nickname: 'Consent', ageBand: '5-7' });
		const given = await as(parent).family.setPrivacy({ childId, shareAggregatesWithAuthors: true });
		expect(given).toMatchObject({ shareAggregatesWithAuthors: true, consentVersion: 1 });
		expect(given.consentAt).toBeInstanceOf(Date);
		const withdrawn = await as(parent).family.setPrivacy({
			childId,
			shareAggregatesWithAuthors: false
		});
		expect(withdrawn).toEqual({
			shareAggregatesWithAuthors: false,
			consentAt: null,
			consentVersion: null
		});
		const [stored] = await rows<{ share: boolean; consent_at: unknown }>(
			sql`select share_aggregates_with_authors as share, consent_at from child_privacy_settings where child_id = ${childId}`
		);
		expect(stored).toEqual({ share: false, consent_at: null });
		const audit = await rows<{ action: string }>(
			sql`select action from audit_log where entity_id = ${childId} and entity_type = 'child_privacy' order by id`
		);
		expect(audit.map((a) => a.action)).toEqual(['family.consent.give', 'family.consent.withdraw']);
	});

	it('sets a PIN, and changing it asks for the password or the old PIN', async () => {
		const user = await makeUser(database.db);
		expect(await as(user).family.settings()).toEqual({ parentName: null, hasPin: false });
		const mismatch = await outcomeOf(as(user).family.setPin({ pin: '1234', pinRepeat: '1235' }));
		expect(mismatch.outcome).toBe('BAD_REQUEST');
		expect(
			(await outcomeOf(as(user).family.setPin({ pin: '12a4', pinRepeat: '12a4' }))).outcome
		).toBe('BAD_REQUEST');
		await as(user).family.setPin({ pin: '1234', pinRepeat: '1234' });
		expect((await as(user).family.settings()).hasPin).toBe(true);
		for (const proof of [{}, { currentPin: '9999' }, { currentPassword: 'wrong-password' }]) {
			const r = await outcomeOf(
				as(user).family.setPin({ pin: '5678', pinRepeat: '5678', ...proof })
			);
			expect(r.outcome).toBe('BAD_REQUEST');
		}
		await as(user).family.setPin({ pin: '5678', pinRepeat: '5678', currentPin: '1234' });
		await as(user).family.setPin({
			pin: '4321',
			pinRepeat: '4321',
			currentPassword: TEST_PASSWORD
		});
		await as(user).family.setParentName({ parentName: '  Jo ' });
		expect(await as(user).family.settings()).toEqual({ parentName: 'Jo', hasPin: true });
	});

	it('child mode: refuses other procedures, plays a quest to the end, and leaves only with the PIN', async () => {
		const mum = await makeUser(database.db);
		const { childId } = await as(mum).family.addChild({ nickname: 'Kit', ageBand: '7-9' });
		const s = await session(mum);
		await expect(startChildMode(database.db, mum.id, s.id, childId)).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		await as(mum).family.setPin({ pin: '2468', pinRepeat: '2468' });
		// Outside child mode the child's procedures are closed.
		expect(errorCode((await outcomeOf((await s.caller()).family.childQuests())).error)).toBe(
			'FORBIDDEN'
		);

		await startChildMode(database.db, mum.id, s.id, childId);
		expect((await s.read()).user.childMode).toEqual({ childId, nickname: 'Kit', ageBand: '7-9' });
		const kid = await s.caller();
		for (const call of [
			() => kid.family.children(),
			() => kid.auth.me(),
			() => kid.scenario.list({}),
			() => kid.family.setPin({ pin: '0000', pinRepeat: '0000', currentPin: '2468' }),
			() => kid.family.deleteChild({ childId })
		]) {
			const r = await outcomeOf(call());
			expect(r.outcome).toBe('FORBIDDEN');
			expect((r.error as Error).message).toBe('Child mode is on: ask your grown-up');
		}

		// Only approved quests of the child's age.
		const quests = await kid.family.childQuests();
		expect(quests.map((q) => q.id)).toContain(questId);
		expect(quests.map((q) => q.id)).not.toContain(teenQuestId);
		expect(quests.map((q) => q.title)).not.toContain('Draft quest');
		expect(
			errorCode((await outcomeOf(kid.family.childQuest({ scenarioId: teenQuestId }))).error)
		).toBe('NOT_FOUND');

		// A whole play: Next, a choice that loops, the right choice, a reply (not stored), Next.
		const t0 = new Date('2030-01-01T10:00:00Z');
		const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
		const child = { childId, ageBand: '7-9' };
		expect(await startQuest(database.db, child, questId, at(0))).toEqual({ stepId: 'hello' });
		await answerStep(
			database.db,
			child,
			{ scenarioId: questId, stepId: 'hello', answer: { continue: true } },
			at(20)
		);
		const loop = await answerStep(
			database.db,
			child,
			{ scenarioId: questId, stepId: 'pick', answer: { choiceIndex: 1 } },
			at(30)
		);
		expect(loop).toMatchObject({ done: false, stepId: 'pick' });
		// A stale step (a second tab, a double click) is refused and changes nothing.
		await expect(
			answerStep(
				database.db,
				child,
				{ scenarioId: questId, stepId: 'hello', answer: { continue: true } },
				at(31)
			)
		).rejects.toMatchObject({ code: 'CONFLICT', details: { stepId: 'pick' } });
		const right = await answerStep(
			database.db,
			child,
			{ scenarioId: questId, stepId: 'pick', answer: { choiceIndex: 0 } },
			at(40)
		);
		expect(right).toMatchObject({ stepId: 'tell', feedback: 'Puddle drizzles softly.' });
		// Resuming a minute later is the same session; the page shows where the child stopped.
		expect(await startQuest(database.db, child, questId, at(100))).toEqual({ stepId: 'tell' });
		expect((await kid.family.childQuest({ scenarioId: questId })).step).toMatchObject({
			id: 'tell',
			kind: 'respond'
		});
		await answerStep(
			database.db,
			child,
			{ scenarioId: questId, stepId: 'tell', answer: { text: 'my-secret-words' } },
			at(700)
		);
		const end = await answerStep(
			database.db,
			child,
			{ scenarioId: questId, stepId: 'bye', answer: { continue: true } },
			at(710)
		);
		expect(end).toEqual({ done: true, stepId: null, feedback: null });

		const [progress] = await rows<Record<string, unknown>>(
			sql`select * from quest_progress where child_id = ${childId} and scenario_id = ${questId}`
		);
		// 20 + 10 + 10 + 60 (resume) + 300 (a 600 s gap, capped) + 10
		expect(progress).toMatchObject({
			completed: true,
			current_step: null,
			session_count: 1,
			total_time_seconds: 410
		});
		expect(JSON.stringify(progress)).not.toContain('my-secret-words');
		// Playing it again after finishing is a new session from the first step.
		expect(await startQuest(database.db, child, questId, at(720))).toEqual({ stepId: 'hello' });
		const parentView = await as(mum).family.childProgress({ childId });
		expect(parentView.quests).toEqual([
			expect.objectContaining({
				scenarioId: questId,
				completed: true,
				sessionCount: 2,
				totalTimeSeconds: 410,
				hasReveal: true
			})
		]);

		// Leaving: wrong PINs say so; the fifth wrong one makes leaving wait a minute.
		const now = new Date();
		const later = (s: number) => new Date(now.getTime() + s * 1000);
		for (let i = 1; i <= 5; i++) {
			expect(await leaveChildMode(database.db, mum.id, s.id, '0000', later(i))).toEqual({
				left: false,
				reason: 'wrong',
				attemptsLeft: 5 - i
			});
		}
		expect(await leaveChildMode(database.db, mum.id, s.id, '2468', later(30))).toEqual({
			left: false,
			reason: 'wait',
			retryAfterSeconds: 35
		});
		expect((await s.read()).user.childMode).not.toBeNull();
		expect(await leaveChildMode(database.db, mum.id, s.id, '2468', later(66))).toEqual({
			left: true
		});
		expect((await s.read()).user.childMode).toBeNull();
		expect((await (await s.caller()).family.children()).map((c) => c.id)).toEqual([childId]);
	});

	it('a reveal opens only after finishing and counts every view', async () => {
		const dad = await makeUser(database.db);
		const { childId } = await as(dad).family.addChild({ nickname: 'Ash', ageBand: '7-9' });
		const child = { childId, ageBand: '7-9' };
		expect(
			errorCode((await outcomeOf(as(dad).family.reveal({ childId, scenarioId: questId }))).error)
		).toBe('NOT_FOUND');
		await startQuest(database.db, child, questId);
		expect(
			errorCode((await outcomeOf(as(dad).family.reveal({ childId, scenarioId: questId }))).error)
		).toBe('CONFLICT');
		for (const [stepId, answer] of [
			['hello', { continue: true }],
			['pick', { choiceIndex: 0 }],
			['tell', { text: '' }],
			['bye', { continue: true }]
		] as const) {
			await answerStep(database.db, child, { scenarioId: questId, stepId, answer });
		}
		const count = async () =>
			(
				await rows<{ reveal_count: number; last_reveal_at: Date | null }>(
					sql`select reveal_count, last_reveal_at from scenario_metadata where scenario_id = ${questId}`
				)
			)[0];
		const before = await count();
		const first = await as(dad).family.reveal({ childId, scenarioId: questId });
		expect(first.revealMessage).toBe('Your child practised letting a sad feeling be there.');
		expect((await count()).reveal_count).toBe(before.reveal_count + 1);
		expect((await count()).last_reveal_at).not.toBeNull();
		await as(dad).family.reveal({ childId, scenarioId: questId });
		expect((await count()).reveal_count).toBe(before.reveal_count + 2);
		const [row] = await rows<{ revealed_at: Date | null }>(
			sql`select revealed_at from quest_progress where child_id = ${childId} and scenario_id = ${questId}`
		);
		expect(row.revealed_at).not.toBeNull();
	});

	it('deleting a child removes every row that references it, and nothing of another child', async () => {
		const mum = await makeUser(database.db);
		const s = await session(mum);
		await as(mum).family.setPin({ pin: '1357', pinRepeat: '1357' });
		const { childId } = await as(mum).family.addChild({ nickname: 'Gone', ageBand: '7-9' });
		const { childId: keptId } = await as(mum).family.addChild({ nickname: 'Kept', ageBand: '7-9' });
		for (const id of [childId, keptId]) {
			await startQuest(database.db, { childId: id, ageBand: '7-9' }, questId);
			await as(mum).family.setPrivacy({ childId: id, shareAggregatesWithAuthors: true });
		}
		await startChildMode(database.db, mum.id, s.id, childId);
		const [track] = await rows<{ id: string }>(
			sql`insert into tracks (slug, title) values (${`t-${childId.slice(0, 8)}`}, 'A track') returning id`
		);
		for (const id of [childId, keptId]) {
			await database.db.execute(
				sql`insert into user_tracks (child_id, track_id) values (${id}, ${track.id})`
			);
		}

		// Every foreign key that points at child_profiles, read from the catalogue.
		const refs = await rows<{ table_name: string; column_name: string }>(sql`
			select c.conrelid::regclass::text as table_name, a.attname as column_name
			from pg_constraint c
			join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
			where c.contype = 'f' and c.confrelid = 'child_profiles'::regclass`);
		expect(refs.map((r) => r.table_name).sort()).toEqual(
			expect.arrayContaining([
				'child_mode_sessions',
				'child_privacy_settings',
				'quest_progress',
				'user_tracks'
			])
		);
		const countFor = async (id: string) => {
			const out: Record<string, number> = {};
			for (const r of refs) {
				const [{ n }] = await rows<{ n: number }>(
					sql`select count(*)::int as n from ${sql.identifier(r.table_name)} where ${sql.identifier(r.column_name)} = ${id}`
				);
				out[`${r.table_name}.${r.column_name}`] = Number(n);
			}
			return out;
		};
		const keptBefore = await countFor(keptId);
		expect(await countFor(childId)).toMatchObject({
			'child_mode_sessions.child_id': 1,
			'child_privacy_settings.child_id': 1,
			'quest_progress.child_id': 1,
			'user_tracks.child_id': 1
		});

		await as(mum).family.deleteChild({ childId });
		expect(Object.values(await countFor(childId))).toEqual(refs.map(() => 0));
		expect(await rows(sql`select 1 from child_profiles where id = ${childId}`)).toEqual([]);
		expect(await countFor(keptId)).toEqual(keptBefore);
		// The session that was in child mode for the deleted child is a plain session again.
		expect((await s.read()).user.childMode).toBeNull();
	});

	it('matches a quest’s age range to a child’s band by overlap', () => {
		expect(ageRangeFits('7-9', '7-9')).toBe(true);
		expect(ageRangeFits('6-8', '7-9')).toBe(true);
		expect(ageRangeFits('13-15', '10-12')).toBe(false);
		expect(ageRangeFits(null, '7-9')).toBe(false);
		expect(ageRangeFits('adults', '7-9')).toBe(false);
	});
});

// Child mode through real HTTP: the hooks' guard on pages (and /logout), the procedures' gate on
// /api/trpc, the child's own pages, and leaving with the PIN, on the production build.
describe.each(ENGINES)('child mode over HTTP on %s', (engine) => {
	let server: TestServer;
	beforeAll(async () => {
		server = await startServer({ engine });
	});
	afterAll(() => server?.stop());

	it('keeps a session in child mode on /child until the PIN ends it', async () => {
		const parent = new HttpSession(server.url);
		expect((await parent.signIn('learner@scenariohub.test', 'learner-pass-2026')).status).toBe(303);
		await parent.trpc.family.setPin.mutate({ pin: '2468', pinRepeat: '2468', currentPin: '2468' });
		const { childId } = await parent.trpc.family.addChild.mutate({
			nickname: 'Robin',
			ageBand: '7-9'
		});
		const start = await parent.postForm('/family?/startChildMode', { childId });
		expect(start.status).toBe(303);
		expect(start.headers.get('location')).toBe('/child');

		for (const path of [
			'/',
			'/scenarios',
			'/family',
			`/family/${childId}`,
			'/account',
			'/studio'
		]) {
			const r = await parent.fetch(path);
			expect([r.status, r.headers.get('location')], path).toEqual([303, '/child']);
		}
		const logout = await parent.signOut();
		expect([logout.status, logout.headers.get('location')]).toEqual([303, '/child']);
		// A client-side navigation's data request is redirected too.
		const data = await parent.fetch('/family/__data.json');
		expect(await data.json()).toMatchObject({ type: 'redirect', location: '/child' });
		expect((await parent.fetch('/api/health')).status).toBe(200);

		const home = await parent.fetch('/child');
		expect(home.status).toBe(200);
		const html = await home.text();
		expect(html).toContain('Grown-up: leave child mode');
		expect(html).not.toContain('href="/scenarios"');

		for (const call of [
			() => parent.trpc.scenario.list.query({}),
			() => parent.trpc.family.children.query(),
			() => parent.trpc.auth.me.query()
		]) {
			const r = await outcomeOf(call());
			expect(r.outcome).toBe('FORBIDDEN');
			expect((r.error as Error).message).toBe('Child mode is on: ask your grown-up');
		}
		const quests = await parent.trpc.family.childQuests.query();
		expect(quests.length).toBeGreaterThan(0);
		expect((await parent.fetch(`/child/quests/${quests[0].id}`)).status).toBe(200);

		// The same parent signed in elsewhere is not in child mode: it is this device's.
		const elsewhere = new HttpSession(server.url);
		await elsewhere.signIn('learner@scenariohub.test', 'learner-pass-2026');
		expect((await elsewhere.fetch('/family')).status).toBe(200);

		const wrong = await parent.postForm('/child/exit', { pin: '0000' });
		expect(wrong.status).toBe(400);
		expect(await wrong.text()).toContain('That PIN is not right');
		const right = await parent.postForm('/child/exit', { pin: '2468' });
		expect([right.status, right.headers.get('location')]).toEqual([303, '/family']);
		expect((await parent.fetch('/family')).status).toBe(200);
		expect((await parent.fetch('/child')).headers.get('location')).toBe('/family');
		expect((await parent.trpc.family.children.query()).map((c) => c.id)).toContain(childId);
	});
});
