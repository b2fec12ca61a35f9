import type { StepKind } from '../schemas/practice';
import type { ScenarioStep } from '../schemas/steps';

// Walking a scenario's steps (semantics in src/lib/schemas/steps.ts): linear by array order,
// branching where a step offers choices or conditional branches; `next: null` ends the scenario
// and a missing `next` means "the following step". Which branch a walk takes depends on its
// state (practice-walk.ts); the graph functions here count every branch as a possible way on.

/** Where a move leads: another step, or the end of the scenario. */
export type StepTarget = { kind: 'step'; id: string } | { kind: 'end' };

const END: StepTarget = { kind: 'end' };

export function findStep(steps: ScenarioStep[], id: string | null | undefined) {
	if (!id) return undefined;
	return steps.find((s) => s.id === id);
}

export function firstStepId(steps: ScenarioStep[]): string | null {
	return steps[0]?.id ?? null;
}

/** The step to open: the stored one when it still exists (content may have changed), else the first. */
export function resumeStepId(steps: ScenarioStep[], stored: string | null | undefined) {
	return findStep(steps, stored)?.id ?? firstStepId(steps);
}

/** Where "Continue" leads from a step without choices. */
export function nextTarget(steps: ScenarioStep[], id: string): StepTarget {
	const index = steps.findIndex((s) => s.id === id);
	return index < 0 ? END : nextAt(steps, index).target;
}

/** Where choice `choiceIndex` of a step leads. */
export function choiceTarget(steps: ScenarioStep[], id: string, choiceIndex: number): StepTarget {
	const choice = findStep(steps, id)?.choices?.[choiceIndex];
	return choice ? targetOf(choice.next) : END;
}

export function hasChoices(step: { choices?: readonly unknown[] } | undefined): boolean {
	return (step?.choices?.length ?? 0) > 0;
}

/**
 * What a step asks: older content has no kind (the studio's form says '' for it), and there
 * choices mean `choose`.
 */
export function stepKind(step: { kind?: StepKind | ''; choices?: readonly unknown[] }): StepKind {
	return step.kind || (hasChoices(step) ? 'choose' : 'say');
}

/** The part of a step its ways on depend on: content steps and the graph's steps both fit. */
export interface WalkStep {
	id: string;
	kind?: StepKind | '';
	/** undefined = the following step, null = the end */
	next?: string | null;
	choices?: readonly { next: string | null }[];
	branches?: readonly { next: string | null }[];
}

/** Which field of the step a way on stands for. */
export type StepLink =
	| { kind: 'next'; implicit: boolean }
	| { kind: 'choice'; index: number }
	| { kind: 'branch'; index: number };

export interface WayOn {
	target: StepTarget;
	link: StepLink;
}

const targetOf = (next: string | null): StepTarget =>
	next === null ? END : { kind: 'step', id: next };

function nextAt(steps: readonly WalkStep[], index: number): WayOn {
	const { next } = steps[index];
	if (next !== undefined)
		return { target: targetOf(next), link: { kind: 'next', implicit: false } };
	const following = steps[index + 1];
	return {
		target: following ? { kind: 'step', id: following.id } : END,
		link: { kind: 'next', implicit: true }
	};
}

/**
 * Every way on from the step at `index`, in the order play checks them: one per choice on a
 * `choose` step, else each branch and then where "Continue" leads by default.
 */
export function waysOnAt(steps: readonly WalkStep[], index: number): WayOn[] {
	const step = steps[index];
	if (stepKind(step) === 'choose') {
		return (step.choices ?? []).map((choice, i) => ({
			target: targetOf(choice.next),
			link: { kind: 'choice', index: i }
		}));
	}
	const branches = (step.branches ?? []).map((branch, i): WayOn => ({
		target: targetOf(branch.next),
		link: { kind: 'branch', index: i }
	}));
	return [...branches, nextAt(steps, index)];
}

/** Every way on from a step (none for no step). */
export function stepTargets(steps: ScenarioStep[], id: string): StepTarget[] {
	const step = findStep(steps, id);
	if (!step) return [];
	return waysOnAt(steps, steps.indexOf(step)).map((way) => way.target);
}

/**
 * How many steps are at most left after `id` on any path (including it), for a progress bar
 * that never lies on branching scenarios. Cycles count each step once.
 */
export function longestRemaining(steps: ScenarioStep[], id: string): number {
	const memo = new Map<string, number>();
	const visiting = new Set<string>();
	const walk = (stepId: string): number => {
		const known = memo.get(stepId);
		if (known !== undefined) return known;
		if (visiting.has(stepId)) return 0;
		if (!findStep(steps, stepId)) return 0;
		visiting.add(stepId);
		let best = 0;
		for (const t of stepTargets(steps, stepId))
			if (t.kind === 'step') best = Math.max(best, walk(t.id));
		visiting.delete(stepId);
		memo.set(stepId, best + 1);
		return best + 1;
	};
	return walk(id);
}

/**
 * "Step N of about M" on the play page. N counts the steps this walk has shown (one more per
 * move, whatever the step's place in the authored list, so a branch that skips ahead does not
 * jump from 1 to 4), and M is N − 1 plus the steps left on the longest way to an end from here.
 * M never grows after a move (a step's longest way on is at least one longer than its
 * successor's), so N / M only moves forward and never passes 100 % before the end; a cycle
 * (a "try again" loop) can make the longest way unbounded, and there M is clamped to keep both
 * promises.
 */
export interface StepEstimate {
	position: number;
	total: number;
}

/** The estimate on a step reached after `walked` steps (1 on the first; a resume passes the
 * server's count of steps visited). */
export function estimateAt(steps: ScenarioStep[], stepId: string, walked = 1): StepEstimate {
	const position = Math.max(1, Math.floor(walked));
	const total = bounded(position, longestRemaining(steps, stepId));
	return { position, total: Math.max(total, position + (leadsToAStep(steps, stepId) ? 1 : 0)) };
}

/** The estimate after moving on from a step (with estimate `from`) to `stepId`. */
export function estimateAfterMove(
	steps: ScenarioStep[],
	from: StepEstimate,
	stepId: string
): StepEstimate {
	const position = from.position + 1;
	const remaining = longestRemaining(steps, stepId);
	const fresh = bounded(position, remaining);
	// Never more than before; never so few that the bar is full while steps are left.
	const floor = position + (leadsToAStep(steps, stepId) ? 1 : 0);
	return { position, total: Math.max(floor, Math.min(from.total, fresh)) };
}

/** The share of the walk done, 0..1. */
export function estimateFraction(estimate: StepEstimate): number {
	return Math.min(1, estimate.position / Math.max(estimate.total, 1));
}

/** Whether some way on from a step leads to another step (not only to the end). */
export function leadsToAStep(steps: ScenarioStep[], id: string): boolean {
	return stepTargets(steps, id).some((t) => t.kind === 'step');
}

function bounded(position: number, remaining: number) {
	return position - 1 + Math.max(remaining, 1);
}
