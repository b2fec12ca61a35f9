import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rules in eslint.config.js, proved to fire: each case is linted as if it were a
// file at `path`, with the project's own configuration.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(path: string, code: string) {
	const [result] = await eslint.lintText(code, { filePath: path });
	// A file the parser could not read would pass every rule: make that a failure instead.
	expect(result.messages.filter((m) => m.fatal)).toEqual([]);
	return result.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports');
}

const refused: [string, string, string][] = [
	[
		'db imports a service',
		'src/lib/server/db/seed-helper.ts',
		"import { setSaved } from '../services/progress/save';"
	],
	[
		'db imports auth',
		'src/lib/server/db/schema/x.ts',
		"import { hashPassword } from '../../auth/password';"
	],
	[
		'db imports trpc by $lib',
		'src/lib/server/db/x.ts',
		"import { router } from '$lib/server/trpc/init';"
	],
	[
		'db imports bootstrap',
		'src/lib/server/db/x.ts',
		"import { seedDatabase } from '../bootstrap/seed';"
	],
	[
		'a service imports trpc',
		'src/lib/server/services/progress/x.ts',
		"import { router } from '../../trpc/init';"
	],
	[
		'a service imports bootstrap',
		'src/lib/server/services/catalog/x.ts',
		"import { prepareDatabase } from '../../bootstrap/prepare';"
	],
	[
		'a component imports a server module',
		'src/lib/components/x.ts',
		"import { database } from '$lib/server/db';"
	],
	[
		'client state imports a server module',
		'src/lib/state/x.ts',
		"import { env } from '../server/env';"
	],
	[
		'a universal load imports a server module',
		'src/routes/x/+page.ts',
		"import { database } from '$lib/server/db';"
	],
	[
		'domain logic imports a server module',
		'src/lib/domain/x.ts',
		"import { AppError } from '../server/errors';"
	]
];

const allowed: [string, string, string][] = [
	['db imports its own schema', 'src/lib/server/db/schema/x.ts', "import { users } from './auth';"],
	[
		'a service imports db',
		'src/lib/server/services/catalog/x.ts',
		"import { scenarios } from '../../db/schema';"
	],
	[
		'a component imports a server type',
		'src/lib/components/x.ts',
		"import type { AppRouter } from '$lib/server/trpc/root';"
	],
	[
		'a server load imports the server',
		'src/routes/x/+page.server.ts',
		"import { database } from '$lib/server/db';"
	]
];

describe('layering rules', () => {
	it.each(refused)('refuses: %s', async (_name, path, code) => {
		const messages = await restrictedImports(path, `${code}\nexport {};\n`);
		expect(messages).toHaveLength(1);
	});

	it.each(allowed)('allows: %s', async (_name, path, code) => {
		const messages = await restrictedImports(path, `${code}\nexport {};\n`);
		expect(messages).toEqual([]);
	});
});
