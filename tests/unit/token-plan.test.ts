import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickAssignments } from '../../src/lib/domain/assignment';
import {
	calibrationOn,
	DEFAULT_TOKENS_PER_HOUR,
	isDay,
	planByPool,
	scenarioSupply,
	shortPoolSkills,
	suggestionBudgetMinutes,
	utcDay,
	type AssignmentCompletion,
	type PlanInput,
	type PlannedAssignment,
	type PoolDemand,
	type PoolPlan,
	type TokenCalibration,
	type TokenScenario
} from '../../src/lib/domain/token-plan';

const pools = [
	{ id: 'p-listen', name: 'Listening' },
	{ id: 'p-risk', name: 'Risk assessment' },
	{ id: 'p-safety', name: 'Safety planning' }
];
const poolOfSkill = new Map([
	['active-listening', 'p-listen'],
	['reflecting', 'p-listen'],
	['suicide-risk', 'p-risk'],
	['safety-plan', 'p-safety']
]);

function legacy(estimatedTime: number, skills: string[]): TokenScenario {
	return { planningMode: 'legacy', estimatedTime, skills, supplies: [] };
}
function token(supplies: { poolId: string; tokens: number }[]): TokenScenario {
	return { planningMode: 'token', estimatedTime: 30, skills: ['active-listening'], supplies };
}
function assignment(
	id: string,
	scenario: TokenScenario,
	dueDay: string,
	required = true
): PlannedAssignment {
	return { id, scenario, dueDay, required };
}
function plan(overrides: Partial<PlanInput>): PoolPlan[] {
	return planByPool({
		pools,
		demands: [],
		assignments: [],
		calibrations: [],
		poolOfSkill,
		completions: [],
		...overrides
	});
}
const row = (rows: PoolPlan[], poolId: string) => rows.find((r) => r.poolId === poolId)!;

// The risk pool: 1.5 tokens an hour from 2026-01-01, 2 from 2026-03-01.
const calibrations: TokenCalibration[] = [
	{ poolId: 'p-risk', tokensPerHour: 2, effectiveDate: '2026-03-01' },
	{ poolId: 'p-listen', tokensPerHour: 4, effectiveDate: '2026-02-01' },
	{ poolId: 'p-risk', tokensPerHour: 1.5, effectiveDate: '2026-01-01' }
];

describe('utcDay and isDay', () => {
	it('takes the UTC calendar day, not the local one', () => {
		expect(utcDay(new Date('2026-02-28T23:30:00-05:00'))).toBe('2026-03-01');
		expect(utcDay(new Date('2026-03-01T00:00:00Z'))).toBe('2026-03-01');
		expect(utcDay(new Date('2026-02-28T23:59:59.999Z'))).toBe('2026-02-28');
	});

	it('throws on an invalid Date', () => {
		expect(() => utcDay(new Date('nope'))).toThrow(RangeError);
	});

	it('accepts only real YYYY-MM-DD dates', () => {
		expect(isDay('2028-02-29')).toBe(true);
		expect(isDay('2026-02-29')).toBe(false);
		expect(isDay('2026-3-1')).toBe(false);
		expect(isDay('2026-03-01T00:00:00Z')).toBe(false);
	});
});

describe('calibrationOn', () => {
	it('uses the old rate the day before a calibration and the new one from its day', () => {
		expect(calibrationOn(calibrations, 'p-risk', '2026-02-28')).toBe(1.5);
		expect(calibrationOn(calibrations, 'p-risk', '2026-03-01')).toBe(2);
		expect(calibrationOn(calibrations, 'p-risk', '2027-01-01')).toBe(2);
	});

	it('defaults to 1.0 before any calibration and for a pool without one', () => {
		expect(DEFAULT_TOKENS_PER_HOUR).toBe(1);
		expect(calibrationOn(calibrations, 'p-risk', '2025-12-31')).toBe(1);
		expect(calibrationOn(calibrations, 'p-listen', '2026-01-31')).toBe(1);
		expect(calibrationOn(calibrations, 'p-safety', '2026-06-01')).toBe(1);
		expect(calibrationOn([], 'p-risk', '2026-06-01')).toBe(1);
	});

	it('does not depend on the order of the rows', () => {
		const reversed = [...calibrations].reverse();
		for (const day of ['2025-12-31', '2026-01-01', '2026-02-28', '2026-03-01']) {
			expect(calibrationOn(reversed, 'p-risk', day)).toBe(
				calibrationOn(calibrations, 'p-risk', day)
			);
		}
	});

	it('refuses a day that is not YYYY-MM-DD (string order would be wrong)', () => {
		expect(() => calibrationOn(calibrations, 'p-risk', '2026-3-1')).toThrow(RangeError);
	});
});

describe('scenarioSupply', () => {
	it('splits a legacy scenario evenly across its distinct pools, with their calibrations', () => {
		// 60 minutes, two pools: half an hour each; risk at 2/h, safety at the default.
		const supply = scenarioSupply(
			legacy(60, ['suicide-risk', 'safety-plan']),
			poolOfSkill,
			calibrations,
			'2026-03-01'
		);
		expect([...supply]).toEqual([
			['p-risk', 1],
			['p-safety', 0.5]
		]);
	});

	it('counts two skills of the same pool once', () => {
		const supply = scenarioSupply(
			legacy(60, ['active-listening', 'reflecting', 'safety-plan']),
			poolOfSkill,
			[],
			'2026-03-01'
		);
		expect([...supply]).toEqual([
			['p-listen', 0.5],
			['p-safety', 0.5]
		]);
	});

	it('ignores skills without a pool, and supplies nothing when no skill has one', () => {
		const some = scenarioSupply(
			legacy(30, ['unplaced', 'suicide-risk']),
			poolOfSkill,
			[],
			'2026-03-01'
		);
		expect([...some]).toEqual([['p-risk', 0.5]]);
		const none = scenarioSupply(legacy(30, ['unplaced']), poolOfSkill, [], '2026-03-01');
		expect(none.size).toBe(0);
		expect(scenarioSupply(legacy(30, []), poolOfSkill, [], '2026-03-01').size).toBe(0);
	});

	it('takes a token scenario at its word: no calibration, no estimated time, no skills', () => {
		const scenario = token([
			{ poolId: 'p-risk', tokens: 0.75 },
			{ poolId: 'p-safety', tokens: 2 }
		]);
		for (const day of ['2025-06-01', '2026-02-28', '2026-03-01']) {
			expect([...scenarioSupply(scenario, poolOfSkill, calibrations, day)]).toEqual([
				['p-risk', 0.75],
				['p-safety', 2]
			]);
		}
	});

	it('adds up token rows that name the same pool', () => {
		const scenario = token([
			{ poolId: 'p-risk', tokens: 1 },
			{ poolId: 'p-risk', tokens: 0.5 }
		]);
		expect([...scenarioSupply(scenario, poolOfSkill, [], '2026-03-01')]).toEqual([['p-risk', 1.5]]);
	});

	it('keeps a legacy total of estimatedTime/60 × the mean rate of its pools (property)', () => {
		const poolIds = ['a', 'b', 'c', 'd', 'e'];
		fc.assert(
			fc.property(
				fc.integer({ min: 5, max: 60 }),
				// skills s0..s9, each in a pool or unplaced (undefined)
				fc.array(fc.option(fc.constantFrom(...poolIds), { nil: undefined }), {
					minLength: 10,
					maxLength: 10
				}),
				fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 8 }),
				fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), {
					minLength: 5,
					maxLength: 5
				}),
				(minutes, placement, skillIdx, rates) => {
					const map = new Map<string, string>();
					placement.forEach((pool, i) => pool && map.set(`s${i}`, pool));
					const skills = skillIdx.map((i) => `s${i}`);
					const rows = poolIds.map((poolId, i) => ({
						poolId,
						tokensPerHour: rates[i],
						effectiveDate: '2026-01-01'
					}));
					const scenario = legacy(minutes, skills);
					const distinct = [...new Set(skills.map((s) => map.get(s)).filter((p) => p))];
					const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

					// All rates 1: the pools share exactly the scenario's hours.
					const plain = scenarioSupply(scenario, map, [], '2026-03-01');
					expect([...plain.keys()].sort()).toEqual([...distinct].sort());
					if (distinct.length === 0) expect(plain.size).toBe(0);
					else expect(sum(plain)).toBeCloseTo(minutes / 60, 10);

					// Any rates: the hours weighted by the mean rate of the distinct pools.
					const weighted = scenarioSupply(scenario, map, rows, '2026-03-01');
					const mean =
						distinct.reduce((a, p) => a + rates[poolIds.indexOf(p!)], 0) /
						Math.max(1, distinct.length);
					expect(sum(weighted)).toBeCloseTo((minutes / 60) * mean, 8);
				}
			)
		);
	});
});

describe('planByPool', () => {
	it('counts each assignment on its due day, either side of a calibration', () => {
		const rows = plan({
			calibrations,
			assignments: [
				assignment('before', legacy(60, ['suicide-risk']), '2026-02-28'),
				assignment('on', legacy(60, ['suicide-risk']), '2026-03-01'),
				assignment('early', legacy(60, ['suicide-risk']), '2025-12-31')
			]
		});
		// 1.5 + 2 + 1 (default before any calibration)
		expect(row(rows, 'p-risk').planned).toBe(4.5);
	});

	it('reports pools in the order given, with names, and zero where nothing is planned', () => {
		const reordered = [pools[2], pools[0], pools[1]];
		const rows = plan({ pools: reordered });
		expect(rows.map((r) => [r.poolId, r.name])).toEqual(reordered.map((p) => [p.id, p.name]));
		for (const r of rows) {
			expect(r).toMatchObject({
				p50: null,
				p90: null,
				planned: 0,
				requiredPlanned: 0,
				status: 'no_demand',
				gapToP50: 0,
				earned: []
			});
		}
	});

	it('separates required assignments from all of them', () => {
		const rows = plan({
			assignments: [
				assignment('a', legacy(30, ['suicide-risk']), '2026-03-01', true),
				assignment('b', legacy(45, ['suicide-risk']), '2026-03-01', false),
				assignment('c', token([{ poolId: 'p-safety', tokens: 2 }]), '2026-03-01', false)
			]
		});
		expect(row(rows, 'p-risk')).toMatchObject({ planned: 1.25, requiredPlanned: 0.5 });
		expect(row(rows, 'p-safety')).toMatchObject({ planned: 2, requiredPlanned: 0 });
	});

	it('sets the status exactly at the p50 and p90 thresholds', () => {
		// One hour of risk practice planned: 1 token.
		const assignments = [assignment('a', legacy(60, ['suicide-risk']), '2026-03-01')];
		const status = (demand: Omit<PoolDemand, 'poolId'>) =>
			row(plan({ assignments, demands: [{ poolId: 'p-risk', ...demand }] }), 'p-risk');

		expect(status({ tokensP50: 1.01, tokensP90: 2 })).toMatchObject({
			status: 'short',
			gapToP50: 0.01
		});
		expect(status({ tokensP50: 1, tokensP90: 2 })).toMatchObject({
			status: 'within',
			gapToP50: 0,
			p50: 1,
			p90: 2
		});
		expect(status({ tokensP50: 0.5, tokensP90: 1.01 }).status).toBe('within');
		expect(status({ tokensP50: 0.5, tokensP90: 1 }).status).toBe('covered');
		expect(status({ tokensP50: 1, tokensP90: 1 }).status).toBe('covered');
		expect(status({ tokensP50: 1, tokensP90: null })).toMatchObject({
			status: 'within',
			p90: null
		});
		expect(status({ tokensP50: 0, tokensP90: null }).status).toBe('within');
		expect(status({ tokensP50: 3, tokensP90: null })).toMatchObject({
			status: 'short',
			gapToP50: 2
		});
	});

	it('does not call a pool short over floating-point noise in the sum', () => {
		// 0.7 + 0.1 is 0.7999999999999999 in floating point.
		const rows = plan({
			assignments: [
				assignment('a', token([{ poolId: 'p-risk', tokens: 0.7 }]), '2026-03-01'),
				assignment('b', token([{ poolId: 'p-risk', tokens: 0.1 }]), '2026-03-01')
			],
			demands: [{ poolId: 'p-risk', tokensP50: 0.5, tokensP90: 0.8 }]
		});
		expect(row(rows, 'p-risk')).toMatchObject({ planned: 0.8, status: 'covered', gapToP50: 0 });
	});

	it('rounds only at the output: three sixths of an hour make exactly 0.5', () => {
		// 10 minutes at 1/h = 0.1666…, shown alone as 0.17; three of them sum to 0.5, not 0.51.
		const one = plan({ assignments: [assignment('a', legacy(10, ['safety-plan']), '2026-03-01')] });
		expect(row(one, 'p-safety').planned).toBe(0.17);
		const three = plan({
			assignments: ['a', 'b', 'c'].map((id) =>
				assignment(id, legacy(10, ['safety-plan']), '2026-03-01')
			)
		});
		expect(row(three, 'p-safety').planned).toBe(0.5);
	});

	it("counts what a trainee earned on the day they met each assignment, at that day's rate", () => {
		const assignments = [
			// due after the calibration change, so the plan counts it at 2/h
			assignment('a', legacy(60, ['suicide-risk']), '2026-03-10'),
			assignment('b', legacy(60, ['suicide-risk', 'safety-plan']), '2026-03-10'),
			assignment('c', token([{ poolId: 'p-safety', tokens: 3 }]), '2026-03-10')
		];
		const completions: AssignmentCompletion[] = [
			// u2 met `a` before the change: 1.5; and `b` on the day of the change: 2 × 0.5
			{ userId: 'u2', assignmentId: 'a', day: '2026-02-28' },
			{ userId: 'u2', assignmentId: 'b', day: '2026-03-01' },
			// u1 met `a` after the change: 2; `c` whatever the day: 3 safety tokens
			{ userId: 'u1', assignmentId: 'a', day: '2026-03-05' },
			{ userId: 'u1', assignmentId: 'c', day: '2025-01-01' },
			// a completion of an assignment outside the plan counts for nothing
			{ userId: 'u3', assignmentId: 'elsewhere', day: '2026-03-05' }
		];
		const rows = plan({ calibrations, assignments, completions });
		expect(row(rows, 'p-risk').planned).toBe(3);
		expect(row(rows, 'p-risk').earned).toEqual([
			{ userId: 'u1', tokens: 2 },
			{ userId: 'u2', tokens: 2.5 }
		]);
		expect(row(rows, 'p-safety').earned).toEqual([
			{ userId: 'u1', tokens: 3 },
			{ userId: 'u2', tokens: 0.5 }
		]);
		expect(row(rows, 'p-listen').earned).toEqual([
			{ userId: 'u1', tokens: 0 },
			{ userId: 'u2', tokens: 0 }
		]);
	});

	it('counts an assignment met twice once, on the first day', () => {
		const rows = plan({
			calibrations,
			assignments: [assignment('a', legacy(60, ['suicide-risk']), '2026-03-10')],
			completions: [
				// neither the first row nor the last: the earliest day
				{ userId: 'u1', assignmentId: 'a', day: '2026-03-05' },
				{ userId: 'u1', assignmentId: 'a', day: '2026-02-20' },
				{ userId: 'u1', assignmentId: 'a', day: '2026-03-06' }
			]
		});
		expect(row(rows, 'p-risk').earned).toEqual([{ userId: 'u1', tokens: 1.5 }]);
	});
});

describe('suggestions for a short plan', () => {
	const shortPlan = (risk: number, safety: number, listen: number) =>
		plan({
			assignments: [
				assignment('r', token([{ poolId: 'p-risk', tokens: risk }]), '2026-03-01'),
				assignment('s', token([{ poolId: 'p-safety', tokens: safety }]), '2026-03-01'),
				assignment('l', token([{ poolId: 'p-listen', tokens: listen }]), '2026-03-01')
			],
			demands: [
				{ poolId: 'p-risk', tokensP50: 2, tokensP90: 3 },
				{ poolId: 'p-safety', tokensP50: 1, tokensP90: null },
				{ poolId: 'p-listen', tokensP50: 1, tokensP90: 2 }
			]
		});

	it("turns the short pools' gaps into minutes at today's calibration", () => {
		const rows = shortPlan(1, 0.5, 5); // risk short by 1, safety short by 0.5, listen covered
		// risk at 2/h today: 30 min; safety at the default 1/h: 30 min
		expect(suggestionBudgetMinutes(rows, calibrations, '2026-03-01')).toBe(60);
		// before the change, risk at 1.5/h: 40 min
		expect(suggestionBudgetMinutes(rows, calibrations, '2026-02-28')).toBe(70);
		expect(shortPoolSkills(rows, poolOfSkill)).toEqual(['suicide-risk', 'safety-plan']);
	});

	it('clamps the budget to [15, 240], and suggests nothing when no pool is short', () => {
		expect(suggestionBudgetMinutes(shortPlan(1.9, 1, 5), calibrations, '2026-03-01')).toBe(15);
		expect(suggestionBudgetMinutes(shortPlan(0, 0, 0), [], '2026-03-01')).toBe(240);
		const met = shortPlan(2, 1, 1);
		expect(met.every((r) => r.status !== 'short')).toBe(true);
		expect(suggestionBudgetMinutes(met, calibrations, '2026-03-01')).toBe(0);
		expect(shortPoolSkills(met, poolOfSkill)).toEqual([]);
	});

	it('rounds up to whole minutes', () => {
		// risk short by 0.01 at 1.5/h: 0.4 min; safety short by 0.3 at 1/h: 18 min
		const rows = shortPlan(1.99, 0.7, 5);
		expect(suggestionBudgetMinutes(rows, calibrations, '2026-02-28')).toBe(19);
	});

	it('feeds pickAssignments', () => {
		const rows = shortPlan(1, 0.5, 5);
		const result = pickAssignments(
			[
				{ id: 'x', skills: ['suicide-risk', 'safety-plan'], estimatedTime: 45, ratingScore: 4 },
				{ id: 'y', skills: ['active-listening'], estimatedTime: 10, ratingScore: 5 },
				{ id: 'z', skills: ['suicide-risk'], estimatedTime: 90, ratingScore: 5 }
			],
			shortPoolSkills(rows, poolOfSkill),
			suggestionBudgetMinutes(rows, calibrations, '2026-03-01')
		);
		expect(result.picks.map((p) => p.candidate.id)).toEqual(['x']);
		expect(result.uncoveredSkills).toEqual([]);
	});
});
