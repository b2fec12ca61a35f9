import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { queryRows } from '../../src/lib/server/db/client';
import type { ScenarioContentInput } from '../../src/lib/schemas/scenario';
import { submitFeedback } from '../../src/lib/server/services/feedback/answer';
import { smtpTransport } from '../../src/lib/server/mail/transport';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertRubrics, insertSkills, makeScenario, makeUser } from '../support/factories';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';

// Supervisor feedback (issue 14): asking, withdrawing, the queue and its waits, claims racing,
// answering (once), who reads what, the notification and mail, and calibration figures.

const CONTENT: Partial<ScenarioContentInput> = {
	skills: ['risk-assessment'],
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

describe.each(ENGINES)('supervisor feedback on %s', (engine) => {
	let database: TestDatabase;
	let learner: SessionUser;
	let stranger: SessionUser;
	let rae: SessionUser;
	let sam: SessionUser;
	let admin: SessionUser;
	let scenarioId: string;
	let criteria: string[];

	const as = (user: SessionUser | null) => callerAs(database.db, user);
	const one = async <T>(query: ReturnType<typeof sql>) =>
		(await queryRows<T & Record<string, unknown>>(database.db, query))[0];

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		await insertRubrics(database.db);
		learner = await makeUser(database.db, { displayName: 'Lee Learner' });
		stranger = await makeUser(database.db);
		rae = await makeUser(database.db, { role: 'reviewer', displayName: 'Rae Supervisor' });
		sam = await makeUser(database.db, { role: 'reviewer', displayName: 'Sam Supervisor' });
		admin = await makeUser(database.db, { role: 'admin' });
		scenarioId = (await makeScenario(database.db, { content: CONTENT })).id;
		criteria = (
			await queryRows<{ key: string }>(
				database.db,
				sql`select key from rubric_criteria where rubric_key = 'crisis-line-conversation'
					order by sort_order, key`
			)
		).map((r) => r.key);
	});
	afterAll(() => database?.destroy());

	/** A finished attempt of `user` with two turns answered; returns its id and turn ids. */
	async function finishedAttempt(user = learner, reflection = 'I was nervous.') {
		const api = as(user);
		const { attemptId } = await api.progress.startAttempt({ scenarioId });
		await api.progress.respond({ attemptId, stepId: 'opening' });
		await api.progress.respond({
			attemptId,
			stepId: 'ask',
			text: 'Are you thinking about killing yourself?'
		});
		await api.progress.finishAttempt({ attemptId, completed: true, reflection });
		const { turns } = await api.progress.transcript({ attemptId });
		return { attemptId, turnIds: turns.map((t) => t.id) };
	}

	const supervisorScoresInMastery = async () =>
		(await as(learner).progress.mastery()).skills.reduce(
			(n, s) => n + ('supervisorScores' in s ? s.supervisorScores : 0),
			0
		);

	const answer = (requestId: string, score: number, turnId?: string) => ({
		requestId,
		scores: Object.fromEntries(criteria.map((k) => [k, { score, rationale: `Level ${score}` }])),
		comments: turnId ? [{ turnId, text: 'Good, plain words.' }] : [],
		summary: 'A direct, calm question.'
	});

	it('asks only on a finished attempt of one’s own, once while waiting', async () => {
		const { attemptId } = await as(learner).progress.startAttempt({ scenarioId });
		await expect(as(learner).feedback.request({ attemptId })).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringContaining('Finish the attempt first')
		});
		await as(learner).progress.finishAttempt({ attemptId, completed: false });
		await expect(as(stranger).feedback.request({ attemptId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const { requestId } = await as(learner).feedback.request({ attemptId, note: 'Pacing?' });
		await expect(as(learner).feedback.request({ attemptId })).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		const rows = await queryRows(
			database.db,
			sql`select id from feedback_requests where attempt_id = ${attemptId}`
		);
		expect(rows).toHaveLength(1);
		const debrief = await as(learner).progress.debrief({ attemptId });
		expect(debrief.feedback?.requests).toMatchObject([
			{ id: requestId, status: 'open', note: 'Pacing?' }
		]);
		await as(learner).feedback.withdraw({ requestId });
	});

	it('two supervisors race for one claim: exactly one wins, the other is told who holds it', async () => {
		const { attemptId } = await finishedAttempt();
		const { requestId } = await as(learner).feedback.request({ attemptId });
		const results = await Promise.allSettled([
			as(rae).feedback.claim({ requestId }),
			as(sam).feedback.claim({ requestId })
		]);
		const won = results.filter((r) => r.status === 'fulfilled');
		const lost = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
		expect(won).toHaveLength(1);
		expect(lost).toHaveLength(1);
		expect(lost[0].reason).toMatchObject({
			code: 'CONFLICT',
			message: expect.stringMatching(/(Rae|Sam) Supervisor is answering this request/)
		});
		const row = await one<{ status: string; claimed_by: string }>(
			sql`select status, claimed_by from feedback_requests where id = ${requestId}`
		);
		expect(row.status).toBe('claimed');
		const winner = row.claimed_by === rae.id ? rae : sam;
		const loser = winner === rae ? sam : rae;
		// The loser cannot answer over the claim; the winner can extend and release it.
		await expect(as(loser).feedback.submit(answer(requestId, 3))).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		await as(winner).feedback.claim({ requestId });
		expect(await as(loser).feedback.release({ requestId })).toEqual({ released: false });
		expect(await as(winner).feedback.release({ requestId })).toEqual({ released: true });
		await as(loser).feedback.claim({ requestId });
		await as(learner).feedback.withdraw({ requestId });
	});

	it('withdrawing ends a claim and every supervisor’s access at once; an answer cannot be withdrawn', async () => {
		const { attemptId, turnIds } = await finishedAttempt();
		const { requestId } = await as(learner).feedback.request({ attemptId });
		await as(rae).feedback.claim({ requestId });
		expect((await as(rae).progress.debrief({ attemptId })).reader).toBe('supervisor');
		await as(learner).feedback.withdraw({ requestId });
		for (const call of [
			() => as(rae).progress.debrief({ attemptId }),
			() => as(rae).feedback.item({ requestId }),
			() => as(rae).feedback.claim({ requestId }),
			() => as(rae).feedback.submit(answer(requestId, 3, turnIds[0]))
		]) {
			await expect(call()).rejects.toMatchObject({ code: 'NOT_FOUND' });
		}
		const queue = await as(sam).feedback.queue({ limit: 100 });
		expect(queue.items.map((i) => i.id)).not.toContain(requestId);
		expect(
			(
				await one<{ n: number }>(sql`select count(*)::int as n from evaluation_runs
				where attempt_id = ${attemptId} and kind = 'supervisor'`)
			).n
		).toBe(0);
		// Withdrawing twice is harmless; another learner's request is not theirs to withdraw.
		expect(await as(learner).feedback.withdraw({ requestId })).toEqual({ withdrawn: true });
		await expect(as(stranger).feedback.withdraw({ requestId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});

		const again = await as(learner).feedback.request({ attemptId });
		await as(sam).feedback.submit(answer(again.requestId, 3));
		await expect(
			as(learner).feedback.withdraw({ requestId: again.requestId })
		).rejects.toMatchObject({ code: 'CONFLICT' });
	});

	it('answers once: a run with every score and the turn comments; the learner is notified and sees them', async () => {
		const { attemptId, turnIds } = await finishedAttempt();
		await as(learner).progress.selfAssess({ attemptId, scores: { [criteria[0]]: 2 } });
		const { requestId } = await as(learner).feedback.request({ attemptId, note: 'Direct enough?' });

		// The supervisor reads the transcript and the automatic hints, not the reflection or the
		// learner's own scores.
		const item = await as(rae).feedback.item({ requestId });
		expect(item.request.note).toBe('Direct enough?');
		expect(item.debrief.attempt.reflection).toBeNull();
		expect(item.debrief.runs.map((r) => r.kind)).toEqual(['automatic']);
		expect(item.debrief.feedback).toBeNull();

		// Bad answers change nothing.
		const partial = answer(requestId, 3);
		delete (partial.scores as Record<string, unknown>)[criteria[1]];
		await expect(as(rae).feedback.submit(partial)).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringContaining('Score every point')
		});
		const { turnIds: foreign } = await finishedAttempt(stranger);
		await expect(as(rae).feedback.submit(answer(requestId, 3, foreign[0]))).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
		expect(
			(
				await one<{ status: string }>(
					sql`select status from feedback_requests where id = ${requestId}`
				)
			).status
		).not.toBe('answered');

		await as(rae).feedback.claim({ requestId });
		const body = answer(requestId, 3, turnIds[2]);
		body.comments.push({ turnId: turnIds[1], text: 'Notice how she hints here.' });
		await as(rae).feedback.submit(body);
		await expect(as(rae).feedback.submit(body)).rejects.toMatchObject({
			code: 'CONFLICT',
			message: 'This request has already been answered'
		});
		await expect(as(sam).feedback.claim({ requestId })).rejects.toMatchObject({ code: 'CONFLICT' });
		expect(
			(
				await one<{ n: number }>(sql`select count(*)::int as n from evaluation_runs
				where attempt_id = ${attemptId} and kind = 'supervisor'`)
			).n
		).toBe(1);

		const { items } = await as(learner).notification.list();
		expect(items[0]).toMatchObject({
			kind: 'feedback_answered',
			link: `/attempts/${attemptId}#supervisor-feedback`
		});
		const debrief = await as(learner).progress.debrief({ attemptId });
		expect(debrief.feedback?.requests[0]).toMatchObject({ status: 'answered' });
		const supervisor = debrief.runs.find((r) => r.kind === 'supervisor')!;
		expect(supervisor.scoredBy?.name).toBe('Rae Supervisor');
		expect(supervisor.summary.summary).toBe('A direct, calm question.');
		expect(supervisor.scores).toHaveLength(criteria.length);
		expect(supervisor.comments).toEqual([
			{ turnId: turnIds[1], text: 'Notice how she hints here.' },
			{ turnId: turnIds[2], text: 'Good, plain words.' }
		]);
		// Who scored what stays apart: the self run keeps its one score.
		expect(debrief.runs.find((r) => r.kind === 'self')!.scores).toHaveLength(1);
		// Mastery counts the supervisor's scores.
		expect(await supervisorScoresInMastery()).toBeGreaterThan(0);

		// A stranger still gets nothing; the answered request keeps the supervisor's access.
		await expect(as(stranger).progress.debrief({ attemptId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		expect((await as(sam).progress.debrief({ attemptId })).reader).toBe('supervisor');
	});

	it('a supervisor cannot answer their own attempt and does not see it in the queue', async () => {
		const { attemptId } = await finishedAttempt(rae);
		const { requestId } = await as(rae).feedback.request({ attemptId });
		await expect(as(rae).feedback.claim({ requestId })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		await expect(as(rae).feedback.submit(answer(requestId, 4))).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		expect((await as(rae).feedback.queue({ limit: 100 })).items.map((i) => i.id)).not.toContain(
			requestId
		);
		expect((await as(sam).feedback.queue({ limit: 100 })).items.map((i) => i.id)).toContain(
			requestId
		);
		await as(rae).feedback.withdraw({ requestId });
	});

	it('the queue lists the oldest first with its wait, the median and the count over 48 hours, and filters', async () => {
		const made: string[] = [];
		for (const hours of [72, 50, 3]) {
			const { attemptId } = await finishedAttempt();
			const { requestId } = await as(learner).feedback.request({ attemptId });
			await database.db.execute(
				sql`update feedback_requests set created_at = now() - make_interval(hours => ${hours})
					where id = ${requestId}`
			);
			made.push(requestId);
		}
		const queue = await as(sam).feedback.queue({ limit: 100 });
		// The header badge counts what Sam could take: the same requests as his queue.
		expect((await as(sam).notification.summary()).pendingFeedback).toBe(queue.items.length);
		expect((await as(learner).notification.summary()).pendingFeedback).toBeNull();
		const mine = queue.items.filter((i) => made.includes(i.id));
		expect(mine.map((i) => i.id)).toEqual(made);
		expect(mine[0].waitingSeconds).toBeGreaterThanOrEqual(72 * 3600 - 5);
		expect(queue.stats).toMatchObject({ waiting: 3, overdue: 2 });
		expect(queue.stats.medianWaitSeconds! / 3600).toBeCloseTo(50, 1);
		// The review dashboard's figures alone are the same numbers (the wait grows meanwhile).
		const stats = await as(sam).feedback.stats();
		expect(stats).toMatchObject({ waiting: 3, overdue: 2 });
		expect(stats.medianWaitSeconds! - queue.stats.medianWaitSeconds!).toBeGreaterThanOrEqual(0);
		expect(stats.medianWaitSeconds! - queue.stats.medianWaitSeconds!).toBeLessThan(5);
		await expect(as(learner).feedback.stats()).rejects.toMatchObject({ code: 'FORBIDDEN' });
		expect(
			(await as(sam).feedback.queue({ mode: 'chat', limit: 100 })).items.some((i) =>
				made.includes(i.id)
			)
		).toBe(false);
		expect(
			(await as(sam).feedback.queue({ skill: 'risk-assessment', scenarioId, limit: 100 })).items
				.length
		).toBe(3);
		for (const requestId of made) await as(learner).feedback.withdraw({ requestId });
	});

	it('double scoring is blind, hidden from the learner, and its agreement figures follow the scores', async () => {
		// Two attempts answered by Rae, scored again by Sam: on attempt A they agree exactly, on B
		// Sam scores every criterion two levels lower.
		const scored: { requestId: string; attemptId: string }[] = [];
		for (const score of [3, 4]) {
			const { attemptId } = await finishedAttempt();
			const { requestId } = await as(learner).feedback.request({ attemptId });
			await as(rae).feedback.submit(answer(requestId, score));
			scored.push({ requestId, attemptId });
		}
		await expect(
			as(rae).feedback.doubleScore({ requestId: scored[0].requestId })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		const second: string[] = [];
		for (const { requestId } of scored) {
			second.push((await as(admin).feedback.doubleScore({ requestId })).requestId);
		}
		await expect(
			as(admin).feedback.doubleScore({ requestId: scored[0].requestId })
		).rejects.toMatchObject({ code: 'CONFLICT' });
		// Rae scored first: she neither sees nor takes the second scoring.
		expect((await as(rae).feedback.queue({ limit: 100 })).items.map((i) => i.id)).not.toContain(
			second[0]
		);
		await expect(as(rae).feedback.claim({ requestId: second[0] })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		const beforeSecond = await supervisorScoresInMastery();
		const blind = await as(sam).feedback.item({ requestId: second[0] });
		expect(blind.request.purpose).toBe('calibration');
		expect(blind.debrief.runs.map((r) => r.kind)).toEqual(['automatic']);
		await as(sam).feedback.submit(answer(second[0], 3));
		await as(sam).feedback.submit(answer(second[1], 2));

		// The second scorings measure the raters: the learner's mastery and debrief do not change.
		expect(await supervisorScoresInMastery()).toBe(beforeSecond);
		const learnerView = await as(learner).progress.debrief({ attemptId: scored[0].attemptId });
		expect(learnerView.runs.filter((r) => r.kind === 'supervisor')).toHaveLength(1);
		expect(
			(await as(learner).notification.list()).items.filter((n) => n.kind === 'feedback_answered')
		).toHaveLength(
			// one per learner answer so far in this file, none for the blind second scorings
			await one<{ n: number }>(sql`select count(*)::int as n from feedback_requests
				where learner_id = ${learner.id} and purpose = 'learner' and status = 'answered'`).then((r) => r.n)
		);

		const report = await as(admin).feedback.calibration();
		expect(report.attempts).toBe(2);
		expect(report.criteria).toHaveLength(criteria.length);
		for (const c of report.criteria) {
			expect(c).toMatchObject({ pairs: 2, exact: 0.5, withinOne: 0.5 });
		}
		// With two raters both drift by the same amount, in opposite directions.
		expect(
			report.raters.map((r) => [r.name, r.pairs, r.meanAbsoluteDifference, r.meanDifference]).sort()
		).toEqual([
			['Rae Supervisor', 2 * criteria.length, 1, 1],
			['Sam Supervisor', 2 * criteria.length, 1, -1]
		]);
		expect(report.candidates.map((c) => c.requestId)).not.toContain(scored[0].requestId);
		await expect(as(rae).feedback.calibration()).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});

	it('mails the learner through SMTP when mail is configured, to a confirmed address only', async () => {
		let smtp: TestSmtpServer | undefined;
		try {
			smtp = await startSmtpServer();
			const transport = smtpTransport({ url: smtp.url, from: 'hub@example.test', timeoutMs: 5000 });
			const { attemptId } = await finishedAttempt();
			await database.db.execute(
				sql`update users set email_verified_at = now() where id = ${learner.id}`
			);
			const { requestId } = await as(learner).feedback.request({ attemptId });
			await submitFeedback(database.db, rae, answer(requestId, 3), {
				origin: 'https://hub.example.test',
				transport
			});
			const mail = await smtp.waitFor((m) => m.to.includes(learner.email.toLowerCase()));
			expect(mail.subject).toBe('A supervisor answered your feedback request');
			expect(mail.text).toContain(`https://hub.example.test/attempts/${attemptId}`);

			await database.db.execute(
				sql`update users set email_verified_at = null where id = ${learner.id}`
			);
			const unconfirmed = await finishedAttempt();
			const next = await as(learner).feedback.request({ attemptId: unconfirmed.attemptId });
			await submitFeedback(database.db, rae, answer(next.requestId, 3), {
				origin: 'https://hub.example.test',
				transport
			});
			await new Promise((resolve) => setTimeout(resolve, 300));
			expect(smtp.to(learner.email.toLowerCase())).toHaveLength(1);
		} finally {
			await smtp?.stop();
		}
	});
});
