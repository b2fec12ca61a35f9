// Rater calibration: how closely two supervisors who scored the same attempt agree. Each pair
// is one criterion scored 1..4 by two raters. Per criterion: exact agreement and agreement
// within one level (the usual first checks for ordinal rubric scores). Per rater: the mean
// absolute difference from the other rater across every pair they were part of, and its sign
// (positive = scores higher than colleagues), so the rater who drifts most is listed first.

export interface ScorePair {
	criterionKey: string;
	a: { rater: string; score: number };
	b: { rater: string; score: number };
}

export interface CriterionAgreement {
	criterionKey: string;
	pairs: number;
	/** share of pairs with the same score, 0..1 */
	exact: number;
	/** share of pairs at most one level apart, 0..1 */
	withinOne: number;
}

export interface RaterDrift {
	rater: string;
	pairs: number;
	/** mean |own score − other rater's score| */
	meanAbsoluteDifference: number;
	/** mean (own − other): above 0 scores more generously than colleagues */
	meanDifference: number;
}

export function criterionAgreement(pairs: ScorePair[]): CriterionAgreement[] {
	const by = new Map<string, { pairs: number; exact: number; withinOne: number }>();
	for (const pair of pairs) {
		const entry = by.get(pair.criterionKey) ?? { pairs: 0, exact: 0, withinOne: 0 };
		const gap = Math.abs(pair.a.score - pair.b.score);
		entry.pairs += 1;
		if (gap === 0) entry.exact += 1;
		if (gap <= 1) entry.withinOne += 1;
		by.set(pair.criterionKey, entry);
	}
	return [...by].map(([criterionKey, e]) => ({
		criterionKey,
		pairs: e.pairs,
		exact: e.exact / e.pairs,
		withinOne: e.withinOne / e.pairs
	}));
}

export function raterDrift(pairs: ScorePair[]): RaterDrift[] {
	const by = new Map<string, { pairs: number; absolute: number; signed: number }>();
	const add = (rater: string, own: number, other: number) => {
		const entry = by.get(rater) ?? { pairs: 0, absolute: 0, signed: 0 };
		entry.pairs += 1;
		entry.absolute += Math.abs(own - other);
		entry.signed += own - other;
		by.set(rater, entry);
	};
	for (const pair of pairs) {
		add(pair.a.rater, pair.a.score, pair.b.score);
		add(pair.b.rater, pair.b.score, pair.a.score);
	}
	return [...by]
		.map(([rater, e]) => ({
			rater,
			pairs: e.pairs,
			meanAbsoluteDifference: e.absolute / e.pairs,
			meanDifference: e.signed / e.pairs
		}))
		.sort(
			(x, y) =>
				y.meanAbsoluteDifference - x.meanAbsoluteDifference ||
				y.pairs - x.pairs ||
				x.rater.localeCompare(y.rater)
		);
}
