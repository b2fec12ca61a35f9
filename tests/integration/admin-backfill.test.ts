import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { desc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/lib/server/db/client';
import { runMigrations } from '../../src/lib/server/db/migrate';
import { auditLog, metadataProposals, scenarios } from '../../src/lib/server/db/schema';
import { callerAs } from '../support/caller';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { insertSkills, makeScenario, makeUser } from '../support/factories';

const run = promisify(execFile);

async function metadataOf(db: Db, ids: string[]) {
	const rows = await db
		.select({
			id: scenarios.id,
			skills: scenarios.skills,
			difficulty: scenarios.difficulty,
			estimatedTime: scenarios.estimatedTime,
			metadataVersion: scenarios.metadataVersion
		})
		.from(scenarios)
		.where(inArray(scenarios.id, ids));
	return ids.map((id) => rows.find((r) => r.id === id)!);
}

/** Scenarios whose text the analyzer reads, none of them with skills yet. */
async function seedIncomplete(db: Db) {
	const grief = await makeScenario(db, {
		slug: 'backfill-grief',
		content: {
			title: 'Routine call: a widow on the anniversary',
			description: 'Her husband died a year ago; grief and loss come in waves.',
			skills: [],
			category: 'cohort_training'
		}
	});
	const suicide = await makeScenario(db, {
		slug: 'backfill-safety',
		content: {
			title: 'Complex caller with a safety plan',
			description: 'Thoughts of suicide; build a safety plan together.',
			skills: [],
			difficulty: 'beginner',
			estimatedTime: 10
		}
	});
	const oneTime = await makeScenario(db, {
		slug: 'backfill-one-time',
		content: { title: 'One-time', description: 'Grief.', skills: [], isOneTime: true }
	});
	const complete = await makeScenario(db, {
		slug: 'backfill-complete',
		content: { title: 'Complete', skills: ['active-listening'] }
	});
	return { grief, suicide, oneTime, complete };
}

describe.each(ENGINES)('metadata backfill on %s', (engine) => {
	let database: TestDatabase;
	let admin: Awaited<ReturnType<typeof makeUser>>;
	let rows: Awaited<ReturnType<typeof seedIncomplete>>;
	const backfill = () => callerAs(database.db, admin).admin.backfill;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await insertSkills(database.db);
		admin = await makeUser(database.db, { role: 'admin' });
		rows = await seedIncomplete(database.db);
	});
	afterAll(() => database?.destroy());

	it('proposes metadata for scenarios missing it, beside the current values', async () => {
		expect((await backfill().state()).coverage).toEqual({ complete: 1, total: 3, ratio: 1 / 3 });
		expect(await backfill().generate({ scope: 'missing' })).toEqual({ proposals: 2 });
		const state = await backfill().state();
		expect(state.counts.pending).toBe(2);
		const grief = state.proposals.find((p) => p.slug === 'backfill-grief')!;
		expect(grief).toMatchObject({
			status: 'pending',
			stale: false,
			current: { skills: [], difficulty: 'beginner', estimatedTime: 10 },
			proposed: { difficulty: 'beginner', estimatedTime: 10 }
		});
		expect(grief.proposed.skills[0]).toBe('grief-support');
		const safety = state.proposals.find((p) => p.slug === 'backfill-safety')!;
		// Only what is missing is added: the author's difficulty and time stay.
		expect(safety.proposed).toMatchObject({ difficulty: 'beginner', estimatedTime: 10 });
		expect(safety.reasons.difficulty).toBe(
			'kept (already set; the rules would say advanced: title says “complex”)'
		);
		expect(safety.proposed.skills).toEqual(
			expect.arrayContaining(['risk-assessment', 'safety-planning'])
		);
		// Each skill with the words that matched and where.
		expect(safety.reasons.skills.find((r) => r.skill === 'safety-planning')).toMatchObject({
			change: 'added',
			evidence: [
				{ field: 'title', words: ['safety plan'] },
				{ field: 'description', words: ['safety plan'] }
			]
		});
		expect(state.proposals.every((p) => p.missingMetadata)).toBe(true);
		expect(state.counts.pendingMissing).toBe(2);
	});

	it('accepts with edits, rejects, applies atomically, and reaches 100 % coverage', async () => {
		const state = await backfill().state();
		const grief = state.proposals.find((p) => p.slug === 'backfill-grief')!;
		const safety = state.proposals.find((p) => p.slug === 'backfill-safety')!;
		await expect(
			backfill().decide({
				id: grief.id,
				decision: 'accept',
				values: { skills: ['no-such-skill'], difficulty: 'beginner', estimatedTime: 10 }
			})
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await backfill().decide({
			id: grief.id,
			decision: 'accept',
			values: {
				skills: ['grief-support', 'active-listening'],
				difficulty: 'beginner',
				estimatedTime: 20
			}
		});
		await backfill().decide({ id: safety.id, decision: 'reject' });
		await expect(backfill().applyAccepted()).resolves.toMatchObject({ applied: 1, changed: 1 });
		expect((await metadataOf(database.db, [rows.grief.id]))[0]).toMatchObject({
			skills: ['grief-support', 'active-listening'],
			difficulty: 'beginner',
			estimatedTime: 20,
			metadataVersion: 2
		});
		expect((await metadataOf(database.db, [rows.suicide.id]))[0].skills).toEqual([]);

		// The rejected one, re-analysed and accepted in bulk, completes the coverage.
		await backfill().generate({ scope: 'missing' });
		expect((await backfill().decideAll({ decision: 'accept' })).decided).toBe(1);
		const progress: number[] = [];
		const { applyAcceptedProposals } = await import('../../src/lib/server/services/admin/backfill');
		const result = await applyAcceptedProposals(database.db, admin.id, {
			onProgress: (done) => progress.push(done)
		});
		expect(result).toMatchObject({ applied: 1, changed: 1 });
		expect(progress.at(-1)).toBe(1);
		expect((await backfill().state()).coverage).toEqual({ complete: 3, total: 3, ratio: 1 });
		const entries = await callerAs(database.db, admin).admin.audit.list({ entityType: 'scenario' });
		expect(entries.items[0]).toMatchObject({
			action: 'scenario.metadata.backfill',
			undoable: true
		});
	});

	it('never makes complete metadata worse: adds only, shows why, and “accept all” leaves it alone', async () => {
		// The seeded scenario whose "Limited English" matched boundary-setting's /limit/.
		const limited = await makeScenario(database.db, {
			slug: 'backfill-limited-english',
			content: {
				title: 'A Caller With Limited English: "My Father Fall Down"',
				description:
					'A woman with limited English calls the crisis line because her elderly father has fallen in the kitchen.',
				skills: ['call-routing', 'resource-linkage', 'active-listening'],
				difficulty: 'intermediate',
				estimatedTime: 15
			}
		});
		await makeScenario(database.db, {
			slug: 'backfill-nothing-to-add',
			content: { title: 'Hello', description: 'A quiet chat.', skills: ['grief-support'] }
		});
		const missing = await makeScenario(database.db, {
			slug: 'backfill-still-missing',
			content: { title: 'A grieving caller', description: 'Her dog died.', skills: [] }
		});
		await backfill().generate({ scope: 'all' });
		const state = await backfill().state();
		const proposal = state.proposals.find((p) => p.slug === 'backfill-limited-english')!;
		expect(proposal.missingMetadata).toBe(false);
		expect(proposal.proposed).toEqual({
			skills: ['call-routing', 'resource-linkage', 'active-listening', 'boundary-setting'],
			difficulty: 'intermediate',
			estimatedTime: 15
		});
		expect(proposal.reasons.skills.find((r) => r.skill === 'boundary-setting')).toMatchObject({
			change: 'added',
			why: '“Limited” in the title; “limited” in the description'
		});
		expect(proposal.reasons.skills.filter((r) => r.change === 'removed')).toEqual([]);
		// Scenarios the analysis would not change get no proposal at all.
		expect(state.proposals.some((p) => p.slug === 'backfill-nothing-to-add')).toBe(false);

		const decided = await backfill().decideAll({ decision: 'accept' });
		expect(decided.decided).toBeGreaterThanOrEqual(1);
		expect(decided.skipped).toBeGreaterThanOrEqual(1);
		const after = await backfill().state();
		expect(after.proposals.find((p) => p.slug === 'backfill-limited-english')!.status).toBe(
			'pending'
		);
		expect(after.proposals.find((p) => p.slug === 'backfill-still-missing')!.status).toBe(
			'accepted'
		);
		await backfill().applyAccepted();
		expect((await metadataOf(database.db, [limited.id]))[0]).toMatchObject({
			skills: ['call-routing', 'resource-linkage', 'active-listening'],
			metadataVersion: 1
		});
		expect((await metadataOf(database.db, [missing.id]))[0].skills).toContain('grief-support');
	});

	it('replaces only when an admin chooses it, and then says what each proposal removes', async () => {
		await backfill().generate({ scope: 'all', mode: 'replace' });
		const proposal = (await backfill().state()).proposals.find(
			(p) => p.slug === 'backfill-limited-english'
		)!;
		expect(proposal.proposed.skills).toEqual(['boundary-setting']);
		expect(
			proposal.reasons.skills.filter((r) => r.change === 'removed').map((r) => r.skill)
		).toEqual(['call-routing', 'resource-linkage', 'active-listening']);
		const [entry] = await database.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'backfill.generate'))
			.orderBy(desc(auditLog.id))
			.limit(1);
		expect(entry.after).toMatchObject({ scope: 'all', mode: 'replace' });
		await backfill().decideAll({ decision: 'reject' });
	});

	it('refuses to apply over a scenario edited after the analysis (CONFLICT, nothing applied)', async () => {
		const a = await makeScenario(database.db, { content: { title: 'Stale A', skills: [] } });
		const b = await makeScenario(database.db, { content: { title: 'Stale B', skills: [] } });
		await backfill().generate({ scope: 'missing' });
		await backfill().decideAll({ decision: 'accept' });
		await callerAs(database.db, admin).admin.scenario.updateMetadata({
			scenarioId: b.id,
			skills: ['termination'],
			difficulty: 'advanced',
			estimatedTime: 40,
			metadataVersion: 1
		});
		const before = await metadataOf(database.db, [a.id, b.id]);
		const error = await backfill()
			.applyAccepted()
			.catch((e) => e);
		expect(error).toMatchObject({ code: 'CONFLICT' });
		expect(error.message).toContain('“Stale B”');
		expect(await metadataOf(database.db, [a.id, b.id])).toEqual(before);
		const statuses = await database.db
			.select({ status: metadataProposals.status })
			.from(metadataProposals)
			.where(eq(metadataProposals.scenarioId, a.id));
		expect(statuses.map((s) => s.status)).toEqual(['accepted']);
	});
});

// The CLI, run for real as child processes against a test database of each engine.

const root = process.cwd();

function npmRun(script: string, args: string[], env: Record<string, string>) {
	return run('npm', ['run', script, '--', ...args], {
		cwd: root,
		env: { ...process.env, LOG_LEVEL: 'warn', ...env },
		maxBuffer: 20 * 1024 * 1024
	}).then(
		(r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
		(e: { code: number; stdout: string; stderr: string }) => ({
			code: e.code,
			stdout: e.stdout,
			stderr: e.stderr
		})
	);
}

describe.each(ENGINES)('metadata:analyze and metadata:apply as processes on %s', (engine) => {
	let dir: string;
	let env: Record<string, string>;
	let withDb: <T>(body: (db: Db) => Promise<T>) => Promise<T>;
	let destroy: () => Promise<void>;
	let ids: Awaited<ReturnType<typeof seedIncomplete>>;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'sh-metadata-cli-'));
		if (engine === 'postgres') {
			const database = await createTestDatabase('postgres');
			env = { DATABASE_URL: database.url! };
			withDb = (body) => body(database.db);
			destroy = () => database.destroy();
		} else {
			// PGlite is single-process: open it, write, close, let the script open it, reopen.
			const pgliteDir = join(dir, 'pglite');
			env = { DATABASE_URL: '', PGLITE_DIR: pgliteDir };
			withDb = async (body) => {
				const database = openDatabase({ pgliteDir });
				try {
					return await body(database.db);
				} finally {
					await database.close();
				}
			};
			await withDb(async (db) => {
				await runMigrations({ db, kind: 'pglite', close: async () => {} });
			});
			destroy = async () => {};
		}
		ids = await withDb(async (db) => {
			await insertSkills(db);
			return seedIncomplete(db);
		});
	});
	afterAll(async () => {
		await destroy?.();
		rmSync(dir, { recursive: true, force: true });
	});

	it('metadata:analyze prints the proposals as JSON (npm’s banner aside, nothing else)', async () => {
		const result = await npmRun('metadata:analyze', [], env);
		expect(result.code).toBe(0);
		const json = result.stdout.slice(result.stdout.indexOf('{'));
		expect(result.stdout.slice(0, result.stdout.indexOf('{')).trim()).toMatch(/^(>.*\s*)*$/);
		const document = JSON.parse(json);
		expect(document.format).toBe('scenario-hub/metadata-proposals');
		expect(document.mode).toBe('add');
		expect(document.proposals.map((p: { slug: string }) => p.slug).sort()).toEqual([
			'backfill-grief',
			'backfill-safety'
		]);
		// Each proposal carries its reasons, as data and as lines.
		const safety = document.proposals.find((p: { slug: string }) => p.slug === 'backfill-safety');
		expect(safety.why).toEqual(
			expect.arrayContaining([
				'+ safety-planning: “safety plan” in the title; “safety plan” in the description',
				'difficulty beginner: kept (already set; the rules would say advanced: title says “complex”)'
			])
		);
		expect(safety.reasons.skills[0]).toHaveProperty('evidence');
		writeFileSync(join(dir, 'proposals.json'), result.stdout);
	});

	it('metadata:apply with an invalid file prints every error, exits 1, applies nothing', async () => {
		const before = await withDb((db) => metadataOf(db, [ids.grief.id, ids.suicide.id]));
		const file = join(dir, 'invalid.json');
		writeFileSync(
			file,
			JSON.stringify({
				proposals: [
					{
						scenarioId: ids.grief.id,
						skills: ['grief-support'],
						difficulty: 'beginner',
						estimatedTime: 10
					},
					{
						slug: 'backfill-safety',
						skills: ['risk-assessment', 'made-up-skill'],
						difficulty: 'advanced',
						estimatedTime: 61
					},
					{
						slug: 'no-such-scenario',
						skills: ['grief-support'],
						difficulty: 'beginner',
						estimatedTime: 10
					},
					{ slug: 'backfill-complete', skills: [], difficulty: 'expert', estimatedTime: 10 }
				]
			})
		);
		const result = await npmRun('metadata:apply', [file], env);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(
			'row 2 (“Complex caller with a safety plan” (backfill-safety))'
		);
		expect(result.stderr).toContain('unknown or inactive skill: made-up-skill');
		expect(result.stderr).toContain('from 5 to 60 (got 61)');
		expect(result.stderr).toContain('row 3 (no-such-scenario): no such scenario');
		expect(result.stderr).toMatch(/row 4 .*needs at least one skill; difficulty must be one of/);
		expect(result.stderr).toContain('3 invalid row(s); nothing was applied');
		expect(await withDb((db) => metadataOf(db, [ids.grief.id, ids.suicide.id]))).toEqual(before);
	});

	it('metadata:apply with the analyzed file applies every row in one transaction', async () => {
		const result = await npmRun('metadata:apply', [join(dir, 'proposals.json')], env);
		expect(result.stderr).not.toContain('error');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('metadata:apply: 2 scenario(s) changed, 0 already up to date');
		// What changed per scenario, with the reasons the file carried.
		expect(result.stdout).toMatch(
			/row \d “Complex caller with a safety plan” \(backfill-safety\): skills \+/
		);
		expect(result.stdout).toContain('    + safety-planning: “safety plan” in the title');
		const after = await withDb((db) => metadataOf(db, [ids.grief.id, ids.suicide.id]));
		expect(after[0]).toMatchObject({
			difficulty: 'beginner',
			estimatedTime: 10,
			metadataVersion: 2
		});
		expect(after[0].skills[0]).toBe('grief-support');
		expect(after[1]).toMatchObject({
			difficulty: 'beginner',
			estimatedTime: 10,
			metadataVersion: 2
		});
		const [entry] = await withDb((db) =>
			db.select().from(auditLog).where(eq(auditLog.action, 'scenario.metadata.apply_file'))
		);
		expect(entry).toMatchObject({ actorId: null, entityType: 'scenario' });

		// The same file again is stale now (the scenarios moved past the analysed version).
		const again = await npmRun('metadata:apply', [join(dir, 'proposals.json')], env);
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('changed since the analysis');
	});
});
