import { sql } from 'drizzle-orm';
import { hashPassword } from '../src/lib/server/auth/password';
import { openDatabase, queryRows, type Database } from '../src/lib/server/db/client';
import { runMigrations } from '../src/lib/server/db/migrate';
import { seedDatabase } from '../src/lib/server/bootstrap/seed';
import { ensureDatabase, recreateDatabase } from './database';
import { BENCH_EMAIL_DOMAIN, BENCH_PASSWORD, seedBench, type BenchSizes } from './seed';

export interface PrepareOptions {
	/** PostgreSQL URL; or pgliteDir for the embedded engine */
	url?: string;
	pgliteDir?: string;
	sizes: BenchSizes;
	/** drop and recreate the PostgreSQL database first */
	reset?: boolean;
	log?: (message: string) => void;
}

export interface BenchDataSummary {
	scenarios: number;
	users: number;
	progress: number;
	attempts: number;
	benchUsers: number;
}

export async function summarize(database: Database): Promise<BenchDataSummary> {
	const [row] = await queryRows<Record<keyof BenchDataSummary, number>>(
		database.db,
		sql`select (select count(*) from scenarios)::int as scenarios,
			(select count(*) from users)::int as users,
			(select count(*) from user_scenario_progress)::int as progress,
			(select count(*) from scenario_attempts)::int as attempts,
			(select count(*) from users where email like ${'%@' + BENCH_EMAIL_DOMAIN})::int as "benchUsers"`
	);
	return {
		scenarios: Number(row.scenarios),
		users: Number(row.users),
		progress: Number(row.progress),
		attempts: Number(row.attempts),
		benchUsers: Number(row.benchUsers)
	};
}

/**
 * Migrations, the taxonomy and built-ins, then the bench rows, counters and fresh statistics.
 * Refuses a database that already holds users (bench or real) unless asked to reset it.
 */
export async function prepareBenchDatabase(options: PrepareOptions) {
	const log = options.log ?? ((m: string) => console.log(m));
	const started = performance.now();
	if (options.url) {
		if (options.reset) {
			log('recreating the database');
			await recreateDatabase(options.url);
		} else if (await ensureDatabase(options.url)) {
			log('created the database');
		}
	}
	// One connection: setseed and the session settings below hold for every statement.
	const database = openDatabase(
		options.url ? { url: options.url, poolMax: 1 } : { pgliteDir: options.pgliteDir }
	);
	try {
		await runMigrations(database, options.url);
		const before = await summarize(database);
		if (before.users > 0) {
			throw new Error(
				`the database already has ${before.users} users (${before.benchUsers} from a bench seed): ` +
					'seed an empty database, or pass --reset to drop and recreate it'
			);
		}
		if (database.kind === 'postgres') {
			await database.db.execute(sql`set synchronous_commit = off`);
			await database.db.execute(sql`set work_mem = '64MB'`);
			await database.db.execute(sql`set maintenance_work_mem = '256MB'`);
			// The staging tables are temporary: keep them in memory rather than in 8 MB of buffers.
			await database.db.execute(sql`set temp_buffers = '512MB'`);
			// The connection's statement_timeout (15 s) guards the app, not a bulk load.
			await database.db.execute(sql`set statement_timeout = 0`);
		}
		await database.db.transaction((tx) => seedDatabase(tx, { demo: false }));
		const passwordHash = await hashPassword(BENCH_PASSWORD);
		const report = await seedBench(database.db, options.sizes, {
			passwordHash,
			log: (m) => log(`  ${m}`)
		});
		const analyzeStarted = performance.now();
		await database.db.execute(sql`vacuum analyze`);
		report.seconds['vacuum analyze'] = Math.round((performance.now() - analyzeStarted) / 100) / 10;
		log(`  vacuum analyze: ${report.seconds['vacuum analyze']} s`);
		const seconds = Math.round((performance.now() - started) / 100) / 10;
		return { ...report, totalSeconds: seconds };
	} finally {
		await database.close();
	}
}
