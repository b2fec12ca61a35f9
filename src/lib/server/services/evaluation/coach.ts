import type { Env } from '../../env';
import { logger } from '../../logger';
import {
	chatCompletionsBody,
	coachAnswerSchema,
	normalised,
	unfenced,
	type CoachAnswer
} from './coach-prompt';

// The optional AI coach (a null object: no COACH_API_URL, no coach). With one it is an
// OpenAI-compatible chat-completions endpoint. It fails closed: an answer that does not parse,
// scores criteria the rubric does not have, scores without evidence, or cites turns or words
// that are not in the attempt is dropped whole, and the result says why in plain words. It never
// throws: a slow, down or confused coach becomes `{ ok: false, reason }` for the caller to record.

export interface CoachTurn {
	id: string;
	seq: number;
	kind: 'persona' | 'response' | 'choice';
	text: string;
}

export interface CoachCriterion {
	key: string;
	title: string;
	description: string;
	/** the four level descriptors, for scores 1..4 */
	levels: string[];
}

export interface CoachRequest {
	scenario: { title: string; learningGoal: string | null };
	criteria: CoachCriterion[];
	transcript: CoachTurn[];
}

export interface CoachScore {
	criterionKey: string;
	score: 1 | 2 | 3 | 4;
	rationale: string;
	evidence: { turnId: string; quote: string }[];
}

export type CoachResult =
	{ ok: true; scores: CoachScore[]; summary: string } | { ok: false; reason: string };

export interface Coach {
	readonly model: string;
	/** Never throws; a failure of any kind is `{ ok: false, reason }`. */
	evaluate(request: CoachRequest, signal?: AbortSignal): Promise<CoachResult>;
}

export interface CoachConfig {
	/** the API base, like https://api.example.org/v1, or the full …/chat/completions URL */
	url?: string;
	apiKey?: string;
	model?: string;
	timeoutSeconds?: number;
}

export const DEFAULT_COACH_MODEL = 'gpt-4o-mini';
export const DEFAULT_COACH_TIMEOUT_SECONDS = 30;
/** A longer reply is refused unread. */
const MAX_REPLY_BYTES = 1024 * 1024;

class CoachFailure extends Error {}

function fail(reason: string): never {
	throw new CoachFailure(reason);
}

export function chatCompletionsUrl(base: string): string {
	const trimmed = base.trim().replace(/\/+$/, '');
	return trimmed.endsWith('/chat/completions') ? trimmed : `${trimmed}/chat/completions`;
}

/** The reply body as text, refusing more than MAX_REPLY_BYTES. */
async function readCapped(response: Response): Promise<string> {
	const declared = Number(response.headers.get('content-length'));
	if (declared > MAX_REPLY_BYTES) fail('The coach sent an answer larger than 1 MB');
	if (!response.body) return '';
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > MAX_REPLY_BYTES) {
			await reader.cancel().catch(() => undefined);
			fail('The coach sent an answer larger than 1 MB');
		}
		chunks.push(value);
	}
	return Buffer.concat(chunks).toString('utf8');
}

/** The model's answer out of a chat-completions reply. */
function answerOf(body: string): CoachAnswer {
	let reply: unknown;
	try {
		reply = JSON.parse(body);
	} catch {
		fail('The coach replied with something that is not JSON');
	}
	const choices = (reply as { choices?: { message?: { content?: unknown } }[] })?.choices;
	const content = Array.isArray(choices) ? choices[0]?.message?.content : undefined;
	if (typeof content !== 'string' || !content.trim()) fail('The coach replied without an answer');
	let parsed: unknown;
	try {
		parsed = JSON.parse(unfenced(content));
	} catch {
		fail('The coach did not answer in JSON');
	}
	const result = coachAnswerSchema.safeParse(parsed);
	if (!result.success) {
		const issue = result.error.issues[0];
		const where = issue.path.length ? ` (at ${issue.path.join('.')}: ${issue.message})` : '';
		fail(`The coach's answer is not in the expected shape${where}`);
	}
	return result.data;
}

/** Checks every score and every quote against the attempt; the first problem drops it all. */
function checked(answer: CoachAnswer, request: CoachRequest): CoachScore[] {
	const criteria = new Set(request.criteria.map((c) => c.key));
	const turns = new Map(request.transcript.map((t) => [t.id, t]));
	const seen = new Set<string>();
	for (const score of answer.scores) {
		const key = score.criterionKey;
		if (!criteria.has(key))
			fail(`The coach scored "${key}", which is not a criterion of this rubric`);
		if (seen.has(key)) fail(`The coach scored "${key}" more than once`);
		seen.add(key);
		if (score.evidence.length === 0) fail(`The coach scored "${key}" without quoting the learner`);
		for (const { turnId, quote } of score.evidence) {
			const turn = turns.get(turnId);
			if (!turn) fail(`The coach cited turn ${turnId}, which is not in this attempt`);
			if (turn.kind === 'persona') {
				fail(`The coach cited turn ${turnId}, which the persona said, not the learner`);
			}
			if (!normalised(turn.text).includes(normalised(quote))) {
				fail(`The coach quoted words for "${key}" that are not in turn ${turnId}`);
			}
		}
	}
	return answer.scores.map((s) => ({ ...s, score: s.score as CoachScore['score'] }));
}

function networkReason(error: unknown): string {
	const cause = (error as { cause?: { code?: unknown; message?: unknown } })?.cause;
	const detail =
		typeof cause?.code === 'string'
			? cause.code
			: typeof cause?.message === 'string'
				? cause.message.slice(0, 100)
				: '';
	return `The coach could not be reached${detail ? ` (${detail})` : ''}`;
}

class HttpCoach implements Coach {
	readonly model: string;
	readonly #url: string;
	readonly #apiKey: string | undefined;
	readonly #timeoutSeconds: number;

	constructor(
		config: Required<Pick<CoachConfig, 'url' | 'model' | 'timeoutSeconds'>> & CoachConfig
	) {
		this.model = config.model;
		this.#url = chatCompletionsUrl(config.url);
		this.#apiKey = config.apiKey;
		this.#timeoutSeconds = config.timeoutSeconds;
	}

	async evaluate(request: CoachRequest, signal?: AbortSignal): Promise<CoachResult> {
		const timeout = AbortSignal.timeout(this.#timeoutSeconds * 1000);
		try {
			if (signal?.aborted) fail('The coach was not asked: the evaluation was cancelled');
			return await this.#ask(request, signal ? AbortSignal.any([signal, timeout]) : timeout);
		} catch (error) {
			let reason: string;
			if (error instanceof CoachFailure) reason = error.message;
			else if (timeout.aborted) {
				const n = this.#timeoutSeconds;
				reason = `The coach did not answer within ${n} second${n === 1 ? '' : 's'}`;
			} else if (signal?.aborted) reason = 'The evaluation was cancelled before the coach answered';
			else reason = networkReason(error);
			logger.warn('coach answer dropped', { model: this.model, reason: reason.slice(0, 200) });
			return { ok: false, reason };
		}
	}

	async #ask(request: CoachRequest, signal: AbortSignal): Promise<CoachResult> {
		const headers: Record<string, string> = {
			'content-type': 'application/json',
			accept: 'application/json'
		};
		if (this.#apiKey) headers.authorization = `Bearer ${this.#apiKey}`;
		const response = await fetch(this.#url, {
			method: 'POST',
			headers,
			signal,
			redirect: 'error',
			body: JSON.stringify(chatCompletionsBody(this.model, request))
		});
		if (!response.ok) {
			await response.body?.cancel().catch(() => undefined);
			const text = response.statusText ? ` ${response.statusText}` : '';
			fail(`The coach answered with an error: HTTP ${response.status}${text}`);
		}
		const answer = answerOf(await readCapped(response));
		const scores = checked(answer, request);
		return { ok: true, scores, summary: answer.summary };
	}
}

/** The coach the configuration asks for: null (no coach) without a URL. */
export function createCoach(config: CoachConfig): Coach | null {
	const url = config.url?.trim();
	if (!url) return null;
	const seconds = config.timeoutSeconds ?? DEFAULT_COACH_TIMEOUT_SECONDS;
	return new HttpCoach({
		url,
		apiKey: config.apiKey?.trim() || undefined,
		model: config.model?.trim() || DEFAULT_COACH_MODEL,
		timeoutSeconds: Math.min(300, Math.max(1, Math.round(seconds)))
	});
}

/** The coach of the (validated) environment: null unless COACH_API_URL is set. */
export function coachFromEnv(
	env: Pick<Env, 'COACH_API_URL' | 'COACH_API_KEY' | 'COACH_MODEL' | 'COACH_TIMEOUT_SECONDS'>
): Coach | null {
	return createCoach({
		url: env.COACH_API_URL,
		apiKey: env.COACH_API_KEY,
		model: env.COACH_MODEL,
		timeoutSeconds: env.COACH_TIMEOUT_SECONDS
	});
}
