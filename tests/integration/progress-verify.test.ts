import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type DbKind } from '../../src/lib/server/db/client';
import { runMigrations } from '../../src/lib/server/db/migrate';
import { finishAttempt, startAttempt } from '../../src/lib/server/services/progress/attempts';
import { rate } from '../../src/lib/server/services/progress/rating';
import { setSaved } from '../../src/lib/server/services/progress/save';
import { setUserDisabled } from '../../src/lib/server/services/admin/users';
import { createPostgresDatabase, ENGINES } from '../support/db';
import { insertSkills, makeScenario, makeUser } from '../support/factories';

// `npm run db:verify` as a real process: exit 0 after the progress service's writes, exit 1
// naming the column once a counter or a progress total is tampered with.

const run = promisify(execFile);

async function verify(env: Record<string, string>) {
	try {
		const { stdout } = await run(resolve('node_modules/.bin/tsx'), ['scripts/db-verify.ts'], {
			env: { ...process.env, LOG_LEVEL: 'silent', ...env }
		});
		return { code: 0, stdout };
	} catch (e) {
		const error = e as { code: number; stdout: string };
		return { code: error.code, stdout: error.stdout };
	}
}

describe.each(ENGINES)('db:verify after progress writes on %s', (engine: DbKind) => {
	const cleanups: (() => Promise<void>)[] = [];
	afterAll(async () => {
		for (const cleanup of cleanups) await cleanup();
	});

	async function open(): Promise<{ database: Database; env: Record<string, string> }> {
		if (engine === 'postgres') {
			const pg = await createPostgresDatabase();
			const database = openDatabase({ url: pg.url });
			await runMigrations(database, pg.url);
			cleanups.push(pg.drop);
			return { database, env: { DATABASE_URL: pg.url } };
		}
		const dir = mkdtempSync(join(tmpdir(), 'sh-verify-'));
		const database = openDatabase({ pgliteDir: dir });
		await runMigrations(database);
		cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
		return { database, env: { DATABASE_URL: '', PGLITE_DIR: dir } };
	}

	it('passes after saves, ratings and attempts, and fails on a tampered counter', async () => {
		const { database, env } = await open();
		const { db } = database;
		await insertSkills(db);
		const user = await makeUser(db);
		const scenario = await makeScenario(db);
		await setSaved(db, user.id, { scenarioId: scenario.id, saved: true });
		const attempt = await startAttempt(db, user.id, { scenarioId: scenario.id });
		await rate(db, user.id, { scenarioId: scenario.id, rating: 4, review: 'Good' });
		await finishAttempt(db, user.id, { attemptId: attempt.attemptId, completed: true });
		// A disabled account's rating is on its row but counted nowhere, and verify agrees.
		const admin = await makeUser(db, { role: 'admin' });
		const gone = await makeUser(db);
		await startAttempt(db, gone.id, { scenarioId: scenario.id });
		await rate(db, gone.id, { scenarioId: scenario.id, rating: 1, review: 'Bad' });
		await setUserDisabled(db, admin.id, gone.id, true);
		await database.close();

		const clean = await verify(env);
		expect(clean.stdout).toContain('no drift');
		expect(clean.code).toBe(0);

		const again = openDatabase(
			engine === 'postgres' ? { url: env.DATABASE_URL } : { pgliteDir: env.PGLITE_DIR }
		);
		await again.db.execute(
			sql`update scenario_metadata set rating_sum = rating_sum + 1 where scenario_id = ${scenario.id}`
		);
		await again.db.execute(
			sql`update user_scenario_progress set total_time_spent = total_time_spent + 60`
		);
		await again.close();

		const drifted = await verify(env);
		expect(drifted.code).toBe(1);
		expect(drifted.stdout).toContain('rating_sum: stored 5, expected 4');
		expect(drifted.stdout).toMatch(/drift {2}progress .* time \d+ s vs \d+ s/);
	}, 240_000);
});
