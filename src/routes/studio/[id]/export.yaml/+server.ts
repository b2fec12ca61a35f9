import { error } from '@sveltejs/kit';
import { isUuid } from '$lib/domain/ids';
import { scenarioToYaml } from '$lib/domain/scenario-yaml';
import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { RequestHandler } from './$types';

// The editor's content (the pending revision's when there is one) as a YAML file. Whoever may
// open it in the studio may download it; anyone else gets the studio's own 404.
export const GET: RequestHandler = async (event) => {
	if (!isUuid(event.params.id)) error(404, { message: 'No scenario at this address' });
	const editor = await loadOrError(callerFor(event).studio.get({ id: event.params.id }));
	return new Response(scenarioToYaml(editor.content), {
		headers: {
			'content-type': 'application/yaml; charset=utf-8',
			'content-disposition': `attachment; filename="${editor.scenario.slug}.yaml"`,
			'cache-control': 'private, no-store'
		}
	});
};
