import { relations } from 'drizzle-orm';
import { sessions, users } from './auth';
import { scenarioMetadata, scenarioRevisions, scenarios } from './scenarios';
import { scenarioAttempts, userScenarioProgress } from './progress';
import { scenarioReviews } from './reviews';

export const usersRelations = relations(users, ({ many }) => ({
	sessions: many(sessions),
	scenarios: many(scenarios)
}));

export const sessionsRelations = relations(sessions, ({ one }) => ({
	user: one(users, { fields: [sessions.userId], references: [users.id] })
}));

export const scenariosRelations = relations(scenarios, ({ one, many }) => ({
	metadata: one(scenarioMetadata, {
		fields: [scenarios.id],
		references: [scenarioMetadata.scenarioId]
	}),
	author: one(users, { fields: [scenarios.createdByUserId], references: [users.id] }),
	reviews: many(scenarioReviews),
	revisions: many(scenarioRevisions),
	progress: many(userScenarioProgress),
	attempts: many(scenarioAttempts)
}));

export const scenarioMetadataRelations = relations(scenarioMetadata, ({ one }) => ({
	scenario: one(scenarios, { fields: [scenarioMetadata.scenarioId], references: [scenarios.id] })
}));

export const scenarioReviewsRelations = relations(scenarioReviews, ({ one }) => ({
	scenario: one(scenarios, { fields: [scenarioReviews.scenarioId], references: [scenarios.id] }),
	reviewer: one(users, { fields: [scenarioReviews.reviewerId], references: [users.id] })
}));

export const scenarioRevisionsRelations = relations(scenarioRevisions, ({ one }) => ({
	scenario: one(scenarios, { fields: [scenarioRevisions.scenarioId], references: [scenarios.id] })
}));

export const progressRelations = relations(userScenarioProgress, ({ one }) => ({
	scenario: one(scenarios, {
		fields: [userScenarioProgress.scenarioId],
		references: [scenarios.id]
	}),
	user: one(users, { fields: [userScenarioProgress.userId], references: [users.id] })
}));

export const attemptsRelations = relations(scenarioAttempts, ({ one }) => ({
	scenario: one(scenarios, { fields: [scenarioAttempts.scenarioId], references: [scenarios.id] })
}));
