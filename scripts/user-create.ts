// npm run user:create -- --email E --role R [--name N] [--password P]
// Without --password a strong one is generated and printed once.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { signUpSchema, roleSchema } from '../src/lib/schemas/auth';
import { createUser } from '../src/lib/server/auth/accounts';
import { env } from '../src/lib/server/env';
import { runMigrations } from '../src/lib/server/db/migrate';
import { users } from '../src/lib/server/db/schema';
import { parseCli, runCli, usageError } from './lib';

const USAGE =
	'npm run user:create -- --email E --role learner|reviewer|admin [--name N] [--password P]';
const { values } = parseCli(USAGE, {
	email: { type: 'string' },
	role: { type: 'string' },
	name: { type: 'string' },
	password: { type: 'string' }
});
const email = values.email;
if (!email) usageError(USAGE, 'user:create: --email is required');
const role = roleSchema.safeParse(values.role ?? 'learner');
if (!role.success) usageError(USAGE, `user:create: unknown role "${values.role}"`);
const generated = !values.password;
const password = values.password ?? randomBytes(15).toString('base64url');
const input = signUpSchema.safeParse({
	email,
	displayName: values.name ?? email.split('@')[0],
	password
});
if (!input.success) {
	for (const issue of input.error.issues)
		console.error(`${issue.path.join('.')}: ${issue.message}`);
	process.exit(2);
}

await runCli(async (database) => {
	await runMigrations(database, env().DATABASE_URL);
	const user = await createUser(database.db, { ...input.data, role: role.data });
	const [row] = await database.db
		.select({ role: users.role })
		.from(users)
		.where(eq(users.id, user.id));
	console.log(`created ${user.email} (${row.role})`);
	if (generated) console.log(`password (shown once): ${password}`);
});
