import type { SubmitFunction } from '@sveltejs/kit';

/**
 * A progressively enhanced form's "sending" state: `pending` is true from submit until the page
 * has its answer. The form keeps what was typed (`reset: false`), so an error loses nothing.
 * Use as `use:enhance={sending.submit}` and `disabled={sending.pending}`.
 */
export class PendingForm {
	pending = $state(false);

	readonly submit: SubmitFunction = () => {
		this.pending = true;
		return async ({ update }) => {
			await update({ reset: false });
			this.pending = false;
		};
	};
}
