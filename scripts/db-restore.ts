// npm run db:restore -- FILE [--replace]: loads a backup made by db:backup (from either engine)
// into the database the environment points at. Migrates the database first; the backup must be
// from the same migration. One transaction: on any error nothing changes. Refuses a database
// with rows unless --replace (which empties every table first). Then checks the counters.
import { env } from '../src/lib/server/env';
import { runMigrations } from '../src/lib/server/db/migrate';
import { findCounterDrift, findProgressDrift } from '../src/lib/server/services/progress/verify';
import { restoreDatabase } from '../src/lib/server/backup/backup';
import { flag, runCli } from './lib';

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));

await runCli(async (database) => {
	if (!file) {
		console.error('usage: npm run db:restore -- FILE [--replace]');
		return 2;
	}
	await runMigrations(database, env().DATABASE_URL);
	const { tables, rows } = await restoreDatabase(database, file, { replace: flag('replace') });
	console.log(`db:restore: ${rows} rows into ${tables.length} tables (${database.kind})`);
	const drift = [
		...(await findCounterDrift(database.db)),
		...(await findProgressDrift(database.db))
	];
	if (drift.length) {
		console.log(
			`db:restore: ${drift.length} counter(s) disagree with their rows: run npm run db:verify`
		);
		return 1;
	}
});
