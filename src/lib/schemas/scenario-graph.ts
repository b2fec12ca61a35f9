import { stepKind, stepTargets } from '../domain/step-walk';
import type { Condition, Effect, StateValue, StateVariable } from './practice';
import type { ScenarioStep } from './steps';

// Whole-scenario rules the per-step schema cannot see: every variable an effect or a condition
// names is declared (with a value of its type), each kind carries what it needs, every step is
// reachable from the first, and from every step some way leads to an end. Messages name the
// step, because the studio shows them next to the step list.

export interface GraphIssue {
	path: (string | number)[];
	message: string;
}

const label = (step: ScenarioStep, i: number) => `Step ${i + 1} ("${step.id}")`;
const typeOf = (v: StateValue) => (typeof v === 'boolean' ? 'true/false' : 'number');

export function practiceIssues(steps: ScenarioStep[], variables: StateVariable[]): GraphIssue[] {
	const issues: GraphIssue[] = [];
	const declared = new Map<string, StateValue>();
	variables.forEach((v, i) => {
		if (declared.has(v.name)) {
			issues.push({
				path: ['stateVariables', i, 'name'],
				message: `"${v.name}" is declared twice`
			});
		}
		declared.set(v.name, v.initial);
	});

	const checkEffects = (effects: Effect[] | undefined, path: (string | number)[], where: string) =>
		effects?.forEach((effect, k) => {
			if ('criterion' in effect) return;
			const initial = declared.get(effect.variable);
			if (initial === undefined) {
				issues.push({
					path: [...path, k],
					message: `${where} changes "${effect.variable}", which the scenario does not declare`
				});
			} else if ('add' in effect && typeof initial !== 'number') {
				issues.push({
					path: [...path, k],
					message: `${where} adds to "${effect.variable}", which is true/false, not a number`
				});
			} else if ('set' in effect && typeof effect.set !== typeof initial) {
				issues.push({
					path: [...path, k],
					message: `${where} sets "${effect.variable}" to a ${typeOf(effect.set)}, but it holds a ${typeOf(initial)}`
				});
			}
		});

	const checkCondition = (when: Condition, path: (string | number)[], where: string) => {
		const comparisons = 'all' in when ? when.all : when.any;
		comparisons.forEach((c) => {
			const initial = declared.get(c.variable);
			if (initial === undefined) {
				issues.push({
					path,
					message: `${where} tests "${c.variable}", which the scenario does not declare`
				});
			} else if (typeof c.value !== typeof initial) {
				issues.push({
					path,
					message: `${where} compares "${c.variable}" (a ${typeOf(initial)}) with a ${typeOf(c.value)}`
				});
			} else if (typeof initial === 'boolean' && c.op !== 'eq' && c.op !== 'ne') {
				issues.push({
					path,
					message: `${where} can only test "${c.variable}" for equal or not equal`
				});
			}
		});
	};

	const ids = new Set(steps.map((s) => s.id));
	steps.forEach((step, i) => {
		const name = label(step, i);
		const kind = stepKind(step);
		const has = (n: number | undefined) => (n ?? 0) > 0;
		if (kind === 'choose' && !has(step.choices?.length)) {
			issues.push({
				path: ['steps', i, 'choices'],
				message: `${name} asks for a choice but offers none`
			});
		}
		if (kind !== 'choose' && has(step.choices?.length)) {
			issues.push({
				path: ['steps', i, 'kind'],
				message: `${name} offers choices, so it must be a choose step`
			});
		}
		if (kind === 'choose' && (has(step.branches?.length) || has(step.effects?.length))) {
			issues.push({
				path: ['steps', i, 'branches'],
				message: `${name} is a choose step: put its effects and ways on in its choices`
			});
		}
		if (kind === 'respond' && !step.modelResponse) {
			issues.push({
				path: ['steps', i, 'modelResponse'],
				message: `${name} asks for a reply: give it a model response to show afterwards`
			});
		}
		if (
			kind !== 'respond' &&
			(has(step.heard?.length) || has(step.suggestions?.length) || step.modelResponse)
		) {
			issues.push({
				path: ['steps', i, 'kind'],
				message: `${name}: model responses, suggestions and detector effects belong to respond steps`
			});
		}
		step.branches?.forEach((branch, b) => {
			if (branch.next !== null && !ids.has(branch.next)) {
				issues.push({
					path: ['steps', i, 'branches', b, 'next'],
					message: `${name}, branch ${b + 1} leads to "${branch.next}", which is not a step`
				});
			}
			checkCondition(branch.when, ['steps', i, 'branches', b, 'when'], `${name}, branch ${b + 1}`);
		});
		checkEffects(step.effects, ['steps', i, 'effects'], name);
		step.heard?.forEach((rule, h) =>
			checkEffects(rule.effects, ['steps', i, 'heard', h, 'effects'], name)
		);
		step.choices?.forEach((choice, c) =>
			checkEffects(
				choice.effects,
				['steps', i, 'choices', c, 'effects'],
				`${name}, choice ${c + 1}`
			)
		);
	});
	if (issues.length > 0 || steps.length === 0) return issues;
	return [...issues, ...reachabilityIssues(steps)];
}

/** Unreachable steps, and steps from which no way leads to an end (a loop with no way out). */
function reachabilityIssues(steps: ScenarioStep[]): GraphIssue[] {
	const issues: GraphIssue[] = [];
	const targets = new Map(steps.map((s) => [s.id, stepTargets(steps, s.id)]));
	const reached = new Set<string>([steps[0].id]);
	const queue = [steps[0].id];
	while (queue.length > 0) {
		for (const t of targets.get(queue.shift()!) ?? []) {
			if (t.kind === 'step' && !reached.has(t.id)) {
				reached.add(t.id);
				queue.push(t.id);
			}
		}
	}
	// Steps that can end: those with a way to the end, then their predecessors, to a fixpoint.
	const canEnd = new Set<string>();
	for (let changed = true; changed;) {
		changed = false;
		for (const s of steps) {
			if (canEnd.has(s.id)) continue;
			const ways = targets.get(s.id) ?? [];
			if (ways.some((t) => t.kind === 'end' || canEnd.has(t.id))) {
				canEnd.add(s.id);
				changed = true;
			}
		}
	}
	steps.forEach((step, i) => {
		if (!reached.has(step.id)) {
			issues.push({
				path: ['steps', i, 'id'],
				message: `${label(step, i)} cannot be reached from the first step`
			});
		} else if (!canEnd.has(step.id)) {
			issues.push({
				path: ['steps', i, 'next'],
				message: `${label(step, i)} never leads to an end: every way on from it loops back`
			});
		}
	});
	return issues;
}
