import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickAssignments, type AssignmentCandidate } from '../../src/lib/domain/assignment';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function candidate(
	n: number,
	skills: string[],
	estimatedTime: number,
	ratingScore = 3
): AssignmentCandidate {
	return { id: id(n), skills, estimatedTime, ratingScore };
}

describe('pickAssignments', () => {
	it('takes the scenario covering the most uncovered skills first', () => {
		const result = pickAssignments(
			[
				candidate(1, ['a'], 10),
				candidate(2, ['a', 'b', 'c'], 20),
				candidate(3, ['c', 'd'], 15),
				candidate(4, ['d'], 5, 4)
			],
			['a', 'b', 'c', 'd'],
			60
		);
		expect(result.picks.map((p) => p.candidate.id)).toEqual([id(2), id(4)]);
		expect(result.picks.map((p) => p.covers)).toEqual([['a', 'b', 'c'], ['d']]);
		expect(result.coveredSkills).toEqual(['a', 'b', 'c', 'd']);
		expect(result.uncoveredSkills).toEqual([]);
		expect(result.totalMinutes).toBe(25);
	});

	it('breaks ties by rating score, then by id', () => {
		const byRating = pickAssignments(
			[candidate(1, ['a'], 10, 3.1), candidate(2, ['a'], 10, 4.2)],
			['a'],
			60
		);
		expect(byRating.picks.map((p) => p.candidate.id)).toEqual([id(2)]);
		const byId = pickAssignments(
			[candidate(9, ['a'], 10, 4), candidate(3, ['a'], 10, 4)],
			['a'],
			60
		);
		expect(byId.picks.map((p) => p.candidate.id)).toEqual([id(3)]);
	});

	it('skips what does not fit the remaining budget and reports what stays uncovered', () => {
		const result = pickAssignments(
			[candidate(1, ['a', 'b'], 50), candidate(2, ['a'], 20), candidate(3, ['b'], 20)],
			['a', 'b', 'z'],
			30
		);
		expect(result.picks.map((p) => p.candidate.id)).toEqual([id(2)]);
		expect(result.coveredSkills).toEqual(['a']);
		expect(result.uncoveredSkills).toEqual(['b', 'z']);
		expect(result.totalMinutes).toBe(20);
	});

	it('picks nothing when nothing matches or fits', () => {
		expect(pickAssignments([], ['a'], 60)).toEqual({
			picks: [],
			coveredSkills: [],
			uncoveredSkills: ['a'],
			totalMinutes: 0
		});
		expect(pickAssignments([candidate(1, ['a'], 30)], ['a'], 20).picks).toEqual([]);
	});

	const SKILLS = ['a', 'b', 'c', 'd', 'e', 'f'];
	const candidates = fc.uniqueArray(
		fc.record({
			n: fc.integer({ min: 1, max: 500 }),
			skills: fc.subarray(SKILLS, { minLength: 1 }),
			estimatedTime: fc.integer({ min: 5, max: 60 }),
			ratingScore: fc.constantFrom(2.5, 3, 3.5, 4, 4.5)
		}),
		{ selector: (c) => c.n, maxLength: 25 }
	);
	const requested = fc.subarray(SKILLS, { minLength: 1 });
	const budget = fc.integer({ min: 0, max: 180 });

	it('stays within the budget, picks each scenario once, and every pick adds a skill', () => {
		fc.assert(
			fc.property(candidates, requested, budget, (raw, skills, minutes) => {
				const list = raw.map((c) => candidate(c.n, c.skills, c.estimatedTime, c.ratingScore));
				const result = pickAssignments(list, skills, minutes);
				const total = result.picks.reduce((sum, p) => sum + p.candidate.estimatedTime, 0);
				expect(total).toBe(result.totalMinutes);
				expect(total).toBeLessThanOrEqual(minutes);
				expect(new Set(result.picks.map((p) => p.candidate.id)).size).toBe(result.picks.length);
				for (const pick of result.picks) expect(pick.covers.length).toBeGreaterThan(0);
				expect([...result.coveredSkills, ...result.uncoveredSkills].sort()).toEqual(
					[...new Set(skills)].sort()
				);
				expect(result.picks.flatMap((p) => p.covers).sort()).toEqual(
					[...result.coveredSkills].sort()
				);
			})
		);
	});

	it('stops only when nothing that still fits would add a skill', () => {
		fc.assert(
			fc.property(candidates, requested, budget, (raw, skills, minutes) => {
				const list = raw.map((c) => candidate(c.n, c.skills, c.estimatedTime, c.ratingScore));
				const result = pickAssignments(list, skills, minutes);
				const picked = new Set(result.picks.map((p) => p.candidate.id));
				const left = minutes - result.totalMinutes;
				const uncovered = new Set(result.uncoveredSkills);
				const couldAdd = list.some(
					(c) =>
						!picked.has(c.id) && c.estimatedTime <= left && c.skills.some((s) => uncovered.has(s))
				);
				expect(couldAdd).toBe(false);
			})
		);
	});

	it('gives the same answer whatever order the candidates come in', () => {
		fc.assert(
			fc.property(candidates, requested, budget, fc.integer(), (raw, skills, minutes, seed) => {
				const list = raw.map((c) => candidate(c.n, c.skills, c.estimatedTime, c.ratingScore));
				const shuffled = [...list].sort(
					(x, y) => (hash(x.id, seed) - hash(y.id, seed)) | 0 || x.id.localeCompare(y.id)
				);
				expect(pickAssignments(shuffled, skills, minutes)).toEqual(
					pickAssignments(list, skills, minutes)
				);
			})
		);
	});
});

function hash(text: string, seed: number) {
	let h = seed | 0;
	for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
	return h;
}
