// What the /family forms get back from their actions: one shape for every form, so each panel
// reads its own answer with `resultFor` (and, for a per-child form, its child's) and ignores the
// others'. Like the cohort dashboard's (components/cohorts/cohort-forms.svelte.ts).

export type FamilyFormName =
	| 'addChild'
	| 'updateChild'
	| 'deleteChild'
	| 'setPrivacy'
	| 'setPin'
	| 'setParentName'
	| 'startChildMode';

export interface FamilyFormResult {
	form: FamilyFormName;
	/** the child a per-child form was about */
	childId: string | null;
	ok: boolean;
	/** what happened, or why it was refused, in a sentence */
	message: string | null;
	/** a refused field's message, by field name */
	errors: Record<string, string>;
	/** what the parent sent (never a PIN or password), to fill the form again after a refusal */
	values: Record<string, string>;
	/** a delete sent without script: asked once more before it goes ahead */
	confirm: boolean;
}

/** The answer for one form (and child), or null when the last answer was another one's. */
export function resultFor(
	result: FamilyFormResult | null | undefined,
	form: FamilyFormName,
	childId: string | null = null
): FamilyFormResult | null {
	return result?.form === form && result.childId === childId ? result : null;
}
