// postinstall: patches postgres.js 3.4.x (no fixed release yet) against a crash when the
// database server dies (porsager/postgres#1154, #1208; PRs #1168, #1176, #1209).
//
// When a connection closes, `closed()` sets its socket to null but leaves a queued write
// (`chunk`) and the write timer's id behind. A query that then runs on that connection (the
// ROLLBACK postgres.js sends for a transaction whose connection just died) schedules
// `nextWrite`, which calls `socket.write` on null inside a setImmediate: an uncaught TypeError
// that takes the whole app server down. The patch makes that write fail the pending queries
// with CONNECTION_CLOSED (which the app maps to 503) and clears the stale write state on close.
// Idempotent; prints what it did. tests/faults/database-crash.test.ts fails without it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'postgres');
const MARK = 'scenario-hub patch';

const replacements = [
	[
		'  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)',
		`  function nextWrite(fn) {
    if (!socket) { // ${MARK}: the connection closed with this write queued
      nextWriteTimer !== null && clearImmediate(nextWriteTimer)
      chunk = nextWriteTimer = null
      error(Errors.connection('CONNECTION_CLOSED', options))
      return false
    }
    const x = socket.write(chunk, fn)`
	],
	[
		'    remaining = 0\n    incomings = null\n    clearImmediate(nextWriteTimer)\n',
		`    remaining = 0\n    incomings = null\n    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null // ${MARK}\n`
	]
];

let patched = 0;
for (const flavour of ['src', 'cjs/src', 'cf/src']) {
	const file = join(root, flavour, 'connection.js');
	if (!existsSync(file)) continue;
	let source = readFileSync(file, 'utf8');
	if (source.includes(MARK)) continue;
	for (const [from, to] of replacements) {
		if (!source.includes(from)) {
			console.warn(`patch-postgres: ${flavour}/connection.js has changed, not patched`);
			source = '';
			break;
		}
		source = source.replace(from, to);
	}
	if (source) {
		writeFileSync(file, source);
		patched += 1;
	}
}
if (patched) console.log(`patch-postgres: patched ${patched} copies of postgres.js`);
