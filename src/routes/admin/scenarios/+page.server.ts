import { parseSkillSlug } from '$lib/domain/skill-slug';
import { SCENARIO_STATUSES, type ScenarioStatus } from '$lib/schemas/enums';
import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const params = event.url.searchParams;
	const status = params.get('status');
	const skill = params.get('skill');
	const page = Number(params.get('page'));
	const filters = {
		search: params.get('q')?.slice(0, 200) || undefined,
		missing: params.get('missing') === '1',
		status: (SCENARIO_STATUSES as readonly string[]).includes(status ?? '')
			? (status as ScenarioStatus)
			: undefined,
		skill: parseSkillSlug(skill),
		page: Number.isInteger(page) && page > 1 ? page : 1
	};
	const caller = callerFor(event);
	const [grid, taxonomy] = await Promise.all([
		loadOrError(caller.admin.scenario.list({ ...filters, pageSize: 25 })),
		loadOrError(caller.admin.skill.list())
	]);
	return { grid, taxonomy, filters };
};
