import { error, fail } from '@sveltejs/kit';
import type { ZodError } from 'zod';
import { isDay } from '$lib/domain/token-plan';
import { assignmentCreateSchema, demandSetSchema } from '$lib/schemas/cohorts';
import { firstIssueByField } from '$lib/schemas/messages';
import { requireUser } from '$lib/server/auth/guards';
import { callerFor, loadOrError, refused } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/ids';

// A cohort's training plan (flag token_planning_v1): per skill pool, the coordinator's demand
// against what the assignments supply and what each consenting trainee has earned, with the
// scenarios that would close a short pool. Off, cohort.plan answers FORBIDDEN with the words that
// say how to turn it on (the 403 page); a cohort the caller does not coordinate is a 404.

function cohortIdOr404(id: string) {
	if (!isUuid(id)) error(404, { message: 'No cohort with that id', code: 'NOT_FOUND' });
	return id;
}

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const cohortId = cohortIdOr404(event.params.id);
	const caller = callerFor(event);
	const plan = await loadOrError(caller.cohort.plan({ cohortId }));
	const skills = await loadOrError(caller.skill.active());
	return {
		plan,
		skillNames: Object.fromEntries(skills.map((s) => [s.slug, s.name])) as Record<string, string>
	};
};

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
};

/** A typed number: empty is missing, a decimal comma is a point, anything else is not a number. */
const numberOf = (value: string) =>
	value.trim() === '' ? undefined : Number(value.trim().replace(',', '.'));

/** The first message per field, for the form to show beside it ('form' for the whole form). */
const fieldErrors = (issues: ZodError['issues']) =>
	firstIssueByField(issues, (issue) => String(issue.path[0] ?? 'form'));

export const actions: Actions = {
	/** The demand of one pool: p50 (median) and, optionally, p90 (cautious), per trainee. */
	setDemand: async (event) => {
		requireUser(event);
		const cohortId = cohortIdOr404(event.params.id);
		const form = await event.request.formData();
		const values = {
			poolId: text(form, 'poolId'),
			tokensP50: text(form, 'tokensP50'),
			tokensP90: text(form, 'tokensP90')
		};
		const base = { where: 'demand' as const, poolId: values.poolId, values };
		const parsed = demandSetSchema.safeParse({
			cohortId,
			poolId: values.poolId,
			tokensP50: numberOf(values.tokensP50),
			tokensP90: numberOf(values.tokensP90) ?? null
		});
		if (!parsed.success) {
			const errors = fieldErrors(parsed.error.issues);
			return fail(400, {
				...base,
				errors,
				message: errors.poolId ?? errors.form ?? 'Check the numbers below.'
			});
		}
		try {
			await callerFor(event).cohort.setDemand(parsed.data);
		} catch (e) {
			return refused(e, { ...base, errors: {} });
		}
		return { where: 'demand' as const, poolId: values.poolId, saved: true };
	},

	/** Assigns a suggested scenario to the cohort, due on the chosen day. */
	assign: async (event) => {
		requireUser(event);
		const cohortId = cohortIdOr404(event.params.id);
		const form = await event.request.formData();
		const values = {
			scenarioId: text(form, 'scenarioId'),
			dueAt: text(form, 'dueAt'),
			required: form.get('required') === 'on',
			title: text(form, 'title').slice(0, 200)
		};
		const base = { where: 'assign' as const, scenarioId: values.scenarioId, values };
		// A date input sends 'YYYY-MM-DD'; a typed 2027-02-31 is not rolled over into March.
		if (values.dueAt.trim() !== '' && !isDay(values.dueAt.trim())) {
			const message = 'Use a real date, like 2027-01-31';
			return fail(400, { ...base, errors: { dueAt: message }, message });
		}
		const parsed = assignmentCreateSchema.safeParse({
			cohortId,
			scenarioId: values.scenarioId,
			dueAt: values.dueAt.trim() === '' ? undefined : values.dueAt.trim(),
			required: values.required,
			minLevel: null
		});
		if (!parsed.success) {
			const errors = fieldErrors(parsed.error.issues);
			return fail(400, {
				...base,
				errors,
				message: errors.scenarioId ?? errors.form ?? 'Check the due date.'
			});
		}
		try {
			await callerFor(event).cohort.assign(parsed.data);
		} catch (e) {
			return refused(e, { ...base, errors: {} });
		}
		return {
			where: 'assign' as const,
			scenarioId: values.scenarioId,
			assigned: values.title || 'The scenario'
		};
	}
};
