import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import postgres from 'postgres';
import { migrationsFolder, queryRows, type Database } from './client';

// An arbitrary constant: every app process that migrates takes this advisory lock first, so
// two servers starting together never apply the same migration twice.
const MIGRATION_LOCK_ID = 7_310_214_512;

export async function runMigrations(database: Database, url?: string): Promise<void> {
	const folder = migrationsFolder();
	if (database.kind === 'pglite') {
		await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
		return;
	}
	if (!url) throw new Error('runMigrations: a PostgreSQL database needs its URL');
	// A dedicated single connection: the advisory lock belongs to a session.
	const client = postgres(url, { max: 1, onnotice: () => {} });
	try {
		await client`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
		await migratePostgres(drizzlePostgres(client), { migrationsFolder: folder });
	} finally {
		await client`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`.catch(() => {});
		await client.end({ timeout: 2 });
	}
}

/** Migrations applied to this database and migrations committed in the repository. */
export async function migrationStatus(database: Database) {
	const journal = JSON.parse(
		readFileSync(resolve(migrationsFolder(), 'meta/_journal.json'), 'utf8')
	) as { entries: unknown[] };
	let applied = 0;
	try {
		const rows = await queryRows<{ n: number }>(
			database.db,
			sql`select count(*)::int as n from drizzle.__drizzle_migrations`
		);
		applied = Number(rows[0]?.n ?? 0);
	} catch {
		applied = 0;
	}
	return { applied, available: journal.entries.length };
}
