// npm run bench [-- --duration 12 --warmup 3 --no-pglite --no-profile --pool 10 --reseed]
//                 [--lighthouse-runs 3 (0: none)]
//                 [--report-only]
// Seeds the benchmark database when it is empty (DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/sh_bench), builds, starts the app and a bare baseline, drives
// both with autocannon and writes bench/REPORT.md and bench/results.json.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase } from '../src/lib/server/db/client';
import { runMigrations } from '../src/lib/server/db/migrate';
import { benchDatabaseUrl, ensureDatabase, redactUrl } from '../bench/database';
import { prepareBenchDatabase, summarize } from '../bench/prepare';
import { writeReport } from '../bench/report';
import { runBench } from '../bench/run';
import { projectRoot } from './build-if-stale.js';
import { DEFAULT_SIZES, type BenchSizes } from '../bench/seed';
import { parseCli } from './lib';

const number = { type: 'string' } as const;
const flag = { type: 'boolean', default: false } as const;
const { values } = parseCli(
	'npm run bench [-- --duration S --warmup S --connections N --write-connections N ' +
		'--write-users N --hot N --pool N --scenarios N --users N --progress N ' +
		'--pglite-scenarios N --lighthouse-runs N --no-pglite --no-profile --reseed --report-only]',
	{
		duration: number,
		warmup: number,
		connections: number,
		'write-connections': number,
		'write-users': number,
		hot: number,
		pool: number,
		scenarios: number,
		users: number,
		progress: number,
		'pglite-scenarios': number,
		'lighthouse-runs': number,
		'no-pglite': flag,
		'no-profile': flag,
		reseed: flag,
		'report-only': flag
	}
);

type NumberOption = {
	[K in keyof typeof values]-?: (typeof values)[K] extends string | undefined ? K : never;
}[keyof typeof values];

function numberOption(name: NumberOption, fallback: number, min = 1): number {
	const raw = values[name];
	if (raw === undefined) return fallback;
	const value = Number(raw.replaceAll('_', ''));
	if (!Number.isFinite(value) || value < min) {
		console.error(`--${name} must be a number of at least ${min}, got "${raw}"`);
		process.exit(2);
	}
	return value;
}

const sizes: BenchSizes = {
	scenarios: numberOption('scenarios', DEFAULT_SIZES.scenarios, 10),
	users: numberOption('users', DEFAULT_SIZES.users, 10),
	progress: numberOption('progress', DEFAULT_SIZES.progress, 10)
};
const pgliteScenarios = numberOption('pglite-scenarios', 10_000, 10);
const url = benchDatabaseUrl();
const log = (message: string) => console.log(`[bench] ${message}`);
const started = performance.now();

if (values['report-only']) {
	// Re-render bench/REPORT.md from bench/results.json, e.g. after editing bench/ANALYSIS.md.
	const file = resolve(projectRoot, 'bench/results.json');
	await writeReport(
		JSON.parse(readFileSync(file, 'utf8')),
		resolve(projectRoot, 'bench/REPORT.md')
	);
	log('bench/REPORT.md re-rendered from bench/results.json');
	process.exit(0);
}

try {
	await ensureDatabase(url);
	const database = openDatabase({ url, poolMax: 1 });
	let summary;
	let seed: { seconds: number; steps: Record<string, number> } | null = null;
	try {
		// A database seeded by an older checkout gets the newer migrations (e.g. indexes) first.
		await runMigrations(database, url);
		summary = await summarize(database).catch(() => null);
	} finally {
		await database.close();
	}
	if (values.reseed || !summary || summary.benchUsers === 0) {
		const foreign = (summary?.users ?? 0) > (summary?.benchUsers ?? 0);
		if (foreign && !new URL(url).pathname.includes('bench')) {
			throw new Error(
				`${redactUrl(url)} holds users that no bench seed made: point DATABASE_URL at an empty ` +
					'database (or one whose name contains "bench", which the bench may drop and recreate)'
			);
		}
		log(`seeding ${redactUrl(url)} with ${JSON.stringify(sizes)} (npm run bench:seed)`);
		const seeded = await prepareBenchDatabase({
			url,
			sizes,
			reset: (summary?.users ?? 0) > 0,
			log: (m) => log(m)
		});
		log(`seeded in ${seeded.totalSeconds} s`);
		seed = { seconds: seeded.totalSeconds, steps: seeded.seconds };
	} else {
		log(
			`using ${redactUrl(url)}: ${summary.scenarios} scenarios, ${summary.progress} progress rows (--reseed to start over)`
		);
	}
	const results = await runBench({
		url,
		duration: numberOption('duration', 12),
		warmup: numberOption('warmup', 3),
		connections: numberOption('connections', 20),
		writeConnections: numberOption('write-connections', 32),
		writeUsers: numberOption('write-users', 1000),
		hotScenarios: numberOption('hot', 10),
		pool: numberOption('pool', 10),
		profile: !values['no-profile'],
		lighthouseRuns: numberOption('lighthouse-runs', 3, 0),
		seed,
		pglite: values['no-pglite']
			? null
			: {
					scenarios: pgliteScenarios,
					users: Math.max(10, Math.round((pgliteScenarios * sizes.users) / sizes.scenarios)),
					progress: Math.max(10, Math.round((pgliteScenarios * sizes.progress) / sizes.scenarios))
				},
		log
	});
	log(
		`done in ${Math.round((performance.now() - started) / 1000)} s: bench/REPORT.md, bench/results.json`
	);
	for (const s of [...results.reads, results.write]) {
		log(
			`${s.id}: ${s.app.rps} req/s p99 ${s.app.p99} ms, ${Math.round(s.ratio * 100)} % of baseline`
		);
	}
	process.exit(0);
} catch (error) {
	console.error(
		`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
	);
	process.exit(1);
}
