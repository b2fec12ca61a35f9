// npm start: serves the production build on the embedded PGlite (or DATABASE_URL).
// Builds first when needed; the server itself migrates and, on first run, seeds the database.
import { buildIfStale, projectRoot } from './build-if-stale.js';

buildIfStale();

process.env.PORT ??= '3000';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
process.env.NODE_ENV ??= 'production';
// adapter-node refuses larger request bodies with 413 (its default is 512K). A long scenario
// with branching steps stays far below this.
process.env.BODY_SIZE_LIMIT ??= '1M';
process.chdir(projectRoot);
console.log(
	`Scenario Hub on ${process.env.ORIGIN} (${process.env.DATABASE_URL ? 'PostgreSQL' : `PGlite in ${process.env.PGLITE_DIR ?? './data/pglite'}`})`
);
await import('./server-entry.js');
