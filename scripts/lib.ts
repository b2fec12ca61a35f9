// Helpers for the command-line entry points in scripts/: argument parsing and the database
// lifecycle. Library code belongs under src/lib/server/, not here.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closeDatabase, database, type Database } from '../src/lib/server/db';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<T extends Options> = ReturnType<
	typeof parseArgs<{ options: T; strict: true; allowPositionals: true }>
>['values'];

/** Prints what is wrong and the usage on stderr, and exits with code 2. */
export function usageError(usage: string, problem?: string): never {
	if (problem) console.error(problem);
	console.error(`usage: ${usage}`);
	process.exit(2);
}

/**
 * Parses the command line with util.parseArgs (`--name value` and `--name=value`). `--help`
 * prints the usage and exits 0; an unknown flag, a missing value or more than `positionals`
 * arguments print the problem and the usage and exit 2.
 */
export function parseCli<const T extends Options>(
	usage: string,
	options: T,
	{ positionals = 0 }: { positionals?: number } = {}
): { values: Values<T>; positionals: string[] } {
	let parsed;
	try {
		parsed = parseArgs({
			args: process.argv.slice(2),
			options: { ...options, help: { type: 'boolean', short: 'h' } },
			allowPositionals: positionals > 0,
			strict: true
		});
	} catch (error) {
		return usageError(usage, error instanceof Error ? error.message : String(error));
	}
	if ((parsed.values as { help?: boolean }).help) {
		console.log(`usage: ${usage}`);
		process.exit(0);
	}
	if (parsed.positionals.length > positionals) {
		usageError(usage, `Unexpected argument '${parsed.positionals[positionals]}'`);
	}
	return { values: parsed.values as Values<T>, positionals: parsed.positionals };
}

/** Runs a CLI body on the database the environment points at, prints a clean error and exits. */
export async function runCli(body: (database: Database) => Promise<number | void>) {
	let code = 0;
	try {
		code = (await body(database())) ?? 0;
	} catch (error) {
		console.error(error instanceof Error ? `error: ${error.message}` : error);
		code = 1;
	} finally {
		await closeDatabase();
	}
	process.exit(code);
}
