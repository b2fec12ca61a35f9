// Top rated: a Bayesian average that starts every scenario at PRIOR_MEAN with PRIOR_VOTES
// imaginary votes, so one 5-star vote (3.33) cannot beat two hundred 4.8s (4.76).
// The database computes the same formula in scenario_metadata.rating_score; keep them equal.

export const PRIOR_MEAN = 3;
export const PRIOR_VOTES = 5;

export function bayesianRating(ratingSum: number, ratingsCount: number): number {
	return (ratingSum + PRIOR_MEAN * PRIOR_VOTES) / (ratingsCount + PRIOR_VOTES);
}
