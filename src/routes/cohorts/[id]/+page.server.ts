import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { ZodError } from 'zod';
import type { CohortFormName, CohortFormResult } from '$lib/components/cohorts/cohort-forms.svelte';
import { isTimeZone } from '$lib/format-date';
import {
	assignmentCreateSchema,
	assignmentIdSchema,
	cohortAddCoordinatorSchema,
	cohortIdSchema,
	cohortInviteSchema,
	cohortMemberSchema
} from '$lib/schemas/cohorts';
import { firstIssueByField } from '$lib/schemas/messages';
import { requireUser } from '$lib/server/auth/guards';
import { appLink, publicOrigin } from '$lib/server/mail/links';
import { callerFor, loadOrError, refused } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad } from './$types';

// A coordinator's cohort: the progress grid, mastery, invites, assignments and members
// (cohort.dashboard). Anyone who does not coordinate it, and any id that is not one, gets the
// same 404 as a cohort that does not exist. Every form is a form action that works without
// script; each answers with one `CohortFormResult`, and a refusal keeps what was typed.

const NOT_FOUND = 'No cohort with that id, or you do not coordinate it';

function cohortIdOr404(id: string): string {
	const parsed = cohortIdSchema.safeParse({ cohortId: id });
	if (!parsed.success) error(404, { message: NOT_FOUND, code: 'NOT_FOUND' });
	return parsed.data.cohortId;
}

// ——— Days in the coordinator's time zone ———
// A due date is picked as a calendar day and stored as an instant: the end of that day
// (23:59:59) in the coordinator's own time zone, so "due 31 Jan" reads 31 Jan for them wherever
// they are, rather than the day after (east of UTC) for an end of day in UTC. The zone is the
// `tz` cookie the browser stores for the date formatting (src/lib/dates.svelte.ts); UTC before
// it is set, e.g. without script.

function readerZone(event: RequestEvent): string {
	const zone = event.cookies.get('tz');
	return isTimeZone(zone) ? zone : 'UTC';
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function zoneOffset(instant: Date, zone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric'
	}).formatToParts(instant);
	const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
	return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

function endOfDayIn(day: string, zone: string): Date {
	const wall = Date.parse(`${day}T23:59:59Z`);
	const first = wall - zoneOffset(new Date(wall), zone);
	// Once more with the offset at that instant: right across a daylight-saving change too.
	return new Date(wall - zoneOffset(new Date(first), zone));
}

function todayIn(zone: string, now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: zone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(now);
}

function addDays(day: string, days: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) =>
	DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const cohortId = cohortIdOr404(event.params.id);
	const search = (event.url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const caller = callerFor(event);
	const [dashboard, assignable] = await Promise.all([
		loadOrError(caller.cohort.dashboard({ cohortId })),
		loadOrError(caller.cohort.assignable({ cohortId, search }))
	]);
	const today = todayIn(readerZone(event));
	return {
		dashboard,
		assignable: dashboard.cohort.archivedAt
			? []
			: assignable.map((s) => ({ id: s.id, title: s.title, estimatedTime: s.estimatedTime })),
		search,
		today,
		defaultDue: addDays(today, 7)
	};
};

// ——— Form actions ———

type Values = Record<string, string>;

function result(form: CohortFormName, fields: Partial<CohortFormResult> = {}): CohortFormResult {
	return {
		form,
		ok: true,
		message: null,
		errors: {},
		values: {},
		invite: null,
		confirm: null,
		...fields
	};
}

function refuse(
	status: number,
	form: CohortFormName,
	message: string,
	values: Values,
	errors = {}
) {
	return fail(status, result(form, { ok: false, message, values, errors }));
}

/** A refused input: the first message of each field, under the name the form's input has. */
function invalid(form: CohortFormName, e: ZodError, values: Values, rename: Values = {}) {
	const errors = firstIssueByField(e.issues, (issue) => {
		const key = String(issue.path[0] ?? '');
		return rename[key] ?? key;
	});
	const message = e.issues[0]?.message ?? 'Check what you entered';
	return refuse(400, form, message, values, errors);
}

/** Runs a procedure for a form: its expected refusals become the form's message. */
async function mutate<T>(
	form: CohortFormName,
	values: Values,
	call: () => Promise<T>,
	done: (value: T) => Partial<CohortFormResult>
) {
	try {
		return result(form, done(await call()));
	} catch (e) {
		return refused(e, result(form, { ok: false, values }));
	}
}

async function formOf(event: RequestEvent) {
	requireUser(event);
	const cohortId = cohortIdOr404(event.params.id ?? '');
	const data = await event.request.formData();
	const text = (name: string, max = 500) => {
		const value = data.get(name);
		return typeof value === 'string' ? value.slice(0, max) : '';
	};
	return { cohortId, data, text, caller: callerFor(event) };
}

export const actions: Actions = {
	archive: async (event) => {
		const { cohortId, text, caller } = await formOf(event);
		const archived = text('archived') !== 'false';
		return mutate(
			'archive',
			{},
			() => caller.cohort.archive({ cohortId, archived }),
			() => ({
				message: archived
					? 'Archived: the cohort is read-only now, and its invite has ended.'
					: 'Restored: the cohort can be changed again. Create a new invite to let people join.'
			})
		);
	},

	invite: async (event) => {
		const { cohortId, text, caller } = await formOf(event);
		const values = { expiresInDays: text('expiresInDays', 20).trim() };
		const parsed = cohortInviteSchema.safeParse({
			cohortId,
			expiresInDays: values.expiresInDays === '' ? undefined : Number(values.expiresInDays)
		});
		if (!parsed.success) return invalid('invite', parsed.error, values);
		return mutate(
			'invite',
			values,
			() => caller.cohort.invite(parsed.data),
			({ code, expiresAt }) => ({
				message: 'Invite created.',
				invite: {
					code,
					expiresAt,
					link: appLink(publicOrigin(event.url), '/join', { code })
				}
			})
		);
	},

	revokeInvite: async (event) => {
		const { cohortId, caller } = await formOf(event);
		return mutate(
			'revokeInvite',
			{},
			() => caller.cohort.revokeInvite({ cohortId }),
			() => ({ message: 'Invite revoked: its code no longer works.' })
		);
	},

	assign: async (event) => {
		const { cohortId, text, caller } = await formOf(event);
		const values = {
			scenarioId: text('scenarioId', 64),
			dueOn: text('dueOn', 20),
			required: text('required', 10) ? 'on' : '',
			minLevel: text('minLevel', 10)
		};
		const zone = readerZone(event);
		if (!isDay(values.dueOn)) {
			return refuse(400, 'assign', 'Pick a due date', values, { dueOn: 'Pick a due date' });
		}
		if (values.dueOn < todayIn(zone)) {
			const message = 'The due date has passed: pick today or a later day';
			return refuse(400, 'assign', message, values, { dueOn: message });
		}
		const parsed = assignmentCreateSchema.safeParse({
			cohortId,
			scenarioId: values.scenarioId,
			dueAt: endOfDayIn(values.dueOn, zone),
			required: values.required === 'on',
			minLevel: values.minLevel === '' ? null : Number(values.minLevel)
		});
		if (!parsed.success) return invalid('assign', parsed.error, values, { dueAt: 'dueOn' });
		return mutate(
			'assign',
			values,
			() => caller.cohort.assign(parsed.data),
			() => ({
				message: 'Assigned: it is in every trainee’s list now, and they have been notified.'
			})
		);
	},

	unassign: async (event) => {
		const { text, caller } = await formOf(event);
		const assignmentId = text('assignmentId', 64);
		const parsed = assignmentIdSchema.safeParse({ assignmentId });
		if (!parsed.success) return refuse(400, 'unassign', 'That is not an assignment here.', {});
		// Sent without script: ask first (the page shows the question with the real button).
		if (text('confirm') !== 'yes') return result('unassign', { ok: false, confirm: assignmentId });
		return mutate(
			'unassign',
			{},
			() => caller.cohort.unassign(parsed.data),
			() => ({ message: 'Assignment removed from the cohort.' })
		);
	},

	addCoordinator: async (event) => {
		const { cohortId, text, caller } = await formOf(event);
		const values = { email: text('email', 320) };
		const parsed = cohortAddCoordinatorSchema.safeParse({ cohortId, email: values.email });
		if (!parsed.success) return invalid('addCoordinator', parsed.error, values);
		return mutate(
			'addCoordinator',
			values,
			() => caller.cohort.addCoordinator(parsed.data),
			({ displayName }) => ({ message: `${displayName} now co-coordinates this cohort.` })
		);
	},

	removeMember: async (event) => {
		const { cohortId, text, caller } = await formOf(event);
		const userId = text('userId', 64);
		const parsed = cohortMemberSchema.safeParse({ cohortId, userId });
		if (!parsed.success) return refuse(400, 'removeMember', 'That is not a member here.', {});
		if (text('confirm') !== 'yes') return result('removeMember', { ok: false, confirm: userId });
		const me = event.locals.user!.id;
		return mutate(
			'removeMember',
			{},
			() => caller.cohort.removeMember(parsed.data),
			() => {
				// Whoever stops coordinating no longer sees the cohort: back to their list.
				if (userId === me) redirect(303, '/cohorts');
				return { message: 'Removed from the cohort.' };
			}
		);
	}
};
