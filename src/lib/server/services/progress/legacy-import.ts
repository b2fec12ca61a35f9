import { createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { legacyLineSchema, type LegacyAttempt, type LegacyOutcome } from '../../../schemas/admin';
import type { Executor, Tx } from '../../db/client';
import { scenarioAttempts, scenarios, users } from '../../db/schema';
import { AppError, problemsError, type ImportProblem } from '../../errors';
import { recordAudit } from '../audit/record';
import { rebuildCounters } from './verify';
import { isUuid } from '../../../domain/ids';

// The one-off import of the old `scenario_attempts` / `scenario_outcomes` rows (seed 004) into
// attempts, progress and, through rebuildCounters, exact scenario metadata. It validates the
// whole file before writing anything, then writes in one transaction. It lives here because it
// writes user_scenario_progress, which only services/progress/ does.

type Progress = (done: number, total: number) => void;

/** A stable uuid for a legacy row, so importing the same file twice adds nothing the second time. */
export function legacyUuid(kind: string, legacyId: string): string {
	const hex = createHash('sha256').update(`scenario-hub:legacy:${kind}:${legacyId}`).digest('hex');
	const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

interface ResolvedLine {
	line: number;
	userId: string;
	scenarioId: string;
}
type AttemptLine = LegacyAttempt & ResolvedLine;
type OutcomeLine = LegacyOutcome & ResolvedLine;

export interface LegacySummary {
	lines: number;
	attempts: number;
	outcomes: number;
	/** completed outcomes without an attempt row: imported as a completed attempt */
	completionsWithoutAttempt: number;
	users: number;
	scenarios: number;
}

/**
 * Imports legacy JSON lines. Validates every line first (shape, users and scenarios exist,
 * outcomes point at attempts of the same user and scenario); any problem = BAD_REQUEST with
 * every line named and nothing written. Then, in one transaction: attempts (legacy attempts
 * are all finished: `completed` when a completed outcome closes them, else `abandoned`),
 * progress rows recomputed from the attempts, saves and first ratings from the outcomes, and
 * the affected scenarios' counters rebuilt from the rows.
 */
export async function importLegacyProgress(
	db: Executor,
	actorId: string | null,
	text: string,
	options: { dryRun?: boolean; onProgress?: Progress } = {}
): Promise<LegacySummary & { imported: boolean; attemptsAdded: number }> {
	const problems: ImportProblem[] = [];
	const parsedLines: { line: number; value: LegacyAttempt | LegacyOutcome }[] = [];
	const lines = text.split(/\r?\n/);
	lines.forEach((raw, index) => {
		const line = index + 1;
		if (raw.trim() === '') return;
		let json: unknown;
		try {
			json = JSON.parse(raw);
		} catch {
			problems.push({ at: line, label: 'line', problems: ['not valid JSON'] });
			return;
		}
		const parsed = legacyLineSchema.safeParse(json);
		if (!parsed.success) {
			problems.push({
				at: line,
				label: String((json as { table?: unknown })?.table ?? 'line'),
				problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`)
			});
			return;
		}
		const value = parsed.data;
		const refProblems: string[] = [];
		if (!value.userId && !value.userEmail) refProblems.push('needs userId or userEmail');
		if (!value.scenarioId && !value.scenarioSlug)
			refProblems.push('needs scenarioId or scenarioSlug');
		if (value.table === 'scenario_attempts' && value.endedAt && value.endedAt < value.startedAt)
			refProblems.push('endedAt is before startedAt');
		if (refProblems.length > 0) {
			problems.push({ at: line, label: value.table, problems: refProblems });
			return;
		}
		parsedLines.push({ line, value });
	});
	if (parsedLines.length === 0 && problems.length === 0) {
		throw new AppError('BAD_REQUEST', 'The file has no rows');
	}

	return db.transaction(async (tx) => {
		const resolved = await resolveReferences(tx, parsedLines, problems);
		const attempts = resolved.filter((r): r is AttemptLine => r.table === 'scenario_attempts');
		const outcomes = resolved.filter((r): r is OutcomeLine => r.table === 'scenario_outcomes');
		const attemptsById = new Map<string, AttemptLine>();
		for (const a of attempts) {
			const key = String(a.id);
			if (attemptsById.has(key)) {
				problems.push({
					at: a.line,
					label: 'scenario_attempts',
					problems: [`attempt id ${key} appears twice`]
				});
			} else attemptsById.set(key, a);
		}
		for (const o of outcomes) {
			if (o.attemptId === undefined || o.attemptId === null) continue;
			const attempt = attemptsById.get(String(o.attemptId));
			if (!attempt) {
				problems.push({
					at: o.line,
					label: 'scenario_outcomes',
					problems: [`attemptId ${o.attemptId} is not an attempt of this file`]
				});
			} else if (attempt.userId !== o.userId || attempt.scenarioId !== o.scenarioId) {
				problems.push({
					at: o.line,
					label: 'scenario_outcomes',
					problems: [`attempt ${o.attemptId} belongs to another user or scenario`]
				});
			}
		}
		if (problems.length > 0)
			throw problemsError(
				'line',
				problems.sort((a, b) => a.at - b.at)
			);

		const completedAttempts = new Set(
			outcomes.filter((o) => o.completed && o.attemptId != null).map((o) => String(o.attemptId))
		);
		const orphanCompletions = outcomes.filter((o) => o.completed && o.attemptId == null);
		const pairs = new Map<string, { userId: string; scenarioId: string }>();
		for (const r of resolved) {
			pairs.set(`${r.userId}/${r.scenarioId}`, { userId: r.userId, scenarioId: r.scenarioId });
		}
		const summary: LegacySummary = {
			lines: parsedLines.length,
			attempts: attempts.length,
			outcomes: outcomes.length,
			completionsWithoutAttempt: orphanCompletions.length,
			users: new Set(resolved.map((r) => r.userId)).size,
			scenarios: new Set(resolved.map((r) => r.scenarioId)).size
		};
		if (options.dryRun) return { ...summary, imported: false, attemptsAdded: 0 };

		const rows: (typeof scenarioAttempts.$inferInsert)[] = [
			...attempts.map((a) => {
				const closing = outcomes
					.filter((o) => o.attemptId != null && String(o.attemptId) === String(a.id))
					.map((o) => o.createdAt.getTime());
				const finishedAt =
					a.endedAt ??
					(a.timeSpent != null
						? new Date(a.startedAt.getTime() + a.timeSpent * 1000)
						: closing.length
							? new Date(Math.max(...closing))
							: a.startedAt);
				const timeSpent =
					a.timeSpent ??
					Math.max(0, Math.round((finishedAt.getTime() - a.startedAt.getTime()) / 1000));
				return {
					id: legacyUuid('attempt', String(a.id)),
					userId: a.userId,
					scenarioId: a.scenarioId,
					startedAt: a.startedAt,
					finishedAt,
					outcome: completedAttempts.has(String(a.id))
						? ('completed' as const)
						: ('abandoned' as const),
					timeSpent
				};
			}),
			...orphanCompletions.map((o) => ({
				id: legacyUuid('outcome', o.id !== undefined ? String(o.id) : canonicalLine(o)),
				userId: o.userId,
				scenarioId: o.scenarioId,
				startedAt: o.createdAt,
				finishedAt: o.createdAt,
				outcome: 'completed' as const,
				timeSpent: null
			}))
		];
		const steps = Math.ceil(rows.length / 250) + 3;
		let step = 0;
		const tick = () => options.onProgress?.(++step, steps);
		options.onProgress?.(0, steps);

		let attemptsAdded = 0;
		for (let i = 0; i < rows.length; i += 250) {
			const inserted = await tx
				.insert(scenarioAttempts)
				.values(rows.slice(i, i + 250))
				.onConflictDoNothing({ target: scenarioAttempts.id })
				.returning({ id: scenarioAttempts.id });
			attemptsAdded += inserted.length;
			tick();
		}
		await recomputeProgress(tx, [...pairs.values()]);
		tick();
		await applyOutcomeFlags(tx, outcomes);
		tick();
		await rebuildCounters(tx, [...new Set(resolved.map((r) => r.scenarioId))]);
		tick();
		await recordAudit(tx, {
			actorId,
			action: 'progress.import_legacy',
			entityType: 'scenario_attempt',
			after: { ...summary, attemptsAdded }
		});
		return { ...summary, imported: true, attemptsAdded };
	});
}

function canonicalLine(o: LegacyOutcome & ResolvedLine): string {
	return createHash('sha256')
		.update(JSON.stringify([o.userId, o.scenarioId, o.createdAt.toISOString(), o.rating ?? null]))
		.digest('hex');
}

async function resolveReferences(
	tx: Tx,
	lines: { line: number; value: LegacyAttempt | LegacyOutcome }[],
	problems: ImportProblem[]
): Promise<(AttemptLine | OutcomeLine)[]> {
	const userIds = new Set<string>();
	const emails = new Set<string>();
	const scenarioIds = new Set<string>();
	const slugs = new Set<string>();
	for (const { value } of lines) {
		if (value.userId) userIds.add(value.userId);
		else if (value.userEmail) emails.add(value.userEmail);
		if (value.scenarioId) scenarioIds.add(value.scenarioId);
		else if (value.scenarioSlug) slugs.add(value.scenarioSlug);
	}
	const validUserIds = [...userIds].filter((id) => isUuid(id));
	const validScenarioIds = [...scenarioIds].filter((id) => isUuid(id));
	const [byId, byEmail, scenariosById, scenariosBySlug] = await Promise.all([
		validUserIds.length
			? tx.select({ id: users.id }).from(users).where(inArray(users.id, validUserIds))
			: [],
		emails.size
			? tx
					.select({ id: users.id, email: users.email })
					.from(users)
					.where(inArray(users.email, [...emails]))
			: [],
		validScenarioIds.length
			? tx
					.select({ id: scenarios.id })
					.from(scenarios)
					.where(inArray(scenarios.id, validScenarioIds))
			: [],
		slugs.size
			? tx
					.select({ id: scenarios.id, slug: scenarios.slug })
					.from(scenarios)
					.where(inArray(scenarios.slug, [...slugs]))
			: []
	]);
	const knownUsers = new Set(byId.map((u) => u.id));
	const emailToId = new Map(byEmail.map((u) => [u.email, u.id]));
	const knownScenarios = new Set(scenariosById.map((s) => s.id));
	const slugToId = new Map(scenariosBySlug.map((s) => [s.slug, s.id]));
	const resolved: (AttemptLine | OutcomeLine)[] = [];
	for (const { line, value } of lines) {
		const lineProblems: string[] = [];
		const userId = value.userId
			? knownUsers.has(value.userId.toLowerCase())
				? value.userId.toLowerCase()
				: undefined
			: emailToId.get(value.userEmail!);
		const scenarioId = value.scenarioId
			? knownScenarios.has(value.scenarioId.toLowerCase())
				? value.scenarioId.toLowerCase()
				: undefined
			: slugToId.get(value.scenarioSlug!);
		if (!userId) lineProblems.push(`no account ${value.userId ?? value.userEmail}`);
		if (!scenarioId) lineProblems.push(`no scenario ${value.scenarioId ?? value.scenarioSlug}`);
		if (lineProblems.length > 0) {
			problems.push({ at: line, label: value.table, problems: lineProblems });
			continue;
		}
		resolved.push({ ...value, line, userId: userId!, scenarioId: scenarioId! } as
			AttemptLine | OutcomeLine);
	}
	return resolved;
}

function valuesList(pairs: { userId: string; scenarioId: string }[]) {
	return sql.join(
		pairs.map((p) => sql`(${p.userId}::uuid, ${p.scenarioId}::uuid)`),
		sql`, `
	);
}

/** Progress rows of the pairs, created if missing, with their counts recomputed from attempts. */
async function recomputeProgress(tx: Tx, pairs: { userId: string; scenarioId: string }[]) {
	for (let i = 0; i < pairs.length; i += 500) {
		const chunk = pairs.slice(i, i + 500);
		await tx.execute(sql`
			insert into user_scenario_progress (user_id, scenario_id)
			select v.user_id, v.scenario_id from (values ${valuesList(chunk)}) v(user_id, scenario_id)
			on conflict (user_id, scenario_id) do nothing`);
		await tx.execute(sql`
			update user_scenario_progress p set
				times_attempted = a.n, times_completed = a.c, total_time_spent = a.t,
				last_attempt_at = a.last_attempt, last_completed_at = a.last_completed, updated_at = now()
			from (
				select user_id, scenario_id, count(*)::int as n,
					count(*) filter (where outcome = 'completed')::int as c,
					coalesce(sum(time_spent) filter (where finished_at is not null), 0)::int as t,
					max(started_at) as last_attempt,
					max(finished_at) filter (where outcome = 'completed') as last_completed
				from scenario_attempts
				where (user_id, scenario_id) in (values ${valuesList(chunk)})
				group by user_id, scenario_id
			) a
			where p.user_id = a.user_id and p.scenario_id = a.scenario_id`);
	}
}

/**
 * Saves and ratings from the outcomes, per pair the latest one that says something. The import
 * only adds: it never unsaves, and never replaces a rating given in the app.
 */
async function applyOutcomeFlags(tx: Tx, outcomes: OutcomeLine[]) {
	const latest = <T>(pick: (o: OutcomeLine) => T | undefined | null) => {
		const map = new Map<string, { o: OutcomeLine; value: T }>();
		for (const o of outcomes) {
			const value = pick(o);
			if (value === undefined || value === null) continue;
			const key = `${o.userId}/${o.scenarioId}`;
			const seen = map.get(key);
			if (!seen || seen.o.createdAt <= o.createdAt) map.set(key, { o, value });
		}
		return [...map.values()];
	};
	const saves = latest((o) => o.saved).filter((s) => s.value === true);
	for (let i = 0; i < saves.length; i += 500) {
		const chunk = saves.slice(i, i + 500);
		await tx.execute(sql`
			update user_scenario_progress p set is_saved = true, saved_at = v.at, updated_at = now()
			from (values ${sql.join(
				chunk.map(
					(s) =>
						sql`(${s.o.userId}::uuid, ${s.o.scenarioId}::uuid, ${s.o.createdAt.toISOString()}::timestamptz)`
				),
				sql`, `
			)}) v(user_id, scenario_id, at)
			where p.user_id = v.user_id and p.scenario_id = v.scenario_id and not p.is_saved`);
	}
	const ratings = latest((o) => o.rating);
	for (let i = 0; i < ratings.length; i += 500) {
		const chunk = ratings.slice(i, i + 500);
		await tx.execute(sql`
			update user_scenario_progress p set user_rating = v.rating, review_text = nullif(v.review, ''),
				rated_at = v.at, updated_at = now()
			from (values ${sql.join(
				chunk.map(
					(r) =>
						sql`(${r.o.userId}::uuid, ${r.o.scenarioId}::uuid, ${r.value}::int, ${r.o.review ?? ''}::text, ${r.o.createdAt.toISOString()}::timestamptz)`
				),
				sql`, `
			)}) v(user_id, scenario_id, rating, review, at)
			where p.user_id = v.user_id and p.scenario_id = v.scenario_id and p.user_rating is null`);
	}
}
