import type {
	Comparison,
	Condition,
	Effect,
	EvidenceEffect,
	PracticeState,
	StateValue,
	StateVariable
} from '../schemas/practice';
import { PRACTICE_LIMITS } from '../schemas/practice';
import type { ScenarioStep } from '../schemas/steps';
import { findStep, nextTarget, stepKind, type StepTarget } from './step-walk';

export { stepKind };

// One move of a practice walk, as a pure function the server and the studio's test-play share:
// the learner answers a step (Continue, a reply in their words, or a choice), the answer's
// effects change the state and add rubric evidence, and the step's way on is chosen. The server
// stores what this returns; nothing here reads a clock, a database or the network.

/** What the learner did on a step. */
export type Answer = { text: string } | { choiceIndex: number } | { continue: true };

/** A finding of a free-text detector: `detector` is a DetectorKey, `quote` the words that triggered it. */
export interface HeardHint {
	detector: string;
	quote: string;
}

/** Evidence for a rubric criterion from one answer, with where it came from. */
export interface WalkEvidence extends EvidenceEffect {
	source: 'choice' | 'step' | 'hint';
	/** the detector whose finding produced it (source 'hint') */
	detector?: string;
}

export interface Move {
	state: PracticeState;
	target: StepTarget;
	evidence: WalkEvidence[];
}

export class WalkError extends Error {}

export function initialState(variables: StateVariable[]): PracticeState {
	return Object.fromEntries(variables.map((v) => [v.name, v.initial]));
}

function compare(c: Comparison, actual: StateValue | undefined): boolean {
	if (actual === undefined) return false;
	switch (c.op) {
		case 'eq':
			return actual === c.value;
		case 'ne':
			return actual !== c.value;
		case 'gt':
			return actual > c.value;
		case 'gte':
			return actual >= c.value;
		case 'lt':
			return actual < c.value;
		case 'lte':
			return actual <= c.value;
	}
}

export function holds(condition: Condition, state: PracticeState): boolean {
	return 'all' in condition
		? condition.all.every((c) => compare(c, state[c.variable]))
		: condition.any.some((c) => compare(c, state[c.variable]));
}

const clamp = (n: number) =>
	Math.min(PRACTICE_LIMITS.numberMax, Math.max(PRACTICE_LIMITS.numberMin, n));

/**
 * Applies effects in order. Variables the scenario does not declare are ignored (validation
 * refuses them; stored content from before a variable was removed must still play).
 */
export function applyEffects(
	state: PracticeState,
	effects: Effect[] | undefined,
	source: WalkEvidence['source'],
	detector?: string
): { state: PracticeState; evidence: WalkEvidence[] } {
	const next = { ...state };
	const evidence: WalkEvidence[] = [];
	for (const effect of effects ?? []) {
		if ('criterion' in effect) {
			evidence.push({ ...effect, source, ...(detector ? { detector } : {}) });
		} else if (!(effect.variable in next)) {
			continue;
		} else if ('set' in effect) {
			if (typeof effect.set === typeof next[effect.variable]) next[effect.variable] = effect.set;
		} else {
			const current = next[effect.variable];
			if (typeof current === 'number') next[effect.variable] = clamp(current + effect.add);
		}
	}
	return { state: next, evidence };
}

/** Where a say or respond step leads on the state after its effects: the first branch that holds, else `next`. */
export function branchTarget(
	steps: ScenarioStep[],
	step: ScenarioStep,
	state: PracticeState
): StepTarget {
	for (const branch of step.branches ?? []) {
		if (holds(branch.when, state)) {
			return branch.next === null ? { kind: 'end' } : { kind: 'step', id: branch.next };
		}
	}
	return nextTarget(steps, step.id);
}

/**
 * The move from `stepId` given the learner's answer. `heard` are the detector findings on a
 * reply (the caller runs the detectors, so this stays free of them). Throws WalkError when the
 * answer does not fit the step (a choice on a respond step, an index out of range, no text).
 */
export function advance(
	steps: ScenarioStep[],
	state: PracticeState,
	stepId: string,
	answer: Answer,
	heard: HeardHint[] = []
): Move {
	const step = findStep(steps, stepId);
	if (!step) throw new WalkError(`There is no step "${stepId}" in this scenario`);
	const kind = stepKind(step);
	if (kind === 'choose') {
		if (!('choiceIndex' in answer)) throw new WalkError('Pick one of the choices');
		const choice = step.choices?.[answer.choiceIndex];
		if (!choice) throw new WalkError('That choice is not on this step');
		const applied = applyEffects(state, choice.effects, 'choice');
		const target: StepTarget =
			choice.next === null ? { kind: 'end' } : { kind: 'step', id: choice.next };
		return { state: applied.state, target, evidence: applied.evidence };
	}
	if (kind === 'respond' && !('text' in answer)) throw new WalkError('Write a reply first');
	if (kind === 'say' && !('continue' in answer)) throw new WalkError('This step only continues');
	let applied = applyEffects(state, step.effects, 'step');
	const evidence = [...applied.evidence];
	if (kind === 'respond') {
		const found = new Set(heard.map((h) => h.detector));
		for (const rule of step.heard ?? []) {
			if (!found.has(rule.hint)) continue;
			applied = applyEffects(applied.state, rule.effects, 'hint', rule.hint);
			evidence.push(...applied.evidence);
		}
	}
	return { state: applied.state, target: branchTarget(steps, step, applied.state), evidence };
}
