import { fail } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import type { ZodError } from 'zod';
import { isDay, utcDay } from '$lib/domain/token-plan';
import {
	calibrationIdSchema,
	calibrationSaveSchema,
	poolSaveSchema,
	scenarioSupplySetSchema,
	skillPoolSetSchema
} from '$lib/schemas/cohorts';
import { firstIssueByField } from '$lib/schemas/messages';
import { requireRole } from '$lib/server/auth/guards';
import { callerFor, loadOrError, publicMessage, refused } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/ids';

// "Training plans" in the admin console (flag token_planning_v1): skill pools and which skills
// they hold, calibrations (tokens per hour, effective-dated), and each scenario's supply. Every
// change is audited by the service. Off, the procedures answer FORBIDDEN and the page says so
// with a link to the flags, showing no forms.

const planningOff = (e: unknown) => e instanceof TRPCError && e.code === 'FORBIDDEN';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const caller = callerFor(event);
	const today = utcDay(new Date());
	let overview;
	try {
		overview = await caller.admin.planning.overview();
	} catch (e) {
		if (planningOff(e)) return { enabled: false as const, today };
		throw e;
	}

	// `?scenario=` is the picker's search text, or (once one is picked) the scenario's id.
	const scenario = (event.url.searchParams.get('scenario') ?? '').trim().slice(0, 200);
	const picked = isUuid(scenario) ? scenario.toLowerCase() : null;
	const search = picked ? '' : scenario;
	const [matches, supply] = await Promise.all([
		search
			? loadOrError(caller.admin.scenario.list({ search, pageSize: 10 }))
			: Promise.resolve(null),
		picked ? supplyOf(caller, picked) : Promise.resolve(null)
	]);
	return {
		enabled: true as const,
		today,
		overview,
		search,
		matches: matches && { items: matches.items, total: matches.total },
		supply
	};
};

/** The picked scenario's supply, or a sentence when there is no such scenario. */
async function supplyOf(caller: ReturnType<typeof callerFor>, scenarioId: string) {
	try {
		return { scenario: await caller.admin.planning.scenarioSupply({ scenarioId }), error: null };
	} catch (e) {
		if (e instanceof TRPCError && e.code === 'NOT_FOUND') {
			return { scenario: null, error: publicMessage(e) };
		}
		throw e;
	}
}

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
};

/** A typed number: empty is missing, a decimal comma is a point. */
const numberOf = (value: string) =>
	value.trim() === '' ? undefined : Number(value.trim().replace(',', '.'));

type Issue = ZodError['issues'][number];

/** A field's key: the issue's whole path ('supplies.0.tokens'), 'form' for the whole form. */
const pathKey = (issue: Issue) => issue.path.map(String).join('.') || 'form';

type Where = 'pool' | 'skill' | 'calibration' | 'deleteCalibration' | 'supply';

/**
 * Runs a validated mutation: a refusal comes back with the form's key, its message, the field
 * errors and what was typed; success with `done`, a sentence for the page's status line.
 */
async function submit<T>(
	where: Where,
	key: string,
	values: Record<string, string>,
	parsed: { success: true; data: T } | { success: false; error: ZodError },
	run: (input: T) => Promise<unknown>,
	done: string,
	keyOf: (issue: Issue) => string = pathKey
) {
	const base = { where, key, values };
	if (!parsed.success) {
		const errors = firstIssueByField(parsed.error.issues, keyOf);
		return fail(400, {
			...base,
			errors,
			message: errors.form ?? Object.values(errors)[0] ?? 'Check the fields.'
		});
	}
	try {
		await run(parsed.data);
	} catch (e) {
		return refused(e, { ...base, errors: {} as Record<string, string> });
	}
	return { where, key, done };
}

export const actions: Actions = {
	/** Adds a pool (no poolId) or edits one: name, description, active. */
	savePool: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const values = {
			poolId: text(form, 'poolId'),
			name: text(form, 'name'),
			description: text(form, 'description'),
			isActive: form.get('isActive') === 'on' ? 'on' : ''
		};
		const adding = values.poolId === '';
		const parsed = poolSaveSchema.safeParse({
			poolId: adding ? undefined : values.poolId,
			name: values.name,
			description: values.description,
			isActive: adding ? true : values.isActive === 'on'
		});
		return submit(
			'pool',
			values.poolId || 'new',
			values,
			parsed,
			(input) => callerFor(event).admin.planning.savePool(input),
			adding ? `Added the pool “${values.name.trim()}”.` : `Saved “${values.name.trim()}”.`
		);
	},

	/** Moves a skill into a pool (out of the one it was in). */
	setSkillPool: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const values = { skill: text(form, 'skill'), poolId: text(form, 'poolId') };
		const name = text(form, 'skillName').slice(0, 100) || values.skill;
		if (values.poolId !== '' && values.poolId === text(form, 'fromPoolId')) {
			return {
				where: 'skill' as const,
				key: values.skill,
				done: `“${name}” is in that pool already.`
			};
		}
		return submit(
			'skill',
			values.skill,
			values,
			skillPoolSetSchema.safeParse(values),
			(input) => callerFor(event).admin.planning.setSkillPool(input),
			`Moved “${name}”.`
		);
	},

	/** Tokens per hour in a pool from a day on; the same day again replaces its rate. */
	saveCalibration: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const values = {
			poolId: text(form, 'poolId'),
			effectiveDate: text(form, 'effectiveDate').trim(),
			tokensPerHour: text(form, 'tokensPerHour')
		};
		const parsed = calibrationSaveSchema.safeParse({
			poolId: values.poolId,
			effectiveDate: isDay(values.effectiveDate) ? values.effectiveDate : undefined,
			tokensPerHour: numberOf(values.tokensPerHour)
		});
		return submit(
			'calibration',
			values.poolId,
			values,
			parsed,
			(input) => callerFor(event).admin.planning.saveCalibration(input),
			`Saved the rate from ${values.effectiveDate}.`
		);
	},

	deleteCalibration: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const values = { calibrationId: text(form, 'calibrationId'), poolId: text(form, 'poolId') };
		return submit(
			'deleteCalibration',
			values.poolId,
			values,
			calibrationIdSchema.safeParse({ calibrationId: values.calibrationId }),
			(input) => callerFor(event).admin.planning.deleteCalibration(input),
			`Deleted the rate from ${text(form, 'effectiveDate') || 'that day'}.`
		);
	},

	/**
	 * A scenario's planning mode and, for `token`, its tokens per pool (fields `tokens:<poolId>`;
	 * an empty or zero field supplies nothing to that pool).
	 */
	setScenarioSupply: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const values: Record<string, string> = {
			scenarioId: text(form, 'scenarioId'),
			planningMode: text(form, 'planningMode')
		};
		const supplies: { poolId: string; tokens: number | undefined }[] = [];
		for (const [name, value] of form) {
			if (!name.startsWith('tokens:') || typeof value !== 'string') continue;
			values[name] = value;
			const tokens = numberOf(value);
			if (tokens === undefined || tokens === 0) continue;
			supplies.push({ poolId: name.slice('tokens:'.length), tokens });
		}
		const parsed = scenarioSupplySetSchema.safeParse({
			scenarioId: values.scenarioId,
			planningMode: values.planningMode,
			supplies: values.planningMode === 'token' ? supplies : []
		});
		return submit(
			'supply',
			values.scenarioId,
			values,
			parsed,
			(input) => callerFor(event).admin.planning.setScenarioSupply(input),
			values.planningMode === 'token'
				? 'Saved: the scenario now supplies the tokens set below.'
				: 'Saved: the scenario supplies tokens from its time and skills (legacy).',
			// A row's error names its index: show it beside that pool's field instead.
			(issue) => {
				const row = issue.path[0] === 'supplies' ? issue.path[1] : undefined;
				return typeof row === 'number' && supplies[row]
					? `tokens:${supplies[row].poolId}`
					: pathKey(issue);
			}
		);
	}
};
