import {
	skillCreateSchema,
	skillMergeSchema,
	skillReorderSchema,
	skillSetActiveSchema,
	skillSlugInputSchema,
	skillUpdateSchema
} from '../../../../schemas/admin';
import {
	createSkill,
	deleteSkill,
	listSkillsWithUsage,
	mergeSkills,
	reorderSkills,
	setSkillActive,
	updateSkill
} from '../../../services/admin/skills';
import { adminProcedure, router } from '../../init';

export const adminSkillRouter = router({
	/** The whole taxonomy (inactive too) with how many scenarios carry each skill. */
	list: adminProcedure.query(({ ctx }) => listSkillsWithUsage(ctx.db)),
	create: adminProcedure
		.input(skillCreateSchema)
		.mutation(({ ctx, input }) => createSkill(ctx.db, ctx.user.id, input)),
	update: adminProcedure
		.input(skillUpdateSchema)
		.mutation(({ ctx, input }) => updateSkill(ctx.db, ctx.user.id, input)),
	reorder: adminProcedure
		.input(skillReorderSchema)
		.mutation(({ ctx, input }) => reorderSkills(ctx.db, ctx.user.id, input.slugs)),
	setActive: adminProcedure
		.input(skillSetActiveSchema)
		.mutation(({ ctx, input }) => setSkillActive(ctx.db, ctx.user.id, input.slug, input.active)),
	merge: adminProcedure
		.input(skillMergeSchema)
		.mutation(({ ctx, input }) => mergeSkills(ctx.db, ctx.user.id, input)),
	delete: adminProcedure
		.input(skillSlugInputSchema)
		.mutation(({ ctx, input }) => deleteSkill(ctx.db, ctx.user.id, input.slug))
});
