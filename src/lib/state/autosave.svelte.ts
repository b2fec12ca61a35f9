import { errorMessage } from '$lib/trpc/client';

// Saving as the person types, shared by the studio's scenario editor and the learner's notes.
// A change waits `delay` ms for the next one; then one request at a time, always carrying the
// latest value: changes made while a request is out are merged into a single follow-up, so an
// older value can never overwrite a newer one.

/**
 * `idle`: nothing saved yet and nothing to save; `pending`: a change waits for the debounce;
 * `saving`: a request is out; `saved`: what is shown is stored; `error`: the last request failed
 * (`retry()` sends again, and so does the next change).
 */
export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaveOptions<Draft, Value> {
	/** What the server holds when the page opens. */
	saved: Value;
	/** Stores a value; may resolve to the time the server gives for it. */
	send: (value: Value) => Promise<Date | void>;
	/**
	 * What to send for a draft, given what is stored; null when nothing in it can be saved.
	 * Without it the draft is sent as it is.
	 */
	prepare?: (draft: Draft, saved: Value) => Value | null;
	/** Whether two values are the same content (nothing to send). */
	same?: (a: Value, b: Value) => boolean;
	/** Milliseconds to wait after the last change. */
	delay: number;
	/** `saved` where the loaded content counts as saved (an editor), `idle` where it does not. */
	initial?: 'idle' | 'saved';
}

export class Autosave<Draft, Value = Draft> {
	status = $state<AutosaveStatus>('idle');
	error = $state<string | null>(null);
	/** When the last save of this session was stored. */
	savedAt = $state<Date | null>(null);

	readonly #options: AutosaveOptions<Draft, Value>;
	#saved: Value;
	#draft: { value: Draft } | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#running: Promise<void> | null = null;

	constructor(options: AutosaveOptions<Draft, Value>) {
		this.#options = options;
		this.#saved = options.saved;
		this.status = options.initial ?? 'idle';
	}

	/** The last value the server confirmed. */
	get saved(): Value {
		return this.#saved;
	}

	/** Something typed is not stored yet (waiting, on its way or failed). */
	get unsaved(): boolean {
		return this.status === 'pending' || this.status === 'saving' || this.status === 'error';
	}

	/** Hands in the latest draft: a save follows once the changes pause. */
	change(draft: Draft) {
		this.#draft = { value: draft };
		this.#stopTimer();
		if (this.#toSend() === null) {
			if (this.status === 'pending' || this.status === 'error') this.#rest();
			return;
		}
		if (this.status !== 'saving') this.status = 'pending';
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			void this.flush();
		}, this.#options.delay);
	}

	/** Saves what waits now; resolves when nothing is left to save or a request failed. */
	flush(): Promise<void> {
		this.#stopTimer();
		this.#running ??= this.#drain().finally(() => (this.#running = null));
		return this.#running;
	}

	retry(): Promise<void> {
		return this.flush();
	}

	/** Drops a waiting debounce (the page is going away). */
	cancel() {
		this.#stopTimer();
	}

	async #drain() {
		for (;;) {
			const value = this.#toSend();
			if (value === null) return this.#rest();
			this.status = 'saving';
			try {
				const at = await this.#options.send(value);
				// A timestamp, replaced and never changed in place: no reactive Date needed.
				// eslint-disable-next-line svelte/prefer-svelte-reactivity
				this.savedAt = at ?? new Date();
				this.#saved = value;
				this.error = null;
			} catch (error) {
				this.status = 'error';
				this.error = errorMessage(error);
				return;
			}
			// Typing went on during the request: let the debounce send it when the typing pauses.
			if (this.#timer !== undefined) {
				this.status = 'pending';
				return;
			}
		}
	}

	#toSend(): Value | null {
		if (!this.#draft) return null;
		const { prepare = (draft: Draft) => draft as unknown as Value } = this.#options;
		const value = prepare(this.#draft.value, this.#saved);
		const same = this.#options.same ?? Object.is;
		return value === null || same(value, this.#saved) ? null : value;
	}

	#rest() {
		this.status = this.savedAt || this.#options.initial === 'saved' ? 'saved' : 'idle';
		this.error = null;
	}

	#stopTimer() {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}
}
