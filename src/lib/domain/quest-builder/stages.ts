import { AGE_RANGES, QUEST_MODULES, type BuilderStage } from '../../schemas/enums';
import {
	BUILDER_LIMITS,
	CONTEXT_FIELDS,
	type BuilderContext,
	type ContextField
} from '../../schemas/quest-builder';
import type { ScenarioContent } from '../../schemas/scenario';
import { generateDraft, previewOf } from './generate';
import { DEFAULT_HELPS, MESSAGES, QUICK_REPLIES, questionFor } from './messages';
import {
	cleanText,
	isBack,
	isCreate,
	isNotSure,
	isOtherTemplate,
	isStartOver,
	isYes,
	readAgeBand,
	readChange,
	readModule,
	readTitle,
	worryTopic,
	helpsTopic
} from './parse';

// The quest builder's conversation as a pure state machine: (state, the parent's reply) → (next
// state, what the builder says). The service stores the result; nothing here touches the
// database, so every path is unit-tested directly.
//
//   greeting        asks the age band
//   collecting_info asks whatever is still missing: age band, worry, what helps, approach
//   clarifying      repeats it all back; "yes" writes the draft, "change the …" asks again
//   generating      only held when a draft could not be written; any reply tries again
//   reviewing       the draft: "create it", "try the other story", "change the title to …"
//   quest_ready     the studio draft exists; no further replies (the service answers CONFLICT)
//
// An answer the builder cannot read keeps the stage and asks again in plain words. "start over"
// and "back" work everywhere before quest_ready.

export interface BuilderState {
	stage: BuilderStage;
	context: BuilderContext;
	/** the draft under review (reviewing, quest_ready), else null */
	draft: ScenarioContent | null;
}

export interface Transition {
	state: BuilderState;
	/** the builder's answer */
	message: string;
	/** true when the parent confirmed the draft: the service saves `state.draft` in the studio */
	create: boolean;
}

export function startState(): { state: BuilderState; message: string } {
	return { state: { stage: 'greeting', context: {}, draft: null }, message: MESSAGES.greeting };
}

const go = (state: BuilderState, message: string, create = false): Transition => ({
	state,
	message,
	create
});

/** The first answer still missing, in the order the builder asks for them. */
function nextMissing(context: BuilderContext): ContextField | null {
	return CONTEXT_FIELDS.find((field) => context[field] === undefined) ?? null;
}

function without(context: BuilderContext, field: ContextField): BuilderContext {
	const copy = { ...context, asking: undefined };
	delete copy[field];
	if (field === 'module') delete copy.templateIndex;
	return copy;
}

/** Ask for `field` again (going back, or "change the …"). */
function askAgain(context: BuilderContext, field: ContextField): Transition {
	const cleared = without(context, field);
	const empty = CONTEXT_FIELDS.every((f) => cleared[f] === undefined);
	const stage = empty ? 'greeting' : 'collecting_info';
	return go({ stage, context: cleared, draft: null }, questionFor(field, cleared));
}

/** After an answer: the next question, or the summary once everything is known. */
function afterAnswer(context: BuilderContext, prefix = ''): Transition {
	const next = nextMissing(context);
	if (next) {
		return go(
			{ stage: 'collecting_info', context, draft: null },
			prefix + questionFor(next, context)
		);
	}
	const { ageBand, worry, helps, module } = context as Required<BuilderContext>;
	return go(
		{ stage: 'clarifying', context, draft: null },
		prefix + MESSAGES.summary({ ageBand, worry, helps, module })
	);
}

function collect(state: BuilderState, text: string): Transition {
	const { context } = state;
	const stay = (message: string) => go(state, message);
	switch (nextMissing(context)) {
		case 'ageBand': {
			const ageBand = readAgeBand(text);
			return ageBand ? afterAnswer({ ...context, ageBand }) : stay(MESSAGES.ageUnclear);
		}
		case 'worry': {
			if (text.length > BUILDER_LIMITS.worry) return stay(MESSAGES.worryTooLong);
			if (text.length < 3) return stay(MESSAGES.worryUnclear);
			return afterAnswer({ ...context, worry: worryTopic(text) });
		}
		case 'helps': {
			if (isNotSure(text)) {
				return afterAnswer(
					{ ...context, helps: DEFAULT_HELPS },
					`${MESSAGES.helpsDefaulted(DEFAULT_HELPS)}\n\n`
				);
			}
			if (text.length > BUILDER_LIMITS.helps) return stay(MESSAGES.helpsTooLong);
			if (text.length < 2) return stay(MESSAGES.helpsUnclear);
			return afterAnswer({ ...context, helps: helpsTopic(text) });
		}
		case 'module': {
			const module = readModule(text);
			if (module === 'unsure') return stay(MESSAGES.moduleExplained);
			return module ? afterAnswer({ ...context, module }) : stay(MESSAGES.moduleUnclear);
		}
		case null:
			return afterAnswer(context);
	}
}

/** Writes the draft from the context; stays in `generating` if it cannot (any reply retries). */
function generate(context: BuilderContext): Transition {
	const { ageBand, worry, helps, module } = context;
	if (!ageBand || worry === undefined || helps === undefined || !module) {
		return afterAnswer(context);
	}
	const settled = { ...context, asking: undefined };
	const result = generateDraft({ ...settled, ageBand, worry, helps, module });
	if (!result.ok) {
		return go({ stage: 'generating', context: settled, draft: null }, MESSAGES.generateFailed);
	}
	const preview = previewOf(result.content);
	return go(
		{ stage: 'reviewing', context: settled, draft: result.content },
		MESSAGES.draft({
			title: preview.title,
			steps: preview.steps.length,
			choices: preview.choicePoints,
			revealMessage: preview.revealMessage
		})
	);
}

function clarify(state: BuilderState, text: string): Transition {
	const field = readChange(text);
	if (field) return askAgain(state.context, field);
	if (isYes(text)) return generate(state.context);
	return go(state, MESSAGES.clarifyUnclear);
}

function withTitle(state: BuilderState, title: string): Transition {
	if (title.length < BUILDER_LIMITS.titleMin || title.length > BUILDER_LIMITS.title) {
		return go({ ...state, context: { ...state.context, asking: 'title' } }, MESSAGES.titleUnclear);
	}
	return generate({ ...state.context, title });
}

const REVIEW_BUTTONS = QUICK_REPLIES.reviewing.map((r) => r.toLowerCase());

function review(state: BuilderState, text: string): Transition {
	const { context } = state;
	// Waiting for a title: the answer is the title, unless it is one of the buttons.
	if (context.asking === 'title' && !REVIEW_BUTTONS.includes(text.toLowerCase())) {
		return withTitle(state, text.replace(/^["'“‘]+|["'”’]+$/g, '').trim());
	}
	const title = readTitle(text);
	if (title === '') {
		return go({ ...state, context: { ...context, asking: 'title' } }, MESSAGES.askTitle);
	}
	if (title !== null) return withTitle(state, title);
	const field = readChange(text);
	if (field) return askAgain(context, field);
	if (isOtherTemplate(text)) {
		return generate({ ...context, templateIndex: (context.templateIndex ?? 0) + 1 });
	}
	if (isCreate(text) && state.draft) {
		const settled = { ...context, asking: undefined };
		return go(
			{ stage: 'quest_ready', context: settled, draft: state.draft },
			MESSAGES.ready(state.draft.title),
			true
		);
	}
	return go({ ...state, context: { ...context, asking: undefined } }, MESSAGES.reviewUnclear);
}

function back(state: BuilderState): Transition {
	const { stage, context } = state;
	if (stage === 'greeting') return go(state, MESSAGES.alreadyAtStart);
	if (stage === 'collecting_info') {
		const missing = nextMissing(context);
		const at = missing ? CONTEXT_FIELDS.indexOf(missing) : CONTEXT_FIELDS.length;
		return askAgain(context, CONTEXT_FIELDS[Math.max(0, at - 1)]);
	}
	if (stage === 'clarifying') return askAgain(context, 'module');
	// generating, reviewing: back to the summary
	return afterAnswer({ ...context, asking: undefined });
}

/** The next state and the builder's answer for a parent's reply. */
export function advance(state: BuilderState, reply: string): Transition {
	const text = cleanText(reply);
	if (state.stage === 'quest_ready') return go(state, MESSAGES.finished);
	if (isStartOver(text))
		return go({ stage: 'greeting', context: {}, draft: null }, MESSAGES.startOver);
	if (isBack(text)) return back(state);
	switch (state.stage) {
		case 'greeting':
		case 'collecting_info':
			return collect(state, text);
		case 'clarifying':
			return clarify(state, text);
		case 'generating':
			return generate(state.context);
		case 'reviewing':
			return review(state, text);
	}
}

/** The buttons under the builder's last message: each sends its own text as the reply. */
export function quickReplies(state: Pick<BuilderState, 'stage' | 'context'>): readonly string[] {
	switch (state.stage) {
		case 'greeting':
			return AGE_RANGES;
		case 'collecting_info': {
			const next = nextMissing(state.context);
			if (next === 'ageBand') return AGE_RANGES;
			if (next === 'helps') return QUICK_REPLIES.helps;
			if (next === 'module') return QUEST_MODULES;
			return [];
		}
		case 'clarifying':
			return QUICK_REPLIES.clarifying;
		case 'generating':
			return QUICK_REPLIES.generating;
		case 'reviewing':
			return state.context.asking === 'title' ? [] : QUICK_REPLIES.reviewing;
		case 'quest_ready':
			return [];
	}
}
