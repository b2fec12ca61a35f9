import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../src/lib/server/db/client';

// Row counts and a checksum of every row of every table, to prove that a call changed nothing.
// Rate-limit buckets and sign-in pairs count attempts, not data (every mutation and every failed
// sign-in counts, even a refused one), so they are left out; a session's last_seen_at moves with
// use (the idle clock), so sessions are compared by their identity and absolute expiry only.

const EXCLUDED = new Set(['rate_limit_buckets', 'sign_in_pairs']);
const COLUMNS: Record<string, string> = { sessions: 'x.id, x.user_id, x.expires_at' };

export type Fingerprint = Record<string, { rows: number; checksum: string }>;

/** The SQL computing the fingerprint of `tables` (one row per table). */
export function fingerprintQuery(tables: string[]): string {
	return tables
		.filter((t) => !EXCLUDED.has(t))
		.map((t) => {
			const row = COLUMNS[t] ? `(${COLUMNS[t]})::text` : 'x::text';
			return `select '${t}' as t, count(*)::int as n, md5(coalesce(string_agg(md5(${row}), ',' order by md5(${row})), '')) as h from public."${t}" x`;
		})
		.join('\nunion all\n');
}

export const TABLES_QUERY = `select table_name as name from information_schema.tables
	where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`;

export function toFingerprint(rows: { t: string; n: number | string; h: string }[]): Fingerprint {
	return Object.fromEntries(rows.map((r) => [r.t, { rows: Number(r.n), checksum: r.h }]));
}

/** A fingerprint function for an app database handle (tables listed once). */
export async function fingerprinter(db: Executor): Promise<() => Promise<Fingerprint>> {
	const tables = (await queryRows<{ name: string }>(db, sql.raw(TABLES_QUERY))).map((r) => r.name);
	const query = sql.raw(fingerprintQuery(tables));
	return async () => toFingerprint(await queryRows<{ t: string; n: number; h: string }>(db, query));
}
