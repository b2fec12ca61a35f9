// npm run api-key:create -- --name NAME [--rate-limit N]
// Creates a key for the external API and prints it once: only its hash is stored.
import { env } from '../src/lib/server/env';
import { runMigrations } from '../src/lib/server/db/migrate';
import { createApiKey } from '../src/lib/server/services/api-keys/keys';
import { parseCli, runCli, usageError } from './lib';

const USAGE = 'npm run api-key:create -- --name NAME [--rate-limit REQUESTS_PER_MINUTE]';
const { values } = parseCli(USAGE, {
	name: { type: 'string' },
	'rate-limit': { type: 'string' }
});
const name = values.name;
const rateLimit = values['rate-limit'];
if (!name) usageError(USAGE, 'api-key:create: --name is required');
if (rateLimit !== undefined && !/^\d+$/.test(rateLimit)) {
	usageError(USAGE, `api-key:create: --rate-limit must be a whole number, got "${rateLimit}"`);
}

await runCli(async (database) => {
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
