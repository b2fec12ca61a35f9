import { count } from 'drizzle-orm';
import { scenarios, users } from '../../../db/schema';
import { adminMetrics } from '../../../services/admin/metrics';
import { adminProcedure, router } from '../../init';
import { adminApiKeyRouter } from './api-keys';
import { adminAuditRouter } from './audit';
import { adminBackfillRouter } from './backfill';
import { adminDataRouter } from './data';
import { adminFlagRouter } from './flags';
import { adminOutboxRouter } from './outbox';
import { adminPlanningRouter } from './planning';
import { adminReviewsRouter } from './reviews';
import { adminScenarioRouter } from './scenarios';
import { adminSkillRouter } from './skills';
import { adminUserRouter } from './users';

// Everything under `admin.*` is built on adminProcedure: UNAUTHORIZED signed out, FORBIDDEN
// for learners and reviewers, before any input is even parsed.

export const adminRouter = router({
	/** Headline numbers for the admin home. */
	overview: adminProcedure.query(async ({ ctx }) => {
		const [[scenarioCount], [userCount]] = await Promise.all([
			ctx.db.select({ n: count() }).from(scenarios),
			ctx.db.select({ n: count() }).from(users)
		]);
		return { scenarios: scenarioCount.n, users: userCount.n };
	}),
	/** The charts of the admin home (aggregates only). */
	metrics: adminProcedure.query(({ ctx }) => adminMetrics(ctx.db)),
	skill: adminSkillRouter,
	scenario: adminScenarioRouter,
	backfill: adminBackfillRouter,
	user: adminUserRouter,
	apiKey: adminApiKeyRouter,
	flag: adminFlagRouter,
	audit: adminAuditRouter,
	outbox: adminOutboxRouter,
	reviews: adminReviewsRouter,
	data: adminDataRouter,
	planning: adminPlanningRouter
});
