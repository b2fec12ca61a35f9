import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import postgres from 'postgres';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Db | Tx;
export type DbKind = 'pglite' | 'postgres';

export interface Database {
	db: Db;
	kind: DbKind;
	/** postgres.js client when kind is 'postgres' (benchmarks and raw SQL) */
	sql?: postgres.Sql;
	pglite?: PGlite;
	close(): Promise<void>;
}

export interface DatabaseConfig {
	url?: string;
	pgliteDir?: string;
	poolMax?: number;
}

/** Opens PGlite (a directory, or in memory with 'memory://') or PostgreSQL (a URL). */
export function openDatabase(config: DatabaseConfig): Database {
	if (config.url) {
		const sql = postgres(config.url, {
			max: config.poolMax ?? 10,
			onnotice: () => {},
			// While the database is down every query must fail within 5 s (a 503), and the
			// pool must reconnect within a second of it coming back. postgres.js waits up to
			// 20 s between reconnect attempts by default (3^n / 100 s), and holds queries meanwhile.
			connect_timeout: 3,
			backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
			idle_timeout: 60,
			// A dead server must fail requests quickly, not hang them.
			connection: { statement_timeout: 15_000, idle_in_transaction_session_timeout: 30_000 }
		});
		const db = drizzlePostgres(sql, { schema }) as unknown as Db;
		return { db, kind: 'postgres', sql, close: () => sql.end({ timeout: 2 }) };
	}
	const dir = config.pgliteDir ?? './data/pglite';
	if (!dir.startsWith('memory://')) mkdirSync(resolve(dir), { recursive: true });
	const pglite = new PGlite(dir.startsWith('memory://') ? undefined : resolve(dir));
	const db = drizzlePglite(pglite, { schema }) as unknown as Db;
	return { db, kind: 'pglite', pglite, close: () => pglite.close() };
}

/** Rows of a raw query on either driver (PGlite returns { rows }, postgres.js an array). */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
	const result = (await executor.execute(query)) as unknown;
	if (Array.isArray(result)) return result as T[];
	return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/**
 * A boolean column of a raw query: a boolean on either driver, or PostgreSQL's text form 't' /
 * 'f' where a value reaches us untyped.
 */
export function sqlBoolean(value: unknown): boolean {
	return value === true || value === 't';
}

/**
 * The committed migrations folder. Found by walking up from this module (source tree or the
 * production build), so `npm start` works from any working directory.
 */
export function migrationsFolder(): string {
	const fromEnv = process.env.MIGRATIONS_DIR;
	if (fromEnv) return resolve(fromEnv);
	let dir = dirname(fileURLToPath(import.meta.url));
	for (let i = 0; i < 8; i++) {
		const candidate = resolve(dir, 'drizzle');
		if (existsSync(resolve(candidate, 'meta/_journal.json'))) return candidate;
		dir = dirname(dir);
	}
	return resolve(process.cwd(), 'drizzle');
}
