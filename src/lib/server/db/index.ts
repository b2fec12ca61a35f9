import { env } from '../env';
import { openDatabase, type Database } from './client';

export type { Database, Db, Executor, Tx } from './client';

let instance: Database | undefined;

/** The app's database, opened from the environment on first use. */
export function database(): Database {
	if (!instance) {
		const config = env();
		instance = openDatabase({
			url: config.DATABASE_URL,
			pgliteDir: config.PGLITE_DIR,
			poolMax: config.DATABASE_POOL_MAX
		});
	}
	return instance;
}

export async function closeDatabase() {
	const current = instance;
	instance = undefined;
	await current?.close();
}
