// Logical backups that work the same on PGlite and PostgreSQL: one JSON line per row, tables in
// foreign-key order, generated columns left out (the database recomputes them). Values are
// PostgreSQL's own JSON rendering (row_to_json) and go back through json_populate_recordset, so
// no value passes through a JavaScript number: bigints, floats, timestamps and jsonb round-trip
// exactly.
//
// File layout (JSON lines):
//   {"format":"scenario-hub-backup","version":1,"engine":...,"migrations":{...},"tables":[...]}
//   {"@table":"users","columns":[...],"rows":N}
//   {...row...}                                  N lines, in primary-key order
//   ... the next table ...
//   {"@end":true,"tables":T,"rows":R}
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, sqlBoolean, type Database, type Executor } from '../db/client';

export const BACKUP_FORMAT = 'scenario-hub-backup';
export const BACKUP_VERSION = 1;
const BATCH_ROWS = 1000;

export interface TableInfo {
	name: string;
	/** columns written and restored: every column except generated ones */
	columns: string[];
	primaryKey: string[];
	/** columns fed by a sequence (serial, bigserial, identity) */
	sequenced: string[];
}

export interface MigrationMark {
	applied: number;
	last: string | null;
}

export interface BackupHeader {
	format: typeof BACKUP_FORMAT;
	version: number;
	createdAt: string;
	engine: Database['kind'];
	migrations: MigrationMark;
	tables: { name: string; rows: number }[];
}

export class BackupError extends Error {
	override name = 'BackupError';
}

/** The app's tables (schema public), parents before children. */
export async function appTables(db: Executor): Promise<TableInfo[]> {
	const tables = await queryRows<{ name: string }>(
		db,
		sql`select table_name as name from information_schema.tables
			where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`
	);
	const columns = await queryRows<{
		table_name: string;
		column_name: string;
		is_generated: string;
		column_default: string | null;
		is_identity: string;
	}>(
		db,
		sql`select table_name, column_name, is_generated, column_default, is_identity
			from information_schema.columns where table_schema = 'public'
			order by table_name, ordinal_position`
	);
	const keys = await queryRows<{ table_name: string; column_name: string }>(
		db,
		sql`select c.relname as table_name, a.attname as column_name
			from pg_index i
			join pg_class c on c.oid = i.indrelid
			join pg_namespace n on n.oid = c.relnamespace
			cross join lateral unnest(i.indkey) with ordinality as k(attnum, position)
			join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
			where i.indisprimary and n.nspname = 'public'
			order by c.relname, k.position`
	);
	const edges = await queryRows<{ child: string; parent: string }>(
		db,
		sql`select child.relname as child, parent.relname as parent
			from pg_constraint f
			join pg_class child on child.oid = f.conrelid
			join pg_class parent on parent.oid = f.confrelid
			join pg_namespace n on n.oid = child.relnamespace
			where f.contype = 'f' and n.nspname = 'public'`
	);

	const info = new Map<string, TableInfo>(
		tables.map((t) => [t.name, { name: t.name, columns: [], primaryKey: [], sequenced: [] }])
	);
	for (const c of columns) {
		const table = info.get(c.table_name);
		if (!table || c.is_generated !== 'NEVER') continue;
		table.columns.push(c.column_name);
		if (c.is_identity === 'YES' || c.column_default?.startsWith('nextval(')) {
			table.sequenced.push(c.column_name);
		}
	}
	for (const k of keys) info.get(k.table_name)?.primaryKey.push(k.column_name);

	// Depth-first topological order over the foreign keys (self-references do not constrain it).
	const parents = new Map<string, Set<string>>();
	for (const e of edges) {
		if (e.child === e.parent) continue;
		if (!parents.has(e.child)) parents.set(e.child, new Set());
		parents.get(e.child)!.add(e.parent);
	}
	const ordered: TableInfo[] = [];
	const state = new Map<string, 'visiting' | 'done'>();
	const visit = (name: string) => {
		if (state.get(name) === 'done') return;
		if (state.get(name) === 'visiting') {
			throw new BackupError(`foreign keys form a cycle through ${name}`);
		}
		state.set(name, 'visiting');
		for (const parent of parents.get(name) ?? []) if (info.has(parent)) visit(parent);
		state.set(name, 'done');
		ordered.push(info.get(name)!);
	};
	for (const name of info.keys()) visit(name);
	return ordered;
}

export async function migrationMark(db: Executor): Promise<MigrationMark> {
	try {
		const rows = await queryRows<{ n: number; last: string | null }>(
			db,
			sql`select count(*)::int as n,
				(select hash from drizzle.__drizzle_migrations order by created_at desc, id desc limit 1) as last
				from drizzle.__drizzle_migrations`
		);
		return { applied: Number(rows[0]?.n ?? 0), last: rows[0]?.last ?? null };
	} catch {
		return { applied: 0, last: null };
	}
}

const ident = (name: string) => sql.identifier(name);
const columnList = (columns: string[]) =>
	sql.join(
		columns.map((c) => ident(c)),
		sql`, `
	);

function orderBy(table: TableInfo): SQL {
	return table.primaryKey.length ? columnList(table.primaryKey) : sql.raw('ctid');
}

/** Writes a consistent snapshot of the whole database to `file`. */
export async function backupDatabase(database: Database, file: string) {
	const out = createWriteStream(file, { encoding: 'utf8' });
	const write = async (line: string) => {
		if (!out.write(`${line}\n`)) await once(out, 'drain');
	};
	const summary = await database.db.transaction(
		async (tx) => {
			const tables = await appTables(tx);
			const counts = new Map<string, number>();
			for (const table of tables) {
				const [row] = await queryRows<{ n: number }>(
					tx,
					sql`select count(*)::int as n from ${ident(table.name)}`
				);
				counts.set(table.name, Number(row.n));
			}
			const header: BackupHeader = {
				format: BACKUP_FORMAT,
				version: BACKUP_VERSION,
				createdAt: new Date().toISOString(),
				engine: database.kind,
				migrations: await migrationMark(tx),
				tables: tables.map((t) => ({ name: t.name, rows: counts.get(t.name)! }))
			};
			await write(JSON.stringify(header));
			let total = 0;
			for (const table of tables) {
				const rows = counts.get(table.name)!;
				await write(JSON.stringify({ '@table': table.name, columns: table.columns, rows }));
				for (let offset = 0; offset < rows; offset += BATCH_ROWS) {
					const batch = await queryRows<{ line: string }>(
						tx,
						sql`select row_to_json(t)::text as line
							from (select ${columnList(table.columns)} from ${ident(table.name)}
								order by ${orderBy(table)} limit ${BATCH_ROWS} offset ${offset}) t`
					);
					for (const { line } of batch) await write(line);
					total += batch.length;
				}
			}
			await write(JSON.stringify({ '@end': true, tables: tables.length, rows: total }));
			return { tables: header.tables, rows: total };
		},
		{ isolationLevel: 'repeatable read', accessMode: 'read only' }
	);
	out.end();
	await once(out, 'finish');
	return summary;
}

interface Section {
	name: string;
	columns: string[];
	rows: number;
	lines: string[];
	written: number;
}

async function insertLines(tx: Executor, section: Section) {
	if (!section.lines.length) return;
	const json = `[${section.lines.join(',')}]`;
	await tx.execute(
		sql`insert into ${ident(section.name)} (${columnList(section.columns)}) overriding system value
			select ${columnList(section.columns)}
			from json_populate_recordset(null::${ident(section.name)}, ${json}::json)`
	);
	section.written += section.lines.length;
	section.lines = [];
}

/**
 * Restores `file` into `database`, which must be migrated to the same migration as the backup.
 * All or nothing: one transaction. Refuses a database that already has rows unless `replace`.
 */
export async function restoreDatabase(
	database: Database,
	file: string,
	options: { replace?: boolean } = {}
) {
	const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }) });
	const iterator = lines[Symbol.asyncIterator]();
	const first = await iterator.next();
	let header: BackupHeader;
	try {
		header = JSON.parse(first.value ?? '') as BackupHeader;
	} catch {
		throw new BackupError(`${file} is not a Scenario Hub backup (no header line)`);
	}
	if (header.format !== BACKUP_FORMAT) {
		throw new BackupError(`${file} is not a Scenario Hub backup`);
	}
	if (header.version !== BACKUP_VERSION) {
		throw new BackupError(`backup format version ${header.version} is not supported`);
	}

	try {
		return await database.db.transaction(async (tx) => {
			const mark = await migrationMark(tx);
			if (mark.applied !== header.migrations.applied || mark.last !== header.migrations.last) {
				throw new BackupError(
					`the backup was taken at migration ${header.migrations.applied} and this database is at ${mark.applied}: restore with the app version that made the backup`
				);
			}
			const tables = await appTables(tx);
			const known = new Map(tables.map((t) => [t.name, t]));
			const nonEmpty: string[] = [];
			for (const table of tables) {
				const [row] = await queryRows<{ any: boolean }>(
					tx,
					sql`select exists (select 1 from ${ident(table.name)}) as any`
				);
				if (sqlBoolean(row.any)) nonEmpty.push(table.name);
			}
			if (nonEmpty.length && !options.replace) {
				throw new BackupError(
					`the database already has rows (${nonEmpty.join(', ')}): pass --replace to overwrite it`
				);
			}
			if (nonEmpty.length) {
				await tx.execute(
					sql`truncate table ${columnList(tables.map((t) => t.name))} restart identity cascade`
				);
			}

			let section: Section | undefined;
			let ended: { tables: number; rows: number } | undefined;
			const done: Section[] = [];
			for (;;) {
				const next = await iterator.next();
				if (next.done) break;
				const line = next.value;
				if (!line) continue;
				if (line.startsWith('{"@table":') || line.startsWith('{"@end":')) {
					if (section) {
						await insertLines(tx, section);
						done.push(section);
					}
					const marker = JSON.parse(line) as {
						'@table'?: string;
						'@end'?: boolean;
						columns?: string[];
						rows?: number;
						tables?: number;
					};
					if (marker['@end']) {
						ended = { tables: marker.tables ?? 0, rows: marker.rows ?? 0 };
						section = undefined;
						break;
					}
					const name = marker['@table']!;
					const table = known.get(name);
					if (!table) throw new BackupError(`the backup has a table this database lacks: ${name}`);
					const missing = marker.columns!.filter((c) => !table.columns.includes(c));
					if (missing.length) {
						throw new BackupError(`${name} lacks the backup's columns ${missing.join(', ')}`);
					}
					section = { name, columns: marker.columns!, rows: marker.rows!, lines: [], written: 0 };
					continue;
				}
				if (!section) throw new BackupError('a row before any table marker');
				section.lines.push(line);
				if (section.lines.length >= BATCH_ROWS) await insertLines(tx, section);
			}
			if (!ended) throw new BackupError(`${file} is truncated (no end marker)`);
			for (const s of done) {
				if (s.written !== s.rows) {
					throw new BackupError(
						`${s.name}: the backup promised ${s.rows} rows, found ${s.written}`
					);
				}
			}
			for (const table of tables) {
				for (const column of table.sequenced) {
					await tx.execute(
						sql`select setval(pg_get_serial_sequence(quote_ident(${table.name}), ${column}),
							coalesce((select max(${ident(column)}) from ${ident(table.name)}), 0) + 1, false)`
					);
				}
			}
			return {
				tables: done.map((s) => ({ name: s.name, rows: s.written })),
				rows: done.reduce((n, s) => n + s.written, 0)
			};
		});
	} finally {
		lines.close();
	}
}
