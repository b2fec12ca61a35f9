import { AGE_RANGES, PSYCHOLOGICAL_MODULES } from '$lib/schemas/enums';
import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
	return values.includes(value as T) ? (value as T) : undefined;
}

export const load: PageServerLoad = async (event) => {
	const params = event.url.searchParams;
	// Unknown values are dropped rather than failing the page (as in the library).
	const filters = {
		psychologicalModule: oneOf(PSYCHOLOGICAL_MODULES, params.get('module')),
		ageRange: oneOf(AGE_RANGES, params.get('age')),
		skill: params.get('skill')?.match(/^[a-z0-9-]{2,60}$/) ? params.get('skill')! : undefined,
		authorId: params.get('author')?.match(/^[0-9a-f-]{36}$/i) ? params.get('author')! : undefined
	};
	const caller = callerFor(event);
	const [queue, authors, skills] = await Promise.all([
		loadOrError(caller.review.queue({ ...filters, limit: 100 })),
		caller.review.authors(),
		caller.skill.active()
	]);
	return { queue, authors, skills, filters };
};
