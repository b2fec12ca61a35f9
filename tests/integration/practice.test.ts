import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { queryRows } from '../../src/lib/server/db/client';
import type { ScenarioContentInput } from '../../src/lib/schemas/scenario';
import { createCoach } from '../../src/lib/server/services/evaluation/coach';
import { runCoachEvaluation } from '../../src/lib/server/services/evaluation/runs';
import { findTranscriptDrift } from '../../src/lib/server/services/progress/verify';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertRubrics, insertSkills, makeScenario, makeUser } from '../support/factories';

// Practice that answers back (issue 13): turns stored with the attempt, effects and branches,
// the automatic evaluation run, self-assessment, the debrief, and who may read any of it.

const ASK = 'Are you thinking about killing yourself?';

/** A small crisis-line scenario: asking directly about suicide changes what the caller says next. */
const PRACTICE: Partial<ScenarioContentInput> = {
	skills: ['risk-assessment'],
	rubric: 'crisis-line-conversation',
	stateVariables: [
		{ name: 'askedAboutSuicide', initial: false },
		{ name: 'rapport', initial: 0 }
	],
	steps: [
		{ id: 'opening', kind: 'say', title: 'Opening', prompt: 'I just needed to hear a voice.' },
		{
			id: 'ask',
			kind: 'respond',
			title: 'The hint',
			prompt: 'Some nights I wonder what the point of any of it is.',
			modelResponse: 'It sounds like tonight is really heavy. Are you thinking about suicide?',
			suggestions: ['Are you thinking about ending your life?'],
			heard: [
				{
					hint: 'direct-suicide-question',
					effects: [
						{ variable: 'askedAboutSuicide', set: true },
						{ criterion: 'asks-about-suicide', delta: 2, note: 'Asked plainly' }
					]
				}
			],
			branches: [
				{
					when: { all: [{ variable: 'askedAboutSuicide', op: 'eq', value: true }] },
					next: 'disclosure'
				}
			],
			next: 'deflection'
		},
		{
			id: 'disclosure',
			title: 'Disclosure',
			prompt: 'Yes. I still have my service pistol.',
			next: 'plan'
		},
		{
			id: 'deflection',
			title: 'Deflection',
			prompt: "I'm fine. Just a rough night.",
			next: 'plan'
		},
		{
			id: 'plan',
			kind: 'choose',
			title: 'Next',
			prompt: 'So what now?',
			choices: [
				{
					label: 'Could we think together about keeping the pistol somewhere else tonight?',
					next: null,
					effects: [{ criterion: 'safety-planning', delta: 2, note: 'Means safety, together' }]
				},
				{
					label: 'You should just get some sleep.',
					next: null,
					effects: [{ criterion: 'safety-planning', delta: -1, note: 'Advice, no plan' }]
				}
			]
		}
	]
};

describe.each(ENGINES)('practice on %s', (engine) => {
	let database: TestDatabase;
	let learner: SessionUser;
	let other: SessionUser;
	let scenarioId: string;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		await insertRubrics(database.db);
		learner = await makeUser(database.db);
		other = await makeUser(database.db);
		scenarioId = (await makeScenario(database.db, { content: PRACTICE })).id;
	});
	afterAll(() => database?.destroy());

	const as = (user: SessionUser) => callerAs(database.db, user);
	const turnCount = async (attemptId: string) =>
		Number(
			(
				await queryRows<{ n: number }>(
					database.db,
					sql`select count(*)::int as n from attempt_turns where attempt_id = ${attemptId}`
				)
			)[0].n
		);

	async function freshAttempt(user = learner) {
		// One open attempt per learner and scenario: finish any earlier one first.
		const open = await as(user).progress.openAttempt({ scenarioId });
		if (open)
			await as(user).progress.finishAttempt({ attemptId: open.attemptId, completed: false });
		return (await as(user).progress.startAttempt({ scenarioId })).attemptId;
	}

	it('asking directly takes the disclosure branch; not asking takes the deflection', async () => {
		const api = as(learner);
		const asked = await freshAttempt();
		const first = await api.progress.respond({ attemptId: asked, stepId: 'opening' });
		expect(first.next).toEqual({ stepId: 'ask' });
		const reply = await api.progress.respond({
			attemptId: asked,
			stepId: 'ask',
			text: `That sounds so heavy. ${ASK}`
		});
		expect(reply.next).toEqual({ stepId: 'disclosure' });
		expect(reply.state).toEqual({ askedAboutSuicide: true, rapport: 0 });
		expect(reply.modelResponse).toContain('Are you thinking about suicide?');
		expect(reply.hints.map((h) => h.detector)).toContain('direct-suicide-question');

		const notAsked = await freshAttempt();
		await api.progress.respond({ attemptId: notAsked, stepId: 'opening' });
		const vague = await api.progress.respond({
			attemptId: notAsked,
			stepId: 'ask',
			text: 'I hope you are not going to do anything silly.'
		});
		expect(vague.next).toEqual({ stepId: 'deflection' });
		expect(vague.state.askedAboutSuicide).toBe(false);
	});

	it('refuses an answer that does not fit the step, a stale step and an ended walk, changing nothing', async () => {
		const api = as(learner);
		const attemptId = await freshAttempt();
		await expect(
			api.progress.respond({ attemptId, stepId: 'opening', choiceIndex: 0 })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expect(
			api.progress.respond({ attemptId, stepId: 'ask', text: 'hello' })
		).rejects.toMatchObject({ code: 'CONFLICT' });
		await expect(
			api.progress.respond({ attemptId, stepId: 'opening', text: 'x', choiceIndex: 1 })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		expect(await turnCount(attemptId)).toBe(0);

		await api.progress.respond({ attemptId, stepId: 'opening' });
		await expect(api.progress.respond({ attemptId, stepId: 'ask' })).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
		await api.progress.respond({ attemptId, stepId: 'ask', text: 'How are you feeling?' });
		await api.progress.respond({ attemptId, stepId: 'deflection' });
		const last = await api.progress.respond({ attemptId, stepId: 'plan', choiceIndex: 1 });
		expect(last.next).toEqual({ end: true });
		expect(last.feedback).toBeNull();
		const before = await turnCount(attemptId);
		await expect(
			api.progress.respond({ attemptId, stepId: 'plan', choiceIndex: 0 })
		).rejects.toMatchObject({ code: 'CONFLICT' });
		expect(await turnCount(attemptId)).toBe(before);
	});

	it('a finished attempt takes no more turns', async () => {
		const api = as(learner);
		const attemptId = await freshAttempt();
		await api.progress.finishAttempt({ attemptId, completed: false });
		await expect(api.progress.respond({ attemptId, stepId: 'opening' })).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		expect(await turnCount(attemptId)).toBe(0);
	});

	it('resumes: the transcript and the waiting step come back on another "device"', async () => {
		const attemptId = await freshAttempt();
		await as(learner).progress.respond({ attemptId, stepId: 'opening' });
		await as(learner).progress.respond({ attemptId, stepId: 'ask', text: ASK });
		// A second caller object stands for another tab or device of the same learner.
		const resumed = await callerAs(database.db, { ...learner }).progress.transcript({ attemptId });
		expect(resumed.waitingStepId).toBe('disclosure');
		expect(resumed.turns.map((t) => [t.seq, t.kind, t.stepId])).toEqual([
			[1, 'persona', 'opening'],
			[2, 'persona', 'ask'],
			[3, 'response', 'ask']
		]);
		expect(resumed.turns[2].text).toBe(ASK);
		expect(resumed.state).toEqual({ askedAboutSuicide: true, rapport: 0 });
	});

	it('turns are the learner’s alone: another learner gets NOT_FOUND everywhere', async () => {
		const attemptId = await freshAttempt();
		await as(learner).progress.respond({ attemptId, stepId: 'opening' });
		const intruder = as(other);
		for (const call of [
			() => intruder.progress.respond({ attemptId, stepId: 'ask', text: ASK }),
			() => intruder.progress.transcript({ attemptId }),
			() => intruder.progress.debrief({ attemptId }),
			() => intruder.progress.attempt({ attemptId }),
			() => intruder.progress.selfAssess({ attemptId, scores: { 'asks-about-suicide': 4 } })
		]) {
			await expect(call()).rejects.toMatchObject({ code: 'NOT_FOUND' });
		}
		expect(await turnCount(attemptId)).toBe(1);
	});

	it('concurrent answers to one step: one wins, the rest CONFLICT, and seq stays gap-free', async () => {
		const attemptId = await freshAttempt();
		const api = as(learner);
		const results = await Promise.allSettled(
			Array.from({ length: 6 }, () => api.progress.respond({ attemptId, stepId: 'opening' }))
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		for (const r of results.filter((r) => r.status === 'rejected')) {
			expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
		}
		const replies = await Promise.allSettled(
			Array.from({ length: 4 }, (_, i) =>
				api.progress.respond({ attemptId, stepId: 'ask', text: `How are you, ${i}?` })
			)
		);
		expect(replies.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const seqs = await queryRows<{ seq: number }>(
			database.db,
			sql`select seq from attempt_turns where attempt_id = ${attemptId} order by seq`
		);
		expect(seqs.map((r) => Number(r.seq))).toEqual([1, 2, 3]);
	});

	it('finishing runs the automatic evaluation; the debrief quotes the suicide question under its criterion', async () => {
		const api = as(learner);
		const attemptId = await freshAttempt();
		await api.progress.respond({ attemptId, stepId: 'opening' });
		await api.progress.respond({ attemptId, stepId: 'ask', text: `I hear you. ${ASK}` });
		await api.progress.respond({ attemptId, stepId: 'disclosure' });
		await api.progress.respond({ attemptId, stepId: 'plan', choiceIndex: 0 });
		await expect(
			api.progress.selfAssess({ attemptId, scores: { 'asks-about-suicide': 3 } })
		).rejects.toMatchObject({ code: 'CONFLICT' });
		await api.progress.finishAttempt({ attemptId, completed: true });

		const debrief = await api.progress.debrief({ attemptId });
		const automatic = debrief.runs.find((r) => r.kind === 'automatic')!;
		expect(automatic.status).toBe('succeeded');
		expect(automatic.finishedAt).toBeInstanceOf(Date);
		const asks = automatic.scores.find((s) => s.criterionKey === 'asks-about-suicide')!;
		expect(asks.score).toBeGreaterThanOrEqual(3);
		const question = debrief.transcript.find((t) => t.kind === 'response')!;
		expect(asks.evidence).toContainEqual(
			expect.objectContaining({ turnId: question.id, quote: ASK })
		);
		const plan = automatic.scores.find((s) => s.criterionKey === 'safety-planning')!;
		expect(plan.evidence[0].quote).toContain('keeping the pistol somewhere else');
		expect(debrief.models).toEqual([
			expect.objectContaining({ stepId: 'ask', modelResponse: expect.stringContaining('suicide') })
		]);
		expect(debrief.rubric?.criteria.map((c) => c.key)).toContain('closes-well');

		// Finishing again, or reading the debrief again, makes no second automatic run.
		await expect(api.progress.finishAttempt({ attemptId, completed: true })).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		await api.progress.debrief({ attemptId });
		const runs = await queryRows<{ n: number }>(
			database.db,
			sql`select count(*)::int as n from evaluation_runs where attempt_id = ${attemptId} and kind = 'automatic'`
		);
		expect(Number(runs[0].n)).toBe(1);

		// Self-assessment: unknown criteria refused, then stored and replaced.
		await expect(
			api.progress.selfAssess({ attemptId, scores: { 'no-such-criterion': 2 } })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expect(
			api.progress.selfAssess({ attemptId, scores: { 'asks-about-suicide': 5 } })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await api.progress.selfAssess({ attemptId, scores: { 'asks-about-suicide': 2 } });
		await api.progress.selfAssess({
			attemptId,
			scores: { 'asks-about-suicide': 3, 'open-questions': 2 }
		});
		const after = await api.progress.debrief({ attemptId });
		const self = after.runs.filter((r) => r.kind === 'self');
		expect(self).toHaveLength(1);
		expect(self[0].scores.map((s) => [s.criterionKey, s.score]).sort()).toEqual([
			['asks-about-suicide', 3],
			['open-questions', 2]
		]);

		// The mastery of the criterion's skill now rests on evidence.
		const mastery = await api.progress.mastery();
		const risk = mastery.skills.find((s) => s.skill === 'risk-assessment')!;
		expect(risk.scores).toBeGreaterThan(0);
		expect('level' in risk && risk.level).toBeGreaterThan(0.5);
		const untouched = (await as(other).progress.mastery()).skills.find(
			(s) => s.skill === 'risk-assessment'
		)!;
		expect(untouched.scores).toBe(0);
	});

	it('an automatic run whose rubric is missing fails with its reason instead of failing the finish', async () => {
		const broken = await makeScenario(database.db, {
			content: { ...PRACTICE, rubric: 'no-such-rubric' }
		});
		const api = as(learner);
		const { attemptId } = await api.progress.startAttempt({ scenarioId: broken.id });
		await expect(api.progress.finishAttempt({ attemptId, completed: true })).resolves.toMatchObject(
			{ outcome: 'completed' }
		);
		const run = await queryRows<{ status: string; error: string | null; finished_at: unknown }>(
			database.db,
			sql`select status, error, finished_at from evaluation_runs where attempt_id = ${attemptId}`
		);
		expect(run).toHaveLength(1);
		expect(run[0].status).toBe('failed');
		expect(run[0].error).toContain('no-such-rubric');
		expect(run[0].finished_at).not.toBeNull();
	});

	it('the studio refuses an unknown rubric and evidence for a criterion outside the rubric', async () => {
		const author = as(other);
		const base = { title: 'Rubric check', description: 'A draft.', visibility: 'private' as const };
		await expect(author.studio.create({ ...base, rubric: 'no-such-rubric' })).rejects.toMatchObject(
			{ code: 'BAD_REQUEST', message: 'There is no rubric "no-such-rubric"' }
		);
		await expect(
			author.studio.create({
				...base,
				rubric: 'cefr-can-do',
				steps: [
					{
						id: 'only',
						kind: 'choose',
						title: 'Only',
						prompt: 'Pick',
						choices: [
							{ label: 'A', next: null, effects: [{ criterion: 'asks-about-suicide', delta: 1 }] }
						]
					}
				]
			})
		).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringContaining('Step 1 ("only") gives evidence for "asks-about-suicide"')
		});
		const draft = await author.studio.create({ ...base, rubric: 'crisis-line-conversation' });
		expect(draft.status).toBe('draft');
	});

	it('db:verify finds no transcript drift after all of the above, and finds a gap made by hand', async () => {
		expect(await findTranscriptDrift(database.db)).toEqual([]);
		const attemptId = await freshAttempt();
		await as(learner).progress.respond({ attemptId, stepId: 'opening' });
		await database.db.execute(
			sql`insert into attempt_turns (attempt_id, seq, step_id, kind, text)
				values (${attemptId}, 5, 'ask', 'persona', 'out of order')`
		);
		expect(await findTranscriptDrift(database.db)).toEqual([
			{ attempt_id: attemptId, problem: 'turns numbered 1..5 for 2 turns' }
		]);
		await database.db.execute(
			sql`delete from attempt_turns where attempt_id = ${attemptId} and seq = 5`
		);
		expect(await findTranscriptDrift(database.db)).toEqual([]);
	});

	describe('the coach run against a chat-completions server on loopback', () => {
		let server: Server;
		let base = '';
		/** what the server answers next: content, or a delay before answering */
		let reply: { content: string; delayMs?: number } = { content: '{}' };
		let requests = 0;

		beforeAll(async () => {
			server = createServer((req, res) => {
				requests++;
				req.resume();
				req.on('end', () => {
					setTimeout(() => {
						res.writeHead(200, { 'content-type': 'application/json' });
						res.end(
							JSON.stringify({
								choices: [{ index: 0, message: { role: 'assistant', content: reply.content } }]
							})
						);
					}, reply.delayMs ?? 0);
				});
			});
			await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
			base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
		});
		afterAll(() => new Promise<void>((done) => server.close(() => done())));

		async function finishedWithQuestion() {
			const api = as(learner);
			const attemptId = await freshAttempt();
			await api.progress.respond({ attemptId, stepId: 'opening' });
			await api.progress.respond({ attemptId, stepId: 'ask', text: ASK });
			await api.progress.finishAttempt({ attemptId, completed: false });
			const turns = await api.progress.transcript({ attemptId });
			return { attemptId, question: turns.turns.find((t) => t.kind === 'response')! };
		}
		const coachRun = (attemptId: string) =>
			queryRows<{ status: string; error: string | null }>(
				database.db,
				sql`select status, error from evaluation_runs where attempt_id = ${attemptId} and kind = 'coach'`
			);

		it('queued -> running -> succeeded, with the scores in the debrief', async () => {
			const { attemptId, question } = await finishedWithQuestion();
			reply = {
				delayMs: 400,
				content: JSON.stringify({
					summary: 'Asked plainly.',
					scores: [
						{
							criterionKey: 'asks-about-suicide',
							score: 4,
							rationale: 'A direct question.',
							evidence: [{ turnId: question.id, quote: ASK }]
						}
					]
				})
			};
			const coach = createCoach({ url: base, model: 'test-model', timeoutSeconds: 5 })!;
			const running = runCoachEvaluation(database.db, coach, attemptId);
			await expect.poll(async () => (await coachRun(attemptId))[0]?.status).toBe('running');
			await running;
			expect(await coachRun(attemptId)).toEqual([{ status: 'succeeded', error: null }]);
			const debrief = await as(learner).progress.debrief({ attemptId });
			const run = debrief.runs.find((r) => r.kind === 'coach')!;
			expect(run.scores).toEqual([
				expect.objectContaining({ criterionKey: 'asks-about-suicide', score: 4 })
			]);
			expect(run.summary).toMatchObject({ model: 'test-model' });
		});

		it('fails closed: a reply citing a turn that does not exist marks the run failed with the reason', async () => {
			const { attemptId } = await finishedWithQuestion();
			reply = {
				content: JSON.stringify({
					summary: 'x',
					scores: [
						{
							criterionKey: 'asks-about-suicide',
							score: 4,
							rationale: 'x',
							evidence: [{ turnId: '00000000-0000-4000-8000-000000000000', quote: ASK }]
						}
					]
				})
			};
			const before = requests;
			await runCoachEvaluation(database.db, createCoach({ url: base })!, attemptId);
			expect(requests).toBe(before + 1);
			const [run] = await coachRun(attemptId);
			expect(run.status).toBe('failed');
			expect(run.error).toMatch(/turn/i);
			const debrief = await as(learner).progress.debrief({ attemptId });
			expect(debrief.runs.find((r) => r.kind === 'coach')?.scores).toEqual([]);
		});

		it('a slow coach fails by timeout and a second call does not ask again', async () => {
			const { attemptId } = await finishedWithQuestion();
			reply = { content: '{}', delayMs: 2500 };
			await runCoachEvaluation(
				database.db,
				createCoach({ url: base, timeoutSeconds: 1 })!,
				attemptId
			);
			const [run] = await coachRun(attemptId);
			expect(run.status).toBe('failed');
			expect(run.error).toMatch(/within 1 second/);
			const before = requests;
			await runCoachEvaluation(database.db, createCoach({ url: base })!, attemptId);
			expect(requests).toBe(before);
		});
	});
});
