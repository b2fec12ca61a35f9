// npm run user:create -- --email E --role R [--name N] [--password P]
// Without --password a strong one is generated and printed once.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { signUpSchema, roleSchema } from '../src/lib/schemas/auth';
import { createUser } from '../src/lib/server/auth/accounts';
import { env } from '../src/lib/server/env';
import { runMigrations } from '../src/lib/server/db/migrate';
import { users } from '../src/lib/server/db/schema';
import { option, runCli } from './lib';

await runCli(async (database) => {
	const email = option('email');
	const role = roleSchema.safeParse(option('role') ?? 'learner');
	if (!email || !role.success) {
		console.error(
			'usage: npm run user:create -- --email E --role learner|reviewer|admin [--name N]'
		);
		return 2;
	}
	const generated = !option('password');
	const password = option('password') ?? randomBytes(15).toString('base64url');
	const input = signUpSchema.safeParse({
		email,
		displayName: option('name') ?? email.split('@')[0],
		password
	});
	if (!input.success) {
		for (const issue of input.error.issues)
			console.error(`${issue.path.join('.')}: ${issue.message}`);
		return 2;
	}
	await runMigrations(database, env().DATABASE_URL);
	const user = await createUser(database.db, { ...input.data, role: role.data });
	const [row] = await database.db
		.select({ role: users.role })
		.from(users)
		.where(eq(users.id, user.id));
	console.log(`created ${user.email} (${row.role})`);
	if (generated) console.log(`password (shown once): ${password}`);
});
