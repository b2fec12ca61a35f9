import { env } from '../src/lib/server/env';
import { openDatabase, type Database } from '../src/lib/server/db/client';

/** Opens the database the environment points at (PGlite in ./data by default). */
export function openFromEnv(): Database {
	const config = env();
	return openDatabase({
		url: config.DATABASE_URL,
		pgliteDir: config.PGLITE_DIR,
		poolMax: config.DATABASE_POOL_MAX
	});
}

/** Runs a CLI body, prints a clean error and sets the exit code. */
export async function runCli(body: (database: Database) => Promise<number | void>) {
	const database = openFromEnv();
	let code = 0;
	try {
		code = (await body(database)) ?? 0;
	} catch (error) {
		console.error(error instanceof Error ? `error: ${error.message}` : error);
		code = 1;
	} finally {
		await database.close();
	}
	process.exit(code);
}

export function flag(name: string): boolean {
	return process.argv.includes(`--${name}`);
}

export function option(name: string): string | undefined {
	const index = process.argv.indexOf(`--${name}`);
	if (index >= 0) return process.argv[index + 1];
	const inline = process.argv.find((a) => a.startsWith(`--${name}=`));
	return inline?.slice(name.length + 3);
}
