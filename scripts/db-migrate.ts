// npm run db:migrate: applies the pending migrations to the database the environment points at.
import { env } from '../src/lib/server/env';
import { migrationStatus, runMigrations } from '../src/lib/server/db/migrate';
import { parseCli, runCli } from './lib';

parseCli('npm run db:migrate', {});

await runCli(async (database) => {
	await runMigrations(database, env().DATABASE_URL);
	const status = await migrationStatus(database);
	console.log(`migrations: ${status.applied} applied of ${status.available} (${database.kind})`);
});
