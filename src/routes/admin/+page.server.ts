import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const caller = callerFor(event);
	const [overview, metrics, calibration] = await Promise.all([
		loadOrError(caller.admin.overview()),
		loadOrError(caller.admin.metrics()),
		loadOrError(caller.feedback.calibration())
	]);
	return { overview, metrics, calibration };
};
