import {
	scenarioIdInputSchema,
	studioCreateInputSchema,
	studioSetVisibilityInputSchema,
	studioUpdateInputSchema
} from '../../../schemas/studio';
import {
	studioExportYamlInputSchema,
	studioImportYamlInputSchema
} from '../../../schemas/studio-yaml';
import {
	archiveScenario,
	createDraft,
	getForEditing,
	listMyScenarios,
	saveContent,
	setVisibility,
	submitForReview
} from '../../services/authoring/studio';
import { exportScenarioYaml, importScenarioYaml } from '../../services/authoring/studio-yaml';
import { listRubrics } from '../../services/evaluation/rubrics';
import { authedProcedure, router } from '../init';

export const studioRouter = router({
	/** The caller's own scenarios, with status, pending revision and latest review. */
	mine: authedProcedure.query(({ ctx }) => listMyScenarios(ctx.db, ctx.user.id)),
	/** The rubrics a scenario can be scored on, with their criteria (the editor's pickers). */
	rubrics: authedProcedure.query(({ ctx }) => listRubrics(ctx.db)),
	get: authedProcedure
		.input(scenarioIdInputSchema)
		.query(({ ctx, input }) => getForEditing(ctx.db, ctx.user, input.id)),
	create: authedProcedure
		.input(studioCreateInputSchema)
		.mutation(({ ctx, input }) => createDraft(ctx.db, ctx.user, input)),
	/** Autosave target: edits a draft in place, or an approved scenario's pending revision. */
	update: authedProcedure
		.input(studioUpdateInputSchema)
		.mutation(({ ctx, input }) => saveContent(ctx.db, ctx.user, input.id, input.content)),
	/** Who sees it: applied at once, also to an approved scenario (never a revision). */
	setVisibility: authedProcedure
		.input(studioSetVisibilityInputSchema)
		.mutation(({ ctx, input }) => setVisibility(ctx.db, ctx.user, input.id, input.visibility)),
	submit: authedProcedure
		.input(scenarioIdInputSchema)
		.mutation(({ ctx, input }) => submitForReview(ctx.db, ctx.user, input.id)),
	archive: authedProcedure
		.input(scenarioIdInputSchema)
		.mutation(({ ctx, input }) => archiveScenario(ctx.db, ctx.user, input.id)),
	/** Any scenario the caller may open, as a YAML file (the author's: with its pending revision). */
	exportYaml: authedProcedure
		.input(studioExportYamlInputSchema)
		.query(({ ctx, input }) => exportScenarioYaml(ctx.db, ctx.user, input.scenarioId)),
	/** A YAML file as a NEW draft of the caller's; problems name their line. */
	importYaml: authedProcedure
		.input(studioImportYamlInputSchema)
		.mutation(({ ctx, input }) => importScenarioYaml(ctx.db, ctx.user, input.yaml))
});
