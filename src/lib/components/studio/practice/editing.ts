import { tick } from 'svelte';
import type { ComparisonOp, StepKind, StateValue } from '$lib/schemas/practice';
import type {
	ComparisonForm,
	DraftErrors,
	EffectForm,
	StateVariableForm
} from '$lib/schemas/studio';

// What the studio's practice editors share: words for kinds and tests, the defaults of a new
// effect or comparison, and where an error of a nested field is found.

/** A declared variable as the pickers need it. */
export type VariableInfo = Pick<StateVariableForm, 'name' | 'type' | 'label'>;

/** A criterion of the scenario's rubric, for the evidence picker and the test-play. */
export interface CriterionInfo {
	key: string;
	title: string;
}

/** A rubric the scenario can be scored on (the studio page loads them with their criteria). */
export interface RubricOption {
	key: string;
	title: string;
	audience: string;
	criteria: CriterionInfo[];
}

export const KIND_LABELS: Record<StepKind, string> = {
	say: 'Persona speaks',
	respond: 'Learner replies in own words',
	choose: 'Learner chooses'
};

export const OP_LABELS: Record<ComparisonOp, string> = {
	eq: 'is',
	ne: 'is not',
	gt: 'is more than',
	gte: 'is at least',
	lt: 'is less than',
	lte: 'is at most'
};

/** The tests a true/false variable allows. */
export const BOOLEAN_OPS: ComparisonOp[] = ['eq', 'ne'];

/** Evidence weights: never 0 (no evidence), strongest first. */
export const DELTAS = [
	{ value: 2, label: '+2 strongly for' },
	{ value: 1, label: '+1 for' },
	{ value: -1, label: '−1 against' },
	{ value: -2, label: '−2 strongly against' }
] as const;

export const named = (variables: VariableInfo[]) => variables.filter((v) => v.name.trim() !== '');

export function typeOf(variables: VariableInfo[], name: string): VariableInfo['type'] | undefined {
	return variables.find((v) => v.name === name)?.type;
}

/** A value that fits a variable of `type`: what a new effect or comparison starts with. */
export const fitting = (type: VariableInfo['type'] | undefined): StateValue =>
	type === 'boolean' ? true : 1;

/** A new effect: set the first variable when there is one, else evidence for the first criterion. */
export function newEffect(variables: VariableInfo[], criteria: CriterionInfo[]): EffectForm {
	const first = named(variables)[0];
	const blank = { variable: '', value: null, criterion: '', delta: 1, note: '' };
	if (first) return { ...blank, type: 'set', variable: first.name, value: fitting(first.type) };
	return { ...blank, type: 'evidence', criterion: criteria[0]?.key ?? '' };
}

export function newComparison(variables: VariableInfo[]): ComparisonForm {
	const first = named(variables)[0];
	return { variable: first?.name ?? '', op: 'eq', value: fitting(first?.type) };
}

/** The first error at `prefix` or inside it. */
export function errorUnder(errors: DraftErrors, prefix: string): string | undefined {
	if (errors[prefix]) return errors[prefix];
	return Object.entries(errors).find(([k]) => k.startsWith(`${prefix}.`))?.[1];
}

/** A value as the author reads it. */
export const showValue = (value: StateValue | undefined | null) =>
	value === undefined || value === null ? '—' : String(value);

/** Focus an element once the DOM has caught up (after adding or removing a row). */
export async function focusById(id: string) {
	await tick();
	document.getElementById(id)?.focus();
}
