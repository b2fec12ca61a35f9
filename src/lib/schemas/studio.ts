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
import { scenarioContentSchema, type ScenarioContent, type ScenarioContentInput } from './scenario';

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

/** A step as the editor holds it: strings everywhere, plus a stable key for the list. */
export interface StepForm {
	key: string;
	id: string;
	title: string;
	prompt: string;
	guidance: string;
	/** '' = the following step, END = end of the scenario, else a step id */
	next: string;
	choices: { label: string; next: string; feedback: string }[];
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
	cefrLevel: CefrLevel | '';
	contentWarnings: ContentWarning[];
	steps: StepForm[];
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
		cefrLevel: content.cefrLevel ?? '',
		contentWarnings: [...content.contentWarnings],
		steps: content.steps.map((s) => ({
			key: newStepKey(),
			id: s.id,
			title: s.title,
			prompt: s.prompt,
			guidance: s.guidance ?? '',
			next: s.next === undefined ? '' : s.next === null ? END : s.next,
			choices: (s.choices ?? []).map((c) => ({
				label: c.label,
				next: c.next ?? END,
				feedback: c.feedback ?? ''
			}))
		})),
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
		cefrLevel: form.cefrLevel || null,
		contentWarnings: form.contentWarnings,
		steps: form.steps.map((s) => ({
			id: s.id,
			title: s.title,
			prompt: s.prompt,
			guidance: orUndefined(s.guidance),
			...(s.next === '' ? {} : { next: s.next === END ? null : s.next }),
			...(s.choices.length
				? {
						choices: s.choices.map((c) => ({
							label: c.label,
							next: c.next === END || c.next === '' ? null : c.next,
							feedback: orUndefined(c.feedback)
						}))
					}
				: {})
		})),
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
