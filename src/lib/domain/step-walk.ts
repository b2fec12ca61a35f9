import type { ScenarioStep } from '../schemas/steps';

// Walking a scenario's steps (semantics in src/lib/schemas/steps.ts): linear by array order,
// branching where a step offers choices; `next: null` ends the scenario and a missing `next`
// means "the following step".

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
	if (index < 0) return END;
	const step = steps[index];
	if (step.next === null) return END;
	if (step.next !== undefined) return { kind: 'step', id: step.next };
	const following = steps[index + 1];
	return following ? { kind: 'step', id: following.id } : END;
}

/** Where choice `choiceIndex` of a step leads. */
export function choiceTarget(steps: ScenarioStep[], id: string, choiceIndex: number): StepTarget {
	const choice = findStep(steps, id)?.choices?.[choiceIndex];
	if (!choice || choice.next === null) return END;
	return { kind: 'step', id: choice.next };
}

export function hasChoices(step: ScenarioStep | undefined): boolean {
	return (step?.choices?.length ?? 0) > 0;
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
		const step = findStep(steps, stepId);
		if (!step) return 0;
		visiting.add(stepId);
		const targets = hasChoices(step)
			? step.choices!.map((_, i) => choiceTarget(steps, stepId, i))
			: [nextTarget(steps, stepId)];
		let best = 0;
		for (const t of targets) if (t.kind === 'step') best = Math.max(best, walk(t.id));
		visiting.delete(stepId);
		memo.set(stepId, best + 1);
		return best + 1;
	};
	return walk(id);
}
