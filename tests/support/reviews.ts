// A passing review that approves: every score 4, no concerns, no content warnings to confirm
// (the test scenarios' text mentions no warning topic). Spread it into `review.submit`.
export const approve = {
	emotionalSafety: 4,
	therapeuticCorrectness: 4,
	ageAppropriateness: 4,
	revealTiming: 4,
	strengths: 'Clear and kind.',
	decision: 'approved' as const,
	confirmedWarnings: []
};
