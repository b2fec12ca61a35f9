import { createCallerFactory, router } from './init';
import { adminRouter } from './routers/admin/_router';
import { authRouter } from './routers/auth';
import { cohortRouter } from './routers/cohort';
import { familyRouter } from './routers/family';
import { feedbackRouter } from './routers/feedback';
import { marketplaceRouter } from './routers/marketplace';
import { notificationRouter } from './routers/notification';
import { progressRouter } from './routers/progress';
import { questBuilderRouter } from './routers/quest-builder';
import { reviewRouter } from './routers/review';
import { scenarioRouter } from './routers/scenario';
import { skillRouter } from './routers/skill';
import { studioRouter } from './routers/studio';
import { trackRouter } from './routers/track';

export const appRouter = router({
	auth: authRouter,
	scenario: scenarioRouter,
	marketplace: marketplaceRouter,
	progress: progressRouter,
	skill: skillRouter,
	studio: studioRouter,
	review: reviewRouter,
	feedback: feedbackRouter,
	cohort: cohortRouter,
	questBuilder: questBuilderRouter,
	family: familyRouter,
	track: trackRouter,
	notification: notificationRouter,
	admin: adminRouter
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
