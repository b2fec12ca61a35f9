import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { queryRows } from '../../src/lib/server/db/client';
import { scenarioFromYaml } from '../../src/lib/domain/scenario-yaml';
import { scenarioContentSchema } from '../../src/lib/schemas/scenario';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertRubrics, insertSkills, makeUser, scenarioContent } from '../support/factories';

// The guided quest builder through its procedures on a real database: the whole conversation to
// a studio draft, resuming, unclear and invalid answers, privacy, the end of a conversation, and
// two replies at once; and the studio's YAML export and import.

describe.each(ENGINES)('quest builder on %s', (engine) => {
	let database: TestDatabase;
	let parent: SessionUser;
	let other: SessionUser;
	let admin: SessionUser;

	const as = (user: SessionUser | null) => callerAs(database.db, user);
	const count = async (query: ReturnType<typeof sql>) =>
		Number((await queryRows<{ n: number }>(database.db, query))[0].n);
	const draftsOf = (user: SessionUser) =>
		count(sql`select count(*)::int as n from scenarios where created_by_user_id = ${user.id}`);

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		await insertRubrics(database.db);
		parent = await makeUser(database.db, { displayName: 'Pat Parent' });
		other = await makeUser(database.db);
		admin = await makeUser(database.db, { role: 'admin' });
	});
	afterAll(() => database?.destroy());

	async function conversationAt(replies: string[]) {
		const { sessionId } = await as(parent).questBuilder.start();
		for (const text of replies) await as(parent).questBuilder.reply({ sessionId, text });
		return sessionId;
	}
	const TO_REVIEW = ['8', 'sleeping on my own', 'Bunny and a night light', 'IFS', 'yes'];

	it('goes from greeting to quest_ready and leaves an ordinary studio draft', async () => {
		const started = await as(parent).questBuilder.start();
		expect(started.stage).toBe('greeting');
		const { sessionId } = started;
		const before = await draftsOf(parent);

		const stages: string[] = [];
		for (const text of TO_REVIEW) {
			const answer = await as(parent).questBuilder.reply({ sessionId, text });
			stages.push(answer.stage);
			expect(answer.message.length).toBeGreaterThan(10);
		}
		expect(stages).toEqual([
			'collecting_info',
			'collecting_info',
			'collecting_info',
			'clarifying',
			'reviewing'
		]);
		const review = await as(parent).questBuilder.get({ sessionId });
		expect(review.draft?.steps.length).toBeGreaterThan(4);
		expect(review.draft?.revealMessage).toContain('sleeping on my own');
		expect(review.quickReplies).toContain('Create it');
		expect(await draftsOf(parent)).toBe(before); // nothing saved before the parent confirms

		const done = await as(parent).questBuilder.reply({ sessionId, text: 'Create it' });
		expect(done.stage).toBe('quest_ready');
		expect(done.scenarioId).toBeTruthy();
		expect(await draftsOf(parent)).toBe(before + 1);

		const session = await as(parent).questBuilder.get({ sessionId });
		expect(session.scenarioId).toBe(done.scenarioId);
		expect(session.stage).toBe('quest_ready');
		expect(session.stageLabel).toBe('Quest ready');

		// The draft is the parent's, in the studio, with what the builder said it would have.
		const editor = await as(parent).studio.get({ id: done.scenarioId! });
		expect(editor.scenario.status).toBe('draft');
		expect(editor.content).toMatchObject({
			psychologicalModule: 'IFS',
			ageRange: '7-9',
			category: 'therapeutic_quest',
			title: review.draft!.title
		});
		expect(editor.content.revealMessage).toContain('bunny and a night light');
		expect(Object.keys(editor.content.layout)).toHaveLength(editor.content.steps.length);
		expect(scenarioContentSchema.safeParse(editor.content).success).toBe(true);
		expect(editor.content.skills.length).toBeGreaterThan(0);
		// ...and it can go through review like any draft.
		await as(parent).studio.submit({ id: done.scenarioId! });
	});

	it('resumes through get and lists the caller’s conversations newest first', async () => {
		const sessionId = await conversationAt(['13', 'exams']);
		const resumed = await as(parent).questBuilder.get({ sessionId });
		expect(resumed.stage).toBe('collecting_info');
		expect(resumed.context).toEqual({ ageBand: '13-15', worry: 'exams' });
		expect(resumed.conversation.map((m) => m.role)).toEqual([
			'builder',
			'parent',
			'builder',
			'parent',
			'builder'
		]);
		expect(resumed.conversation[3].text).toBe('exams');
		expect(resumed.quickReplies).toEqual(['Not sure']);
		await as(parent).questBuilder.reply({ sessionId, text: 'music' });
		const mine = await as(parent).questBuilder.mine();
		expect(mine[0]).toMatchObject({ id: sessionId, worry: 'exams', ageBand: '13-15' });
		expect(await as(other).questBuilder.mine()).toEqual([]);
	});

	it('keeps the stage for an unclear answer, and changes nothing for an invalid one', async () => {
		const sessionId = await conversationAt([]);
		const unclear = await as(parent).questBuilder.reply({ sessionId, text: 'a toddler' });
		expect(unclear.stage).toBe('greeting');
		expect(unclear.message).toContain('age band');
		const kept = await as(parent).questBuilder.get({ sessionId });
		expect(kept.context).toEqual({});

		for (const text of ['', '   ', 'x'.repeat(2001)]) {
			await expect(as(parent).questBuilder.reply({ sessionId, text })).rejects.toMatchObject({
				code: 'BAD_REQUEST'
			});
		}
		await expect(
			as(parent).questBuilder.reply({ sessionId: 'not-a-uuid', text: '8' })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		expect(await as(parent).questBuilder.get({ sessionId })).toEqual(kept);
	});

	it('hides a conversation from everyone but its starter', async () => {
		const sessionId = await conversationAt(['8']);
		const before = await as(parent).questBuilder.get({ sessionId });
		for (const someone of [other, admin]) {
			await expect(as(someone).questBuilder.get({ sessionId })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
			await expect(
				as(someone).questBuilder.reply({ sessionId, text: 'the dark' })
			).rejects.toMatchObject({ code: 'NOT_FOUND' });
		}
		await expect(as(null).questBuilder.start()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
		await expect(
			as(parent).questBuilder.get({ sessionId: crypto.randomUUID() })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		expect(await as(parent).questBuilder.get({ sessionId })).toEqual(before);
	});

	it('refuses a reply after quest_ready in plain words', async () => {
		const sessionId = await conversationAt([...TO_REVIEW, 'create it']);
		const before = await draftsOf(parent);
		await expect(
			as(parent).questBuilder.reply({ sessionId, text: 'create it' })
		).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('studio') });
		expect(await draftsOf(parent)).toBe(before);
	});

	it('applies only one of two replies sent at once', async () => {
		// Both answer the question the parent saw (3 messages): whichever lands second is refused,
		// however the two requests are timed, instead of being read as the next answer.
		const sessionId = await conversationAt(['8']);
		const both = await Promise.allSettled([
			as(parent).questBuilder.reply({ sessionId, text: 'the dark', seenMessages: 3 }),
			as(parent).questBuilder.reply({ sessionId, text: 'thunderstorms', seenMessages: 3 })
		]);
		expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const refused = both.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(refused.reason).toMatchObject({ code: 'CONFLICT' });
		const after = await as(parent).questBuilder.get({ sessionId });
		expect(after.conversation.filter((m) => m.role === 'parent')).toHaveLength(2);
		expect(['the dark', 'thunderstorms']).toContain(after.context.worry);

		// Without seenMessages, two confirmations at once still make exactly one studio draft.
		const review = await conversationAt(TO_REVIEW);
		const drafts = await draftsOf(parent);
		const confirms = await Promise.allSettled([
			as(parent).questBuilder.reply({ sessionId: review, text: 'create it' }),
			as(parent).questBuilder.reply({ sessionId: review, text: 'create it' })
		]);
		expect(confirms.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect(await draftsOf(parent)).toBe(drafts + 1);
	});

	describe('studio YAML', () => {
		it('round-trips a draft through export and import as a new draft of the caller', async () => {
			const content = scenarioContent({
				title: 'Round trip: "quotes", #hash & emoji 🌙',
				psychologicalModule: 'CBT',
				ageRange: '7-9',
				revealMessage: 'yes: no # maybe',
				layout: { opening: { x: 10, y: -20 } }
			});
			const { id } = await as(parent).studio.create(content);
			const { yaml } = await as(parent).studio.exportYaml({ scenarioId: id });
			const parsed = scenarioFromYaml(yaml);
			expect(parsed.ok && parsed.content).toEqual(content);

			const { scenarioId } = await as(other).studio.importYaml({ yaml });
			expect(scenarioId).not.toBe(id);
			const copy = await as(other).studio.get({ id: scenarioId });
			expect(copy.scenario.status).toBe('draft');
			expect(copy.content).toEqual(content);
			// Exported again, the copy gives the same file.
			expect((await as(other).studio.exportYaml({ scenarioId })).yaml).toBe(yaml);
		});

		it('names the line of a problem and creates nothing', async () => {
			const { id } = await as(parent).studio.create(scenarioContent({ title: 'Will break' }));
			const { yaml } = await as(parent).studio.exportYaml({ scenarioId: id });
			const lines = yaml.split('\n');
			const at = lines.findIndex((l) => l.startsWith('difficulty:'));
			lines[at] = 'difficulty: impossible';
			const before = await draftsOf(other);
			await expect(as(other).studio.importYaml({ yaml: lines.join('\n') })).rejects.toMatchObject({
				code: 'BAD_REQUEST',
				message: expect.stringContaining(`Line ${at + 1}`)
			});
			await expect(as(other).studio.importYaml({ yaml: 'title: [unclosed' })).rejects.toMatchObject(
				{ code: 'BAD_REQUEST', message: expect.stringMatching(/Line \d/) }
			);
			expect(await draftsOf(other)).toBe(before);
		});

		it('exports only what the caller may open', async () => {
			const { id } = await as(parent).studio.create(scenarioContent({ title: 'Private draft' }));
			await expect(as(other).studio.exportYaml({ scenarioId: id })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
			await expect(
				as(other).studio.exportYaml({ scenarioId: crypto.randomUUID() })
			).rejects.toMatchObject({ code: 'NOT_FOUND' });
			await expect(as(null).studio.exportYaml({ scenarioId: id })).rejects.toMatchObject({
				code: 'UNAUTHORIZED'
			});
			expect((await as(admin).studio.exportYaml({ scenarioId: id })).yaml).toContain(
				'Private draft'
			);
		});
	});
});
