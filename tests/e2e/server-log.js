import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where tests/e2e/serve.js writes the server log of the run listening on `port`.
 * @param {string | number | undefined} port
 */
export function e2eServerLogPath(port) {
	return process.env.E2E_SERVER_LOG ?? join(tmpdir(), `scenario-hub-e2e-server-${port}.log`);
}
