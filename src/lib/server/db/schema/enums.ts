import { pgEnum } from 'drizzle-orm/pg-core';
import {
	ATTEMPT_OUTCOMES,
	DIFFICULTIES,
	MODES,
	PROPOSAL_STATUSES,
	REVIEW_DECISIONS,
	ROLES,
	SCENARIO_STATUSES,
	VISIBILITIES
} from '../../../schemas/enums';

export const difficultyEnum = pgEnum('difficulty', DIFFICULTIES);
export const modeEnum = pgEnum('scenario_mode', MODES);
export const visibilityEnum = pgEnum('visibility', VISIBILITIES);
export const scenarioStatusEnum = pgEnum('scenario_status', SCENARIO_STATUSES);
export const reviewDecisionEnum = pgEnum('review_decision', REVIEW_DECISIONS);
export const attemptOutcomeEnum = pgEnum('attempt_outcome', ATTEMPT_OUTCOMES);
export const roleEnum = pgEnum('user_role', ROLES);
export const proposalStatusEnum = pgEnum('proposal_status', PROPOSAL_STATUSES);
