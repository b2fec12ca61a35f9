import { describe, expect, it } from 'vitest';
import {
	allowedActions,
	decisionAction,
	STATUS_ACTIONS,
	transition,
	type StatusAction
} from '../../src/lib/domain/scenario-status';
import { SCENARIO_STATUSES, type ScenarioStatus } from '../../src/lib/schemas/enums';

// The machine, written out independently of the implementation's table.
const ALLOWED: [ScenarioStatus, StatusAction, ScenarioStatus][] = [
	['draft', 'edit', 'draft'],
	['draft', 'submit', 'in_review'],
	['in_review', 'approve', 'approved'],
	['in_review', 'request_changes', 'changes_requested'],
	['in_review', 'reject', 'rejected'],
	['changes_requested', 'edit', 'changes_requested'],
	['changes_requested', 'submit', 'in_review'],
	['approved', 'edit', 'approved'],
	['approved', 'archive', 'archived']
];

const pairs = SCENARIO_STATUSES.flatMap((from) =>
	STATUS_ACTIONS.map((action) => [from, action] as const)
);

describe('scenario status machine', () => {
	it.each(pairs)('%s + %s', (from, action) => {
		const expected = ALLOWED.find(([f, a]) => f === from && a === action);
		const result = transition(from, action, { editedSinceReview: true });
		if (expected) {
			expect(result).toEqual({ ok: true, to: expected[2] });
		} else {
			expect(result.ok).toBe(false);
			if (!result.ok) {
				expect(result.reason).toBe('not_allowed');
				// The message names the attempted action and the current status.
				expect(result.message).toMatch(/^Cannot /);
				expect(result.message).toContain(from.replace('_', ' '));
			}
		}
	});

	it('covers every status × action pair', () => {
		expect(pairs).toHaveLength(SCENARIO_STATUSES.length * STATUS_ACTIONS.length);
		expect(pairs).toHaveLength(36);
	});

	it('names the action in the refusal', () => {
		const result = transition('rejected', 'submit');
		expect(result).toEqual({
			ok: false,
			reason: 'not_allowed',
			message: 'Cannot submit for review a scenario that is rejected'
		});
		expect(transition('draft', 'archive')).toMatchObject({
			message: 'Cannot archive a scenario that is draft'
		});
		expect(transition('approved', 'approve')).toMatchObject({
			message: 'Cannot approve a scenario that is approved'
		});
		expect(transition('in_review', 'edit', { subject: 'revision' })).toMatchObject({
			message: 'Cannot edit a revision that is in review'
		});
	});

	it('resubmits after changes were requested only once the content was edited', () => {
		expect(transition('changes_requested', 'submit')).toMatchObject({
			ok: false,
			reason: 'needs_edit'
		});
		expect(transition('changes_requested', 'submit', { editedSinceReview: false })).toMatchObject({
			ok: false,
			reason: 'needs_edit'
		});
		expect(transition('changes_requested', 'submit', { editedSinceReview: true })).toEqual({
			ok: true,
			to: 'in_review'
		});
		// The edit flag matters nowhere else.
		expect(transition('draft', 'submit')).toEqual({ ok: true, to: 'in_review' });
	});

	it('terminal states allow nothing', () => {
		expect(allowedActions('rejected')).toEqual([]);
		expect(allowedActions('archived')).toEqual([]);
		expect(allowedActions('in_review')).toEqual(['approve', 'request_changes', 'reject']);
		expect(allowedActions('approved')).toEqual(['edit', 'archive']);
	});

	it('maps review decisions to actions', () => {
		expect(decisionAction('approved')).toBe('approve');
		expect(decisionAction('changes_requested')).toBe('request_changes');
		expect(decisionAction('rejected')).toBe('reject');
	});
});
