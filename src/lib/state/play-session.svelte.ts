import { tick } from 'svelte';
import { goto, invalidateAll } from '$app/navigation';
import {
	formatClock,
	HEARTBEAT_IDLE_SECONDS,
	HEARTBEAT_INTERVAL_SECONDS,
	shownActiveSeconds
} from '$lib/domain/attempt-time';
import {
	estimateAfterMove,
	estimateAt,
	estimateFraction,
	findStep,
	stepKind,
	type StepEstimate
} from '$lib/domain/step-walk';
import type { TurnKind } from '$lib/schemas/evaluation';
import { replySchema } from '$lib/schemas/practice';
import type { ScenarioStep } from '$lib/schemas/steps';
import { errorDetails, handleError, isTRPCError, trpc } from '$lib/trpc/client';

// One play-through of a scenario on the play page: the conversation so far, the step waiting
// for the learner's answer, what is revealed after answering (the model response, a choice's
// feedback), the clock, and finishing. Every answer goes to the server (`progress.respond`),
// which stores the turns and decides where the walk goes, so a reload or another device resumes
// the transcript; a refused answer leaves the learner's words in the box. The clock shows
// the attempt's active time as the server counts it (src/lib/domain/attempt-time.ts): what it
// stored at the last action plus the time since, at most one capped gap; a heartbeat while the
// page is visible and in use lets the server count a long read.

export interface PlayTurn {
	id: string;
	seq: number;
	stepId: string;
	kind: TurnKind;
	text: string;
}

/** What the learner sees after answering, until they move on. */
export interface Reveal {
	stepId: string;
	modelResponse: string | null;
	suggestions: string[];
	feedback: string | null;
	next: { stepId: string } | { end: true };
}

export interface PlayData {
	scenario: { id: string; slug: string; steps: ScenarioStep[] };
	attempt: {
		attemptId: string;
		startedAt: Date;
		currentStep: string | null;
		stepsVisited: number;
		/** the transcript so far, and the step waiting for an answer (null: the walk ended) */
		turns: PlayTurn[];
		waitingStepId: string | null;
		/** active seconds the server stored at the last action */
		activeSeconds: number;
		/** seconds between that action and the moment the page was loaded */
		idleSeconds: number;
	} | null;
}

type Finishing = 'completed' | 'abandoned';

export class PlaySession {
	readonly #data: () => PlayData;

	/** The walk as this page advanced it, until the next load brings the server's copy. */
	#walk = $state<{
		attemptId: string;
		turns: PlayTurn[];
		waiting: string | null;
		estimate: StepEstimate;
	} | null>(null);
	/** Shown after an answer, until "Continue". */
	reveal = $state<Reveal | null>(null);
	/** The learner's reply being written: kept when the server refuses it. */
	draft = $state('');
	draftError = $state('');
	finishing = $state<Finishing | null>(null);
	reflection = $state('');
	busy = $state(false);
	/** Read out by a polite live region. */
	announcement = $state('');
	/** The heading of whatever is on screen; focus moves to it after each move. */
	heading = $state<HTMLElement | null>(null);
	#now = $state(performance.now());
	/** The server's active time at the latest action this page knows of, and when that was. */
	#clockBase = $state<{ attemptId: string; active: number; idle: number; at: number } | null>(null);
	/** When the learner last touched, typed or scrolled (performance.now()). */
	#lastInput = 0;

	constructor(data: () => PlayData) {
		this.#data = data;
	}

	readonly steps = $derived.by(() => this.#data().scenario.steps);
	readonly attempt = $derived.by(() => this.#data().attempt);
	readonly #here = $derived.by(() => `/scenarios/${this.#data().scenario.slug}`);
	readonly #own = $derived.by(() =>
		this.#walk && this.#walk.attemptId === this.attempt?.attemptId ? this.#walk : null
	);

	/** Every line so far: the persona's and the learner's. */
	readonly turns = $derived.by(() => this.#own?.turns ?? this.attempt?.turns ?? []);
	/** The step waiting for an answer; null once the walk reached an end. */
	readonly stepId = $derived.by(() =>
		this.#own ? this.#own.waiting : (this.attempt?.waitingStepId ?? null)
	);
	readonly step = $derived.by(() => findStep(this.steps, this.stepId));
	readonly kind = $derived.by(() => (this.step ? stepKind(this.step) : 'say'));
	/** The walk reached an end: only finishing is left. */
	readonly ended = $derived.by(() => Boolean(this.attempt) && this.stepId === null);

	/**
	 * "Step N of about M" (step-walk.ts): N counts the steps of this walk, M the most it can
	 * still take; after a move N grows by one and M never grows, so the bar only moves forward.
	 * A resumed attempt starts from the server's count of steps visited.
	 */
	readonly estimate = $derived.by((): StepEstimate => {
		if (this.#own) return this.#own.estimate;
		const visited = this.attempt?.stepsVisited ?? 1;
		return this.stepId
			? estimateAt(this.steps, this.stepId, visited)
			: { position: visited, total: visited };
	});
	readonly position = $derived.by(() => this.estimate.position);
	readonly total = $derived.by(() => this.estimate.total);
	readonly percent = $derived.by(() =>
		this.finishing === 'completed' || this.ended
			? 100
			: Math.round(estimateFraction(this.estimate) * 100)
	);

	/** Active seconds: the server's at the last action, plus the time since (one capped gap). */
	readonly seconds = $derived.by(() => {
		const attempt = this.attempt;
		if (!attempt) return 0;
		const base =
			this.#clockBase?.attemptId === attempt.attemptId
				? this.#clockBase
				: {
						active: attempt.activeSeconds,
						idle: attempt.idleSeconds,
						at: this.#firstSeen(attempt.attemptId)
					};
		return shownActiveSeconds(base.active, base.idle + Math.max(0, this.#now - base.at) / 1000);
	});
	readonly clock = $derived.by(() => formatClock(this.seconds));

	/** When this page first showed each attempt (its data's idleSeconds were true then). */
	// Not reactive on purpose: it is written while `seconds` is derived, and a reactive write
	// there would be an unsafe state mutation; nothing renders the map itself.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #seen = new Map<string, number>();
	#firstSeen(attemptId: string) {
		let at = this.#seen.get(attemptId);
		if (at === undefined) this.#seen.set(attemptId, (at = performance.now()));
		return at;
	}

	/** The server counted an action just now: the clock continues from its total. */
	#counted(attemptId: string, activeSeconds: number) {
		this.#clockBase = { attemptId, active: activeSeconds, idle: 0, at: performance.now() };
	}

	/**
	 * Ticks the clock each second and sends the heartbeat every HEARTBEAT_INTERVAL_SECONDS while
	 * the page is visible and was used in the last HEARTBEAT_IDLE_SECONDS; returns the function
	 * that stops both.
	 */
	runClock(): () => void {
		this.#now = this.#lastInput = performance.now();
		const tick = setInterval(() => (this.#now = performance.now()), 1000);
		const beat = setInterval(() => void this.#heartbeat(), HEARTBEAT_INTERVAL_SECONDS * 1000);
		const used = () => (this.#lastInput = performance.now());
		const events = ['pointerdown', 'keydown', 'scroll', 'touchstart', 'focusin'] as const;
		for (const name of events) window.addEventListener(name, used, { passive: true });
		return () => {
			clearInterval(tick);
			clearInterval(beat);
			for (const name of events) window.removeEventListener(name, used);
		};
	}

	async #heartbeat() {
		const attempt = this.attempt;
		if (!attempt || this.busy || document.visibilityState !== 'visible') return;
		if (performance.now() - this.#lastInput > HEARTBEAT_IDLE_SECONDS * 1000) return;
		try {
			const result = await trpc.progress.heartbeat.mutate({ attemptId: attempt.attemptId });
			this.#counted(attempt.attemptId, result.activeSeconds);
		} catch {
			// Only a clock: the next move or heartbeat counts the time anyway, so no toast.
		}
	}

	async #focusHeading() {
		await tick();
		this.heading?.focus();
	}

	async start() {
		this.busy = true;
		try {
			const started = await trpc.progress.startAttempt.mutate({
				scenarioId: this.#data().scenario.id
			});
			this.#counted(started.attemptId, started.activeSeconds);
			this.#walk = null;
			this.reveal = null;
			await goto(`${this.#here}/play`, { replaceState: true, invalidateAll: true });
			await this.#focusHeading();
		} catch (error) {
			handleError(error, 'Couldn’t start');
		} finally {
			this.busy = false;
		}
	}

	/** Continue on a say step. */
	continue() {
		return this.#answer({});
	}

	/** Sends the reply in the box; an empty or too long one is refused here, words kept. */
	reply() {
		const parsed = replySchema.safeParse(this.draft);
		if (!parsed.success) {
			this.draftError = parsed.error.issues[0]?.message ?? 'Write a reply first';
			return;
		}
		this.draftError = '';
		return this.#answer({ text: parsed.data });
	}

	choose(index: number) {
		return this.#answer({ choiceIndex: index });
	}

	async #answer(answer: { text?: string; choiceIndex?: number }) {
		const attempt = this.attempt;
		const step = this.step;
		if (!attempt || !step || this.busy) return;
		this.busy = true;
		try {
			const result = await trpc.progress.respond.mutate({
				attemptId: attempt.attemptId,
				stepId: step.id,
				...answer
			});
			this.#counted(attempt.attemptId, result.activeSeconds);
			const said =
				answer.text ??
				(answer.choiceIndex !== undefined ? step.choices?.[answer.choiceIndex]?.label : undefined);
			const added: PlayTurn[] = [
				{
					id: `${result.turnId}-persona`,
					seq: 0,
					stepId: step.id,
					kind: 'persona',
					text: step.prompt
				}
			];
			if (said !== undefined) {
				added.push({
					id: result.turnId,
					seq: 0,
					stepId: step.id,
					kind: answer.text !== undefined ? 'response' : 'choice',
					text: said
				});
			}
			const turns = [...this.turns, ...added];
			this.draft = '';
			const reveal: Reveal = {
				stepId: step.id,
				modelResponse: result.modelResponse,
				suggestions: result.suggestions,
				feedback: result.feedback,
				next: result.next
			};
			// The model response or a choice's feedback waits for "Continue"; else move on now.
			this.#walk = {
				attemptId: attempt.attemptId,
				turns,
				waiting: step.id,
				estimate: this.estimate
			};
			if (reveal.modelResponse || reveal.feedback) {
				this.reveal = reveal;
				this.announcement = reveal.modelResponse
					? 'Your reply is in. A model response is shown below.'
					: (reveal.feedback ?? '');
			} else {
				this.#move(reveal.next);
			}
		} catch (error) {
			if (isTRPCError(error, 'CONFLICT')) {
				// Another tab or device answered this step first: show the server's transcript.
				const details = errorDetails<{ reason?: string }>(error);
				this.#walk = null;
				this.reveal = null;
				await invalidateAll();
				if (details?.reason === 'finished') handleError(error, 'Couldn’t send');
				else
					this.announcement = 'The conversation moved on in another window; it is up to date now.';
			} else {
				handleError(error, 'Couldn’t send');
			}
		} finally {
			this.busy = false;
		}
	}

	/** After a reveal: on to the next step, or to the end. */
	proceed() {
		if (this.reveal) this.#move(this.reveal.next);
	}

	#move(next: Reveal['next']) {
		const attempt = this.attempt;
		if (!attempt) return;
		this.reveal = null;
		const from = this.estimate;
		const waiting = 'stepId' in next ? next.stepId : null;
		this.#walk = {
			attemptId: attempt.attemptId,
			turns: this.turns,
			waiting,
			estimate: waiting ? estimateAfterMove(this.steps, from, waiting) : from
		};
		if (!waiting) {
			this.finishing = 'completed';
			this.announcement = 'You reached the end of the conversation.';
		} else {
			this.announcement = `Step: ${findStep(this.steps, waiting)?.title ?? ''}`;
		}
		void this.#focusHeading();
	}

	/** Asks for a reflection before ending (`abandoned`: the learner stops early). */
	askToFinish(kind: Finishing) {
		this.finishing = kind;
		void this.#focusHeading();
	}

	async finish(completed: boolean) {
		const attempt = this.attempt;
		if (!attempt) return;
		this.busy = true;
		try {
			await trpc.progress.finishAttempt.mutate({
				attemptId: attempt.attemptId,
				completed,
				reflection: this.reflection.trim() || undefined
			});
			this.finishing = null;
			this.reflection = '';
			this.#walk = null;
			// Self-assessment, then the debrief with the automatic hints.
			await goto(`/attempts/${attempt.attemptId}`, { invalidateAll: true });
		} catch (error) {
			handleError(error, 'Couldn’t finish');
			await invalidateAll();
		} finally {
			this.busy = false;
		}
	}
}
