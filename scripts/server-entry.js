// Runs the production build (build/index.js) with two additions adapter-node lacks:
// - Static files (/_app/immutable/*, static/) are served before SvelteKit's hooks see the
//   request, so the baseline security headers are set here as defaults on every response
//   (SvelteKit's own headers override them).
// - On SIGTERM adapter-node stops listening and waits for open connections, but a keep-alive
//   connection that just finished its request stays open until its idle timeout (5 s). Here
//   responses finishing during shutdown say `Connection: close` and idle sockets are closed at
//   once, so the process exits as soon as the in-flight requests are done.
// - A request whose body was not read to its end when the answer went out (a 308 for a path
//   with dot segments or a cross-site 403, both answered before the hooks run; an unknown action)
//   has its rest read and dropped, as Node does for a body nobody touched. adapter-node starts
//   reading every body into a stream and pauses after the first chunk; Node then leaves the
//   paused request alone, the next request on that keep-alive connection is never parsed, and
//   the client gets a reset after the 5 s idle timeout (the page fuzz found it).
import { join } from 'node:path';
import { BASELINE_HEADERS, NON_PAGE_CSP } from '../src/lib/server/security/baseline-headers.js';
import { projectRoot } from './build-if-stale.js';

/** @type {{ server: { server: import('node:http').Server } }} */
const app = await import(join(projectRoot, 'build', 'index.js'));
const httpServer = app.server.server;

/** Resolves once the server accepts connections (the database is migrated and seeded by then). */
export const listening = httpServer.listening
	? Promise.resolve(httpServer)
	: new Promise((resolve) => httpServer.once('listening', () => resolve(httpServer)));

let stopping = false;
/** @type {Set<import('node:http').ServerResponse>} */
const open = new Set();

httpServer.prependListener('request', (request, response) => {
	for (const [name, value] of Object.entries(BASELINE_HEADERS)) response.setHeader(name, value);
	response.setHeader('Content-Security-Policy', NON_PAGE_CSP);
	if (stopping) response.setHeader('Connection', 'close');
	open.add(response);
	response.once('finish', () => {
		if (request.complete || request.destroyed) return;
		request.removeAllListeners('data');
		request.resume();
	});
	response.once('close', () => {
		open.delete(response);
		if (stopping) setImmediate(() => httpServer.closeIdleConnections());
	});
});

for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
	process.once(signal, () => {
		stopping = true;
		for (const response of open) {
			if (!response.headersSent) response.setHeader('Connection', 'close');
		}
	});
}
