import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows, type DbKind, type Executor } from '../../src/lib/server/db/client';
import { seedDatabase } from '../../src/lib/server/bootstrap/seed';
import { findCounterDrift, findProgressDrift } from '../../src/lib/server/services/progress/verify';
import { appTables, backupDatabase, restoreDatabase } from '../../src/lib/server/backup/backup';
import {
	createPostgresDatabase,
	createTestDatabase,
	ENGINES,
	type TestDatabase
} from '../support/db';

// Real servers and databases: a first start seeds, and the machine may be busy.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

// db:backup / db:restore: a demo-seeded database goes through a backup file into empty
// databases of both engines and comes back identical, row for row (generated columns
// recomputed to the same values), with the counters still matching their rows.

/** Every table's rows, all columns, in primary-key order: the database's full content. */
async function snapshot(db: Executor) {
	const content = new Map<string, string[]>();
	for (const table of await appTables(db)) {
		const order = sql.join(
			table.primaryKey.map((c) => sql.identifier(c)),
			sql`, `
		);
		const rows = await queryRows<{ line: string }>(
			db,
			sql`select row_to_json(t)::text as line from ${sql.identifier(table.name)} t order by ${order}`
		);
		content.set(
			table.name,
			rows.map((r) => r.line)
		);
	}
	return content;
}

async function invariants(db: Executor) {
	return { counters: await findCounterDrift(db), progress: await findProgressDrift(db) };
}

const workDir = mkdtempSync(join(tmpdir(), 'sh-backup-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe.each(ENGINES)('backup of a %s database', (engine) => {
	let source: TestDatabase;
	let file: string;
	let before: Map<string, string[]>;

	beforeAll(async () => {
		source = await createTestDatabase(engine);
		await source.db.transaction((tx) => seedDatabase(tx, { demo: true }));
		// A row in the one table with a sequence (audit_log.id is bigserial), past the first value.
		await source.db.execute(
			sql`insert into audit_log (action, entity_type, entity_id, after)
				values ('backup.test', 'app', 'one', '{"n": 1}'), ('backup.test', 'app', 'two', '{"n": 2}')`
		);
		file = join(workDir, `${engine}.jsonl`);
		before = await snapshot(source.db);
		const summary = await backupDatabase(source, file);
		expect(summary.rows).toBe([...before.values()].reduce((n, rows) => n + rows.length, 0));
	});
	afterAll(() => source?.destroy());

	it('writes every table, in foreign-key order, without generated columns', async () => {
		const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
		const header = JSON.parse(lines[0]);
		expect(header).toMatchObject({ format: 'scenario-hub-backup', version: 1, engine });
		expect(header.migrations.applied).toBeGreaterThan(0);
		const tables: string[] = header.tables.map((t: { name: string }) => t.name);
		expect(tables.sort()).toEqual([...before.keys()].sort());
		const order = lines.filter((l) => l.startsWith('{"@table":')).map((l) => JSON.parse(l));
		const position = new Map<string, number>(order.map((t, i) => [t['@table'] as string, i]));
		const at = (table: string) => {
			const index = position.get(table);
			if (index === undefined) throw new Error(`backup has no ${table} block`);
			return index;
		};
		expect(at('users')).toBeLessThan(at('sessions'));
		expect(at('scenarios')).toBeLessThan(at('scenario_metadata'));
		expect(at('scenarios')).toBeLessThan(at('user_scenario_progress'));
		const metadata = order.find((t) => t['@table'] === 'scenario_metadata');
		expect(metadata.columns).toContain('rating_sum');
		expect(metadata.columns).not.toContain('average_rating');
		expect(order.find((t) => t['@table'] === 'scenarios').columns).not.toContain('search_vector');
		expect(JSON.parse(lines.at(-1)!)).toMatchObject({ '@end': true });
		expect(before.get('user_scenario_progress')!.length).toBeGreaterThan(10);
	});

	describe.each(ENGINES)('restored into %s', (target: DbKind) => {
		let restored: TestDatabase;
		beforeAll(async () => {
			restored = await createTestDatabase(target);
		});
		afterAll(() => restored?.destroy());

		it('has the same rows, the same generated values and no counter drift', async () => {
			expect(await invariants(source.db)).toEqual({ counters: [], progress: [] });
			const result = await restoreDatabase(restored, file);
			expect(result.rows).toBe([...before.values()].reduce((n, rows) => n + rows.length, 0));
			const after = await snapshot(restored.db);
			for (const [table, rows] of before) {
				expect(after.get(table)?.length, table).toBe(rows.length);
				expect(after.get(table), table).toEqual(rows);
			}
			expect(await invariants(restored.db)).toEqual({ counters: [], progress: [] });
			// Sequences continue after the restored rows.
			const [row] = await queryRows<{ id: string }>(
				restored.db,
				sql`insert into audit_log (action, entity_type) values ('after.restore', 'app') returning id::text`
			);
			const [max] = await queryRows<{ id: string }>(
				source.db,
				sql`select max(id)::text as id from audit_log`
			);
			expect(BigInt(row.id)).toBe(BigInt(max.id) + 1n);
		});

		it('refuses a database with rows unless told to replace them', async () => {
			await expect(restoreDatabase(restored, file)).rejects.toThrow(/--replace/);
			const result = await restoreDatabase(restored, file, { replace: true });
			expect(result.rows).toBeGreaterThan(0);
			expect(await snapshot(restored.db)).toEqual(before);
		});

		it('changes nothing when the file is cut short', async () => {
			const truncated = join(workDir, `${engine}-to-${target}-truncated.jsonl`);
			const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
			writeFileSync(truncated, lines.slice(0, Math.floor(lines.length * 0.8)).join('\n'));
			await restored.db.execute(sql`delete from audit_log where action = 'after.restore'`);
			const intact = await snapshot(restored.db);
			await expect(restoreDatabase(restored, truncated, { replace: true })).rejects.toThrow(
				/truncated/
			);
			expect(await snapshot(restored.db)).toEqual(intact);
		});
	});
});

describe.each(ENGINES)('npm run db:backup / db:restore on %s', (engine) => {
	const env = { ...process.env, LOG_LEVEL: 'warn' };
	const run = (script: string, args: string[], extra: Record<string, string>) =>
		spawnSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), script, ...args], {
			env: { ...env, ...extra },
			encoding: 'utf8',
			timeout: 240_000
		});

	let target: Record<string, string>;
	let drop: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		if (engine === 'pglite') {
			target = { DATABASE_URL: '', PGLITE_DIR: mkdtempSync(join(workDir, 'cli-')) };
		} else {
			const pg = await createPostgresDatabase();
			target = { DATABASE_URL: pg.url };
			drop = pg.drop;
		}
	});
	afterAll(() => drop?.());

	it('round-trips through the command line, from either engine', async () => {
		const source = await createTestDatabase(ENGINES.at(-1)!);
		await source.db.transaction((tx) => seedDatabase(tx, { demo: true }));
		const first = join(workDir, `cli-${engine}-1.jsonl`);
		await backupDatabase(source, first);
		await source.destroy();

		const restore = run('scripts/db-restore.ts', [first], target);
		expect(restore.stderr).toBe('');
		expect(restore.stdout).toMatch(/db:restore: \d+ rows into \d+ tables/);
		expect(restore.status).toBe(0);
		const second = join(workDir, `cli-${engine}-2.jsonl`);
		const backup = run('scripts/db-backup.ts', [second], target);
		expect(backup.status).toBe(0);
		const body = (path: string) => readFileSync(path, 'utf8').split('\n').slice(1);
		expect(body(second)).toEqual(body(first));

		const verify = run('scripts/db-verify.ts', [], target);
		expect(verify.stdout).toContain('no drift');
		expect(verify.status).toBe(0);
		// Each command starts tsx and opens the database: slow on a busy machine.
	}, 600_000);
});
