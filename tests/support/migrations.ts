import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import {
	migrationsFolder,
	openDatabase,
	queryRows,
	sqlBoolean,
	type DbKind,
	type Executor
} from '../../src/lib/server/db/client';
import { createPostgresDatabase, type TestDatabase } from './db';

// Upgrading a database of an older release: the migrations of that release in a folder of their
// own, a database they alone built, and snapshots of its schema and rows to compare after the
// current migrations ran on it.

export interface JournalEntry {
	idx: number;
	version: string;
	when: number;
	tag: string;
	breakpoints: boolean;
}

export interface Journal {
	version: string;
	dialect: string;
	entries: JournalEntry[];
}

export function readJournal(folder: string): Journal {
	return JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8')) as Journal;
}

export interface ReleaseMigrations {
	/** a temporary migrations folder holding only the release's migrations */
	folder: string;
	/** the release's journal entries, oldest first */
	shipped: JournalEntry[];
	/** the entries of `source` after the release, oldest first */
	newer: JournalEntry[];
	remove(): void;
}

/**
 * Copies the migrations up to and including `lastTag` from `source` into a folder in the system's
 * temporary directory. Drizzle's migrator reads only `meta/_journal.json` and one `<tag>.sql` per
 * journal entry (it hashes the file and records the entry's `when`), so those are copied byte for
 * byte and the journal keeps the entries unchanged: the migrator, run later on the real folder,
 * then sees these migrations as applied (it skips every entry whose `when` is not newer than the
 * last one recorded) and applies only the newer ones.
 */
export function releaseMigrations(lastTag: string, source = migrationsFolder()): ReleaseMigrations {
	const journal = readJournal(source);
	const last = journal.entries.findIndex((entry) => entry.tag === lastTag);
	if (last < 0) {
		throw new Error(`releaseMigrations: ${lastTag} is not in ${source}/meta/_journal.json`);
	}
	const shipped = journal.entries.slice(0, last + 1);
	const folder = mkdtempSync(join(tmpdir(), 'sh-release-migrations-'));
	mkdirSync(join(folder, 'meta'));
	for (const entry of shipped) {
		copyFileSync(join(source, `${entry.tag}.sql`), join(folder, `${entry.tag}.sql`));
	}
	writeFileSync(
		join(folder, 'meta/_journal.json'),
		JSON.stringify({ ...journal, entries: shipped }, null, 2)
	);
	return {
		folder,
		shipped,
		newer: journal.entries.slice(last + 1),
		remove: () => rmSync(folder, { recursive: true, force: true })
	};
}

/**
 * An empty, unmigrated database of the given engine: an in-memory PGlite, or a PostgreSQL
 * database with a random name on TEST_DATABASE_URL's server, dropped by destroy() (as
 * createTestDatabase in ./db, without its migrations).
 */
export async function createEmptyTestDatabase(kind: DbKind): Promise<TestDatabase> {
	if (kind === 'pglite') {
		const database = openDatabase({ pgliteDir: 'memory://' });
		return { ...database, destroy: () => database.close() };
	}
	const pg = await createPostgresDatabase();
	const database = openDatabase({ url: pg.url, poolMax: 5 });
	return {
		...database,
		url: pg.url,
		async destroy() {
			await database.close();
			await pg.drop();
		}
	};
}

/** Applies the migrations of `folder` with drizzle's migrator, as runMigrations does. */
export async function migrateFrom(database: TestDatabase, folder: string): Promise<void> {
	if (database.kind === 'pglite') {
		await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
	} else {
		await migratePostgres(database.db as unknown as PostgresJsDatabase, {
			migrationsFolder: folder
		});
	}
}

/** The migrations drizzle recorded as applied, oldest first. */
export async function appliedMigrations(db: Executor) {
	const rows = await queryRows<{ hash: string; created_at: string | number }>(
		db,
		sql`select hash, created_at from drizzle.__drizzle_migrations order by created_at, id`
	);
	return rows.map((row) => ({ hash: row.hash, when: Number(row.created_at) }));
}

/** What drizzle records for each migration of `folder`: its file's hash and its journal `when`. */
export function folderMigrations(folder: string) {
	return readMigrationFiles({ migrationsFolder: folder }).map((m) => ({
		hash: m.hash,
		when: m.folderMillis
	}));
}

export interface ColumnShape {
	/** the full type, as PostgreSQL prints it (`text[]`, `timestamp with time zone`, an enum) */
	type: string;
	notNull: boolean;
	/** a generated (computed) column */
	generated: boolean;
}

/** Table name -> column name -> shape, for every table of schema public. */
export type SchemaSnapshot = Record<string, Record<string, ColumnShape>>;

/**
 * Every table of schema public with its columns. Read from pg_catalog rather than
 * information_schema.columns: format_type gives a column's complete type in one string
 * (information_schema splits it over data_type, udt_name and length fields, and says only
 * 'ARRAY' or 'USER-DEFINED' for arrays and enums).
 */
export async function snapshotSchema(db: Executor): Promise<SchemaSnapshot> {
	const rows = await queryRows<{
		table_name: string;
		column_name: string;
		type: string;
		not_null: unknown;
		generated: unknown;
	}>(
		db,
		sql`select c.relname as table_name, a.attname as column_name,
				format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null,
				a.attgenerated <> '' as generated
			from pg_catalog.pg_attribute a
			join pg_catalog.pg_class c on c.oid = a.attrelid
			join pg_catalog.pg_namespace n on n.oid = c.relnamespace
			where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0
				and not a.attisdropped
			order by c.relname, a.attnum`
	);
	const snapshot: SchemaSnapshot = {};
	for (const row of rows) {
		snapshot[row.table_name] ??= {};
		snapshot[row.table_name][row.column_name] = {
			type: row.type,
			notNull: sqlBoolean(row.not_null),
			generated: sqlBoolean(row.generated)
		};
	}
	return snapshot;
}

/** Table name -> its rows, each a column name -> value object (values as row_to_json gives them). */
export type RowsSnapshot = Record<string, Record<string, unknown>[]>;

function quote(name: string): string {
	return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The rows of every table of `schema`, over the columns `schema` lists for it (a table or column
 * missing from the database now is left out: schemaLosses reports it). Generated columns are left
 * out too: they hold no data of their own, only a value computed from the stored columns.
 */
export async function snapshotRows(db: Executor, schema: SchemaSnapshot): Promise<RowsSnapshot> {
	const present = await snapshotSchema(db);
	const snapshot: RowsSnapshot = {};
	for (const [table, columns] of Object.entries(schema)) {
		if (!present[table]) continue;
		const names = Object.entries(columns)
			.filter(([name, shape]) => !shape.generated && present[table][name])
			.map(([name]) => quote(name));
		if (names.length === 0) continue;
		const rows = await queryRows<{ row: string }>(
			db,
			sql.raw(
				`select row_to_json(x)::text as row from (select ${names.join(', ')} from public.${quote(table)}) x order by 1`
			)
		);
		snapshot[table] = rows.map((r) => JSON.parse(r.row) as Record<string, unknown>);
	}
	return snapshot;
}

/**
 * What the database lost against `before`: every table and column must still exist, with the
 * same type. A column may stay NOT NULL or become nullable; one that became NOT NULL keeps
 * every value it had or the row comparison (rowLosses) names it.
 */
export function schemaLosses(before: SchemaSnapshot, after: SchemaSnapshot): string[] {
	const losses: string[] = [];
	for (const [table, columns] of Object.entries(before)) {
		const now = after[table];
		if (!now) {
			losses.push(`table ${table} was dropped or renamed`);
			continue;
		}
		for (const [column, shape] of Object.entries(columns)) {
			const current = now[column];
			if (!current) losses.push(`column ${table}.${column} was dropped or renamed`);
			else if (current.type !== shape.type) {
				losses.push(`column ${table}.${column} changed type from ${shape.type} to ${current.type}`);
			}
		}
	}
	return losses;
}

/** Row counts per table. */
export function rowCounts(rows: RowsSnapshot): Record<string, number> {
	return Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length]));
}

/** A row's values over `columns` (sorted) as JSON text, so equal values give equal text. */
function rowText(row: Record<string, unknown>, columns: string[]): string {
	return JSON.stringify(Object.fromEntries(columns.map((c) => [c, row[c] ?? null])));
}

/** The columns whose values differ between two rows of the same table. */
function changedColumns(a: Record<string, unknown>, b: Record<string, unknown>, columns: string[]) {
	return columns.filter((c) => JSON.stringify(a[c] ?? null) !== JSON.stringify(b[c] ?? null));
}

/**
 * Per table, the rows of `before` that `after` has not with the same values, and the rows
 * `after` has that `before` had not, compared over the old columns that still exist (a column
 * or table that is gone is schemaLosses' to report). A lost row is paired with the new row
 * closest to it, to name the columns that changed.
 */
export function rowLosses(
	before: RowsSnapshot,
	after: RowsSnapshot,
	schemaAfter: SchemaSnapshot
): string[] {
	const losses: string[] = [];
	for (const [table, rows] of Object.entries(before)) {
		const present = schemaAfter[table];
		if (!present) continue;
		const columns = Object.keys(rows[0] ?? {})
			.filter((c) => present[c])
			.sort();
		const unmatched = new Map<string, Record<string, unknown>[]>();
		for (const row of after[table] ?? []) {
			const text = rowText(row, columns);
			unmatched.set(text, [...(unmatched.get(text) ?? []), row]);
		}
		const missing: Record<string, unknown>[] = [];
		for (const row of rows) {
			const same = unmatched.get(rowText(row, columns));
			if (same?.length) same.pop();
			else missing.push(row);
		}
		const added = [...unmatched.values()].flat();
		if (missing.length === 0 && added.length === 0) continue;
		const details = missing.map((row) => {
			const closest = added
				.map((other) => ({ other, changed: changedColumns(row, other, columns) }))
				.sort((a, b) => a.changed.length - b.changed.length)[0];
			const text = `\n  before: ${rowText(row, columns)}`;
			if (!closest || closest.changed.length > columns.length / 2) return `${text} (gone)`;
			return (
				`${text}\n  after:  ${rowText(closest.other, columns)}` +
				`\n  changed column(s): ${closest.changed.map((c) => `${table}.${c}`).join(', ')}`
			);
		});
		losses.push(
			`table ${table}: ${missing.length} old row(s) lost or changed, ${added.length} row(s) new or changed` +
				details.join('')
		);
	}
	return losses;
}
