import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface RunningServer {
	name: string;
	url: string;
	process: ChildProcess;
	stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

export interface StartOptions {
	name: string;
	cwd: string;
	/** node arguments: flags, then the script and its arguments */
	args: string[];
	env: Record<string, string>;
	port: number;
	/** a path that answers once the server is ready (any HTTP status counts as up) */
	readyPath: string;
	logFile: string;
	timeoutMs?: number;
}

/** Starts a Node server as a child process, logging to a file, and waits until it answers. */
export async function startNodeServer(options: StartOptions): Promise<RunningServer> {
	const url = `http://127.0.0.1:${options.port}`;
	const log = createWriteStream(options.logFile);
	const child = spawn(process.execPath, options.args, {
		cwd: options.cwd,
		env: { ...process.env, ...options.env, PORT: String(options.port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.pipe(log);
	child.stderr?.pipe(log);
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			const timer = new Promise((resolve) => setTimeout(resolve, 15_000));
			await Promise.race([exited, timer]);
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
		}
		log.end();
	};
	const deadline = Date.now() + (options.timeoutMs ?? 120_000);
	for (;;) {
		if (child.exitCode !== null) {
			throw new Error(`${options.name} exited with ${child.exitCode}; see ${options.logFile}`);
		}
		try {
			await fetch(url + options.readyPath, { signal: AbortSignal.timeout(2000) });
			break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`${options.name} did not answer in time; see ${options.logFile}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return { name: options.name, url, process: child, stop };
}

export function appServerArgs(projectRoot: string, profileDir?: string): string[] {
	const script = join(projectRoot, 'scripts/server-entry.js');
	return profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, script] : [script];
}
