// Picking scenarios for a trainee: a greedy set cover of the requested skills under a time budget.
// Greedy is the classic ln(n)-approximation of set cover; with a handful of skills it is also what
// a trainer would do by hand, and it is easy to explain to the partner who consumes it.

export interface AssignmentCandidate {
	id: string;
	skills: readonly string[];
	estimatedTime: number;
	/** higher is better; breaks ties between candidates covering as many skills */
	ratingScore: number;
}

export interface AssignmentPick<C extends AssignmentCandidate> {
	candidate: C;
	/** requested skills this pick covered that no earlier pick had covered */
	covers: string[];
}

export interface AssignmentResult<C extends AssignmentCandidate> {
	picks: AssignmentPick<C>[];
	coveredSkills: string[];
	uncoveredSkills: string[];
	totalMinutes: number;
}

/**
 * Repeatedly takes the candidate that covers the most still-uncovered requested skills and still
 * fits the remaining budget; ties go to the higher rating score, then the smaller id, so the same
 * input always gives the same output whatever order the candidates arrive in. Stops when every
 * skill is covered or no candidate that fits adds a skill.
 */
export function pickAssignments<C extends AssignmentCandidate>(
	candidates: readonly C[],
	requestedSkills: readonly string[],
	budgetMinutes: number
): AssignmentResult<C> {
	const requested = [...new Set(requestedSkills)];
	const uncovered = new Set(requested);
	const remaining = new Map(candidates.map((c) => [c.id, c]));
	const picks: AssignmentPick<C>[] = [];
	let budget = budgetMinutes;

	while (uncovered.size > 0) {
		let best: { candidate: C; covers: string[] } | undefined;
		for (const candidate of remaining.values()) {
			if (candidate.estimatedTime > budget) continue;
			const covers = [...new Set(candidate.skills)].filter((s) => uncovered.has(s));
			if (covers.length === 0) continue;
			if (!best || better(candidate, covers.length, best.candidate, best.covers.length)) {
				best = { candidate, covers };
			}
		}
		if (!best) break;
		const chosen = best;
		remaining.delete(chosen.candidate.id);
		budget -= chosen.candidate.estimatedTime;
		for (const skill of chosen.covers) uncovered.delete(skill);
		picks.push({
			candidate: chosen.candidate,
			covers: requested.filter((s) => chosen.covers.includes(s))
		});
	}

	return {
		picks,
		coveredSkills: requested.filter((s) => !uncovered.has(s)),
		uncoveredSkills: requested.filter((s) => uncovered.has(s)),
		totalMinutes: budgetMinutes - budget
	};
}

function better(a: AssignmentCandidate, aGain: number, b: AssignmentCandidate, bGain: number) {
	if (aGain !== bGain) return aGain > bGain;
	if (a.ratingScore !== b.ratingScore) return a.ratingScore > b.ratingScore;
	return a.id < b.id;
}
