import { z } from './zod';
import {
	VISIBILITIES,
	type CefrLevel,
	type ContentWarning,
	type Difficulty,
	type Mode,
	type PsychologicalModule,
	type Visibility
} from './enums';
import type { Comparison, ComparisonOp, DetectorKey, Effect, StepKind } from './practice';
import {
	scenarioContentSchema,
	type ScenarioContent,
	type ScenarioContentInput,
	type StepLayout
} from './scenario';
import type { ScenarioStep } from './steps';

// Inputs of the studio procedures, and the translation between the editor's form state and
// the shared content schema (the same schema the procedures validate with).

export const scenarioIdInputSchema = z.object({ id: z.uuid('Not a scenario id') });

export const studioCreateInputSchema = scenarioContentSchema;

export const studioUpdateInputSchema = z.object({
	id: z.uuid('Not a scenario id'),
	content: scenarioContentSchema
});

/** Who sees the scenario: the author's choice, applied at once and never reviewed. */
export const studioSetVisibilityInputSchema = z.object({
	id: z.uuid('Not a scenario id'),
	visibility: z.enum(VISIBILITIES)
});

/**
 * An effect as the editor holds it: one shape for the three kinds, so switching the kind keeps
 * what was typed. `value` is what `set` sets (a number or true/false, like the variable) or what
 * `add` adds; `criterion`, `delta` and `note` are evidence for the rubric.
 */
export interface EffectForm {
	type: 'set' | 'add' | 'evidence';
	variable: string;
	/** null while a number field is empty */
	value: number | boolean | null;
	criterion: string;
	delta: number;
	note: string;
}

/** One comparison of a branch's condition: `value` is a number or true/false, like the variable. */
export interface ComparisonForm {
	variable: string;
	op: ComparisonOp;
	/** null while a number field is empty */
	value: number | boolean | null;
}

/** A branch: if all (or any) of its comparisons hold, go to `next` (END = end of the scenario). */
export interface BranchForm {
	match: 'all' | 'any';
	comparisons: ComparisonForm[];
	next: string;
}

/** Effects that apply when a detector finds its behaviour in a reply. */
export interface HeardForm {
	hint: DetectorKey;
	effects: EffectForm[];
}

/** A declared state variable: a number (`number`) or true/false (`flag`), with a stable key. */
export interface StateVariableForm {
	key: string;
	name: string;
	type: 'number' | 'boolean';
	/** the start value of a number variable (null while the field is empty) */
	number: number | null;
	/** the start value of a true/false variable */
	flag: boolean;
	label: string;
}

/** A step as the editor holds it: strings everywhere, plus a stable key for the list. */
export interface StepForm {
	key: string;
	id: string;
	/** '' = not stored: older content, where choices make it `choose` and else `say` */
	kind: StepKind | '';
	title: string;
	prompt: string;
	guidance: string;
	/** '' = the following step, END = end of the scenario, else a step id */
	next: string;
	choices: { label: string; next: string; feedback: string; effects: EffectForm[] }[];
	/** say / respond: checked in order; `next` is the "otherwise" */
	branches: BranchForm[];
	/** say / respond: what moving on changes */
	effects: EffectForm[];
	/** respond: shown after the learner replied */
	modelResponse: string;
	/** respond: other good ways to say it, one per line */
	suggestions: string;
	/** respond: effects when a detector finds its behaviour in the reply */
	heard: HeardForm[];
	/** quests: the feeling the step is meant to stir; kept as it is, dropped while unnamed */
	feeling?: { name: string; intensity: number };
}

export const END = '__end';

export interface DraftForm {
	title: string;
	description: string;
	instructions: string;
	context: string;
	expectedOutcome: string;
	learningGoal: string;
	/** one objective per line */
	learningObjectives: string;
	hasPersona: boolean;
	persona: {
		name: string;
		age: number | null;
		pronouns: string;
		background: string;
		presentation: string;
		voice: string;
	};
	/** one indicator per line */
	comfortable: string;
	uncomfortable: string;
	mode: Mode;
	category: string;
	skills: string[];
	difficulty: Difficulty;
	estimatedTime: number | null;
	psychologicalModule: PsychologicalModule | '';
	ageRange: string;
	/** quests: what the parent reads after the child finishes */
	revealMessage: string;
	cefrLevel: CefrLevel | '';
	contentWarnings: ContentWarning[];
	steps: StepForm[];
	stateVariables: StateVariableForm[];
	/** the graph view's node positions, kept as they are */
	layout: StepLayout;
	/** '' = the default rubric for this kind of scenario, else a rubric key */
	rubric: string;
	isOneTime: boolean;
	visibility: Visibility;
}

const lines = (text: string) =>
	text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);

const orUndefined = (text: string) => (text.trim() === '' ? undefined : text);

let keySequence = 0;
export function newStepKey() {
	keySequence += 1;
	return `k${keySequence}-${Math.random().toString(36).slice(2, 8)}`;
}

/** An effect in the editor's shape. */
export function toEffectForm(effect: Effect): EffectForm {
	const blank = { variable: '', value: null, criterion: '', delta: 1, note: '' };
	if ('criterion' in effect) {
		return {
			...blank,
			type: 'evidence',
			criterion: effect.criterion,
			delta: effect.delta,
			note: effect.note ?? ''
		};
	}
	if ('set' in effect)
		return { ...blank, type: 'set', variable: effect.variable, value: effect.set };
	return { ...blank, type: 'add', variable: effect.variable, value: effect.add };
}

/** The schema's input for an effect form (not validated: an empty number stays null). */
export function fromEffectForm(effect: EffectForm): Effect {
	if (effect.type === 'evidence') {
		return { criterion: effect.criterion, delta: effect.delta, note: orUndefined(effect.note) };
	}
	if (effect.type === 'set') return { variable: effect.variable, set: effect.value as number };
	return { variable: effect.variable, add: effect.value as number };
}

const effectForms = (effects: Effect[] | undefined) => (effects ?? []).map(toEffectForm);
/** Effects as the schema's input, or nothing at all when there are none. */
const effectsIfAny = (effects: EffectForm[]) =>
	effects.length ? { effects: effects.map(fromEffectForm) } : {};

function toStepForm(s: ScenarioStep): StepForm {
	return {
		key: newStepKey(),
		id: s.id,
		kind: s.kind ?? '',
		title: s.title,
		prompt: s.prompt,
		guidance: s.guidance ?? '',
		next: s.next === undefined ? '' : s.next === null ? END : s.next,
		choices: (s.choices ?? []).map((c) => ({
			label: c.label,
			next: c.next ?? END,
			feedback: c.feedback ?? '',
			effects: effectForms(c.effects)
		})),
		branches: (s.branches ?? []).map((b) => ({
			match: 'all' in b.when ? 'all' : 'any',
			comparisons: ('all' in b.when ? b.when.all : b.when.any).map((c) => ({ ...c })),
			next: b.next ?? END
		})),
		effects: effectForms(s.effects),
		modelResponse: s.modelResponse ?? '',
		suggestions: (s.suggestions ?? []).join('\n'),
		heard: (s.heard ?? []).map((h) => ({ hint: h.hint, effects: effectForms(h.effects) })),
		...(s.feeling ? { feeling: { ...s.feeling } } : {})
	};
}

/** The schema's input for a step form (not validated yet). */
function fromStepForm(s: StepForm) {
	const suggestions = lines(s.suggestions);
	return {
		id: s.id,
		...(s.kind ? { kind: s.kind } : {}),
		title: s.title,
		prompt: s.prompt,
		guidance: orUndefined(s.guidance),
		...(s.next === '' ? {} : { next: s.next === END ? null : s.next }),
		...(s.choices.length
			? {
					choices: s.choices.map((c) => ({
						label: c.label,
						next: c.next === END || c.next === '' ? null : c.next,
						feedback: orUndefined(c.feedback),
						...effectsIfAny(c.effects)
					}))
				}
			: {}),
		...(s.branches.length
			? {
					branches: s.branches.map((b) => {
						// An emptied number field is null: the schema says what is wrong.
						const comparisons = b.comparisons.map((c) => ({ ...c }) as Comparison);
						return {
							when: b.match === 'all' ? { all: comparisons } : { any: comparisons },
							next: b.next === END || b.next === '' ? null : b.next
						};
					})
				}
			: {}),
		...effectsIfAny(s.effects),
		modelResponse: orUndefined(s.modelResponse),
		...(suggestions.length ? { suggestions } : {}),
		...(s.heard.length
			? { heard: s.heard.map((h) => ({ hint: h.hint, effects: h.effects.map(fromEffectForm) })) }
			: {}),
		...(s.feeling?.name.trim()
			? { feeling: { name: s.feeling.name, intensity: s.feeling.intensity } }
			: {})
	};
}

/** The editor's state for some saved content. */
export function toDraftForm(content: ScenarioContent): DraftForm {
	return {
		title: content.title,
		description: content.description,
		instructions: content.instructions,
		context: content.context,
		expectedOutcome: content.expectedOutcome,
		learningGoal: content.learningGoal,
		learningObjectives: content.learningObjectives.join('\n'),
		hasPersona: content.persona !== null,
		persona: {
			name: content.persona?.name ?? '',
			age: content.persona?.age ?? null,
			pronouns: content.persona?.pronouns ?? '',
			background: content.persona?.background ?? '',
			presentation: content.persona?.presentation ?? '',
			voice: content.persona?.voice ?? ''
		},
		comfortable: (content.comfortIndicators?.comfortable ?? []).join('\n'),
		uncomfortable: (content.comfortIndicators?.uncomfortable ?? []).join('\n'),
		mode: content.mode,
		category: content.category,
		skills: [...content.skills],
		difficulty: content.difficulty,
		estimatedTime: content.estimatedTime,
		psychologicalModule: content.psychologicalModule ?? '',
		ageRange: content.ageRange ?? '',
		revealMessage: content.revealMessage ?? '',
		cefrLevel: content.cefrLevel ?? '',
		contentWarnings: [...content.contentWarnings],
		steps: content.steps.map(toStepForm),
		stateVariables: (content.stateVariables ?? []).map((v) => ({
			key: newStepKey(),
			name: v.name,
			type: typeof v.initial === 'boolean' ? 'boolean' : 'number',
			number: typeof v.initial === 'number' ? v.initial : 0,
			flag: typeof v.initial === 'boolean' ? v.initial : false,
			label: v.label ?? ''
		})),
		layout: { ...(content.layout ?? {}) },
		rubric: content.rubric ?? '',
		isOneTime: content.isOneTime,
		visibility: content.visibility
	};
}

/** The schema's input for the editor's state (not validated yet). */
export function fromDraftForm(form: DraftForm): ScenarioContentInput {
	const comfortable = lines(form.comfortable);
	const uncomfortable = lines(form.uncomfortable);
	return {
		title: form.title,
		description: form.description,
		instructions: form.instructions,
		context: form.context,
		expectedOutcome: form.expectedOutcome,
		learningGoal: form.learningGoal,
		learningObjectives: lines(form.learningObjectives),
		persona: form.hasPersona
			? {
					name: form.persona.name,
					age: form.persona.age ?? undefined,
					pronouns: orUndefined(form.persona.pronouns),
					background: form.persona.background,
					presentation: form.persona.presentation,
					voice: orUndefined(form.persona.voice)
				}
			: null,
		comfortIndicators:
			comfortable.length || uncomfortable.length ? { comfortable, uncomfortable } : null,
		mode: form.mode,
		category: form.category,
		skills: form.skills,
		difficulty: form.difficulty,
		// An emptied number field is null: let the schema say "expected a number".
		estimatedTime: form.estimatedTime as number,
		psychologicalModule: form.psychologicalModule || null,
		ageRange: form.ageRange.trim() || null,
		revealMessage: form.revealMessage.trim() || null,
		cefrLevel: form.cefrLevel || null,
		contentWarnings: form.contentWarnings,
		steps: form.steps.map(fromStepForm),
		stateVariables: form.stateVariables.map((v) => ({
			name: v.name,
			// An emptied number field is null: the schema says what is wrong.
			initial: v.type === 'boolean' ? v.flag : (v.number as number),
			label: orUndefined(v.label)
		})),
		layout: form.layout,
		rubric: form.rubric || null,
		isOneTime: form.isOneTime,
		visibility: form.visibility
	};
}

/** Field path ('title', 'steps.2.prompt') -> the first message for it. */
export type DraftErrors = Record<string, string>;

export function draftErrors(error: z.ZodError): DraftErrors {
	const out: DraftErrors = {};
	for (const issue of error.issues) {
		const key = issue.path.map(String).join('.');
		out[key] ??= issue.message;
	}
	return out;
}

/**
 * Validates the editor's content. A field with an error falls back to its last saved value,
 * so the other fields can still be saved while the author fixes it: nothing valid is lost and
 * nothing invalid reaches the server.
 */
export function validateDraft(
	input: ScenarioContentInput,
	lastSaved: ScenarioContent
): { errors: DraftErrors; savable: ScenarioContent | null } {
	const result = scenarioContentSchema.safeParse(input);
	if (result.success) return { errors: {}, savable: result.data };
	const errors = draftErrors(result.error);
	const badKeys = new Set(result.error.issues.map((i) => String(i.path[0] ?? '')));
	if (badKeys.has('')) return { errors, savable: null };
	const merged: Record<string, unknown> = { ...input };
	for (const key of badKeys) merged[key] = lastSaved[key as keyof ScenarioContent];
	const second = scenarioContentSchema.safeParse(merged);
	return { errors, savable: second.success ? second.data : null };
}

/** Stable comparison of two contents (jsonb reorders keys, so compare canonical JSON). */
export function sameContent(a: unknown, b: unknown): boolean {
	return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(
					Object.entries(v as Record<string, unknown>)
						.filter(([, x]) => x !== undefined)
						.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
				)
			: v
	);
}
