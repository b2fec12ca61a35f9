import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database, type DbKind } from '../../src/lib/server/db/client';
import { runMigrations } from '../../src/lib/server/db/migrate';

// Every test run gets its own database: an in-memory PGlite, or a PostgreSQL database with a
// random name on the server TEST_DATABASE_URL points at, dropped afterwards.

export const ENGINES: DbKind[] = process.env.TEST_DATABASE_URL
	? ['pglite', 'postgres']
	: ['pglite'];

export interface TestDatabase extends Database {
	url?: string;
	/** closes and drops the database */
	destroy(): Promise<void>;
}

function adminUrl(): string {
	const url = process.env.TEST_DATABASE_URL;
	if (!url) throw new Error('TEST_DATABASE_URL is not set');
	return url;
}

/** A URL for a fresh, empty PostgreSQL database and a function that drops it. */
export async function createPostgresDatabase() {
	const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
	const name = `sh_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
	await admin.unsafe(`create database ${name}`);
	await admin.end();
	const url = new URL(adminUrl());
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		name,
		async drop() {
			const client = postgres(adminUrl(), { max: 1, onnotice: () => {} });
			await client.unsafe(`drop database if exists ${name} with (force)`);
			await client.end();
		}
	};
}

/** A migrated, empty database of the given engine. */
export async function createTestDatabase(kind: DbKind): Promise<TestDatabase> {
	if (kind === 'pglite') {
		const database = openDatabase({ pgliteDir: 'memory://' });
		await runMigrations(database);
		return { ...database, destroy: () => database.close() };
	}
	const pg = await createPostgresDatabase();
	const database = openDatabase({ url: pg.url, poolMax: 20 });
	await runMigrations(database, pg.url);
	return {
		...database,
		url: pg.url,
		async destroy() {
			await database.close();
			await pg.drop();
		}
	};
}
