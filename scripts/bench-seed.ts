// npm run bench:seed -- [--scenarios 100000] [--users 20000] [--progress 1000000] [--reset]
//                       [--pglite DIR]
// Fills the benchmark database (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/sh_bench,
// created when missing) with set-based SQL, then rebuilds every counter so db:verify passes.
import { benchDatabaseUrl, redactUrl } from '../bench/database';
import { prepareBenchDatabase } from '../bench/prepare';
import { DEFAULT_SIZES } from '../bench/seed';
import { parseCli } from './lib';

const { values } = parseCli(
	'npm run bench:seed -- [--scenarios N] [--users N] [--progress N] [--reset] [--pglite DIR]',
	{
		scenarios: { type: 'string' },
		users: { type: 'string' },
		progress: { type: 'string' },
		reset: { type: 'boolean', default: false },
		pglite: { type: 'string' }
	}
);

function size(name: keyof typeof DEFAULT_SIZES): number {
	const raw = values[name];
	if (raw === undefined) return DEFAULT_SIZES[name];
	const value = Number(raw.replaceAll('_', ''));
	if (!Number.isInteger(value) || value < 10) {
		console.error(`--${name} must be a whole number of at least 10, got "${raw}"`);
		process.exit(2);
	}
	return value;
}

const sizes = { scenarios: size('scenarios'), users: size('users'), progress: size('progress') };
const pgliteDir = values.pglite;
const url = pgliteDir ? undefined : benchDatabaseUrl();
console.log(
	`bench:seed ${JSON.stringify(sizes)} into ${url ? redactUrl(url) : `PGlite in ${pgliteDir}`}`
);
try {
	const report = await prepareBenchDatabase({ url, pgliteDir, sizes, reset: values.reset });
	console.log(JSON.stringify(report));
	console.log(`bench:seed done in ${report.totalSeconds} s`);
	process.exit(0);
} catch (error) {
	console.error(`bench:seed failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
