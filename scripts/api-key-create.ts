// npm run api-key:create -- --name NAME [--rate-limit N]
// Creates a key for the external API and prints it once: only its hash is stored.
import { env } from '../src/lib/server/env';
import { runMigrations } from '../src/lib/server/db/migrate';
import { createApiKey } from '../src/lib/server/services/api-keys/keys';
import { option, runCli } from './lib';

await runCli(async (database) => {
	const name = option('name');
	const rateLimit = option('rate-limit');
	if (!name || (rateLimit !== undefined && !/^\d+$/.test(rateLimit))) {
		console.error(
			'usage: npm run api-key:create -- --name NAME [--rate-limit REQUESTS_PER_MINUTE]'
		);
		return 2;
	}
	await runMigrations(database, env().DATABASE_URL);
	const key = await createApiKey(database.db, {
		name,
		createdByUserId: null,
		...(rateLimit !== undefined ? { rateLimitPerMinute: Number(rateLimit) } : {})
	});
	console.log(`created API key "${key.name}" (${key.prefix}…, id ${key.id})`);
	console.log(`key (shown once, store it now): ${key.key}`);
	console.log(`use it as: curl -H "X-API-Key: ${key.key}" <origin>/api/external/scenarios`);
});
