// Where a trainee stands on one assignment, from their attempts since it was assigned. Shared by
// the trainee's "My assignments", the coordinator's dashboard and its CSV export, so the three
// never disagree.

export const ASSIGNMENT_STATES = [
	'not_started',
	'in_progress',
	'done',
	'done_at_level',
	'overdue'
] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

export const ASSIGNMENT_STATE_LABELS: Record<AssignmentState, string> = {
	not_started: 'Not started',
	in_progress: 'In progress',
	done: 'Done',
	done_at_level: 'Done at level',
	overdue: 'Overdue'
};

export interface AttemptsSinceAssigned {
	/** attempts still open */
	open: number;
	/** attempts finished as completed */
	completed: number;
	/** the best level (1..4, the mean of a run's criterion scores) a completed attempt reached */
	bestLevel: number | null;
	/** when the assignment was first met (completed, at the level if one is asked) */
	metAt: Date | null;
}

export interface AssignmentStanding {
	state: AssignmentState;
	/** the assignment counts as done: completed, at the level when one is asked */
	met: boolean;
	bestLevel: number | null;
	metAt: Date | null;
}

/**
 * Met beats everything: "done at level" when a level was asked, else "done". Not met and past due
 * is "overdue" even if the trainee finished below the level; before the due date a finish below
 * the level still reads "done" (with its level shown beside it), an open attempt "in progress".
 */
export function assignmentStanding(
	attempts: AttemptsSinceAssigned,
	assignment: { dueAt: Date; minLevel: number | null },
	now: Date
): AssignmentStanding {
	const met = assignment.minLevel === null ? attempts.completed > 0 : attempts.metAt !== null;
	const base = { met, bestLevel: attempts.bestLevel, metAt: met ? attempts.metAt : null };
	if (met) return { ...base, state: assignment.minLevel === null ? 'done' : 'done_at_level' };
	if (now.getTime() > assignment.dueAt.getTime()) return { ...base, state: 'overdue' };
	if (attempts.completed > 0) return { ...base, state: 'done' };
	if (attempts.open > 0) return { ...base, state: 'in_progress' };
	return { ...base, state: 'not_started' };
}

export const NO_ATTEMPTS: AttemptsSinceAssigned = {
	open: 0,
	completed: 0,
	bestLevel: null,
	metAt: null
};
