import { error, fail, redirect } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { scenarioFromYaml, YAML_MAX_BYTES } from '$lib/domain/scenario-yaml';
import { callerFor, loadOrError, publicMessage } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/ids';

export const load: PageServerLoad = async (event) => {
	if (!isUuid(event.params.id)) error(404, { message: 'No scenario at this address' });
	const caller = callerFor(event);
	const [editor, skills, rubrics] = await Promise.all([
		loadOrError(caller.studio.get({ id: event.params.id })),
		caller.skill.active(),
		loadOrError(caller.studio.rubrics())
	]);
	return { editor, skills, rubrics };
};

export const actions: Actions = {
	/**
	 * Replaces the draft's content with a YAML file's (export.yaml writes one). The file is
	 * validated with the studio's schema first and every problem is named with its line; nothing
	 * is saved unless all of it is valid. A plain form post: the editor reloads with the result.
	 */
	importYaml: async (event) => {
		if (!isUuid(event.params.id)) error(404, { message: 'No scenario at this address' });
		const form = await event.request.formData();
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, { yaml: { message: 'Choose a YAML file to import', problems: [] } });
		}
		if (file.size > YAML_MAX_BYTES) {
			return fail(413, { yaml: { message: 'The file is larger than 512 kB', problems: [] } });
		}
		const parsed = scenarioFromYaml(await file.text());
		if (!parsed.ok) {
			return fail(400, {
				yaml: {
					message: `${file.name} was not imported: nothing changed. Fix these and try again.`,
					problems: parsed.problems.slice(0, 50)
				}
			});
		}
		try {
			await callerFor(event).studio.update({ id: event.params.id, content: parsed.content });
		} catch (e) {
			if (!(e instanceof TRPCError)) throw e;
			return fail(getHTTPStatusCodeFromError(e), {
				yaml: { message: publicMessage(e), problems: [] }
			});
		}
		redirect(303, `/studio/${event.params.id}?imported=1`);
	}
};
