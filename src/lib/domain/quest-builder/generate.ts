import type { AgeRange, Difficulty, QuestModule } from '../../schemas/enums';
import {
	scenarioContentSchema,
	SCENARIO_LIMITS,
	type ScenarioContent
} from '../../schemas/scenario';
import { STEP_LIMITS, type ScenarioStep } from '../../schemas/steps';
import { BUILDER_LIMITS } from '../../schemas/quest-builder';
import { autoLayout } from '../step-graph';
import { DEFAULT_HELPS } from './messages';
import { cleanText } from './parse';
import { REVEAL_FOOTNOTE } from './templates/common';
import { templateAt } from './templates';
import { PLACEHOLDERS, type Placeholder } from './templates/types';

// Turning a template and the parent's answers into studio content. Pure: the same answers give
// the same draft, and every draft passes the studio's own content schema (graph checks
// included), which tests/unit/quest-builder-templates.test.ts proves for every template, age
// band and a set of awkward answers.

/** Words and pacing that change with the child's age. */
const AGE_WORDS: Record<
	AgeRange,
	{ grownup: string; breath: string; difficulty: Difficulty; estimatedTime: number }
> = {
	'5-7': {
		grownup: 'your grown-up',
		breath: 'three slow balloon breaths',
		difficulty: 'beginner',
		estimatedTime: 10
	},
	'7-9': {
		grownup: 'your grown-up',
		breath: 'three slow balloon breaths',
		difficulty: 'beginner',
		estimatedTime: 10
	},
	'10-12': {
		grownup: 'a grown-up you trust',
		breath: 'three slow breaths',
		difficulty: 'beginner',
		estimatedTime: 12
	},
	'13-15': {
		grownup: 'someone you trust',
		breath: 'three slow breaths',
		difficulty: 'intermediate',
		estimatedTime: 15
	},
	'16-17': {
		grownup: 'someone you trust',
		breath: 'three slow breaths',
		difficulty: 'intermediate',
		estimatedTime: 15
	}
};

export interface DraftRequest {
	ageBand: AgeRange;
	worry: string;
	helps: string;
	module: QuestModule;
	templateIndex?: number;
	title?: string;
}

/** At most `max` characters, cut at a word where possible, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A parent's answer as it goes into the story: one line, no trailing full stop, bounded. */
function answer(text: string, max: number, fallback: string): string {
	const cleaned = cleanText(text).replace(/[.!?\s]+$/u, '');
	return cleaned ? clip(cleaned, max) : fallback;
}

/** "{worry}", "{helps}" and the other placeholders of the templates. */
const PLACEHOLDER = new RegExp(`\\{(${PLACEHOLDERS.join('|')})\\}`, 'g');

/** Fills every placeholder in one pass, so a value containing "{worry}" is left as typed. */
export function fill(text: string, values: Record<Placeholder, string>): string {
	const filled = text.replace(PLACEHOLDER, (_, key: Placeholder) => values[key]);
	// A text that opens with an answer ("{helps}" as a choice) starts with a capital letter.
	return text.startsWith('{') ? filled.charAt(0).toUpperCase() + filled.slice(1) : filled;
}

export type DraftResult =
	{ ok: true; content: ScenarioContent; templateKey: string } | { ok: false; problems: string[] };

/** The studio draft for these answers, validated with the studio's content schema. */
export function generateDraft(request: DraftRequest): DraftResult {
	const template = templateAt(request.module, request.templateIndex ?? 0);
	const words = AGE_WORDS[request.ageBand];
	const values: Record<Placeholder, string> = {
		worry: answer(request.worry, BUILDER_LIMITS.worry, 'something new'),
		helps: answer(request.helps, BUILDER_LIMITS.helps, DEFAULT_HELPS),
		grownup: words.grownup,
		breath: words.breath,
		ageBand: request.ageBand
	};
	const f = (text: string) => fill(text, values);
	const steps: ScenarioStep[] = template.steps.map((step) => ({
		...step,
		title: clip(f(step.title), STEP_LIMITS.title),
		prompt: clip(f(step.prompt), STEP_LIMITS.prompt),
		...(step.guidance ? { guidance: clip(f(step.guidance), STEP_LIMITS.guidance) } : {}),
		...(step.choices
			? {
					choices: step.choices.map((c) => ({
						...c,
						label: clip(f(c.label), STEP_LIMITS.choiceLabel),
						...(c.feedback ? { feedback: clip(f(c.feedback), STEP_LIMITS.feedback) } : {})
					}))
				}
			: {})
	}));
	const title = request.title ? answer(request.title, SCENARIO_LIMITS.title, '') : '';
	const parsed = scenarioContentSchema.safeParse({
		title: title.length >= BUILDER_LIMITS.titleMin ? title : template.title,
		description: clip(f(template.description), SCENARIO_LIMITS.description),
		instructions: clip(f(template.instructions), SCENARIO_LIMITS.instructions),
		context: clip(f(template.context), SCENARIO_LIMITS.context),
		expectedOutcome: clip(f(template.expectedOutcome), SCENARIO_LIMITS.expectedOutcome),
		learningGoal: clip(f(template.learningGoal), SCENARIO_LIMITS.learningGoal),
		learningObjectives: template.learningObjectives.map(f),
		persona: template.persona,
		comfortIndicators: template.comfortIndicators,
		mode: 'chat',
		category: 'therapeutic_quest',
		skills: template.skills,
		difficulty: words.difficulty,
		estimatedTime: words.estimatedTime,
		psychologicalModule: template.module,
		ageRange: request.ageBand,
		revealMessage: clip(
			`${f(template.revealMessage)} ${REVEAL_FOOTNOTE}`,
			SCENARIO_LIMITS.revealMessage
		),
		steps,
		layout: autoLayout(steps),
		visibility: 'private'
	});
	if (!parsed.success) {
		return {
			ok: false,
			problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
		};
	}
	return { ok: true, content: parsed.data, templateKey: template.key };
}

/** What the review shows of a draft: enough to decide, without opening the studio. */
export interface DraftPreview {
	title: string;
	revealMessage: string;
	module: string | null;
	ageRange: string | null;
	steps: { id: string; title: string; choices: string[] }[];
	choicePoints: number;
}

export function previewOf(content: ScenarioContent): DraftPreview {
	const steps = content.steps.map((s) => ({
		id: s.id,
		title: s.title,
		choices: (s.choices ?? []).map((c) => c.label)
	}));
	return {
		title: content.title,
		revealMessage: content.revealMessage ?? '',
		module: content.psychologicalModule,
		ageRange: content.ageRange,
		steps,
		choicePoints: steps.filter((s) => s.choices.length > 0).length
	};
}
