// Builds the production app when there is no build or a source is newer than the last one.
// Used by `npm start` and by the test suites that talk to the real server.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(projectRoot, 'build', '.built-at');
const inputs = ['src', 'static', 'drizzle', 'svelte.config.js', 'vite.config.ts', 'package.json'];

/** @param {string} path @returns {number} */
function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.mtimeMs;
	let newest = stats.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

const lockDir = join(projectRoot, '.build-lock');

/** Several test runs may start at once: only one builds, the others wait for it. */
function withBuildLock(/** @type {() => boolean} */ body) {
	const deadline = Date.now() + 10 * 60_000;
	for (;;) {
		try {
			mkdirSync(lockDir);
			break;
		} catch {
			const age = existsSync(lockDir) ? Date.now() - statSync(lockDir).mtimeMs : 0;
			if (age > 10 * 60_000) rmSync(lockDir, { recursive: true, force: true });
			if (Date.now() > deadline) throw new Error('timed out waiting for another build');
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
		}
	}
	try {
		return body();
	} finally {
		rmSync(lockDir, { recursive: true, force: true });
	}
}

export function buildIfStale({ quiet = false } = {}) {
	return withBuildLock(() => buildUnlocked(quiet));
}

/** @param {boolean} quiet */
function buildUnlocked(quiet) {
	const stale =
		!existsSync(stamp) ||
		inputs.some((input) => newestMtime(join(projectRoot, input)) > statSync(stamp).mtimeMs);
	if (!stale) return false;
	if (!quiet) console.log('building the app (no build yet, or sources changed)…');
	// Always a production build: under vitest NODE_ENV is 'test', and Vite would then build Svelte's
	// development runtime (bigger and slower) into the same build/ that npm start serves.
	execFileSync(process.execPath, [join(projectRoot, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: projectRoot,
		stdio: quiet ? 'ignore' : 'inherit',
		env: { ...process.env, NODE_ENV: 'production' }
	});
	writeFileSync(stamp, new Date().toISOString());
	return true;
}
