import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseEnv } from '../../src/lib/server/env';
import {
	coachFromEnv,
	createCoach,
	type CoachRequest
} from '../../src/lib/server/services/evaluation/coach';

// A chat-completions server on the loopback interface, told per test how to answer.

interface Recorded {
	method: string;
	path: string;
	authorization: string | undefined;
	body: {
		model?: unknown;
		messages?: { role: string; content: string }[];
		temperature?: unknown;
		response_format?: unknown;
	};
}

interface Answer {
	status?: number;
	/** the raw reply body; default: a chat completion with `content` */
	body?: string;
	content?: string;
	delayMs?: number;
}

const KEY = 'test-key-123';
let server: Server;
let base: string;
let recorded: Recorded[] = [];
let answer: Answer = {};

function completion(content: string): string {
	return JSON.stringify({
		id: 'chatcmpl-1',
		object: 'chat.completion',
		choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }]
	});
}

async function readBody(req: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
	vi.stubEnv('LOG_LEVEL', 'silent');
	server = createServer(async (req, res) => {
		const text = await readBody(req);
		let body: Recorded['body'] = {};
		try {
			body = JSON.parse(text);
		} catch {
			// recorded as empty; the shape checks below fail
		}
		recorded.push({
			method: req.method ?? '',
			path: req.url ?? '',
			authorization: req.headers.authorization,
			body
		});
		const shapeOk =
			req.method === 'POST' &&
			req.url === '/v1/chat/completions' &&
			typeof body.model === 'string' &&
			Array.isArray(body.messages) &&
			body.messages.length === 2 &&
			body.messages[0].role === 'system' &&
			body.messages[1].role === 'user' &&
			body.temperature === 0;
		const reply = () => {
			if (!shapeOk) {
				res.writeHead(400, { 'content-type': 'application/json' });
				res.end('{"error":"bad request"}');
				return;
			}
			res.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
			res.end(answer.body ?? completion(answer.content ?? '{}'));
		};
		if (answer.delayMs) {
			const timer = setTimeout(reply, answer.delayMs);
			res.on('close', () => clearTimeout(timer));
		} else reply();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
	vi.unstubAllEnvs();
});

beforeEach(() => {
	recorded = [];
	answer = {};
});

const request: CoachRequest = {
	scenario: { title: 'A friend who has gone quiet', learningGoal: 'Ask about suicide directly' },
	criteria: [
		{
			key: 'reflection',
			title: 'Reflects feelings',
			description: 'Names what the person seems to feel',
			levels: ['Not at all', 'Once, vaguely', 'Clearly', 'Clearly and often']
		},
		{
			key: 'direct_question',
			title: 'Asks directly',
			description: 'Asks about suicide in plain words',
			levels: ['Never', 'Hints', 'Asks, hedged', 'Asks plainly']
		}
	],
	transcript: [
		{ id: 'turn-p1', seq: 1, kind: 'persona', text: "I don't even know why I came." },
		{
			id: 'turn-r1',
			seq: 2,
			kind: 'response',
			text: 'It sounds like you are feeling really   tired of all this.'
		},
		{ id: 'turn-p2', seq: 3, kind: 'persona', text: 'Yeah. Everything is too much.' },
		{ id: 'turn-c1', seq: 4, kind: 'choice', text: 'Are you thinking about killing yourself?' }
	]
};

const goodAnswer = {
	summary: 'You named the feeling and asked plainly.',
	scores: [
		{
			criterionKey: 'reflection',
			score: 3,
			rationale: 'Named tiredness.',
			evidence: [{ turnId: 'turn-r1', quote: 'you are feeling really tired' }]
		},
		{
			criterionKey: 'direct_question',
			score: 4,
			rationale: 'Used the word.',
			evidence: [{ turnId: 'turn-c1', quote: 'ARE YOU THINKING about killing yourself' }]
		}
	]
};

function withScore(change: Record<string, unknown>) {
	return JSON.stringify({ ...goodAnswer, scores: [{ ...goodAnswer.scores[0], ...change }] });
}

function coach(options: { apiKey?: string; timeoutSeconds?: number; url?: string } = {}) {
	const made = createCoach({ url: base, model: 'test-model', ...options });
	if (!made) throw new Error('expected a coach');
	return made;
}

async function failureOf(content: string): Promise<string> {
	answer = { content };
	const result = await coach().evaluate(request);
	if (result.ok) throw new Error('expected the answer to be dropped');
	return result.reason;
}

describe('coach configuration', () => {
	it('is no coach when COACH_API_URL is unset or empty', () => {
		expect(createCoach({})).toBeNull();
		expect(createCoach({ url: '  ' })).toBeNull();
		expect(coachFromEnv(parseEnv({}))).toBeNull();
		expect(coachFromEnv(parseEnv({ COACH_API_URL: '' }))).toBeNull();
	});

	it('reads the COACH_* variables with their defaults and refuses a bad URL', () => {
		const env = parseEnv({ COACH_API_URL: 'https://api.example.org/v1' });
		expect(env.COACH_MODEL).toBe('gpt-4o-mini');
		expect(env.COACH_TIMEOUT_SECONDS).toBe(30);
		expect(coachFromEnv(env)?.model).toBe('gpt-4o-mini');
		expect(() => parseEnv({ COACH_API_URL: 'ftp://x' })).toThrow(/COACH_API_URL/);
		expect(() => parseEnv({ COACH_TIMEOUT_SECONDS: '301' })).toThrow(/COACH_TIMEOUT_SECONDS/);
	});
});

describe('coach adapter', () => {
	it('returns the scores of a good answer', async () => {
		answer = { content: JSON.stringify(goodAnswer) };
		const result = await coach().evaluate(request);
		expect(result).toEqual({ ok: true, summary: goodAnswer.summary, scores: goodAnswer.scores });
		expect(recorded).toHaveLength(1);
		expect(recorded[0].method).toBe('POST');
		expect(recorded[0].path).toBe('/v1/chat/completions');
		expect(recorded[0].body.model).toBe('test-model');
		expect(recorded[0].body.response_format).toEqual({ type: 'json_object' });
		expect(recorded[0].authorization).toBeUndefined();
	});

	it('sends the key as a bearer token and accepts the full endpoint URL', async () => {
		answer = { content: JSON.stringify(goodAnswer) };
		const result = await coach({ apiKey: KEY, url: `${base}/chat/completions` }).evaluate(request);
		expect(result.ok).toBe(true);
		expect(recorded[0].path).toBe('/v1/chat/completions');
		expect(recorded[0].authorization).toBe(`Bearer ${KEY}`);
	});

	it('puts every turn id and criterion key in the request', async () => {
		answer = { content: JSON.stringify(goodAnswer) };
		await coach().evaluate(request);
		const user = recorded[0].body.messages?.[1].content ?? '';
		for (const turn of request.transcript) expect(user).toContain(turn.id);
		for (const criterion of request.criteria) {
			expect(user).toContain(criterion.key);
			for (const level of criterion.levels) expect(user).toContain(level);
		}
		expect(user).toContain(request.scenario.title);
		expect(recorded[0].body.messages?.[0].content).toMatch(/JSON/);
	});

	it('accepts an answer in a ```json fence', async () => {
		answer = { content: `\`\`\`json\n${JSON.stringify(goodAnswer)}\n\`\`\`` };
		const result = await coach().evaluate(request);
		expect(result.ok).toBe(true);
	});

	it('drops content that is not JSON', async () => {
		expect(await failureOf('Sure! Here is my assessment: {')).toMatch(/not answer in JSON/);
	});

	it('drops JSON that is not in the expected shape', async () => {
		expect(await failureOf(withScore({ score: 5 }))).toMatch(/not in the expected shape/);
		expect(await failureOf('{"scores": "many"}')).toMatch(/not in the expected shape/);
	});

	it('drops a score for a criterion the rubric does not have', async () => {
		expect(await failureOf(withScore({ criterionKey: 'charm' }))).toMatch(
			/"charm", which is not a criterion/
		);
	});

	it('drops a score without evidence', async () => {
		expect(await failureOf(withScore({ evidence: [] }))).toMatch(/without quoting the learner/);
	});

	it('drops a citation of a turn that does not exist', async () => {
		const content = withScore({ evidence: [{ turnId: 'turn-x9', quote: 'tired' }] });
		expect(await failureOf(content)).toBe(
			'The coach cited turn turn-x9, which is not in this attempt'
		);
	});

	it('drops a quote that is not in the cited turn', async () => {
		const content = withScore({ evidence: [{ turnId: 'turn-r1', quote: 'you seem exhausted' }] });
		expect(await failureOf(content)).toMatch(/not in turn turn-r1/);
	});

	it("drops a citation of the persona's words", async () => {
		const content = withScore({
			evidence: [{ turnId: 'turn-p2', quote: 'Everything is too much' }]
		});
		expect(await failureOf(content)).toMatch(/turn-p2, which the persona said/);
	});

	it('reports an HTTP error with its status', async () => {
		answer = { status: 500, body: '{"error":"boom"}' };
		const result = await coach().evaluate(request);
		expect(result).toEqual({ ok: false, reason: expect.stringMatching(/HTTP 500/) });
	});

	it('refuses an answer larger than 1 MB', async () => {
		answer = { body: completion('x'.repeat(1_100_000)) };
		const result = await coach().evaluate(request);
		expect(result).toEqual({ ok: false, reason: expect.stringMatching(/larger than 1 MB/) });
	});

	it('gives up on a slow coach after its timeout', async () => {
		answer = { content: JSON.stringify(goodAnswer), delayMs: 5_000 };
		const started = Date.now();
		const result = await coach({ timeoutSeconds: 1 }).evaluate(request);
		expect(Date.now() - started).toBeLessThan(3_000);
		expect(result).toEqual({ ok: false, reason: 'The coach did not answer within 1 second' });
	});

	it("stops when the caller's signal aborts", async () => {
		answer = { content: JSON.stringify(goodAnswer), delayMs: 5_000 };
		const controller = new AbortController();
		setTimeout(() => controller.abort(), 100);
		const result = await coach().evaluate(request, controller.signal);
		expect(result).toEqual({ ok: false, reason: expect.stringMatching(/cancelled/) });
	});

	it('reports a coach that cannot be reached', async () => {
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const port = (closed.address() as AddressInfo).port;
		await new Promise((resolve) => closed.close(resolve));
		const result = await coach({ url: `http://127.0.0.1:${port}/v1` }).evaluate(request);
		expect(result).toEqual({ ok: false, reason: expect.stringMatching(/could not be reached/) });
	});
});
