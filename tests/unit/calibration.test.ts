import { describe, expect, it } from 'vitest';
import { criterionAgreement, raterDrift } from '../../src/lib/domain/calibration';

// Rater agreement from known scores: exact and within-one per criterion, and who drifts most.

const pair = (criterionKey: string, a: [string, number], b: [string, number]) => ({
	criterionKey,
	a: { rater: a[0], score: a[1] },
	b: { rater: b[0], score: b[1] }
});

describe('calibration figures', () => {
	const pairs = [
		pair('asks', ['ana', 3], ['ben', 3]),
		pair('asks', ['ana', 2], ['cai', 4]),
		pair('asks', ['ben', 4], ['cai', 3]),
		pair('closes', ['ana', 1], ['cai', 4]),
		pair('closes', ['ben', 2], ['ana', 2])
	];

	it('counts exact and within-one agreement per criterion', () => {
		expect(criterionAgreement(pairs)).toEqual([
			{ criterionKey: 'asks', pairs: 3, exact: 1 / 3, withinOne: 2 / 3 },
			{ criterionKey: 'closes', pairs: 2, exact: 1 / 2, withinOne: 1 / 2 }
		]);
		expect(criterionAgreement([])).toEqual([]);
	});

	it('lists the rater furthest from the others first, with the direction of the drift', () => {
		// cai: |4-2| + |3-4| + |4-1| = 6 over 3 pairs, all but one above the other rater.
		// ana: 0 + 2 + 3 + 0 = 5 over 4; ben: 0 + 1 + 0 = 1 over 3.
		expect(raterDrift(pairs)).toEqual([
			{ rater: 'cai', pairs: 3, meanAbsoluteDifference: 2, meanDifference: (2 - 1 + 3) / 3 },
			{
				rater: 'ana',
				pairs: 4,
				meanAbsoluteDifference: 5 / 4,
				meanDifference: (0 - 2 - 3 + 0) / 4
			},
			{ rater: 'ben', pairs: 3, meanAbsoluteDifference: 1 / 3, meanDifference: 1 / 3 }
		]);
	});
});
