import { fail, redirect } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { cohortCreateSchema } from '$lib/schemas/cohorts';
import { requireUser } from '$lib/server/auth/guards';
import { callerFor, loadOrError, publicMessage } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad } from './$types';

// "Cohorts": the cohorts I coordinate, and a new one (for coordinators). Anyone else reads what
// coordinating means and how to get there, with the way to their own assignments if they train
// in a cohort.

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const mine = await loadOrError(callerFor(event).cohort.mine());
	return {
		canCoordinate: mine.canCoordinate,
		coordinating: mine.coordinating.map((c) => ({
			id: c.id,
			name: c.name,
			startsOn: c.startsOn,
			endsOn: c.endsOn,
			archived: c.archived,
			trainees: c.trainees,
			assignments: c.assignments
		})),
		training: mine.training.length
	};
};

type Field = 'name' | 'description' | 'startsOn' | 'endsOn';

export const actions: Actions = {
	/** A new cohort: the creator is its first coordinator; the page goes straight to it. */
	create: async (event) => {
		requireUser(event);
		const form = await event.request.formData();
		const text = (name: Field, max: number) => {
			const value = form.get(name);
			return typeof value === 'string' ? value.slice(0, max) : '';
		};
		const values: Record<Field, string> = {
			name: text('name', 1000),
			description: text('description', 10_000),
			startsOn: text('startsOn', 20),
			endsOn: text('endsOn', 20)
		};
		const parsed = cohortCreateSchema.safeParse({
			...values,
			startsOn: values.startsOn || null,
			endsOn: values.endsOn || null
		});
		if (!parsed.success) {
			const errors: Partial<Record<Field, string>> = {};
			for (const issue of parsed.error.issues) errors[issue.path[0] as Field] ??= issue.message;
			return fail(400, { values, errors, message: 'Check the fields marked below.' });
		}
		let id: string;
		try {
			({ id } = await callerFor(event).cohort.create(parsed.data));
		} catch (e) {
			if (e instanceof TRPCError && e.code !== 'INTERNAL_SERVER_ERROR') {
				return fail(getHTTPStatusCodeFromError(e), {
					values,
					errors: {} as Partial<Record<Field, string>>,
					message: publicMessage(e)
				});
			}
			throw e;
		}
		redirect(303, `/cohorts/${id}`);
	}
};
