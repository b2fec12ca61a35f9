import { createRequire } from 'node:module';

// The part of autocannon's programmatic API the harness uses (the package ships no types).
interface Histogram {
	average: number;
	min: number;
	max: number;
	p50: number;
	p90: number;
	p97_5: number;
	p99: number;
	total?: number;
}
interface RawRequest {
	method?: string;
	path?: string;
	headers?: Record<string, string>;
	body?: string | Buffer;
}
export interface RequestSpec extends RawRequest {
	setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest;
	onResponse?: (
		status: number,
		body: string,
		context: Record<string, unknown>,
		headers: Record<string, string>
	) => void;
}
interface Options {
	url: string;
	connections?: number;
	duration?: number;
	timeout?: number;
	method?: string;
	headers?: Record<string, string>;
	body?: string;
	requests?: RequestSpec[];
}
interface Result {
	requests: Histogram & { total: number };
	latency: Histogram;
	duration: number;
	errors: number;
	timeouts: number;
	non2xx: number;
	'2xx': number;
	statusCodeStats?: Record<string, { count: number }>;
}

interface Instance extends PromiseLike<Result> {
	on(
		event: 'response',
		listener: (client: unknown, status: number, bytes: number, responseTime: number) => void
	): void;
}

const autocannon = createRequire(import.meta.url)('autocannon') as (options: Options) => Instance;

export interface LoadResult {
	/** successful (2xx) responses per second over the whole run */
	rps: number;
	p50: number;
	p90: number;
	p99: number;
	max: number;
	requests: number;
	non2xx: number;
	errors: number;
	seconds: number;
}

/** A run with every successful response's latency kept, so runs can be merged exactly. */
export interface RawRun {
	ok: number;
	requests: number;
	non2xx: number;
	errors: number;
	seconds: number;
	latencies: number[];
}

export interface LoadOptions {
	url: string;
	connections: number;
	duration: number;
	headers?: Record<string, string>;
	requests?: RequestSpec[];
}

/** One autocannon run over loopback. Latencies in milliseconds. */
export async function run(options: LoadOptions): Promise<RawRun> {
	const latencies: number[] = [];
	const instance = autocannon({
		url: options.url,
		connections: options.connections,
		duration: options.duration,
		timeout: 30,
		headers: options.headers,
		requests: options.requests
	});
	instance.on('response', (_client, status, _bytes, responseTime) => {
		if (status >= 200 && status < 300) latencies.push(responseTime);
	});
	const result = await instance;
	return {
		ok: result['2xx'],
		requests: result.requests.total,
		non2xx: result.non2xx,
		errors: result.errors,
		seconds: result.duration,
		latencies
	};
}

/** The p-th percentile of sorted latencies, to 0.1 ms. */
export function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return 0;
	const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
	return Math.round(sorted[Math.max(0, index)] * 10) / 10;
}

/** Several runs of one server as one result: total successes over total time, merged latencies. */
export function summarize(runs: RawRun[]): LoadResult {
	const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
	const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
	const ok = runs.reduce((sum, r) => sum + r.ok, 0);
	return {
		rps: seconds > 0 ? Math.round((ok / seconds) * 10) / 10 : 0,
		p50: percentile(latencies, 50),
		p90: percentile(latencies, 90),
		p99: percentile(latencies, 99),
		max: percentile(latencies, 100),
		requests: runs.reduce((sum, r) => sum + r.requests, 0),
		non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
		errors: runs.reduce((sum, r) => sum + r.errors, 0),
		seconds
	};
}

export async function drive(options: LoadOptions): Promise<LoadResult> {
	return summarize([await run(options)]);
}
