// npm start: serves the production build on the embedded PGlite (or DATABASE_URL).
// Builds first when needed; the server itself migrates and, on first run, seeds the database.
// Configured by environment variables only (see README.md).
import { parseArgs } from 'node:util';
import { buildIfStale, projectRoot } from './build-if-stale.js';

try {
	parseArgs({ args: process.argv.slice(2), options: {}, strict: true });
} catch (error) {
	console.error(`${/** @type {Error} */ (error).message}`);
	console.error('usage: npm start (configured by environment variables, see README.md)');
	process.exit(2);
}

try {
	buildIfStale();
} catch (error) {
	console.error(`npm start: ${/** @type {Error} */ (error).message}`);
	process.exit(1);
}

process.env.PORT ??= '3000';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
process.env.NODE_ENV ??= 'production';
// adapter-node refuses larger request bodies with 413 (its default is 512K). A long scenario
// with branching steps stays far below this.
process.env.BODY_SIZE_LIMIT ??= '1M';
process.chdir(projectRoot);

/** The database the server uses, for the ready line (no credentials). */
function describeDatabase() {
	const url = process.env.DATABASE_URL;
	if (!url) return `embedded database in ${process.env.PGLITE_DIR || './data/pglite'}`;
	try {
		const { host, pathname } = new URL(url);
		return `PostgreSQL on ${host}${pathname}`;
	} catch {
		return 'PostgreSQL';
	}
}

// adapter-node announces "Listening on http://0.0.0.0:PORT" (the bind address); the ready line
// below replaces it with the public origin, once the database is migrated and seeded.
const print = console.log;
console.log = (...args) => {
	if (typeof args[0] === 'string' && args[0].startsWith('Listening on ')) return;
	print(...args);
};
const { listening } = await import('./server-entry.js');
const server = await listening;
console.log = print;
// Behind a proxy the origin's port is not the one bound here: then say which one is.
const address = server.address();
const origin = new URL(process.env.ORIGIN);
const originPort = Number(origin.port || (origin.protocol === 'https:' ? 443 : 80));
const local =
	typeof address === 'object' && address && address.port !== originPort
		? `, listening on port ${address.port}`
		: '';
console.log(`Scenario Hub is ready on ${origin.origin} (${describeDatabase()}${local})`);
