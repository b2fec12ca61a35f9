// npm run db:restore -- FILE [--replace]: loads a backup made by db:backup (from either engine)
// into the database the environment points at. Migrates the database first; the backup must be
// from the same migration. One transaction: on any error nothing changes. Refuses a database
// with rows unless --replace (which empties every table first). Then checks the counters.
import { env } from '../src/lib/server/env';
import { runMigrations } from '../src/lib/server/db/migrate';
import { findCounterDrift, findProgressDrift } from '../src/lib/server/services/progress/verify';
import { restoreDatabase } from '../src/lib/server/backup/backup';
import { parseCli, runCli, usageError } from './lib';

const USAGE = 'npm run db:restore -- FILE [--replace]';
const { values, positionals } = parseCli(
	USAGE,
	{ replace: { type: 'boolean', default: false } },
	{ positionals: 1 }
);
const [file] = positionals;
if (!file) usageError(USAGE);

await runCli(async (database) => {
	await runMigrations(database, env().DATABASE_URL);
	const { tables, rows } = await restoreDatabase(database, file, { replace: values.replace });
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
