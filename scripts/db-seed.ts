// npm run db:seed [-- --demo | --no-demo]
// Demo accounts and content are added on the embedded database, or when --demo is given.
import { env } from '../src/lib/server/env';
import { runMigrations } from '../src/lib/server/db/migrate';
import { seedDatabase } from '../src/lib/server/bootstrap/seed';
import { parseCli, runCli, usageError } from './lib';

const USAGE = 'npm run db:seed [-- --demo | --no-demo]';
const { values } = parseCli(USAGE, {
	demo: { type: 'boolean', default: false },
	'no-demo': { type: 'boolean', default: false }
});
if (values.demo && values['no-demo']) usageError(USAGE, 'db:seed: --demo or --no-demo, not both');

await runCli(async (database) => {
	await runMigrations(database, env().DATABASE_URL);
	const demo = values['no-demo'] ? false : values.demo || database.kind === 'pglite';
	const report = await database.db.transaction((tx) =>
		seedDatabase(tx, { demo, log: (m) => console.log(m) })
	);
	console.log(JSON.stringify(report));
});
