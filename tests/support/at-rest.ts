import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { queryRows, type Database } from '../../src/lib/server/db/client';

/** Every table of the app whose rows, as text, contain `needle`: proof a secret is not at rest. */
export async function tablesContaining(database: Database, needle: string) {
	const tables = await queryRows<{ name: string }>(
		database.db,
		sql`select table_name as name from information_schema.tables
			where table_schema = 'public' and table_type = 'BASE TABLE'`
	);
	expect(tables.length).toBeGreaterThan(10);
	const hits: string[] = [];
	for (const { name } of tables) {
		const [row] = await queryRows<{ n: number }>(
			database.db,
			sql`select count(*)::int as n from ${sql.identifier(name)} t where strpos(t::text, ${needle}) > 0`
		);
		if (Number(row.n) > 0) hits.push(name);
	}
	return hits;
}
