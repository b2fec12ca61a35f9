DROP INDEX "scenario_metadata_rating_idx";--> statement-breakpoint
DROP INDEX "scenario_metadata_saved_idx";--> statement-breakpoint
DROP INDEX "scenario_metadata_trending_idx";--> statement-breakpoint
DROP INDEX "scenario_metadata_played_idx";--> statement-breakpoint
DROP INDEX "scenarios_created_idx";--> statement-breakpoint
DROP INDEX "scenarios_author_idx";--> statement-breakpoint
DROP INDEX "reviews_scenario_idx";--> statement-breakpoint
DROP INDEX "reviews_reviewer_idx";--> statement-breakpoint
CREATE INDEX "scenario_metadata_rating_idx" ON "scenario_metadata" USING btree ("rating_score" DESC NULLS FIRST,"scenario_id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "scenario_metadata_saved_idx" ON "scenario_metadata" USING btree ("amount_saved_count" DESC NULLS FIRST,"scenario_id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "scenario_metadata_trending_idx" ON "scenario_metadata" USING btree ("trending_log" DESC NULLS FIRST,"scenario_id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "scenario_metadata_played_idx" ON "scenario_metadata" USING btree ("total_times_used" DESC NULLS FIRST,"scenario_id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "scenarios_created_idx" ON "scenarios" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "scenarios_author_idx" ON "scenarios" USING btree ("created_by_user_id","updated_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "reviews_scenario_idx" ON "scenario_reviews" USING btree ("scenario_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "reviews_reviewer_idx" ON "scenario_reviews" USING btree ("reviewer_id","created_at" DESC NULLS FIRST);