import type { CapturedPractice } from './capture-practice';
import { signIn, type Db } from './fixtures';
import { percentile, run, summarize, type LoadResult, type RawRun, type RequestSpec } from './load';
import type { RunningServer } from './servers';
import { trpcMutationPath } from './workload';

// The practice loop under load (issue 17): each connection plays whole attempts one after the
// other — start, six turns, finish with the automatic evaluation — as a learner signed in for
// that attempt alone. Every attempt gets a bench learner no earlier run used, so an attempt cut
// short when a run's time is up (left open, as a learner who walked away leaves it) is never
// resumed by a later one.

/** Connections for the loop: fewer than for saves, so that one attempt takes well under a second. */
export const PRACTICE_CONNECTIONS = 16;
const PRACTICE_MIN_SECONDS = 8;

export interface PracticeLoad {
	/** complete attempts (every call answered 2xx) per second */
	attemptsPerSecond: number;
	/** start to finish of one attempt, ms */
	attemptP50: number;
	attemptP99: number;
	attempts: number;
	/** every call of the loop, as one request series */
	requests: LoadResult;
}

export interface PracticeResult {
	scenario: string;
	turns: number;
	connections: number;
	app: PracticeLoad;
	baseline: PracticeLoad;
	/** app attempts per second as a share of the baseline's */
	ratio: number;
	/** users the runs signed in, one per attempt started */
	users: number;
}

interface AttemptRun {
	raw: RawRun;
	latencies: number[];
}

/** Hands out each learner once. */
class Learners {
	private next = 0;
	constructor(private readonly tokens: string[]) {}
	take(): string {
		if (this.next >= this.tokens.length) {
			throw new Error('practice bench: out of fresh learners; seed more users');
		}
		return this.tokens[this.next++];
	}
	get used() {
		return this.next;
	}
}

function loopRequests(
	origin: string,
	practice: CapturedPractice,
	learners: Learners,
	latencies: number[]
): RequestSpec[] {
	const last = practice.calls.length - 1;
	return practice.calls.map((call, index) => ({
		method: 'POST',
		path: trpcMutationPath(call.procedure),
		setupRequest: (request, context) => {
			if (index === 0) {
				context.token = learners.take();
				context.started = performance.now();
				context.attemptId = null;
				context.failed = false;
			}
			request.headers = {
				'content-type': 'application/json',
				origin,
				cookie: `session=${String(context.token)}`
			};
			const input = index === 0 ? call.input : { ...call.input, attemptId: context.attemptId };
			request.body = JSON.stringify({ json: input });
			return request;
		},
		onResponse: (status, body, context) => {
			if (status < 200 || status >= 300) context.failed = true;
			if (index === 0) {
				context.attemptId = /"attemptId":"([0-9a-f-]{36})"/.exec(body)?.[1] ?? null;
			}
			if (index === last && !context.failed) {
				latencies.push(performance.now() - Number(context.started));
			}
		}
	}));
}

function summarizeAttempts(runs: AttemptRun[]): PracticeLoad {
	const requests = summarize(runs.map((r) => r.raw));
	const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
	return {
		attemptsPerSecond:
			requests.seconds > 0 ? Math.round((latencies.length / requests.seconds) * 10) / 10 : 0,
		attemptP50: percentile(latencies, 50),
		attemptP99: percentile(latencies, 99),
		attempts: latencies.length,
		requests
	};
}

/** One run of the loop on `server`, each attempt by a learner `learners` hands out once. */
async function attemptRun(
	server: RunningServer,
	practice: CapturedPractice,
	learners: Learners,
	connections: number,
	duration: number
): Promise<AttemptRun> {
	const latencies: number[] = [];
	const raw = await run({
		url: server.url,
		connections,
		duration,
		requests: loopRequests(server.url, practice, learners, latencies)
	});
	return { raw, latencies };
}

/** The loop on one server for `duration` seconds (the CPU profile's run). */
export async function drivePractice(options: {
	db: Db;
	learners: { id: string }[];
	practice: CapturedPractice;
	server: RunningServer;
	connections: number;
	duration: number;
}): Promise<PracticeLoad> {
	const learners = new Learners(await signIn(options.db, options.learners));
	return summarizeAttempts([
		await attemptRun(
			options.server,
			options.practice,
			learners,
			options.connections,
			options.duration
		)
	]);
}

export async function measurePractice(options: {
	db: Db;
	/** bench learners no other part of the run signs in as */
	learners: { id: string }[];
	practice: CapturedPractice;
	app: RunningServer;
	baseline: RunningServer;
	connections: number;
	duration: number;
	warmup: number;
}): Promise<PracticeResult> {
	const learners = new Learners(await signIn(options.db, options.learners));
	const once = (server: RunningServer, duration: number) =>
		attemptRun(server, options.practice, learners, options.connections, duration);
	// ABBA, like the reads and the saves.
	// An attempt is eight calls in a row, and each run starts every connection on a new attempt:
	// the attempts a run's end cuts off are lost to the count, so runs last at least
	// PRACTICE_MIN_SECONDS each (at most one attempt per connection in ten is cut off).
	const half = Math.max(PRACTICE_MIN_SECONDS, Math.round(options.duration / 2));
	await once(options.app, options.warmup);
	await once(options.baseline, options.warmup);
	const a1 = await once(options.app, half);
	const b1 = await once(options.baseline, half);
	const b2 = await once(options.baseline, half);
	const a2 = await once(options.app, half);
	const app = summarizeAttempts([a1, a2]);
	const baseline = summarizeAttempts([b1, b2]);
	return {
		scenario: options.practice.scenario.slug,
		turns: options.practice.calls.filter((c) => c.procedure === 'progress.respond').length,
		connections: options.connections,
		app,
		baseline,
		ratio:
			baseline.attemptsPerSecond > 0
				? Math.round((app.attemptsPerSecond / baseline.attemptsPerSecond) * 1000) / 1000
				: 0,
		users: learners.used
	};
}
