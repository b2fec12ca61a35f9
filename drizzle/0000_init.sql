CREATE TYPE "public"."attempt_outcome" AS ENUM('completed', 'abandoned');--> statement-breakpoint
CREATE TYPE "public"."difficulty" AS ENUM('beginner', 'intermediate', 'advanced');--> statement-breakpoint
CREATE TYPE "public"."scenario_mode" AS ENUM('phone', 'chat');--> statement-breakpoint
CREATE TYPE "public"."proposal_status" AS ENUM('pending', 'accepted', 'rejected', 'applied');--> statement-breakpoint
CREATE TYPE "public"."review_decision" AS ENUM('approved', 'changes_requested', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('learner', 'reviewer', 'admin');--> statement-breakpoint
CREATE TYPE "public"."scenario_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'rejected', 'archived');--> statement-breakpoint
CREATE TYPE "public"."visibility" AS ENUM('private', 'unlisted', 'public');--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "user_role" DEFAULT 'learner' NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skills_slug_unique" UNIQUE("slug"),
	CONSTRAINT "skills_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "scenario_metadata" (
	"scenario_id" uuid PRIMARY KEY NOT NULL,
	"amount_saved_count" integer DEFAULT 0 NOT NULL,
	"total_times_used" integer DEFAULT 0 NOT NULL,
	"total_attempts" integer DEFAULT 0 NOT NULL,
	"ratings_count" integer DEFAULT 0 NOT NULL,
	"rating_sum" integer DEFAULT 0 NOT NULL,
	"average_rating" real GENERATED ALWAYS AS (CASE WHEN ratings_count > 0 THEN rating_sum::real / ratings_count END) STORED,
	"rating_score" double precision GENERATED ALWAYS AS ((rating_sum + 15.0) / (ratings_count + 5.0)) STORED,
	"completion_rate" real GENERATED ALWAYS AS (CASE WHEN total_attempts > 0 THEN total_times_used::real / total_attempts END) STORED,
	"finished_attempts" integer DEFAULT 0 NOT NULL,
	"time_spent_sum" bigint DEFAULT 0 NOT NULL,
	"average_time_spent" integer GENERATED ALWAYS AS (CASE WHEN finished_attempts > 0 THEN (time_spent_sum / finished_attempts)::integer END) STORED,
	"trending_log" double precision DEFAULT -1000000000 NOT NULL,
	"last_activity_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scenario_metadata_counts_non_negative" CHECK ("scenario_metadata"."amount_saved_count" >= 0 AND "scenario_metadata"."total_times_used" >= 0 AND "scenario_metadata"."total_attempts" >= 0 AND "scenario_metadata"."ratings_count" >= 0 AND "scenario_metadata"."finished_attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "scenario_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"base_version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"status" "scenario_status" DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenarios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"instructions" text DEFAULT '' NOT NULL,
	"context" text DEFAULT '' NOT NULL,
	"expected_outcome" text DEFAULT '' NOT NULL,
	"learning_goal" text DEFAULT '' NOT NULL,
	"learning_objectives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"persona" jsonb,
	"comfort_indicators" jsonb,
	"mode" "scenario_mode" DEFAULT 'phone' NOT NULL,
	"category" text DEFAULT 'general' NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"difficulty" "difficulty" DEFAULT 'intermediate' NOT NULL,
	"estimated_time" integer DEFAULT 15 NOT NULL,
	"psychological_module" text,
	"age_range" text,
	"cefr_level" text,
	"content_warnings" text[] DEFAULT '{}'::text[] NOT NULL,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_one_time" boolean DEFAULT false NOT NULL,
	"created_by_user_id" uuid,
	"visibility" "visibility" DEFAULT 'private' NOT NULL,
	"status" "scenario_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"metadata_version" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(instructions, '')), 'C')) STORED,
	CONSTRAINT "scenarios_slug_unique" UNIQUE("slug"),
	CONSTRAINT "scenarios_estimated_time_range" CHECK ("scenarios"."estimated_time" BETWEEN 5 AND 60),
	CONSTRAINT "scenarios_version_positive" CHECK ("scenarios"."version" >= 1),
	CONSTRAINT "scenarios_cefr_level_valid" CHECK ("scenarios"."cefr_level" IS NULL OR "scenarios"."cefr_level" IN ('A1','A2','B1','B2','C1','C2')),
	CONSTRAINT "scenarios_slug_format" CHECK ("scenarios"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "scenarios_title_not_blank" CHECK (length(trim("scenarios"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "scenario_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"scenario_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"outcome" "attempt_outcome",
	"time_spent" integer,
	"current_step" text,
	"steps_visited" integer DEFAULT 0 NOT NULL,
	"reflection" text,
	CONSTRAINT "attempts_outcome_matches_finish" CHECK (("scenario_attempts"."outcome" IS NULL) = ("scenario_attempts"."finished_at" IS NULL)),
	CONSTRAINT "attempts_time_non_negative" CHECK ("scenario_attempts"."time_spent" IS NULL OR "scenario_attempts"."time_spent" >= 0)
);
--> statement-breakpoint
CREATE TABLE "user_scenario_progress" (
	"user_id" uuid NOT NULL,
	"scenario_id" uuid NOT NULL,
	"is_saved" boolean DEFAULT false NOT NULL,
	"saved_at" timestamp with time zone,
	"times_completed" integer DEFAULT 0 NOT NULL,
	"times_attempted" integer DEFAULT 0 NOT NULL,
	"last_attempt_at" timestamp with time zone,
	"last_completed_at" timestamp with time zone,
	"current_step" text,
	"total_time_spent" integer DEFAULT 0 NOT NULL,
	"user_rating" integer,
	"review_text" text,
	"rated_at" timestamp with time zone,
	"user_notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_scenario_progress_user_id_scenario_id_pk" PRIMARY KEY("user_id","scenario_id"),
	CONSTRAINT "progress_rating_range" CHECK ("user_scenario_progress"."user_rating" IS NULL OR "user_scenario_progress"."user_rating" BETWEEN 1 AND 5),
	CONSTRAINT "progress_counts_non_negative" CHECK ("user_scenario_progress"."times_completed" >= 0 AND "user_scenario_progress"."times_attempted" >= 0 AND "user_scenario_progress"."total_time_spent" >= 0),
	CONSTRAINT "progress_review_needs_rating" CHECK ("user_scenario_progress"."review_text" IS NULL OR "user_scenario_progress"."user_rating" IS NOT NULL),
	CONSTRAINT "progress_review_length" CHECK ("user_scenario_progress"."review_text" IS NULL OR length("user_scenario_progress"."review_text") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "review_claims" (
	"scenario_id" uuid PRIMARY KEY NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenario_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"scenario_version" integer NOT NULL,
	"revision_id" uuid,
	"reviewer_id" uuid NOT NULL,
	"emotional_safety_score" integer NOT NULL,
	"therapeutic_correctness_score" integer NOT NULL,
	"age_appropriateness_score" integer NOT NULL,
	"reveal_timing_score" integer NOT NULL,
	"strengths" text DEFAULT '' NOT NULL,
	"concerns" text DEFAULT '' NOT NULL,
	"recommendations" text DEFAULT '' NOT NULL,
	"decision" "review_decision" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reviews_scores_range" CHECK ("scenario_reviews"."emotional_safety_score" BETWEEN 1 AND 5 AND "scenario_reviews"."therapeutic_correctness_score" BETWEEN 1 AND 5 AND "scenario_reviews"."age_appropriateness_score" BETWEEN 1 AND 5 AND "scenario_reviews"."reveal_timing_score" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_by_user_id" uuid,
	"rate_limit_per_minute" integer DEFAULT 600 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_keys_key_hash_unique" UNIQUE("key_hash"),
	CONSTRAINT "api_keys_rate_limit_positive" CHECK ("api_keys"."rate_limit_per_minute" > 0)
);
--> statement-breakpoint
CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"undone_at" timestamp with time zone,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feature_flags" (
	"key" text PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metadata_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"proposed_skills" text[] NOT NULL,
	"proposed_difficulty" "difficulty" NOT NULL,
	"proposed_estimated_time" integer NOT NULL,
	"base_metadata_version" integer NOT NULL,
	"status" "proposal_status" DEFAULT 'pending' NOT NULL,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "metadata_proposals_time_range" CHECK ("metadata_proposals"."proposed_estimated_time" BETWEEN 5 AND 60)
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"link" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_buckets" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_metadata" ADD CONSTRAINT "scenario_metadata_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_revisions" ADD CONSTRAINT "scenario_revisions_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_revisions" ADD CONSTRAINT "scenario_revisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_attempts" ADD CONSTRAINT "scenario_attempts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_attempts" ADD CONSTRAINT "scenario_attempts_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_scenario_progress" ADD CONSTRAINT "user_scenario_progress_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_scenario_progress" ADD CONSTRAINT "user_scenario_progress_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_claims" ADD CONSTRAINT "review_claims_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_claims" ADD CONSTRAINT "review_claims_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_reviews" ADD CONSTRAINT "scenario_reviews_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_reviews" ADD CONSTRAINT "scenario_reviews_revision_id_scenario_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."scenario_revisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_reviews" ADD CONSTRAINT "scenario_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metadata_proposals" ADD CONSTRAINT "metadata_proposals_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metadata_proposals" ADD CONSTRAINT "metadata_proposals_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "sessions_last_seen_idx" ON "sessions" USING btree ("last_seen_at");--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("role");--> statement-breakpoint
CREATE INDEX "users_display_name_idx" ON "users" USING btree ("display_name");--> statement-breakpoint
CREATE INDEX "scenario_metadata_rating_idx" ON "scenario_metadata" USING btree ("rating_score" DESC NULLS LAST,"scenario_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "scenario_metadata_saved_idx" ON "scenario_metadata" USING btree ("amount_saved_count" DESC NULLS LAST,"scenario_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "scenario_metadata_trending_idx" ON "scenario_metadata" USING btree ("trending_log" DESC NULLS LAST,"scenario_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "scenario_metadata_played_idx" ON "scenario_metadata" USING btree ("total_times_used" DESC NULLS LAST,"scenario_id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "scenario_revisions_one_open" ON "scenario_revisions" USING btree ("scenario_id") WHERE "scenario_revisions"."status" IN ('draft', 'in_review', 'changes_requested');--> statement-breakpoint
CREATE INDEX "scenario_revisions_queue_idx" ON "scenario_revisions" USING btree ("submitted_at","id") WHERE "scenario_revisions"."status" = 'in_review';--> statement-breakpoint
CREATE INDEX "scenarios_skills_gin" ON "scenarios" USING gin ("skills");--> statement-breakpoint
CREATE INDEX "scenarios_content_warnings_gin" ON "scenarios" USING gin ("content_warnings");--> statement-breakpoint
CREATE INDEX "scenarios_search_gin" ON "scenarios" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "scenarios_listing_idx" ON "scenarios" USING btree ("status","is_active","visibility");--> statement-breakpoint
CREATE INDEX "scenarios_created_idx" ON "scenarios" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "scenarios_author_idx" ON "scenarios" USING btree ("created_by_user_id","updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "scenarios_review_queue_idx" ON "scenarios" USING btree ("submitted_at","id") WHERE "scenarios"."status" = 'in_review';--> statement-breakpoint
CREATE INDEX "scenarios_difficulty_time_idx" ON "scenarios" USING btree ("difficulty","estimated_time");--> statement-breakpoint
CREATE INDEX "attempts_user_started_idx" ON "scenario_attempts" USING btree ("user_id","started_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "attempts_scenario_idx" ON "scenario_attempts" USING btree ("scenario_id");--> statement-breakpoint
CREATE UNIQUE INDEX "attempts_one_open_per_user_scenario" ON "scenario_attempts" USING btree ("user_id","scenario_id") WHERE "scenario_attempts"."finished_at" IS NULL;--> statement-breakpoint
CREATE INDEX "progress_user_idx" ON "user_scenario_progress" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "progress_scenario_idx" ON "user_scenario_progress" USING btree ("scenario_id");--> statement-breakpoint
CREATE INDEX "progress_user_saved_idx" ON "user_scenario_progress" USING btree ("user_id","is_saved");--> statement-breakpoint
CREATE INDEX "progress_scenario_rated_idx" ON "user_scenario_progress" USING btree ("scenario_id","rated_at" DESC NULLS LAST) WHERE "user_scenario_progress"."user_rating" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "review_claims_reviewer_idx" ON "review_claims" USING btree ("reviewer_id");--> statement-breakpoint
CREATE INDEX "reviews_scenario_idx" ON "scenario_reviews" USING btree ("scenario_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "reviews_reviewer_idx" ON "scenario_reviews" USING btree ("reviewer_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "metadata_proposals_status_idx" ON "metadata_proposals" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "metadata_proposals_scenario_idx" ON "metadata_proposals" USING btree ("scenario_id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "rate_limit_buckets_window_idx" ON "rate_limit_buckets" USING btree ("window_start");