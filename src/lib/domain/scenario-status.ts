import type { ScenarioStatus } from '../schemas/enums';

// The life of a scenario (and of a pending revision of an approved one), as one pure table.
// Services ask it before every state change; anything it does not allow is a CONFLICT.

export const STATUS_ACTIONS = [
	'edit',
	'submit',
	'approve',
	'request_changes',
	'reject',
	'archive'
] as const;
export type StatusAction = (typeof STATUS_ACTIONS)[number];

export interface TransitionContext {
	/** for `submit` from changes_requested: the content changed since the changes were requested */
	editedSinceReview?: boolean;
	/** what the refusal message calls the thing: a scenario, or the pending revision of one */
	subject?: 'scenario' | 'revision';
}

export type TransitionResult =
	| { ok: true; to: ScenarioStatus }
	| { ok: false; reason: 'not_allowed' | 'needs_edit'; message: string };

const TABLE: Record<ScenarioStatus, Partial<Record<StatusAction, ScenarioStatus>>> = {
	draft: { edit: 'draft', submit: 'in_review' },
	in_review: { approve: 'approved', request_changes: 'changes_requested', reject: 'rejected' },
	changes_requested: { edit: 'changes_requested', submit: 'in_review' },
	// Editing an approved scenario leaves the live row approved: the edit becomes a revision.
	approved: { edit: 'approved', archive: 'archived' },
	rejected: {},
	archived: {}
};

export const STATUS_LABELS: Record<ScenarioStatus, string> = {
	draft: 'draft',
	in_review: 'in review',
	changes_requested: 'changes requested',
	approved: 'approved',
	rejected: 'rejected',
	archived: 'archived'
};

const ACTION_LABELS: Record<StatusAction, string> = {
	edit: 'edit',
	submit: 'submit for review',
	approve: 'approve',
	request_changes: 'request changes to',
	reject: 'reject',
	archive: 'archive'
};

export function transition(
	from: ScenarioStatus,
	action: StatusAction,
	context: TransitionContext = {}
): TransitionResult {
	const to = TABLE[from][action];
	const subject = context.subject ?? 'scenario';
	if (!to) {
		return {
			ok: false,
			reason: 'not_allowed',
			message: `Cannot ${ACTION_LABELS[action]} a ${subject} that is ${STATUS_LABELS[from]}`
		};
	}
	if (from === 'changes_requested' && action === 'submit' && !context.editedSinceReview) {
		return {
			ok: false,
			reason: 'needs_edit',
			message: `Cannot submit for review a ${subject} that is ${STATUS_LABELS[from]} before editing it to address the review`
		};
	}
	return { ok: true, to };
}

/** The actions a status allows, for buttons that should only appear when they can work. */
export function allowedActions(from: ScenarioStatus): StatusAction[] {
	return STATUS_ACTIONS.filter((action) => TABLE[from][action] !== undefined);
}

export function decisionAction(
	decision: 'approved' | 'changes_requested' | 'rejected'
): StatusAction {
	return decision === 'approved'
		? 'approve'
		: decision === 'changes_requested'
			? 'request_changes'
			: 'reject';
}

/** Open = still being worked on or judged; at most one open revision per scenario. */
export const OPEN_STATUSES: readonly ScenarioStatus[] = ['draft', 'in_review', 'changes_requested'];
