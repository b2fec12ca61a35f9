// npm run db:backup -- FILE: a consistent logical backup of the database the environment
// points at (PGlite in ./data by default, or DATABASE_URL). See scripts/backup.ts.
// PGlite serves one process: stop the app first. PostgreSQL can be backed up while it runs.
import { backupDatabase } from '../src/lib/server/backup/backup';
import { runCli } from './lib';

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));

await runCli(async (database) => {
	if (!file) {
		console.error('usage: npm run db:backup -- FILE');
		return 2;
	}
	const { tables, rows } = await backupDatabase(database, file);
	console.log(`db:backup: ${rows} rows from ${tables.length} tables (${database.kind}) to ${file}`);
});
