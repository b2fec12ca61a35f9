import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../support/server';

// A PostgreSQL 15 server of the test's own (data directory, socket directory and port), so a
// test can kill it hard and start it again without touching the machine's shared server.

const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export const throwawayPostgresAvailable = existsSync(join(BIN, 'initdb'));

/** Runs a PostgreSQL binary as the `postgres` user (initdb refuses root). */
function runAsPostgres(command: string[]) {
	const line = command.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
	const result =
		process.getuid?.() === 0
			? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', line], { encoding: 'utf8' })
			: spawnSync('/bin/sh', ['-c', line], { encoding: 'utf8' });
	if (result.status !== 0) {
		throw new Error(`${command[0]} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
	}
	return result.stdout;
}

function pidAlive(pid: number) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** Direct children of `pid`, from /proc (the postmaster's backends and helpers). */
function childrenOf(pid: number): number[] {
	const children: number[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			// pid (comm) state ppid ...: comm may contain spaces, so read after the last ')'
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			if (ppid === pid) children.push(Number(entry));
		} catch {
			// the process ended while we looked
		}
	}
	return children;
}

export class ThrowawayPostgres {
	private constructor(
		readonly dir: string,
		readonly port: number
	) {}

	get dataDir() {
		return join(this.dir, 'data');
	}

	get url() {
		return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
	}

	static async create(): Promise<ThrowawayPostgres> {
		const dir = mkdtempSync(join(tmpdir(), 'sh-faults-pg-'));
		if (process.getuid?.() === 0) {
			const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
			const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
			chownSync(dir, uid, gid);
		}
		const pg = new ThrowawayPostgres(dir, await freePort());
		runAsPostgres([
			join(BIN, 'initdb'),
			'-D',
			pg.dataDir,
			'-U',
			'postgres',
			'-A',
			'trust',
			'--no-sync',
			'-E',
			'UTF8'
		]);
		pg.start();
		return pg;
	}

	/** Starts (or restarts after a crash: PostgreSQL replays its WAL) and waits until it accepts. */
	start() {
		runAsPostgres([
			join(BIN, 'pg_ctl'),
			'-D',
			this.dataDir,
			'-l',
			join(this.dir, 'server.log'),
			'-o',
			`-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=60`,
			'-w',
			'-t',
			'60',
			'start'
		]);
	}

	postmasterPid(): number | null {
		try {
			return Number(readFileSync(join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
		} catch {
			return null;
		}
	}

	/** A crash: SIGKILL to the postmaster and every backend at once, no shutdown at all. */
	async kill() {
		const pid = this.postmasterPid();
		if (!pid || !pidAlive(pid)) throw new Error('the throwaway PostgreSQL is not running');
		const all = [pid, ...childrenOf(pid)];
		for (const p of all) {
			try {
				process.kill(p, 'SIGKILL');
			} catch {
				// already gone
			}
		}
		const deadline = Date.now() + 10_000;
		while (all.some(pidAlive)) {
			if (Date.now() > deadline) throw new Error('PostgreSQL survived SIGKILL');
			await new Promise((r) => setTimeout(r, 20));
		}
	}

	async destroy() {
		const pid = this.postmasterPid();
		if (pid && pidAlive(pid)) {
			try {
				runAsPostgres([join(BIN, 'pg_ctl'), '-D', this.dataDir, '-m', 'immediate', 'stop']);
			} catch {
				await this.kill().catch(() => {});
			}
		}
		rmSync(this.dir, { recursive: true, force: true });
	}

	log() {
		try {
			return readFileSync(join(this.dir, 'server.log'), 'utf8');
		} catch {
			return '';
		}
	}
}

/** A POST to a tRPC mutation as the app's browser client sends it, with its timing. */
export async function timedFetch(url: string, init: RequestInit = {}) {
	const started = Date.now();
	try {
		const response = await fetch(url, { redirect: 'manual', ...init });
		const text = await response.text();
		return { status: response.status, text, started, ms: Date.now() - started, response };
	} catch (error) {
		return { status: -1, text: String(error), started, ms: Date.now() - started, response: null };
	}
}
