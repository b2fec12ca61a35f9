// npm run db:backup -- FILE: a consistent logical backup of the database the environment
// points at (PGlite in ./data by default, or DATABASE_URL). See src/lib/server/backup/backup.ts.
// PGlite serves one process: stop the app first. PostgreSQL can be backed up while it runs.
import { backupDatabase } from '../src/lib/server/backup/backup';
import { parseCli, runCli, usageError } from './lib';

const USAGE = 'npm run db:backup -- FILE';
const [file] = parseCli(USAGE, {}, { positionals: 1 }).positionals;
if (!file) usageError(USAGE);

await runCli(async (database) => {
	const { tables, rows } = await backupDatabase(database, file);
	console.log(`db:backup: ${rows} rows from ${tables.length} tables (${database.kind}) to ${file}`);
});
