import postgres from 'postgres';

/** Where the benchmark runs when DATABASE_URL is unset: its own database on the local server. */
export const DEFAULT_BENCH_URL = 'postgres://postgres@127.0.0.1:5432/sh_bench';

export function benchDatabaseUrl(): string {
	return process.env.DATABASE_URL?.trim() || DEFAULT_BENCH_URL;
}

function split(url: string) {
	const parsed = new URL(url);
	const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
	if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
		throw new Error(`the bench needs a plain database name in the URL, got "${name}"`);
	}
	parsed.pathname = '/postgres';
	return { name, maintenanceUrl: parsed.toString() };
}

async function withMaintenance<T>(
	url: string,
	body: (sql: postgres.Sql, name: string) => Promise<T>
) {
	const { name, maintenanceUrl } = split(url);
	const sql = postgres(maintenanceUrl, { max: 1, onnotice: () => {} });
	try {
		return await body(sql, name);
	} finally {
		await sql.end({ timeout: 2 });
	}
}

/** Creates the database named in the URL when it does not exist; true when it created it. */
export function ensureDatabase(url: string): Promise<boolean> {
	return withMaintenance(url, async (sql, name) => {
		const found = await sql`select 1 from pg_database where datname = ${name}`;
		if (found.length > 0) return false;
		await sql.unsafe(`create database "${name}"`);
		return true;
	});
}

export function recreateDatabase(url: string): Promise<void> {
	return withMaintenance(url, async (sql, name) => {
		await sql.unsafe(`drop database if exists "${name}" with (force)`);
		await sql.unsafe(`create database "${name}"`);
	});
}

/** A URL with its password hidden, for logs and the report. */
export function redactUrl(url: string): string {
	const parsed = new URL(url);
	if (parsed.password) parsed.password = '***';
	return parsed.toString();
}
