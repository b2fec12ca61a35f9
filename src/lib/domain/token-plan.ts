// Training plans as hours of practice per group of skills ("tokens" per skill pool).
//
// Why: a cohort does not need "these twelve scenarios", it needs enough practice in each area of
// the work — the 15 skills are grouped into 5 pools, and the coordinator states per pool how
// much practice a trainee needs (a median, p50, and a cautious estimate, p90). Any mix of
// scenarios that adds up to that practice will do, so scenarios can be swapped, added or retired
// without rewriting the plan, and a gap reads as "2.5 more hours of de-escalation", not as a
// missing list entry.
//
// How a scenario counts:
// - A `legacy` scenario is worth its estimated time in hours, shared evenly among the distinct
//   pools its skills belong to (two skills of the same pool count once; a skill with no pool is
//   ignored, so a scenario with no pooled skill counts for nothing). In each pool the hours are
//   multiplied by that pool's calibration: how many tokens an hour of practice there is worth.
// - A `token` scenario states its tokens per pool explicitly; calibration does not apply.
// - Calibrations are effective-dated: on day D a pool uses the row with the latest date on or
//   before D, or 1 token per hour before its first row. A plan counts each assignment on its due
//   day; what a trainee earned counts on the day they completed it.
//
// Days are UTC calendar dates 'YYYY-MM-DD' (`utcDay`). Every function here is pure and imports
// nothing, so it runs in the browser as well as on the server. Tokens are summed unrounded and
// rounded to 2 decimals only in what `planByPool` returns.

/** Tokens an hour of practice is worth in a pool before the pool's first calibration. */
export const DEFAULT_TOKENS_PER_HOUR = 1;
/** Bounds of the practice time `suggestionBudgetMinutes` proposes when a pool is short. */
export const SUGGESTION_MIN_MINUTES = 15;
export const SUGGESTION_MAX_MINUTES = 240;

/** A token_calibrations row: from `effectiveDate` on, an hour in `poolId` is worth `tokensPerHour`. */
export interface TokenCalibration {
	poolId: string;
	tokensPerHour: number;
	/** 'YYYY-MM-DD' */
	effectiveDate: string;
}

/** Tokens one scenario supplies to one pool (a token_supplies row). */
export interface TokenSupply {
	poolId: string;
	tokens: number;
}

export type PlanningMode = 'legacy' | 'token';

export interface TokenScenario {
	planningMode: PlanningMode;
	/** minutes; used by `legacy` only */
	estimatedTime: number;
	/** skill ids (whatever keys `poolOfSkill` uses); used by `legacy` only */
	skills: readonly string[];
	/** explicit rows; used by `token` only */
	supplies: readonly TokenSupply[];
}

export interface TokenPool {
	id: string;
	name: string;
}

/** A token_demands row: what a trainee needs in a pool. */
export interface PoolDemand {
	poolId: string;
	tokensP50: number;
	/** null = no cautious estimate */
	tokensP90: number | null;
}

export interface PlannedAssignment {
	id: string;
	scenario: TokenScenario;
	/** 'YYYY-MM-DD' (`utcDay(dueAt)`) */
	dueDay: string;
	required: boolean;
}

/** A trainee met an assignment (completed it at the required level) on `day`. */
export interface AssignmentCompletion {
	userId: string;
	assignmentId: string;
	/** 'YYYY-MM-DD' */
	day: string;
}

export interface PlanInput {
	/** reported in this order */
	pools: readonly TokenPool[];
	/** at most one per pool (the last wins) */
	demands: readonly PoolDemand[];
	assignments: readonly PlannedAssignment[];
	calibrations: readonly TokenCalibration[];
	/** skill id -> pool id; skills without a pool are absent */
	poolOfSkill: ReadonlyMap<string, string>;
	completions: readonly AssignmentCompletion[];
}

export type PoolStatus = 'no_demand' | 'short' | 'within' | 'covered';

export interface PoolEarned {
	userId: string;
	tokens: number;
}

export interface PoolPlan {
	poolId: string;
	name: string;
	/** null when the pool has no demand row */
	p50: number | null;
	/** null when the pool has no demand row or the row has no p90 */
	p90: number | null;
	/** tokens from every assignment, each on its due day: what one trainee gets doing them all */
	planned: number;
	/** the same, required assignments only */
	requiredPlanned: number;
	/** no_demand; short: planned < p50; within: p50 <= planned < p90 (or no p90); covered: >= p90 */
	status: PoolStatus;
	/** max(0, p50 - planned); 0 when there is no demand */
	gapToP50: number;
	/**
	 * Per trainee with at least one completion of a listed assignment (the same trainees in every
	 * pool, by userId; 0 when none of theirs reached this pool): the supply of each assignment
	 * they met, on the day they met it (the first completion when there are several).
	 */
	earned: PoolEarned[];
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isDay(value: string): boolean {
	const match = DAY.exec(value);
	if (!match) return false;
	const [, y, m, d] = match.map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function assertDay(value: string, what: string): void {
	if (typeof value !== 'string' || !isDay(value)) {
		throw new RangeError(`${what} is not a calendar day 'YYYY-MM-DD': ${String(value)}`);
	}
}

/** The UTC calendar day of an instant, 'YYYY-MM-DD'. Throws RangeError on an invalid Date. */
export function utcDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * Tokens per hour in `poolId` on `day`: the row of that pool with the latest effectiveDate on or
 * before `day`, else DEFAULT_TOKENS_PER_HOUR. Throws RangeError when `day` (or a date of one of
 * the pool's rows) is not 'YYYY-MM-DD'.
 */
export function calibrationOn(
	calibrations: readonly TokenCalibration[],
	poolId: string,
	day: string
): number {
	assertDay(day, 'day');
	let best: TokenCalibration | undefined;
	for (const row of calibrations) {
		if (row.poolId !== poolId) continue;
		assertDay(row.effectiveDate, 'effectiveDate');
		// 'YYYY-MM-DD' strings order like the dates they name.
		if (row.effectiveDate > day) continue;
		if (!best || row.effectiveDate >= best.effectiveDate) best = row;
	}
	return best ? best.tokensPerHour : DEFAULT_TOKENS_PER_HOUR;
}

/**
 * Tokens the scenario supplies per pool on `day` (unrounded), pools in order of first mention.
 * legacy: estimatedTime / 60 × calibration, split evenly among the distinct pools of its skills.
 * token: its explicit rows (rows naming the same pool add up), calibration ignored.
 */
export function scenarioSupply(
	scenario: TokenScenario,
	poolOfSkill: ReadonlyMap<string, string>,
	calibrations: readonly TokenCalibration[],
	day: string
): Map<string, number> {
	assertDay(day, 'day');
	const supply = new Map<string, number>();
	if (scenario.planningMode === 'token') {
		for (const row of scenario.supplies) {
			supply.set(row.poolId, (supply.get(row.poolId) ?? 0) + row.tokens);
		}
		return supply;
	}
	const pools = new Set<string>();
	for (const skill of scenario.skills) {
		const pool = poolOfSkill.get(skill);
		if (pool !== undefined) pools.add(pool);
	}
	if (pools.size === 0) return supply;
	const hoursEach = scenario.estimatedTime / 60 / pools.size;
	for (const pool of pools) {
		supply.set(pool, hoursEach * calibrationOn(calibrations, pool, day));
	}
	return supply;
}

/** The plan per pool (see PoolPlan), in the order of `input.pools`. */
export function planByPool(input: PlanInput): PoolPlan[] {
	const { pools, assignments, calibrations, poolOfSkill } = input;
	const demandOf = new Map(input.demands.map((d) => [d.poolId, d]));
	const assignmentOf = new Map(assignments.map((a) => [a.id, a]));

	// A scenario's supply depends only on the assignment and the day: compute each pair once.
	const cache = new Map<string, Map<string, number>>();
	const supplyOf = (assignment: PlannedAssignment, day: string) => {
		const key = `${assignment.id}\u0000${day}`;
		let supply = cache.get(key);
		if (!supply) {
			supply = scenarioSupply(assignment.scenario, poolOfSkill, calibrations, day);
			cache.set(key, supply);
		}
		return supply;
	};

	const planned = new Map<string, number>();
	const requiredPlanned = new Map<string, number>();
	for (const assignment of assignments) {
		for (const [pool, tokens] of supplyOf(assignment, assignment.dueDay)) {
			planned.set(pool, (planned.get(pool) ?? 0) + tokens);
			if (assignment.required) {
				requiredPlanned.set(pool, (requiredPlanned.get(pool) ?? 0) + tokens);
			}
		}
	}

	// Each trainee meets an assignment once: keep the first day they met it.
	const metOn = new Map<string, Map<string, string>>();
	for (const c of input.completions) {
		if (!assignmentOf.has(c.assignmentId)) continue;
		assertDay(c.day, 'completion day');
		let days = metOn.get(c.userId);
		if (!days) metOn.set(c.userId, (days = new Map()));
		const earlier = days.get(c.assignmentId);
		if (earlier === undefined || c.day < earlier) days.set(c.assignmentId, c.day);
	}
	const users = [...metOn.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const earnedOf = new Map<string, Map<string, number>>();
	for (const userId of users) {
		const earned = new Map<string, number>();
		for (const [assignmentId, day] of metOn.get(userId)!) {
			for (const [pool, tokens] of supplyOf(assignmentOf.get(assignmentId)!, day)) {
				earned.set(pool, (earned.get(pool) ?? 0) + tokens);
			}
		}
		earnedOf.set(userId, earned);
	}

	return pools.map((pool) => {
		const demand = demandOf.get(pool.id);
		const total = planned.get(pool.id) ?? 0;
		const p50 = demand ? demand.tokensP50 : null;
		const p90 = demand ? demand.tokensP90 : null;
		return {
			poolId: pool.id,
			name: pool.name,
			p50,
			p90,
			planned: round2(total),
			requiredPlanned: round2(requiredPlanned.get(pool.id) ?? 0),
			status: statusOf(total, p50, p90),
			gapToP50: p50 === null || atLeast(total, p50) ? 0 : round2(p50 - total),
			earned: users.map((userId) => ({
				userId,
				tokens: round2(earnedOf.get(userId)!.get(pool.id) ?? 0)
			}))
		};
	});
}

/**
 * Minutes of practice to suggest to a trainee: for every `short` pool, its gap to p50 turned
 * into time at `today`'s calibration (gap / tokensPerHour × 60), summed, rounded up to whole
 * minutes and clamped to [SUGGESTION_MIN_MINUTES, SUGGESTION_MAX_MINUTES]. 0 when no pool is
 * short (nothing to suggest). Meant as `pickAssignments`' budget, with `shortPoolSkills`.
 */
export function suggestionBudgetMinutes(
	plan: readonly PoolPlan[],
	calibrations: readonly TokenCalibration[],
	today: string
): number {
	assertDay(today, 'today');
	const short = plan.filter((row) => row.status === 'short');
	if (short.length === 0) return 0;
	let minutes = 0;
	for (const row of short) {
		const rate = calibrationOn(calibrations, row.poolId, today);
		// A pool where practice earns nothing cannot be closed by practice: ask for the most.
		minutes += rate > 0 && Number.isFinite(rate) ? (row.gapToP50 / rate) * 60 : Infinity;
	}
	// toFixed drops floating noise (30.000000000004 is 30 minutes, not 31) before rounding up.
	const whole = Math.ceil(Number(minutes.toFixed(6)));
	return Math.min(SUGGESTION_MAX_MINUTES, Math.max(SUGGESTION_MIN_MINUTES, whole));
}

/**
 * The skills of the `short` pools — `pickAssignments`' requested skills — grouped by pool in
 * plan order, each pool's skills in `poolOfSkill`'s order.
 */
export function shortPoolSkills(
	plan: readonly PoolPlan[],
	poolOfSkill: ReadonlyMap<string, string>
): string[] {
	const skills: string[] = [];
	for (const row of plan) {
		if (row.status !== 'short') continue;
		for (const [skill, pool] of poolOfSkill) if (pool === row.poolId) skills.push(skill);
	}
	return skills;
}

function statusOf(planned: number, p50: number | null, p90: number | null): PoolStatus {
	if (p50 === null) return 'no_demand';
	if (!atLeast(planned, p50)) return 'short';
	if (p90 !== null && atLeast(planned, p90)) return 'covered';
	return 'within';
}

/**
 * a >= b, forgiving floating-point noise in the sum `a` (0.7 + 0.1 is 0.7999999999999999, which
 * meets a demand of 0.8) — far below the 0.01 tokens shown.
 */
function atLeast(a: number, b: number): boolean {
	return a >= b - 1e-9 * Math.max(1, Math.abs(b));
}

/** Half-up to 2 decimals, after dropping floating noise (1.005 → 1.01, not 1.00); never -0. */
function round2(value: number): number {
	return Math.round(Number((value * 100).toFixed(6))) / 100 + 0;
}
