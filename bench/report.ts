import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { pageLabel, type LighthouseReport } from './lighthouse';
import type { LoadResult } from './load';
import type { ProfileSummary } from './profile';
import type { BenchResults, ScenarioResult } from './run';

// bench/REPORT.md from a run's results; bench/ANALYSIS.md (hand-written) is appended as is.

// The targets of issue 17: ratios against the bare baseline measured in the same run.
export const TARGETS = {
	readShare: 0.75,
	/** app p99 at most this many times the baseline's, same connections */
	readP99Ratio: 1.5,
	/** /scenarios server render against the baseline serving the same rows as JSON */
	pageShare: 0.5,
	writeShare: 0.9,
	rankingSpeedup: 50,
	/** kB = 1000 bytes, gzip */
	jsKb: 60,
	lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
	/** a common word's p99 at most this many times a rare word's */
	searchSpread: 2
};

const n = (value: number, digits = 0) =>
	value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pct = (value: number) => `${Math.round(value * 100)} %`;
const yes = (ok: boolean) => (ok ? 'met' : '**missed**');

function table(head: string[], rows: (string | number)[][]): string {
	const line = (cells: (string | number)[]) => `| ${cells.map((c) => String(c)).join(' | ')} |`;
	return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

interface Verdict {
	target: string;
	ok: boolean;
	detail: string;
}

export function verdicts(r: BenchResults): Verdict[] {
	const out: Verdict[] = [];
	for (const s of r.reads) {
		if (s.id === '4') {
			out.push({
				target: `4: /scenarios server render >= ${pct(TARGETS.pageShare)} of the baseline's JSON`,
				ok: s.ratio >= TARGETS.pageShare,
				detail: `${pct(s.ratio)} of the baseline (${n(s.app.rps)} req/s, p99 ${s.app.p99} ms at ${s.connections} connections)`
			});
			continue;
		}
		const p99Ratio = s.app.p99 / s.baseline.p99;
		out.push({
			target: `${s.id}: >= ${pct(TARGETS.readShare)} of baseline req/s, p99 <= ${TARGETS.readP99Ratio}x the baseline's`,
			ok: s.ratio >= TARGETS.readShare && p99Ratio <= TARGETS.readP99Ratio,
			detail: `${pct(s.ratio)} of the baseline, p99 ${s.app.p99} ms = ${n(p99Ratio, 1)}x the baseline's`
		});
	}
	const w = r.write;
	out.push({
		target: `5: save/unsave >= ${pct(TARGETS.writeShare)} of the baseline, zero drift`,
		ok: w.ratio >= TARGETS.writeShare && w.verify.app.ok && w.verify.final.ok && w.app.non2xx === 0,
		detail: `${pct(w.ratio)} of the baseline (${n(w.app.rps)} ops/s, p99 ${w.app.p99} ms; rate limits on), db:verify ${w.verify.app.ok && w.verify.final.ok ? 'no drift' : 'DRIFT'}, non-2xx ${w.app.non2xx}`
	});
	const p = r.practice;
	if (p) {
		out.push({
			target: '8: practice loop reported against the baseline, every call 2xx, zero drift',
			ok: p.verify.ok && p.app.requests.non2xx === 0 && p.app.attempts > 0,
			detail:
				`${n(p.app.attemptsPerSecond, 1)} attempts/s (p99 ${n(p.app.attemptP99)} ms per attempt) = ` +
				`${pct(p.ratio)} of the baseline's ${n(p.baseline.attemptsPerSecond, 1)} (p99 ${n(p.baseline.attemptP99)} ms); ` +
				`rate limits on; db:verify ${p.verify.ok ? 'no drift' : 'DRIFT'}, non-2xx ${p.app.requests.non2xx}`
		});
	}
	if (r.searchSpread) {
		const { common, rare } = r.searchSpread;
		const spread = common.result.p99 / rare.result.p99;
		out.push({
			target: `Search "${common.word}" p99 <= ${TARGETS.searchSpread}x "${rare.word}"`,
			ok: spread <= TARGETS.searchSpread,
			detail:
				`${n(common.matches)} matches: p99 ${common.result.p99} ms (${n(common.result.rps)} req/s); ` +
				`${n(rare.matches)} matches: p99 ${rare.result.p99} ms (${n(rare.result.rps)} req/s); ${n(spread, 1)}x`
		});
	}
	out.push({
		target: `7: metadata ranking >= ${TARGETS.rankingSpeedup}x faster than the aggregate`,
		ok: r.ranking.speedup >= TARGETS.rankingSpeedup && r.ranking.sameRanking,
		detail:
			`${n(r.ranking.speedup)}x per query through postgres.js (${n(r.ranking.serverSpeedup)}x in ` +
			`server execution time) at ${n(r.ranking.progressRows)} progress rows`
	});
	out.push({
		target: 'EXPLAIN: no sequential scan of scenarios or user_scenario_progress',
		ok: r.explain.every((e) => e.seqScans.length === 0),
		detail: r.explain.map((e) => `${e.id}: ${e.seqScans.join(', ') || 'none'}`).join('; ')
	});
	out.push({
		target: `JavaScript on /scenarios <= ${TARGETS.jsKb} kB gzip`,
		ok: r.bundle.totalGzip <= TARGETS.jsKb * 1000,
		detail: `${n(r.bundle.totalGzip / 1000, 1)} kB gzip in ${r.bundle.files.length} files`
	});
	for (const page of r.lighthouse?.pages ?? []) {
		const scores = page.median.scores;
		const short = Object.entries(TARGETS.lighthouse)
			.filter(([c, min]) => scores[c as keyof typeof scores] < min)
			.map(([c]) => `${c} ${scores[c as keyof typeof scores]}`);
		out.push({
			target: `Lighthouse ${pageLabel(page.path)}: performance >= ${TARGETS.lighthouse.performance}, the rest 100`,
			ok: short.length === 0,
			detail: `performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores['best-practices']}, SEO ${scores.seo}`
		});
	}
	return out;
}

function row(s: ScenarioResult, target: string, baselineLabel?: string) {
	const cells = (l: LoadResult) => [n(l.rps), l.p50, l.p99];
	return [
		s.id,
		s.title,
		s.connections,
		...cells(s.app),
		...(baselineLabel ? [baselineLabel, '', ''] : cells(s.baseline)),
		baselineLabel ? '' : pct(s.ratio),
		target
	];
}

function profileTables(title: string, p: ProfileSummary) {
	return [
		`#### ${title}: ${n(p.busyMs / 1000, 1)} s busy, ${n(p.idleMs / 1000, 1)} s idle`,
		'',
		table(
			['package / part', 'self ms', 'share of busy'],
			p.packages.slice(0, 10).map((x) => [x.name, n(x.ms), `${x.share} %`])
		),
		'',
		table(
			['function', 'where', 'self ms', 'share'],
			p.functions
				.slice(0, 15)
				.map((f) => [`\`${f.name}\``, `\`${f.where}\``, n(f.ms), `${f.share} %`])
		)
	].join('\n');
}

function lighthouseSection(l: LighthouseReport): string[] {
	return [
		'## Lighthouse',
		'',
		`Lighthouse ${l.version}, ${l.preset}, against the production build on a fresh embedded ` +
			`database (PGlite, seeded as \`npm start\` seeds it; signed-in pages as the demo learner). ` +
			`${l.runsPerPage} runs per page; the run with the median performance score is shown, its ` +
			`metrics in ms (CLS unitless). ${l.seconds} s in all.`,
		'',
		table(
			[
				'page',
				'performance (runs)',
				'accessibility',
				'best practices',
				'SEO',
				'FCP',
				'LCP',
				'TBT',
				'CLS',
				'losing points on'
			],
			l.pages.map((p) => {
				const s = p.median.scores;
				const m = p.median.metrics;
				const losing = Object.entries(p.median.failing)
					.filter(([, ids]) => ids.length)
					.map(([c, ids]) => `${c}: ${ids.join(', ')}`)
					.join('; ');
				return [
					`\`${pageLabel(p.path)}\`${p.signedIn ? ' (signed in)' : ''}`,
					`${s.performance} (${p.runs.join(', ')})`,
					s.accessibility,
					s['best-practices'],
					s.seo,
					n(m.fcp),
					n(m.lcp),
					n(m.tbt),
					m.cls,
					losing || 'none'
				];
			})
		)
	];
}

export function renderReport(r: BenchResults, analysis: string | null): string {
	const v = verdicts(r);
	const byId = (id: string) => v.find((x) => x.target.startsWith(`${id}:`));
	const mark = (id: string) => (byId(id) ? yes(byId(id)!.ok) : '');
	const m = r.machine;
	const lines: string[] = [];
	lines.push('# Benchmark report');
	lines.push('');
	lines.push(
		'Generated by `npm run bench` (see "Reproduce" below). Ratios compare the app with a bare ' +
			'`node:http` + postgres.js server replaying the same SQL, measured in the same run on the same ' +
			'machine, alternately (app, baseline, baseline, app; half the time each); absolute numbers ' +
			'on a shared machine drift, ratios much less. The analysis at the end says which target is ' +
			'missed and why.'
	);
	lines.push('');
	lines.push(
		table(
			['date', 'commit', 'CPU', 'nproc', 'memory', 'Node', 'PostgreSQL', 'load avg before → after'],
			[
				[
					r.date.replace('T', ' ').slice(0, 16) + ' UTC',
					`\`${r.commit}\``,
					m.cpu,
					m.nproc,
					`${m.memoryGb} GB`,
					m.node,
					m.postgres,
					`${m.loadBefore} → ${m.loadAfter}`
				]
			]
		)
	);
	lines.push('');
	lines.push(
		`Data: ${n(r.data.scenarios)} scenarios, ${n(r.data.users)} users, ${n(r.data.progress)} progress rows, ` +
			`${n(r.data.attempts)} attempts (\`npm run bench:seed\`, ${
				r.seed
					? `seeded by this run in ${r.seed.seconds} s: ${Object.entries(r.seed.steps)
							.map(([step, s]) => `${step} ${s} s`)
							.join(', ')}`
					: 'seeded before this run'
			}). Load: autocannon over loopback, ` +
			`${r.settings.warmup} s warm-up then ${r.settings.duration} s per server and scenario; ` +
			`${r.settings.connections} connections for reads, ${r.settings.writeConnections} for writes; ` +
			`both servers use a pool of ${r.settings.pool} PostgreSQL connections. Reads run with rate limits off ` +
			`(\`DISABLE_RATE_LIMITS=true\`: the load comes from one address, which the signed-out budget would throttle); ` +
			`writes (5 and 8) run against a second app server in production configuration, every rate limit on, ` +
			`the per-mutation limit counted by the session lookup's own statement. ` +
			`Latencies in ms. Total run ${Math.round(r.totalSeconds / 60)} min.`
	);
	lines.push('');
	lines.push(
		`PostgreSQL settings (server defaults, not tuned for the run): ${m.postgresSettings}.`
	);
	lines.push('');
	lines.push('## Results');
	lines.push('');
	const readRows = r.reads.map((s) =>
		row(
			s,
			s.id === '4'
				? `>= ${pct(TARGETS.pageShare)}: ${mark('4')}`
				: `>= ${pct(TARGETS.readShare)}, p99 <= ${TARGETS.readP99Ratio}x: ${mark(s.id)}`
		)
	);
	const w = r.write;
	const writeRow = row(w, `>= ${pct(TARGETS.writeShare)}, no drift: ${mark('5')}`);
	const ordered = [
		...readRows.filter((x) => Number(x[0]) < 5),
		writeRow,
		...readRows.filter((x) => Number(x[0]) > 5)
	];
	const p = r.practice;
	if (p) {
		ordered.push([
			'8',
			`practice loop on \`${p.scenario}\`: start, ${p.turns} \`progress.respond\`, finish with the automatic evaluation; ` +
				`complete attempts/s, ms per attempt`,
			p.connections,
			`${n(p.app.attemptsPerSecond, 1)} attempts/s`,
			n(p.app.attemptP50),
			n(p.app.attemptP99),
			`${n(p.baseline.attemptsPerSecond, 1)} attempts/s`,
			n(p.baseline.attemptP50),
			n(p.baseline.attemptP99),
			pct(p.ratio),
			`reported: ${mark('8')}`
		]);
	}
	if (r.pglite)
		ordered.push(row(r.pglite, 'reported beside 1', `vs 1 on PostgreSQL: ${pct(r.pglite.ratio)}`));
	ordered.push([
		'7',
		`saves ranking, top 20: scenario_metadata read (app columns) vs seed 004's aggregate over ${n(r.ranking.progressRows)} progress rows (baseline columns), one connection`,
		1,
		`${n(1000 / r.ranking.metadata.meanMs)} q/s`,
		`${r.ranking.metadata.meanMs} ms`,
		'',
		`${n(1000 / r.ranking.aggregate.meanMs, 1)} q/s`,
		`${r.ranking.aggregate.meanMs} ms`,
		'',
		`**${n(r.ranking.speedup)}x** faster`,
		`>= ${TARGETS.rankingSpeedup}x: ${mark('7')}`
	]);
	lines.push(
		table(
			[
				'#',
				'scenario',
				'conn',
				'app req/s',
				'app p50',
				'app p99',
				'baseline req/s',
				'baseline p50',
				'baseline p99',
				'app / baseline',
				'target'
			],
			ordered
		)
	);
	lines.push('');
	lines.push(
		`In 5 each request flips one (user, scenario) pair, so nearly every request changes a row: ` +
			`${n(w.changed.app)} saves/unsaves changed state in the app's runs, ${n(w.changed.baseline)} in the baseline's (alternating like the reads). ` +
			`\`npm run db:verify\` after the app's first half: ${w.verify.app.ok ? 'no drift' : '**drift**'} (${w.verify.app.seconds} s, "${w.verify.app.output.split('\n').at(-1)}"); ` +
			`at the end, after both servers' writes: ${w.verify.final.ok ? 'no drift' : '**drift**'}. ` +
			`Non-2xx answers: app ${w.app.non2xx}, baseline ${w.baseline.non2xx}; read scenarios: ${r.reads.map((s) => `${s.id}: ${s.app.non2xx}`).join(', ')}.`
	);
	if (p) {
		lines.push('');
		lines.push(
			`In 8 each connection plays whole attempts one after another, each as a bench learner no earlier attempt used ` +
				`(${n(p.users)} signed in), so the ${p.turns + 2} calls of an attempt run in order and no attempt is resumed; ` +
				`the baseline replays the statements the app sent for each call, in the same transactions. ` +
				`Calls: app ${n(p.app.requests.rps)} req/s (p50 ${p.app.requests.p50} ms, p99 ${p.app.requests.p99} ms), ` +
				`baseline ${n(p.baseline.requests.rps)} req/s (p50 ${p.baseline.requests.p50} ms, p99 ${p.baseline.requests.p99} ms); ` +
				`${n(p.app.attempts)} attempts completed by the app, ${n(p.baseline.attempts)} by the baseline; ` +
				`non-2xx: app ${p.app.requests.non2xx}, baseline ${p.baseline.requests.non2xx}. ` +
				`\`npm run db:verify\` afterwards: ${p.verify.ok ? 'no drift' : '**drift**'} (${p.verify.seconds} s).`
		);
	}
	lines.push('');
	lines.push(
		`Rows on the first page: ${r.reads.map((s) => `${s.id}: ${s.rows ?? '?'}`).join(', ')}. ` +
			`In 7 the two queries ${r.ranking.sameRanking ? 'return the same 20 counts in the same order' : '**disagree**'} ` +
			`(mean of ${r.ranking.aggregate.iterations} and ${n(r.ranking.metadata.iterations)} runs through postgres.js, ` +
			`round trip included; EXPLAIN ANALYZE execution time, median of 5: aggregate ${r.ranking.aggregate.serverMs} ms, ` +
			`metadata ${r.ranking.metadata.serverMs} ms, ${n(r.ranking.serverSpeedup)}x).`
	);
	if (r.pglite) {
		lines.push('');
		lines.push(
			`PGlite: a separate server on a temporary \`PGLITE_DIR\` seeded by the same generator with ` +
				`${n(r.pglite.sizes.scenarios)} scenarios, ${n(r.pglite.sizes.users)} users and ${n(r.pglite.sizes.progress)} ` +
				`progress rows (seed ${r.pglite.seedSeconds} s), scenario 1's request at ${r.pglite.connections} connections. ` +
				`PGlite is single-threaded wasm inside the app process: every query waits for the one before it.`
		);
	}
	lines.push('');
	lines.push('## Targets');
	lines.push('');
	lines.push(
		table(
			['target', 'result', 'detail'],
			v.map((x) => [x.target, yes(x.ok), x.detail])
		)
	);
	lines.push('');
	lines.push('## Query plans');
	lines.push('');
	lines.push(
		'`EXPLAIN (ANALYZE, BUFFERS)` of the exact statements the app sends (recorded from its Drizzle ' +
			'queries with a logger, parameters bound), after one warm-up execution:'
	);
	lines.push('');
	lines.push(
		table(
			['plan', 'file', 'seq scan of scenarios / progress', 'execution ms (per statement)'],
			r.explain.map((e) => [
				e.title,
				`[${e.file}](${e.file})`,
				e.seqScans.join(', ') || 'none',
				e.executionMs.join(', ')
			])
		)
	);
	lines.push('');
	lines.push('## JavaScript shipped to `/scenarios`');
	lines.push('');
	lines.push(
		`Every module the server-rendered page preloads or imports (the client entry, the root layout's ` +
			`and the page's nodes and their chunks), sized as the precompressed \`.gz\` files the server sends ("holds": recognised from the build manifest and library markers): ` +
			`**${n(r.bundle.totalGzip / 1000, 1)} kB gzip** (${n(r.bundle.totalBytes / 1000, 1)} kB raw) in ${r.bundle.files.length} files. Largest:`
	);
	lines.push('');
	lines.push(
		table(
			['file', 'holds', 'raw kB', 'gzip kB'],
			r.bundle.files
				.slice(0, 10)
				.map((f) => [`\`${f.path}\``, f.contains || '', n(f.bytes / 1000, 1), n(f.gzip / 1000, 1)])
		)
	);
	if (r.lighthouse) lines.push('', ...lighthouseSection(r.lighthouse));
	if (r.profile) {
		lines.push('');
		lines.push('## Where the app spends its time');
		lines.push('');
		lines.push(
			`\`node --cpu-prof\` of the app server, one process per scenario, in runs after the measured ` +
				`ones (${r.settings.warmup} s warm-up, ${r.settings.duration} s profiled; 5 without warm-up). ` +
				'Self time by package and the top functions. "app bundle" is the built server: the SvelteKit ' +
				'runtime, Svelte SSR and our code are bundled into `build/server`; the runtime dependencies ' +
				'(tRPC, Drizzle, postgres.js, zod, superjson) stay in `node_modules` and show by name.'
		);
		lines.push('');
		lines.push(profileTables('1: scenario.list', r.profile.read));
		lines.push('');
		lines.push(profileTables('4: /scenarios page', r.profile.page));
		lines.push('');
		lines.push(profileTables('6: GET /api/external/scenarios', r.profile.external));
		lines.push('');
		lines.push(profileTables('5: progress.save', r.profile.write));
		if (r.profile.practice) {
			lines.push('');
			lines.push(profileTables('8: the practice loop', r.profile.practice));
		}
	}
	if (analysis) {
		lines.push('');
		lines.push(analysis.trim());
	}
	lines.push('');
	lines.push('## Reproduce');
	lines.push('');
	lines.push(
		'```sh\nnpm run bench            # seeds sh_bench first when it is empty, then runs everything (~10-15 min)\n' +
			'npm run bench:seed -- --scenarios 100000 --users 20000 --progress 1000000 --reset   # reseed only\n```'
	);
	lines.push('');
	lines.push(
		`Database: \`${r.settings.database}\`. Raw numbers: [results.json](results.json); the SQL each request ` +
			'runs and the server logs are left in `bench/tmp/` (not committed).'
	);
	return lines.join('\n') + '\n';
}

export async function writeReport(results: BenchResults, file: string) {
	const analysisFile = join(dirname(file), 'ANALYSIS.md');
	const analysis = existsSync(analysisFile) ? readFileSync(analysisFile, 'utf8') : null;
	const config = (await resolveConfig(file)) ?? {};
	const text = await format(renderReport(results, analysis), { ...config, parser: 'markdown' });
	writeFileSync(file, text);
}
