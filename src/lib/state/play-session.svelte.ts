import { tick } from 'svelte';
import { goto, invalidateAll } from '$app/navigation';
import {
	formatClock,
	HEARTBEAT_IDLE_SECONDS,
	HEARTBEAT_INTERVAL_SECONDS,
	shownActiveSeconds
} from '$lib/domain/attempt-time';
import {
	choiceTarget,
	estimateAfterMove,
	estimateAt,
	estimateFraction,
	findStep,
	hasChoices,
	nextTarget,
	resumeStepId,
	type StepEstimate,
	type StepTarget
} from '$lib/domain/step-walk';
import type { ScenarioStep } from '$lib/schemas/steps';
import { handleError, trpc } from '$lib/trpc/client';

// One play-through of a scenario on the play page: which step is on screen, the way back, the
// clock, and finishing. The server stores the attempt and its current step, so a reload
// resumes it; moves show at once and are undone if the server refuses them. The clock shows
// the attempt's active time as the server counts it (src/lib/domain/attempt-time.ts): what it
// stored at the last action plus the time since, at most one capped gap; a heartbeat while the
// page is visible and in use lets the server count a long read.

export interface PlayData {
	scenario: { id: string; slug: string; steps: ScenarioStep[] };
	attempt: {
		attemptId: string;
		startedAt: Date;
		currentStep: string | null;
		stepsVisited: number;
		/** active seconds the server stored at the last action */
		activeSeconds: number;
		/** seconds between that action and the moment the page was loaded */
		idleSeconds: number;
	} | null;
}

type Finishing = 'completed' | 'abandoned';

export class PlaySession {
	readonly #data: () => PlayData;

	/** The step this page moved to, until the server's stored step catches up. */
	#moved = $state<{
		attemptId: string;
		stepId: string;
		visited: number;
		estimate: StepEstimate;
	} | null>(null);
	/** Steps walked through, for "Previous step", with the estimate shown on each. */
	history = $state<string[]>([]);
	#trail: StepEstimate[] = [];
	/** A choice with feedback, shown before moving on. */
	picked = $state<{ index: number; target: StepTarget } | null>(null);
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
	readonly #ownMove = $derived.by(() =>
		this.#moved && this.#moved.attemptId === this.attempt?.attemptId ? this.#moved : null
	);

	/** The step on screen: where this page moved to, or the server's stored step. */
	readonly stepId = $derived.by(
		() => this.#ownMove?.stepId ?? resumeStepId(this.steps, this.attempt?.currentStep)
	);
	readonly step = $derived.by(() => findStep(this.steps, this.stepId));
	readonly visited = $derived.by(() => this.#ownMove?.visited ?? this.attempt?.stepsVisited ?? 0);
	/** The step offers choices (else a Continue button leads to `continueTarget`). */
	readonly choosing = $derived.by(() => hasChoices(this.step));
	readonly continueTarget = $derived.by(() =>
		this.step ? nextTarget(this.steps, this.step.id) : ({ kind: 'end' } as StepTarget)
	);

	/**
	 * "Step N of about M" (step-walk.ts): N counts the steps of this walk, M the most it can
	 * still take; after a move N grows by one and M never grows, so the bar only moves forward.
	 * A resumed attempt starts from the server's count of steps visited.
	 */
	readonly estimate = $derived.by((): StepEstimate => {
		if (this.#ownMove) return this.#ownMove.estimate;
		return this.stepId
			? estimateAt(this.steps, this.stepId, this.attempt?.stepsVisited ?? 1)
			: { position: 1, total: 1 };
	});
	readonly position = $derived.by(() => this.estimate.position);
	readonly total = $derived.by(() => this.estimate.total);
	readonly percent = $derived.by(() =>
		this.finishing === 'completed' ? 100 : Math.round(estimateFraction(this.estimate) * 100)
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
			this.history = [];
			this.#trail = [];
			this.#moved = null;
			await goto(`${this.#here}/play`, { replaceState: true, invalidateAll: true });
			await this.#focusHeading();
		} catch (error) {
			handleError(error, 'Couldn’t start');
		} finally {
			this.busy = false;
		}
	}

	async go(target: StepTarget, { back = false } = {}) {
		const attempt = this.attempt;
		const stepId = this.stepId;
		if (!attempt || !stepId) return;
		this.picked = null;
		if (target.kind === 'end') {
			this.finishing = 'completed';
			this.announcement = 'You reached the end of the scenario.';
			await this.#focusHeading();
			return;
		}
		const from = this.estimate;
		const previous = {
			attemptId: attempt.attemptId,
			stepId,
			visited: this.visited,
			estimate: from
		};
		const previousHistory = this.history;
		const previousTrail = this.#trail;
		// Going back shows that step's estimate again; going on adds one step to the walk.
		const estimate = back
			? (this.#trail.at(-1) ?? estimateAt(this.steps, target.id))
			: estimateAfterMove(this.steps, from, target.id);
		this.#trail = back ? this.#trail.slice(0, -1) : [...this.#trail, from];
		this.history = back ? this.history.slice(0, -1) : [...this.history, stepId];
		this.#moved = {
			attemptId: attempt.attemptId,
			stepId: target.id,
			visited: this.visited + 1,
			estimate
		};
		this.announcement = `Step: ${findStep(this.steps, target.id)?.title ?? ''}`;
		void this.#focusHeading();
		try {
			const result = await trpc.progress.advanceStep.mutate({
				attemptId: attempt.attemptId,
				stepId: target.id
			});
			this.#moved = {
				attemptId: attempt.attemptId,
				stepId: result.currentStep,
				visited: result.stepsVisited,
				estimate
			};
			this.#counted(attempt.attemptId, result.activeSeconds);
		} catch (error) {
			this.#moved = previous;
			this.history = previousHistory;
			this.#trail = previousTrail;
			handleError(error, 'Couldn’t move on');
		}
	}

	back() {
		const previous = this.history.at(-1);
		if (previous) void this.go({ kind: 'step', id: previous }, { back: true });
	}

	choose(index: number) {
		if (!this.stepId) return;
		const target = choiceTarget(this.steps, this.stepId, index);
		const feedback = this.step?.choices?.[index]?.feedback;
		if (feedback) {
			this.picked = { index, target };
			this.announcement = feedback;
		} else {
			void this.go(target);
		}
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
			this.history = [];
			this.#trail = [];
			await goto(`${this.#here}/play?attempt=${attempt.attemptId}`, {
				replaceState: true,
				invalidateAll: true
			});
			await this.#focusHeading();
		} catch (error) {
			handleError(error, 'Couldn’t finish');
			await invalidateAll();
		} finally {
			this.busy = false;
		}
	}
}
