import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { sql as dsql } from 'drizzle-orm';
import postgres from 'postgres';
import { buildIfStale, projectRoot } from '../scripts/build-if-stale.js';
import { generateSessionToken } from '../src/lib/server/auth/session';
import { openDatabase, queryRows } from '../src/lib/server/db/client';
import { createApiKey } from '../src/lib/server/services/api-keys/keys';
import { toPrefixTsquery } from '../src/lib/domain/search';
import { measureBundle, type BundleResult } from './bundle';
import { LIGHTHOUSE_VERSION, measureLighthouse, type LighthouseReport } from './lighthouse';
import { captureWorkload, type CapturedWorkload, type Statement } from './capture';
import { redactUrl } from './database';
import { insertSessions, type Db } from './fixtures';
import {
	drivePractice,
	measurePractice,
	PRACTICE_CONNECTIONS,
	type PracticeResult
} from './practice';
import { capturePractice, type CapturedPractice } from './capture-practice';
import { drive, run, summarize as summarizeRuns, type LoadResult } from './load';
import { prepareBenchDatabase, summarize, type BenchDataSummary } from './prepare';
import { summarizeProfile, type ProfileSummary } from './profile';
import { writeReport } from './report';
import { BENCH_EMAIL_DOMAIN, type BenchSizes } from './seed';
import { appServerArgs, freePort, startNodeServer, type RunningServer } from './servers';
import {
	EXTERNAL_PATH,
	LIST_FILTERED_PATH,
	LIST_SEARCH_PATH,
	MARKETPLACE_PATH,
	PAGE_PATH,
	SAVE_PATH,
	SEARCH_COMMON,
	SEARCH_RARE,
	SEARCH_TEXT,
	saveBody,
	trpcQueryPath
} from './workload';

export interface BenchOptions {
	url: string;
	/** seconds per measured run */
	duration: number;
	warmup: number;
	connections: number;
	writeConnections: number;
	writeUsers: number;
	hotScenarios: number;
	/** DATABASE_POOL_MAX of the app and the baseline's pool size */
	pool: number;
	profile: boolean;
	/** Lighthouse runs per page, 0 for none */
	lighthouseRuns: number;
	pglite: BenchSizes | null;
	/** the seed this run made first, if any */
	seed: { seconds: number; steps: Record<string, number> } | null;
	log: (message: string) => void;
}

export interface Measured {
	app: LoadResult;
	baseline: LoadResult;
	/** app requests/s as a share of the baseline's */
	ratio: number;
}

export interface ScenarioResult extends Measured {
	id: string;
	title: string;
	path: string;
	connections: number;
	/** rows the first page returned (the app's answer), as a sanity check */
	rows?: number;
	note?: string;
}

export interface SearchSpread {
	common: { word: string; matches: number; result: LoadResult };
	rare: { word: string; matches: number; result: LoadResult };
	connections: number;
}

export interface WriteResult extends ScenarioResult {
	changed: { app: number; baseline: number };
	/** after the app's first half alone, and after everything */
	verify: { app: VerifyOutcome; final: VerifyOutcome };
}

export interface VerifyOutcome {
	ok: boolean;
	seconds: number;
	output: string;
}

export interface TimedQuery {
	iterations: number;
	/** wall time per query through postgres.js, round trip included */
	meanMs: number;
	/** median of EXPLAIN ANALYZE's execution time: the server's work alone */
	serverMs: number;
	sql: string;
}

export interface MetadataRanking {
	progressRows: number;
	aggregate: TimedQuery;
	metadata: TimedQuery;
	speedup: number;
	serverSpeedup: number;
	sameRanking: boolean;
}

export interface ExplainResult {
	id: string;
	title: string;
	file: string;
	seqScans: string[];
	executionMs: number[];
}

export interface BenchResults {
	date: string;
	commit: string;
	machine: {
		nproc: number;
		cpu: string;
		memoryGb: number;
		node: string;
		postgres: string;
		postgresSettings: string;
		loadBefore: string;
		loadAfter: string;
	};
	settings: Omit<BenchOptions, 'url' | 'log' | 'pglite' | 'seed' | 'lighthouseRuns'> & {
		database: string;
	};
	seed: BenchOptions['seed'];
	data: BenchDataSummary;
	reads: ScenarioResult[];
	write: WriteResult;
	practice: PracticeResult & { verify: VerifyOutcome };
	searchSpread: SearchSpread;
	ranking: MetadataRanking;
	explain: ExplainResult[];
	bundle: BundleResult;
	pglite: (ScenarioResult & { sizes: BenchSizes; seedSeconds: number }) | null;
	lighthouse: LighthouseReport | null;
	profile: {
		read: ProfileSummary;
		page: ProfileSummary;
		external: ProfileSummary;
		write: ProfileSummary;
		practice: ProfileSummary;
		seconds: number;
	} | null;
	totalSeconds: number;
}

const BENCH_DIR = resolve(projectRoot, 'bench');
/**
 * Learners for the practice loop, one per attempt started (a few thousand in a run): none with an
 * open attempt on its scenario, which starting would resume (a run's last attempts stay open).
 */
const PRACTICE_LEARNERS = 15_000;
const TMP = join(BENCH_DIR, 'tmp');

function loadavg(): string {
	return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

function appEnv(options: BenchOptions, url: string, port: number): Record<string, string> {
	return {
		DATABASE_URL: url,
		ORIGIN: `http://127.0.0.1:${port}`,
		NODE_ENV: 'production',
		LOG_LEVEL: 'warn',
		DISABLE_RATE_LIMITS: 'true',
		DATABASE_POOL_MAX: String(options.pool),
		BODY_SIZE_LIMIT: '1M',
		SEED_DEMO: 'false'
	};
}

async function startApp(
	options: BenchOptions,
	env: Record<string, string>,
	name: string,
	profileDir?: string
) {
	const port = await freePort();
	return startNodeServer({
		name,
		cwd: projectRoot,
		args: appServerArgs(projectRoot, profileDir),
		env: { ...appEnv(options, env.DATABASE_URL ?? '', port), ...env },
		port,
		readyPath: '/api/health',
		logFile: join(TMP, `${name}.log`)
	});
}

async function startBaseline(options: BenchOptions, specFile: string) {
	const port = await freePort();
	return startNodeServer({
		name: 'baseline',
		cwd: projectRoot,
		args: [join(BENCH_DIR, 'baseline-server.js'), specFile],
		env: { DATABASE_URL: options.url, DATABASE_POOL_MAX: String(options.pool) },
		port,
		readyPath: '/ready',
		logFile: join(TMP, 'baseline.log')
	});
}

function verify(url: string): VerifyOutcome {
	const started = performance.now();
	const result = spawnSync(
		process.execPath,
		[join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/db-verify.ts'],
		{ cwd: projectRoot, env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' }
	);
	const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
		.trim()
		.split('\n')
		.slice(-5)
		.join('\n');
	return {
		ok: result.status === 0,
		seconds: Math.round((performance.now() - started) / 100) / 10,
		output
	};
}

function ratio(app: LoadResult, baseline: LoadResult) {
	return baseline.rps > 0 ? Math.round((app.rps / baseline.rps) * 1000) / 1000 : 0;
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
	const log = options.log;
	const started = performance.now();
	mkdirSync(TMP, { recursive: true });
	mkdirSync(join(BENCH_DIR, 'explain'), { recursive: true });
	const loadBefore = loadavg();

	const database = openDatabase({ url: options.url, poolMax: 4 });
	const client = postgres(options.url, { max: 2, onnotice: () => {} });
	const servers: RunningServer[] = [];
	try {
		const data = await summarize(database);
		const [{ version }] = await client`select current_setting('server_version') as version`;
		const settings = await client`select name, setting, unit from pg_settings
			where name in ('shared_buffers', 'work_mem', 'synchronous_commit', 'fsync', 'max_connections',
				'jit', 'max_parallel_workers_per_gather', 'random_page_cost')
			order by name`;
		const postgresSettings = settings
			.map((row) => `${row.name}=${row.setting}${row.unit ? ` ${row.unit}` : ''}`)
			.join(', ');

		// First, while the machine is quiet: after the write runs PostgreSQL is still busy for a
		// while (autovacuum, checkpoints) and Lighthouse's simulated CPU time grows with it (a
		// run placed last scored 87-91 where the same build alone scored 92-96).
		let lighthouse: BenchResults['lighthouse'] = null;
		if (options.lighthouseRuns > 0) {
			log(`Lighthouse ${LIGHTHOUSE_VERSION}, ${options.lighthouseRuns} runs per page`);
			buildIfStale();
			lighthouse = await measureLighthouse({
				projectRoot,
				runs: options.lighthouseRuns,
				logDir: TMP,
				log
			});
		}

		log('fixtures: an API key and a session for the capture');
		await database.db.execute(dsql`delete from api_keys where name = 'bench'`);
		const apiKey = await createApiKey(database.db, {
			name: 'bench',
			createdByUserId: null,
			rateLimitPerMinute: 100_000
		});
		const learners = await queryRows<{ id: string }>(
			database.db,
			dsql`select id from users where email like ${'%@' + BENCH_EMAIL_DOMAIN} and role = 'learner'
				order by email limit ${options.writeUsers + 1}`
		);
		if (learners.length < options.writeUsers + 1) {
			throw new Error(`the bench needs ${options.writeUsers + 1} bench learners; seed more users`);
		}
		await database.db.execute(dsql`delete from sessions where user_agent = 'bench'`);
		const captureToken = generateSessionToken();
		await insertSessions(database.db, [{ token: captureToken, userId: learners[0].id }]);

		log('capturing the SQL of each request from the app code');
		const workload = await captureWorkload(options.url, {
			apiKey: apiKey.key,
			userId: learners[0].id,
			sessionToken: captureToken
		});
		log('capturing the practice loop (start, six turns, finish) from the app code');
		const practiceCapture = await capturePractice(options.url, { userId: learners[0].id });
		const specFile = join(TMP, 'workload.json');
		writeFileSync(specFile, JSON.stringify(baselineSpec(workload, practiceCapture), null, 1));
		writeFileSync(
			join(TMP, 'captured-sql.json'),
			JSON.stringify({ ...workload, practice: practiceCapture }, null, 1)
		);

		log('building the app if sources changed');
		buildIfStale();

		log('starting the app, the app in production configuration and the baseline');
		const app = await startApp(options, { DATABASE_URL: options.url }, 'app');
		servers.push(app);
		// Writes are measured as production runs them: every rate limit on, the per-mutation
		// limit included. (Reads keep them off: the load comes from one address, which the
		// per-address budget for signed-out visitors would throttle at 10 calls a second.)
		const production = await startApp(
			options,
			{ DATABASE_URL: options.url, ...PRODUCTION },
			'app-production'
		);
		servers.push(production);
		const baseline = await startBaseline(options, specFile);
		servers.push(baseline);

		const apiHeaders = { 'x-api-key': apiKey.key };
		const reads: ScenarioResult[] = [];
		const readPlan = [
			{
				id: '1',
				title: 'scenario.list: skill + difficulty, top rated, first page',
				path: LIST_FILTERED_PATH
			},
			{
				id: '2',
				title: `scenario.list: full-text search "${SEARCH_TEXT}"`,
				path: LIST_SEARCH_PATH
			},
			{ id: '3', title: 'marketplace.list: trending', path: MARKETPLACE_PATH },
			{ id: '4', title: '/scenarios page, server-rendered', path: PAGE_PATH },
			{
				id: '6',
				title: 'GET /api/external/scenarios (skills, difficulty, maxTime)',
				path: EXTERNAL_PATH
			}
		];
		for (const plan of readPlan) {
			const headers = plan.id === '6' ? apiHeaders : undefined;
			const rows = await sanityCheck(app.url, baseline.url, plan.path, headers);
			log(`scenario ${plan.id}: ${plan.title} (${rows ?? '?'} rows on the first page)`);
			const measured = await measurePair(options, app.url, baseline.url, plan.path, headers);
			reads.push({ ...plan, connections: options.connections, rows, ...measured });
			log(
				`  app ${fmt(measured.app)} | baseline ${fmt(measured.baseline)} | ratio ${measured.ratio}`
			);
		}

		log(`search spread: "${SEARCH_COMMON}" against "${SEARCH_RARE}" (app only)`);
		const searchSpread = await measureSearchSpread(options, app.url, client);
		log(
			`  ${SEARCH_COMMON}: ${fmt(searchSpread.common.result)} | ${SEARCH_RARE}: ${fmt(searchSpread.rare.result)}`
		);

		log('scenario 5: progress.save / unsave (rate limits on)');
		const write = await measureWrites(
			options,
			database.db,
			learners.slice(1),
			production,
			baseline
		);
		log(
			`  app ${fmt(write.app)} | baseline ${fmt(write.baseline)} | verify ${write.verify.app.ok}`
		);

		log(`scenario 8: the practice loop on ${practiceCapture.scenario.slug} (rate limits on)`);
		const practiceLearners = await queryRows<{ id: string }>(
			database.db,
			dsql`select id from users where email like ${'%@' + BENCH_EMAIL_DOMAIN} and role = 'learner'
					and not exists (select 1 from scenario_attempts a where a.user_id = users.id
						and a.scenario_id = ${practiceCapture.scenario.id} and a.finished_at is null)
				order by email offset ${options.writeUsers + 1} limit ${PRACTICE_LEARNERS}`
		);
		const practiceLoad = await measurePractice({
			db: database.db,
			learners: practiceLearners,
			practice: practiceCapture,
			app: production,
			baseline,
			connections: PRACTICE_CONNECTIONS,
			duration: options.duration,
			warmup: options.warmup
		});
		const practice = { ...practiceLoad, verify: verify(options.url) };
		log(
			`  app ${practice.app.attemptsPerSecond} attempts/s p99 ${practice.app.attemptP99} ms | ` +
				`baseline ${practice.baseline.attemptsPerSecond} attempts/s p99 ${practice.baseline.attemptP99} ms | ` +
				`verify ${practice.verify.ok}`
		);

		const bundle = await measureBundle(projectRoot, app.url + PAGE_PATH);
		log(`JavaScript on /scenarios: ${(bundle.totalGzip / 1000).toFixed(1)} kB gzip`);

		for (const server of servers.splice(0)) await server.stop();

		log('scenario 7: the aggregate over progress rows against scenario_metadata');
		const ranking = await measureRanking(client, data.progress);
		log(
			`  aggregate ${ranking.aggregate.meanMs} ms, metadata ${ranking.metadata.meanMs} ms, ${ranking.speedup}x`
		);

		log('EXPLAIN (ANALYZE, BUFFERS) of the queries behind 1, 2, 3 and 6');
		const explain = await explainAll(client, workload);

		let profile: BenchResults['profile'] = null;
		if (options.profile) {
			log('profiling the app under load (node --cpu-prof)');
			profile = await profileApp(options, database.db, learners.slice(1), apiKey.key, {
				practice: practiceCapture,
				// learners the measured practice runs did not use
				learners: practiceLearners.slice(practice.users)
			});
		}

		let pglite: BenchResults['pglite'] = null;
		if (options.pglite) {
			log(`PGlite: scenario 1 at ${options.pglite.scenarios} scenarios`);
			pglite = await measurePglite(options, options.pglite, reads[0]);
		}

		const results: BenchResults = {
			date: new Date().toISOString(),
			commit: gitCommit(),
			machine: {
				nproc: os.availableParallelism(),
				cpu: os.cpus()[0]?.model ?? 'unknown',
				memoryGb: Math.round(os.totalmem() / 1024 ** 3),
				node: process.version,
				postgres: String(version),
				postgresSettings,
				loadBefore,
				loadAfter: loadavg()
			},
			settings: {
				database: redactUrl(options.url),
				duration: options.duration,
				warmup: options.warmup,
				connections: options.connections,
				writeConnections: options.writeConnections,
				writeUsers: options.writeUsers,
				hotScenarios: options.hotScenarios,
				pool: options.pool,
				profile: options.profile
			},
			seed: options.seed,
			data,
			reads,
			write,
			practice,
			searchSpread,
			ranking,
			explain,
			bundle,
			pglite,
			lighthouse,
			profile,
			totalSeconds: Math.round((performance.now() - started) / 1000)
		};
		writeFileSync(join(BENCH_DIR, 'results.json'), JSON.stringify(results, null, 2) + '\n');
		await writeReport(results, join(BENCH_DIR, 'REPORT.md'));
		return results;
	} finally {
		for (const server of servers) await server.stop().catch(() => {});
		await client.end({ timeout: 2 });
		await database.close();
	}
}

function fmt(r: LoadResult) {
	return `${r.rps} req/s p50 ${r.p50} ms p99 ${r.p99} ms${r.non2xx ? ` non-2xx ${r.non2xx}` : ''}`;
}

function gitCommit(): string {
	// A run from an exported tree (git archive) has no .git: the caller names the commit.
	if (process.env.BENCH_COMMIT) return process.env.BENCH_COMMIT;
	try {
		const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			cwd: projectRoot,
			encoding: 'utf8'
		}).trim();
		// The previous run's own outputs (the report, results, plans) do not make the code dirty.
		const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
			cwd: projectRoot,
			encoding: 'utf8'
		})
			.split('\n')
			.filter((line) => line.trim() && !/ bench\/(REPORT\.md|results\.json|explain\/)/.test(line))
			.join('\n');
		return dirty ? `${commit} (with uncommitted changes in the tree)` : commit;
	} catch {
		return 'unknown';
	}
}

function baselineSpec(workload: CapturedWorkload, practice: CapturedPractice) {
	return {
		routes: {
			[LIST_FILTERED_PATH]: { kind: 'json', statements: workload.listFiltered },
			[LIST_SEARCH_PATH]: { kind: 'json', statements: workload.listSearch },
			[MARKETPLACE_PATH]: { kind: 'json', statements: workload.marketplace },
			[PAGE_PATH]: { kind: 'html', statements: workload.page },
			[EXTERNAL_PATH]: { kind: 'external', statements: workload.external }
		},
		savePath: SAVE_PATH,
		session: workload.session,
		sessionUserColumn: workload.sessionUserColumn,
		mutationWindowSeconds: workload.mutationWindowSeconds,
		save: workload.save,
		practice
	};
}

/** Both servers answer 200; returns how many items the app's first page holds. */
async function sanityCheck(
	appUrl: string,
	baselineUrl: string,
	path: string,
	headers?: Record<string, string>
): Promise<number | undefined> {
	const [a, b] = await Promise.all([
		fetch(appUrl + path, { headers }),
		fetch(baselineUrl + path, { headers })
	]);
	const body = await a.text();
	await b.text();
	if (a.status !== 200 || b.status !== 200) {
		throw new Error(
			`${path}: app answered ${a.status}, baseline ${b.status}: ${body.slice(0, 300)}`
		);
	}
	try {
		const parsed = JSON.parse(body);
		const items = parsed?.result?.data?.json?.items ?? parsed?.data?.scenarios;
		return Array.isArray(items) ? items.length : undefined;
	} catch {
		return (body.match(/href="\/scenarios\/[a-z0-9-]+"/g) ?? []).length || undefined;
	}
}

/**
 * Warm-up of both, then app, baseline, baseline, app (half the duration each): a load that drifts
 * while the run lasts (other work on a shared machine) weighs on both servers alike.
 */
async function measurePair(
	options: BenchOptions,
	appUrl: string,
	baselineUrl: string,
	path: string,
	headers?: Record<string, string>
): Promise<Measured> {
	const once = (base: string, duration: number) =>
		run({ url: base + path, connections: options.connections, duration, headers });
	await once(appUrl, options.warmup);
	await once(baselineUrl, options.warmup);
	const half = Math.max(1, Math.round(options.duration / 2));
	const a1 = await once(appUrl, half);
	const b1 = await once(baselineUrl, half);
	const b2 = await once(baselineUrl, half);
	const a2 = await once(appUrl, half);
	const app = summarizeRuns([a1, a2]);
	const baseline = summarizeRuns([b1, b2]);
	return { app, baseline, ratio: ratio(app, baseline) };
}

/** The library searched for a common and for a rare word, by relevance, on the app alone. */
async function measureSearchSpread(
	options: BenchOptions,
	appUrl: string,
	client: postgres.Sql
): Promise<SearchSpread> {
	const one = async (word: string) => {
		const [{ n }] = await client<{ n: number }[]>`
			select count(*)::int as n from scenarios
			where search_vector @@ to_tsquery('english', ${toPrefixTsquery(word)})`;
		const url = appUrl + trpcQueryPath('scenario.list', { search: word });
		await drive({ url, connections: options.connections, duration: options.warmup });
		const result = await drive({
			url,
			connections: options.connections,
			duration: options.duration
		});
		return { word, matches: n, result };
	};
	return {
		common: await one(SEARCH_COMMON),
		rare: await one(SEARCH_RARE),
		connections: options.connections
	};
}

/** 1000 distinct signed-in learners flip saves on the 10 hottest scenarios. */
function saveRequests(
	origin: string,
	tokens: string[],
	hot: string[],
	state: Map<string, boolean>,
	changed: { count: number }
) {
	return [
		{
			method: 'POST',
			path: SAVE_PATH,
			setupRequest: (request: { headers?: Record<string, string>; body?: string | Buffer }) => {
				const u = Math.floor(Math.random() * tokens.length);
				const s = Math.floor(Math.random() * hot.length);
				const key = `${u}:${s}`;
				const next = !(state.get(key) ?? false);
				state.set(key, next);
				request.headers = {
					'content-type': 'application/json',
					origin,
					cookie: `session=${tokens[u]}`
				};
				request.body = saveBody(hot[s], next);
				return request;
			},
			onResponse: (status: number, body: string) => {
				if (status === 200 && body.includes('"changed":true')) changed.count++;
			}
		}
	];
}

async function writeFixtures(db: Db, learners: { id: string }[], count: number, hotCount: number) {
	const users = learners.slice(0, count);
	await db.execute(dsql`delete from sessions where user_agent = 'bench'`);
	const tokens = users.map(() => generateSessionToken());
	await insertSessions(
		db,
		users.map((u, i) => ({ token: tokens[i], userId: u.id }))
	);
	const hot = (
		await queryRows<{ id: string }>(
			db,
			dsql`select m.scenario_id as id from scenario_metadata m
				join scenarios s on s.id = m.scenario_id
				where s.status = 'approved' and s.is_active
					and (s.created_by_user_id is null or s.visibility = 'public')
				order by m.amount_saved_count desc, m.scenario_id desc limit ${hotCount}`
		)
	).map((r) => r.id);
	const saved = await queryRows<{ user_id: string; scenario_id: string }>(
		db,
		dsql`select user_id, scenario_id from user_scenario_progress
			where is_saved and user_id in (${dsql.join(
				users.map((u) => dsql`${u.id}::uuid`),
				dsql`, `
			)}) and scenario_id in (${dsql.join(
				hot.map((id) => dsql`${id}::uuid`),
				dsql`, `
			)})`
	);
	const userIndex = new Map(users.map((u, i) => [u.id, i]));
	const hotIndex = new Map(hot.map((id, i) => [id, i]));
	const state = new Map<string, boolean>();
	for (const row of saved)
		state.set(`${userIndex.get(row.user_id)}:${hotIndex.get(row.scenario_id)}`, true);
	return { tokens, hot, state };
}

async function measureWrites(
	options: BenchOptions,
	db: Db,
	learners: { id: string }[],
	app: RunningServer,
	baseline: RunningServer
): Promise<WriteResult> {
	const { tokens, hot, state } = await writeFixtures(
		db,
		learners,
		options.writeUsers,
		options.hotScenarios
	);
	const saveRun = async (server: RunningServer, duration: number) => {
		const changed = { count: 0 };
		const result = await run({
			url: server.url,
			connections: options.writeConnections,
			duration,
			requests: saveRequests(app.url, tokens, hot, state, changed)
		});
		return { result, changed: changed.count };
	};
	// ABBA like the reads. The first db:verify follows the app's writes alone; the second, at the
	// end, covers both servers' writes.
	const half = Math.max(1, Math.round(options.duration / 2));
	await saveRun(app, options.warmup);
	const a1 = await saveRun(app, half);
	const appVerify = verify(options.url);
	await saveRun(baseline, options.warmup);
	const b1 = await saveRun(baseline, half);
	const b2 = await saveRun(baseline, half);
	const a2 = await saveRun(app, half);
	const finalVerify = verify(options.url);
	const appResult = summarizeRuns([a1.result, a2.result]);
	const baselineResult = summarizeRuns([b1.result, b2.result]);
	return {
		id: '5',
		title: `progress.save / unsave: ${options.writeUsers} users, ${options.hotScenarios} hot scenarios`,
		path: `POST ${SAVE_PATH}`,
		connections: options.writeConnections,
		app: appResult,
		baseline: baselineResult,
		ratio: ratio(appResult, baselineResult),
		changed: { app: a1.changed + a2.changed, baseline: b1.changed + b2.changed },
		verify: { app: appVerify, final: finalVerify }
	};
}

const AGGREGATE_SQL =
	'select scenario_id, count(*) as saves from user_scenario_progress where is_saved group by scenario_id order by count(*) desc limit 20';
const METADATA_SQL =
	'select scenario_id, amount_saved_count from scenario_metadata order by amount_saved_count desc limit 20';

async function timeQuery(
	client: postgres.Sql,
	text: string,
	budgetMs: number,
	maxIterations: number
): Promise<TimedQuery> {
	await client.unsafe(text);
	let iterations = 0;
	const started = performance.now();
	while (iterations < maxIterations && (iterations < 5 || performance.now() - started < budgetMs)) {
		await client.unsafe(text);
		iterations++;
	}
	const meanMs = (performance.now() - started) / iterations;
	const server: number[] = [];
	for (let i = 0; i < 5; i++) {
		const rows = await client.unsafe(`explain (analyze, timing off) ${text}`);
		const line = rows
			.map((r) => String(r['QUERY PLAN']))
			.find((l) => l.startsWith('Execution Time'));
		server.push(Number(/([\d.]+) ms/.exec(line ?? '')?.[1] ?? NaN));
	}
	server.sort((a, b) => a - b);
	const round = (ms: number) => Math.round(ms * 1000) / 1000;
	return { iterations, meanMs: round(meanMs), serverMs: round(server[2]), sql: text };
}

async function measureRanking(
	client: postgres.Sql,
	progressRows: number
): Promise<MetadataRanking> {
	const aggregate = await timeQuery(client, AGGREGATE_SQL, 6000, 50);
	const metadata = await timeQuery(client, METADATA_SQL, 3000, 20_000);
	const a = await client.unsafe(AGGREGATE_SQL);
	const m = await client.unsafe(METADATA_SQL);
	const sameRanking =
		a.length === m.length &&
		a.every((row, i) => Number(row.saves) === Number(m[i].amount_saved_count));
	return {
		progressRows,
		aggregate,
		metadata,
		speedup: Math.round(aggregate.meanMs / metadata.meanMs),
		serverSpeedup: Math.round(aggregate.serverMs / metadata.serverMs),
		sameRanking
	};
}

async function explainAll(
	client: postgres.Sql,
	workload: CapturedWorkload
): Promise<ExplainResult[]> {
	const plans: { id: string; title: string; statements: Statement[] }[] = [
		{
			id: '1-list-filtered',
			title: 'scenario.list, skill + difficulty, top rated',
			statements: workload.listFiltered
		},
		{
			id: '2-list-search',
			title: `scenario.list, search "${SEARCH_TEXT}"`,
			statements: workload.listSearch
		},
		{
			id: '3-marketplace-trending',
			title: 'marketplace.list, trending',
			statements: workload.marketplace
		},
		{
			id: '6-external-scenarios',
			title: 'GET /api/external/scenarios',
			statements: workload.external
		}
	];
	const results: ExplainResult[] = [];
	for (const plan of plans) {
		const sections: string[] = [];
		const seqScans = new Set<string>();
		const executionMs: number[] = [];
		for (const [index, statement] of plan.statements.entries()) {
			const params = statement.params.map((p) =>
				p && typeof p === 'object' && !Array.isArray(p) ? '(bound per request)' : p
			);
			if (params.includes('(bound per request)')) continue;
			// Warm once, so the plan shows steady-state buffers (hits), as the server sees them.
			await client.unsafe(statement.text, params as never[], { prepare: false });
			const rows = await client.unsafe(
				`explain (analyze, buffers) ${statement.text}`,
				params as never[],
				{
					prepare: false
				}
			);
			const text = rows.map((r) => String(r['QUERY PLAN'])).join('\n');
			for (const match of text.matchAll(/Seq Scan on (\w+)/g)) {
				if (match[1] === 'scenarios' || match[1] === 'user_scenario_progress')
					seqScans.add(match[1]);
			}
			const ms = /Execution Time: ([\d.]+) ms/.exec(text);
			if (ms) executionMs.push(Number(ms[1]));
			sections.push(
				[
					`-- statement ${index + 1} of ${plan.statements.length}`,
					statement.text,
					`-- params: ${JSON.stringify(params)}`,
					'',
					text
				].join('\n')
			);
		}
		const file = `explain/${plan.id}.txt`;
		writeFileSync(
			join(BENCH_DIR, file),
			`# EXPLAIN (ANALYZE, BUFFERS): ${plan.title}\n# the SQL the app sends (captured from its Drizzle queries)\n\n${sections.join('\n\n')}\n`
		);
		results.push({ id: plan.id, title: plan.title, file, seqScans: [...seqScans], executionMs });
	}
	return results;
}

/** Every rate limit on, the per-mutation limit included: how writes are measured. */
const PRODUCTION = { DISABLE_RATE_LIMITS: 'false' };

/** node --cpu-prof of the app under scenarios 1, 4, 6 and 5, one server process per scenario. */
async function profileApp(
	options: BenchOptions,
	db: Db,
	learners: { id: string }[],
	apiKey: string,
	loop: { practice: CapturedPractice; learners: { id: string }[] }
) {
	const started = performance.now();
	const dir = join(TMP, 'profile');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const profiled = async (
		name: string,
		body: (app: RunningServer) => Promise<unknown>,
		env: Record<string, string> = {}
	) => {
		const sub = join(dir, name);
		mkdirSync(sub);
		const app = await startApp(
			options,
			{ DATABASE_URL: options.url, ...env },
			`app-profile-${name}`,
			sub
		);
		try {
			await body(app);
		} finally {
			await app.stop();
		}
		const file = readdirSync(sub).find((f) => f.endsWith('.cpuprofile'));
		if (!file) throw new Error(`no CPU profile was written for ${name}`);
		return summarizeProfile(join(sub, file));
	};
	const reading =
		(path: string, headers?: Record<string, string>) => async (app: RunningServer) => {
			const load = { url: app.url + path, connections: options.connections, headers };
			await drive({ ...load, duration: options.warmup });
			await drive({ ...load, duration: options.duration });
		};
	const read = await profiled('list', reading(LIST_FILTERED_PATH));
	const page = await profiled('page', reading(PAGE_PATH));
	const external = await profiled('external', reading(EXTERNAL_PATH, { 'x-api-key': apiKey }));
	const write = await profiled(
		'write',
		async (app) => {
			const { tokens, hot, state } = await writeFixtures(
				db,
				learners,
				options.writeUsers,
				options.hotScenarios
			);
			await drive({
				url: app.url,
				connections: options.writeConnections,
				duration: options.duration,
				requests: saveRequests(app.url, tokens, hot, state, { count: 0 })
			});
		},
		PRODUCTION
	);
	const practice = await profiled(
		'practice',
		(app) =>
			drivePractice({
				db,
				learners: loop.learners,
				practice: loop.practice,
				server: app,
				connections: PRACTICE_CONNECTIONS,
				duration: options.duration
			}),
		PRODUCTION
	);
	return {
		read,
		page,
		external,
		write,
		practice,
		seconds: Math.round((performance.now() - started) / 1000)
	};
}

async function measurePglite(
	options: BenchOptions,
	sizes: BenchSizes,
	postgresResult: ScenarioResult
) {
	const dir = mkdtempSync(join(os.tmpdir(), 'sh-bench-pglite-'));
	try {
		const seeded = await prepareBenchDatabase({
			pgliteDir: dir,
			sizes,
			log: (m) => options.log(`  ${m}`)
		});
		const app = await startApp(options, { DATABASE_URL: '', PGLITE_DIR: dir }, 'app-pglite');
		try {
			await drive({
				url: app.url + LIST_FILTERED_PATH,
				connections: options.connections,
				duration: options.warmup
			});
			const result = await drive({
				url: app.url + LIST_FILTERED_PATH,
				connections: options.connections,
				duration: options.duration
			});
			options.log(`  PGlite app ${fmt(result)}`);
			return {
				id: '1-pglite',
				title: `scenario.list on PGlite (${sizes.scenarios} scenarios)`,
				path: LIST_FILTERED_PATH,
				connections: options.connections,
				app: result,
				// compared with the same request on PostgreSQL at full scale, not with a bare server
				baseline: postgresResult.app,
				ratio: ratio(result, postgresResult.app),
				sizes,
				seedSeconds: seeded.totalSeconds
			};
		} finally {
			await app.stop();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
