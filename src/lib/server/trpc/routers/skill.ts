import { asc, eq } from 'drizzle-orm';
import { skills } from '../../db/schema';
import { publicProcedure, router } from '../init';

export const skillRouter = router({
	/** The active taxonomy, in the admins' order: pickers and filters read it. */
	active: publicProcedure.query(({ ctx }) =>
		ctx.db
			.select({ slug: skills.slug, name: skills.name, description: skills.description })
			.from(skills)
			.where(eq(skills.isActive, true))
			.orderBy(asc(skills.sortOrder), asc(skills.name))
	)
});
