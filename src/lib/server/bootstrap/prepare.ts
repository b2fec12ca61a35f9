import { sql } from 'drizzle-orm';
import { env } from '../env';
import { queryRows, type Database } from '../db/client';
import { runMigrations } from '../db/migrate';
import { loadSeedContent } from './load-content';
import { syncRubrics } from './rubrics';
import { reconcileFeatureFlags, seedDatabase, syncSkillPools } from './seed';

/**
 * Brings a database to a usable state: applies pending migrations, then seeds it when it has
 * never been seeded (no skills yet) or else brings its feature flags up to date. Demo content
 * goes only into the embedded database unless SEED_DEMO says otherwise.
 */
export async function prepareDatabase(
	database: Database,
	options: { url?: string; seedDemo?: 'true' | 'false' | 'auto'; log?: (m: string) => void } = {}
) {
	const log = options.log ?? ((m: string) => console.log(`[db] ${m}`));
	await runMigrations(database, options.url);
	const demoSetting = options.seedDemo ?? 'auto';
	const demo = demoSetting === 'auto' ? database.kind === 'pglite' : demoSetting === 'true';
	// One transaction under an advisory lock: two servers starting on an empty database seed once.
	return database.db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(7310214513)`);
		const [{ n }] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from skills`);
		if (Number(n) > 0) {
			// Every later start: flag descriptions and retired flags follow the release (idempotent;
			// the first-run seed below does the same as part of seeding).
			const flags = await reconcileFeatureFlags(tx);
			await syncSkillPools(tx);
			await syncRubrics(tx, loadSeedContent().rubrics);
			if (flags.retired.length) log(`feature flags retired: ${flags.retired.join(', ')}`);
			return { seeded: false };
		}
		log(`first run: seeding${demo ? ' with demo content' : ''}`);
		await seedDatabase(tx, { demo, log });
		return { seeded: true };
	});
}

let ready: Promise<unknown> | undefined;

/** Once per process: migrate and first-run seed the app database. */
export function ensureAppDatabaseReady(database: Database) {
	const config = env();
	if (config.AUTO_MIGRATE === 'false') return Promise.resolve();
	ready ??= prepareDatabase(database, { url: config.DATABASE_URL, seedDemo: config.SEED_DEMO });
	return ready;
}
