// Builds the production app when there is no build or a source is newer than the last one.
// Used by `npm start` and by the test suites that talk to the real server. The build's own output
// (Vite's chunk list, adapter hints) is captured and printed only when the build fails.
import { spawnSync } from 'node:child_process';
import {
	closeSync,
	existsSync,
	mkdirSync,
	openSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
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

/** Whether the process that took the build lock has died without releasing it. */
function lockHolderGone() {
	try {
		const pid = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
		if (!pid) return false;
		process.kill(pid, 0);
		return false;
	} catch (error) {
		return /** @type {NodeJS.ErrnoException} */ (error).code === 'ESRCH';
	}
}

/** Several test runs may start at once: only one builds, the others wait for it. */
function withBuildLock(/** @type {() => boolean} */ body, quiet = false) {
	const deadline = Date.now() + 10 * 60_000;
	let told = quiet;
	for (;;) {
		try {
			mkdirSync(lockDir);
			writeFileSync(join(lockDir, 'pid'), String(process.pid));
			break;
		} catch {
			const age = existsSync(lockDir) ? Date.now() - statSync(lockDir).mtimeMs : 0;
			if (age > 10 * 60_000 || lockHolderGone()) rmSync(lockDir, { recursive: true, force: true });
			else if (Date.now() > deadline) throw new Error('timed out waiting for another build');
			else {
				if (!told) console.log(`Waiting for another build of the app (${lockDir})…`);
				told = true;
				Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
			}
		}
	}
	try {
		return body();
	} finally {
		rmSync(lockDir, { recursive: true, force: true });
	}
}

export function buildIfStale({ quiet = false } = {}) {
	return withBuildLock(() => buildUnlocked(quiet), quiet);
}

/** @param {boolean} quiet */
function buildUnlocked(quiet) {
	const stale =
		!existsSync(stamp) ||
		inputs.some((input) => newestMtime(join(projectRoot, input)) > statSync(stamp).mtimeMs);
	if (!stale) return false;
	const started = Date.now();
	if (!quiet) process.stdout.write('Building the app (no build yet, or sources changed)… ');
	const logFile = join(tmpdir(), `scenario-hub-build-${process.pid}-${started}.log`);
	const fd = openSync(logFile, 'w');
	let result;
	try {
		// Always a production build: under vitest NODE_ENV is 'test', and Vite would then build
		// Svelte's development runtime (bigger and slower) into the same build/ that npm start serves.
		result = spawnSync(
			process.execPath,
			[join(projectRoot, 'node_modules/vite/bin/vite.js'), 'build'],
			{
				cwd: projectRoot,
				stdio: ['ignore', fd, fd],
				env: { ...process.env, NODE_ENV: 'production' }
			}
		);
	} finally {
		closeSync(fd);
	}
	const output = readFileSync(logFile, 'utf8');
	rmSync(logFile, { force: true });
	if (result.status !== 0) {
		if (!quiet) console.log('failed.');
		process.stderr.write(output);
		const why = result.error?.message ?? `exit ${result.status ?? result.signal}`;
		throw new Error(`the build failed (${why}); its output is above`);
	}
	writeFileSync(stamp, new Date().toISOString());
	if (!quiet) console.log(`done in ${Math.round((Date.now() - started) / 1000)} s.`);
	return true;
}
