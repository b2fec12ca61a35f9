// Playwright's web server: the production build (built if stale) on the e2e database.
// Server output is also written to a log file that tests/e2e/log-scan.spec.ts scans for
// secrets at the end of the run. Its path is fixed per run (by port) and outside the
// Playwright output folder, which Playwright empties and PW_OUTPUT_DIR moves.
import { createWriteStream } from 'node:fs';
import { buildIfStale, projectRoot } from '../../scripts/build-if-stale.js';
import { e2eServerLogPath } from './server-log.js';

buildIfStale();
const log = createWriteStream(e2eServerLogPath(process.env.PORT), { flags: 'w' });
for (const stream of [process.stdout, process.stderr]) {
	const write = stream.write.bind(stream);
	stream.write = (chunk, ...rest) => {
		log.write(chunk);
		return write(chunk, ...rest);
	};
}
process.env.BODY_SIZE_LIMIT ??= '1M';
// A full e2e run signs the demo accounts in and out many times a minute from one address, and
// sends more reset links than the per-address limit allows. The limits are proven by
// tests/integration/security-rate-limits.test.ts and security-sign-in.test.ts.
process.env.DISABLE_RATE_LIMITS ??= 'true';
process.chdir(projectRoot);
await import('../../scripts/server-entry.js');
