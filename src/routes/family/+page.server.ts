import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { ZodError } from 'zod';
import type { FamilyFormName, FamilyFormResult } from '$lib/components/family/family-forms';
import {
	childAddSchema,
	childIdSchema,
	childUpdateSchema,
	parentNameSchema,
	pinSetSchema,
	privacySetSchema
} from '$lib/schemas/family';
import { firstIssueByField } from '$lib/schemas/messages';
import { requireUser } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { AppError, HTTP_STATUS } from '$lib/server/errors';
import { startChildMode } from '$lib/server/services/family/child-mode';
import { callerFor, loadOrError, refused } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad } from './$types';

// "Family": a parent's children (add, rename, privacy, delete), the PIN that guards child mode,
// the name the children see, and "Start child mode". Every form is a form action that works
// without script; each answers with one FamilyFormResult, and a refusal keeps what was typed
// (never a PIN or a password).

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const caller = callerFor(event);
	const [children, settings] = await Promise.all([
		loadOrError(caller.family.children()),
		loadOrError(caller.family.settings())
	]);
	return { children, settings };
};

type Values = Record<string, string>;

function result(form: FamilyFormName, fields: Partial<FamilyFormResult> = {}): FamilyFormResult {
	return {
		form,
		childId: null,
		ok: true,
		message: null,
		errors: {},
		values: {},
		confirm: false,
		...fields
	};
}

function refuse(status: number, base: FamilyFormResult, message: string, errors = {}) {
	return fail(status, { ...base, ok: false, message, errors });
}

function invalid(base: FamilyFormResult, e: ZodError) {
	const message = e.issues[0]?.message ?? 'Check what you entered';
	return refuse(400, base, message, firstIssueByField(e.issues));
}

/** Runs a procedure for a form: its expected refusals become the form's message. */
async function mutate(base: FamilyFormResult, call: () => Promise<unknown>, message: string) {
	try {
		await call();
		return { ...base, message };
	} catch (e) {
		return refused(e, { ...base, ok: false, errors: {} });
	}
}

async function formOf(event: RequestEvent) {
	const user = requireUser(event);
	const data = await event.request.formData();
	const text = (name: string, max = 200) => {
		const value = data.get(name);
		return typeof value === 'string' ? value.slice(0, max) : '';
	};
	return { user, text, caller: callerFor(event) };
}

export const actions: Actions = {
	addChild: async (event) => {
		const { text, caller } = await formOf(event);
		const values: Values = { nickname: text('nickname'), ageBand: text('ageBand', 10) };
		const base = result('addChild', { values });
		const parsed = childAddSchema.safeParse(values);
		if (!parsed.success) return invalid(base, parsed.error);
		return mutate(
			{ ...base, values: {} },
			() => caller.family.addChild(parsed.data),
			`${parsed.data.nickname} is in your family now.`
		);
	},

	updateChild: async (event) => {
		const { text, caller } = await formOf(event);
		const childId = text('childId', 64);
		const values: Values = { nickname: text('nickname'), ageBand: text('ageBand', 10) };
		const base = result('updateChild', { childId, values });
		const parsed = childUpdateSchema.safeParse({ childId, ...values });
		if (!parsed.success) return invalid(base, parsed.error);
		return mutate(base, () => caller.family.updateChild(parsed.data), 'Saved.');
	},

	deleteChild: async (event) => {
		const { text, caller } = await formOf(event);
		const parsed = childIdSchema.safeParse({ childId: text('childId', 64) });
		const base = result('deleteChild', { childId: parsed.data?.childId ?? null });
		if (!parsed.success) return refuse(400, base, 'That is not a child of yours.');
		// Sent without script: ask first (the page shows the question with the real button).
		if (text('confirm') !== 'yes') return { ...base, ok: false, confirm: true };
		return mutate(
			base,
			() => caller.family.deleteChild(parsed.data),
			'Deleted, with everything about them.'
		);
	},

	setPrivacy: async (event) => {
		const { text, caller } = await formOf(event);
		const childId = text('childId', 64);
		const share = text('share', 10) === 'yes';
		const base = result('setPrivacy', { childId });
		const parsed = privacySetSchema.safeParse({ childId, shareAggregatesWithAuthors: share });
		if (!parsed.success) return refuse(400, base, 'That is not a child of yours.');
		return mutate(
			base,
			() => caller.family.setPrivacy(parsed.data),
			share ? 'Thank you: anonymous counts are shared from now on.' : 'Sharing stopped.'
		);
	},

	setPin: async (event) => {
		const { text, caller } = await formOf(event);
		const base = result('setPin');
		// One field takes the current PIN or the account password: the service tries both.
		const proof = text('currentPassword', 1000);
		const parsed = pinSetSchema.safeParse({
			pin: text('pin', 20),
			pinRepeat: text('pinRepeat', 20),
			currentPin: /^\d{1,8}$/.test(proof) ? proof : undefined,
			currentPassword: proof || undefined
		});
		if (!parsed.success) return invalid(base, parsed.error);
		return mutate(base, () => caller.family.setPin(parsed.data), 'PIN saved.');
	},

	setParentName: async (event) => {
		const { text, caller } = await formOf(event);
		const values = { parentName: text('parentName', 500) };
		const base = result('setParentName', { values });
		const parsed = parentNameSchema.safeParse(values);
		if (!parsed.success) return invalid(base, parsed.error);
		return mutate(base, () => caller.family.setParentName(values), 'Saved.');
	},

	/** Child mode is this browser's session's, so the action calls the service with it. */
	startChildMode: async (event) => {
		const { user, text } = await formOf(event);
		const parsed = childIdSchema.safeParse({ childId: text('childId', 64) });
		const base = result('startChildMode', { childId: parsed.data?.childId ?? null });
		if (!parsed.success) return refuse(400, base, 'That is not a child of yours.');
		try {
			await startChildMode(
				database().db,
				user.id,
				event.locals.session?.id ?? null,
				parsed.data.childId
			);
		} catch (e) {
			if (e instanceof AppError && e.code !== 'SERVICE_UNAVAILABLE') {
				return refuse(HTTP_STATUS[e.code], base, e.message);
			}
			throw e;
		}
		redirect(303, '/child');
	}
};
