import { sql as dsql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { stepKind } from '../src/lib/domain/step-walk';
import type { StepKind } from '../src/lib/schemas/practice';
import { queryRows, type Db } from '../src/lib/server/db/client';
import * as schema from '../src/lib/server/db/schema';
import { learnerCaller } from './fixtures';
import { PRACTICE_CANDIDATES, PRACTICE_REPLY, PRACTICE_TURNS } from './workload';

// The practice loop's SQL (issue 17): start an attempt, answer six steps, finish it with its
// automatic evaluation. Recorded from the real procedures through postgres.js's `debug` hook,
// which, unlike Drizzle's logger, also sees the transactions' begin and commit: the baseline
// replays each call's statements inside the same transactions. Values the database makes during
// a loop (the attempt's id, the evaluation run's id) are refs the baseline reads from the
// statement that returns them; the user's id comes from the session, as in the app.

export type PracticeRef = 'userId' | 'attemptId' | 'runId';
export type PracticeParam = string | number | boolean | null | { ref: PracticeRef };

export interface PracticeStatement {
	text: string;
	params: PracticeParam[];
	/** this statement's first row, first column, is that value for the rest of the loop */
	produces?: PracticeRef;
}

/** A call's statements in order; `begin` and `commit` bound a transaction. */
export type PracticeStep = PracticeStatement | 'begin' | 'commit';

export interface PracticeCall {
	procedure: 'progress.startAttempt' | 'progress.respond' | 'progress.finishAttempt';
	/** the input as the client sends it; `attemptId` is filled in per loop */
	input: Record<string, unknown>;
	statements: PracticeStep[];
}

export interface CapturedPractice {
	scenario: { id: string; slug: string };
	calls: PracticeCall[];
}

/** The answer a learner gives at a step: a reply in words, the first choice, or Continue. */
function answerFor(kind: StepKind): { text?: string; choiceIndex?: number } {
	if (kind === 'respond') return { text: PRACTICE_REPLY };
	if (kind === 'choose') return { choiceIndex: 0 };
	return {};
}

interface ScenarioRow {
	id: string;
	slug: string;
	steps: { id: string; kind?: StepKind; choices?: unknown[] }[];
}

export async function capturePractice(
	url: string,
	fixtures: { userId: string }
): Promise<CapturedPractice> {
	let log: PracticeStep[] = [];
	let recording = false;
	const client = postgres(url, {
		max: 1,
		onnotice: () => {},
		debug: (_connection, text, params) => {
			if (!recording) return;
			const trimmed = text.trim().toLowerCase();
			if (trimmed === 'begin') log.push('begin');
			else if (trimmed === 'commit') log.push('commit');
			else log.push({ text, params: params as PracticeParam[] });
		}
	});
	const db = drizzle(client, { schema }) as unknown as Db;
	const record = async <T>(body: () => Promise<T>) => {
		log = [];
		recording = true;
		try {
			const result = await body();
			return { result, statements: log };
		} finally {
			recording = false;
			log = [];
		}
	};
	try {
		const scenario = await pickScenario(db);
		const caller = await learnerCaller(db, fixtures.userId);
		// An attempt left open by an earlier run would be resumed, not started.
		await db.execute(
			dsql`delete from scenario_attempts where user_id = ${fixtures.userId}
				and scenario_id = ${scenario.id} and finished_at is null`
		);

		const calls: PracticeCall[] = [];
		const input = { scenarioId: scenario.id };
		const started = await record(() => caller.progress.startAttempt(input));
		const attemptId = started.result.attemptId;
		calls.push({ procedure: 'progress.startAttempt', input, statements: started.statements });
		let stepId = scenario.steps[0].id;
		for (let turn = 0; turn < PRACTICE_TURNS; turn++) {
			const step = scenario.steps.find((s) => s.id === stepId)!;
			const answer = { attemptId, stepId, ...answerFor(stepKind(step)) };
			const responded = await record(() => caller.progress.respond(answer));
			calls.push({
				procedure: 'progress.respond',
				input: answer,
				statements: responded.statements
			});
			if (!('stepId' in responded.result.next)) {
				throw new Error(`capture: ${scenario.slug} ended before ${PRACTICE_TURNS} turns`);
			}
			stepId = responded.result.next.stepId;
		}
		const finish = { attemptId, completed: true };
		const finished = await record(() => caller.progress.finishAttempt(finish));
		calls.push({
			procedure: 'progress.finishAttempt',
			input: finish,
			statements: finished.statements
		});

		const [run] = await queryRows<{ id: string }>(
			db,
			dsql`select id from evaluation_runs where attempt_id = ${attemptId} and kind = 'automatic'
				and status = 'succeeded'`
		);
		if (!run)
			throw new Error('capture: finishing did not record a successful automatic evaluation');
		const refs: [PracticeRef, string][] = [
			['userId', fixtures.userId],
			['attemptId', attemptId],
			['runId', run.id]
		];
		return {
			scenario: { id: scenario.id, slug: scenario.slug },
			calls: calls.map((call) => ({
				...call,
				input: { ...call.input, ...('attemptId' in call.input ? { attemptId: null } : {}) },
				statements: call.statements.map((s) => (typeof s === 'string' ? s : withRefs(s, refs)))
			}))
		};
	} finally {
		await client.end({ timeout: 2 });
	}
}

/** Marks the values a loop makes afresh as refs, and the statements that make them. */
function withRefs(statement: PracticeStatement, refs: [PracticeRef, string][]): PracticeStatement {
	const params = statement.params.map((value) => {
		const ref = refs.find(([, known]) => value === known)?.[0];
		return ref ? { ref } : value;
	});
	const produces = /^\s*insert into scenario_attempts\b[\s\S]*returning id\b/i.test(statement.text)
		? 'attemptId'
		: /^\s*insert into evaluation_runs\b[\s\S]*returning id\b/i.test(statement.text)
			? 'runId'
			: undefined;
	return produces ? { ...statement, params, produces } : { ...statement, params };
}

/** The first built-in scenario of PRACTICE_CANDIDATES that the walk takes through six turns. */
async function pickScenario(db: Db): Promise<ScenarioRow> {
	for (const slug of PRACTICE_CANDIDATES) {
		const [row] = await queryRows<ScenarioRow>(
			db,
			dsql`select id, slug, steps from scenarios
				where slug = ${slug} and status = 'approved' and is_active and created_by_user_id is null`
		);
		if (row && row.steps.length > PRACTICE_TURNS) return row;
	}
	throw new Error(`capture: none of ${PRACTICE_CANDIDATES.join(', ')} is seeded with enough steps`);
}
