import { detectHints, type Hint } from '$lib/domain/detectors';
import {
	advance,
	initialState,
	stepKind,
	WalkError,
	type WalkEvidence
} from '$lib/domain/practice-walk';
import { findStep, type StepTarget } from '$lib/domain/step-walk';
import {
	replySchema,
	type PracticeState,
	type StateValue,
	type StateVariable
} from '$lib/schemas/practice';
import type { ScenarioStep } from '$lib/schemas/steps';

// The studio's test-play: the author walks the draft as a learner would, in the browser only.
// The same pure `advance` and detectors the server uses decide each move, so what the author
// sees is what a learner gets; nothing is sent, so no attempt and no progress exist.

/** Moves before the walk stops: a draft whose branches loop must not run forever. */
export const MOVE_LIMIT = 200;

export interface Change {
	name: string;
	before: StateValue | undefined;
	after: StateValue;
}

/** One answer and what it produced. */
export interface PlayedTurn {
	stepId: string;
	stepTitle: string;
	/** the reply or the choice; null for Continue */
	answer: string | null;
	evidence: WalkEvidence[];
	hints: Hint[];
	changes: Change[];
}

/** What an answer shows before moving on (a reply's model response, a choice's feedback). */
export interface Reveal {
	turn: PlayedTurn;
	target: StepTarget;
	modelResponse?: string;
	suggestions: string[];
	feedback?: string;
}

export type PlayStatus = 'idle' | 'playing' | 'ended' | 'stopped';

function changesBetween(before: PracticeState, after: PracticeState): Change[] {
	return Object.entries(after)
		.filter(([name, value]) => before[name] !== value)
		.map(([name, value]) => ({ name, before: before[name], after: value }));
}

export class TestPlay {
	status = $state<PlayStatus>('idle');
	steps = $state.raw<ScenarioStep[]>([]);
	variables = $state.raw<StateVariable[]>([]);
	state = $state.raw<PracticeState>({});
	stepId = $state<string | null>(null);
	moves = $state(0);
	turns = $state.raw<PlayedTurn[]>([]);
	reveal = $state.raw<Reveal | null>(null);
	draft = $state('');
	draftError = $state<string | null>(null);
	/** an answer the draft's step could not take (its content changed or is incomplete) */
	error = $state<string | null>(null);
	announcement = $state('');

	step = $derived(findStep(this.steps, this.stepId));
	kind = $derived(this.step ? stepKind(this.step) : null);

	/** Starts (or restarts) on the first step with the declared start values. */
	start(steps: ScenarioStep[], variables: StateVariable[]) {
		this.steps = steps;
		this.variables = variables;
		this.state = initialState(variables);
		this.moves = 0;
		this.turns = [];
		this.reveal = null;
		this.draft = '';
		this.draftError = null;
		this.error = null;
		this.stepId = steps[0]?.id ?? null;
		this.status = this.stepId ? 'playing' : 'ended';
		this.announcement = this.step ? `Test-play started: ${this.step.title}` : 'The end';
	}

	/** A say step: Continue moves on at once. */
	continue() {
		const result = this.#answer({ continue: true }, null);
		if (result) this.#go(result.target);
	}

	/** A respond step: the reply is read by the detectors, then the model response shows. */
	reply() {
		const parsed = replySchema.safeParse(this.draft);
		if (!parsed.success) {
			this.draftError = parsed.error.issues[0]?.message ?? 'Write a reply first';
			return;
		}
		this.draftError = null;
		const hints = detectHints(parsed.data);
		const step = this.step;
		const result = this.#answer({ text: parsed.data }, parsed.data, hints);
		if (!result || !step) return;
		this.draft = '';
		this.reveal = {
			...result,
			modelResponse: step.modelResponse,
			suggestions: step.suggestions ?? []
		};
		this.announcement = `Reply sent. ${hints.length} automatic ${hints.length === 1 ? 'hint' : 'hints'}.`;
	}

	/** A choose step: the choice's feedback and evidence show, then Continue. */
	choose(index: number) {
		const choice = this.step?.choices?.[index];
		const result = this.#answer({ choiceIndex: index }, choice?.label ?? null);
		if (!result) return;
		this.reveal = { ...result, suggestions: [], feedback: choice?.feedback };
		this.announcement = `You chose: ${choice?.label ?? ''}`;
	}

	/** After a reveal: on to where the answer leads. */
	proceed() {
		const target = this.reveal?.target;
		this.reveal = null;
		if (target) this.#go(target);
	}

	#answer(
		answer: { continue: true } | { text: string } | { choiceIndex: number },
		said: string | null,
		hints: Hint[] = []
	): { turn: PlayedTurn; target: StepTarget } | null {
		const step = this.step;
		if (!step) return null;
		try {
			const move = advance(this.steps, this.state, step.id, answer, hints);
			const turn: PlayedTurn = {
				stepId: step.id,
				stepTitle: step.title,
				answer: said,
				evidence: move.evidence,
				hints,
				changes: changesBetween(this.state, move.state)
			};
			this.state = move.state;
			this.moves += 1;
			this.turns = [...this.turns, turn];
			this.error = null;
			return { turn, target: move.target };
		} catch (error) {
			if (!(error instanceof WalkError)) throw error;
			this.error = error.message;
			return null;
		}
	}

	#go(target: StepTarget) {
		if (target.kind === 'end') {
			this.stepId = null;
			this.status = 'ended';
			this.announcement = 'The end of the scenario';
			return;
		}
		if (this.moves >= MOVE_LIMIT) {
			this.status = 'stopped';
			this.announcement = `Stopped after ${MOVE_LIMIT} moves`;
			return;
		}
		if (!findStep(this.steps, target.id)) {
			this.error = `The way on leads to "${target.id}", which is not a step.`;
			return;
		}
		this.stepId = target.id;
		this.announcement = `Next step: ${this.step?.title ?? target.id}`;
	}
}
