import type { SubmitFunction } from '@sveltejs/kit';

// What the coordinator's dashboard forms (/cohorts/[id]) get back from their actions: one shape
// for every form, so a panel reads its own answer with `resultFor` and ignores the others'.

export type CohortFormName =
	'archive' | 'invite' | 'revokeInvite' | 'assign' | 'unassign' | 'addCoordinator' | 'removeMember';

export interface CohortFormResult {
	form: CohortFormName;
	ok: boolean;
	/** what happened, or why it was refused, in a sentence */
	message: string | null;
	/** a refused field's message, by field name */
	errors: Record<string, string>;
	/** what the user sent, to fill the form again after a refusal */
	values: Record<string, string>;
	/** a new invite: shown once, in this answer only */
	invite: { code: string; link: string; expiresAt: Date } | null;
	/** a destructive action sent without script: the id it asks about before it goes ahead */
	confirm: string | null;
}

/** The answer for one form, or null when the last answer was another form's (or none). */
export function resultFor(
	result: CohortFormResult | null | undefined,
	form: CohortFormName
): CohortFormResult | null {
	return result?.form === form ? result : null;
}

/**
 * A progressively enhanced form's "sending" state, like `PendingForm`, which keeps what was
 * typed after a refusal; with `resetOnSuccess` a form that went through is emptied again (back
 * to its defaults), ready for the next entry.
 */
export class CohortForm {
	pending = $state(false);

	constructor(private readonly resetOnSuccess = false) {}

	readonly submit: SubmitFunction = () => {
		this.pending = true;
		return async ({ result, update }) => {
			await update({ reset: this.resetOnSuccess && result.type === 'success' });
			this.pending = false;
		};
	};
}
