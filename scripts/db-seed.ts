// npm run db:seed [-- --demo | --no-demo]
// Demo accounts and content are added on the embedded database, or when --demo is given.
import { env } from '../src/lib/server/env';
import { runMigrations } from '../src/lib/server/db/migrate';
import { seedDatabase } from '../src/lib/server/bootstrap/seed';
import { flag, runCli } from './lib';

await runCli(async (database) => {
	await runMigrations(database, env().DATABASE_URL);
	const demo = flag('no-demo') ? false : flag('demo') || database.kind === 'pglite';
	const report = await database.db.transaction((tx) =>
		seedDatabase(tx, { demo, log: (m) => console.log(m) })
	);
	console.log(JSON.stringify(report));
});
