CREATE TABLE "child_mode_sessions" (
	"session_id" text PRIMARY KEY NOT NULL,
	"child_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"failed_pin_attempts" integer DEFAULT 0 NOT NULL,
	"last_failed_pin_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "child_privacy_settings" (
	"child_id" uuid PRIMARY KEY NOT NULL,
	"share_aggregates_with_authors" boolean DEFAULT false NOT NULL,
	"consent_at" timestamp with time zone,
	"consent_version" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "child_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parent_user_id" uuid NOT NULL,
	"nickname" text NOT NULL,
	"age_band" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "child_profiles_nickname_not_blank" CHECK (length(trim("child_profiles"."nickname")) > 0)
);
--> statement-breakpoint
CREATE TABLE "quest_progress" (
	"child_id" uuid NOT NULL,
	"scenario_id" uuid NOT NULL,
	"current_step" text,
	"state" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"completed" boolean DEFAULT false NOT NULL,
	"completed_at" timestamp with time zone,
	"session_count" integer DEFAULT 0 NOT NULL,
	"total_time_seconds" integer DEFAULT 0 NOT NULL,
	"last_played_at" timestamp with time zone,
	"revealed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quest_progress_child_id_scenario_id_pk" PRIMARY KEY("child_id","scenario_id"),
	CONSTRAINT "quest_progress_counts" CHECK ("quest_progress"."session_count" >= 0 AND "quest_progress"."total_time_seconds" >= 0)
);
--> statement-breakpoint
CREATE TABLE "quest_builder_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"stage" text DEFAULT 'greeting' NOT NULL,
	"conversation" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"context" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"current_graph" jsonb,
	"scenario_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quest_builder_sessions_stage" CHECK ("quest_builder_sessions"."stage" IN ('greeting', 'collecting_info', 'clarifying', 'generating', 'reviewing', 'quest_ready'))
);
--> statement-breakpoint
CREATE TABLE "track_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"track_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"position" integer NOT NULL,
	"scenario_id" uuid NOT NULL,
	CONSTRAINT "track_items_phase" CHECK ("track_items"."phase" IN ('awareness', 'expression', 'action', 'mastery'))
);
--> statement-breakpoint
CREATE TABLE "tracks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"audience" text DEFAULT 'learners' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tracks_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "user_tracks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"child_id" uuid,
	"track_id" uuid NOT NULL,
	"current_phase" text DEFAULT 'awareness' NOT NULL,
	"completion_percentage" integer DEFAULT 0 NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_activity_at" timestamp with time zone,
	CONSTRAINT "user_tracks_one_owner" CHECK (("user_tracks"."user_id" IS NULL) <> ("user_tracks"."child_id" IS NULL)),
	CONSTRAINT "user_tracks_percentage" CHECK ("user_tracks"."completion_percentage" BETWEEN 0 AND 100),
	CONSTRAINT "user_tracks_phase" CHECK ("user_tracks"."current_phase" IN ('awareness', 'expression', 'action', 'mastery'))
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "mode" text DEFAULT 'educational' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "parent_name" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "learning_profile" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "child_mode_pin_hash" text;--> statement-breakpoint
ALTER TABLE "scenario_metadata" ADD COLUMN "reveal_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "scenario_metadata" ADD COLUMN "last_reveal_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "scenarios" ADD COLUMN "reveal_message" text;--> statement-breakpoint
ALTER TABLE "scenarios" ADD COLUMN "layout" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "child_mode_sessions" ADD CONSTRAINT "child_mode_sessions_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_mode_sessions" ADD CONSTRAINT "child_mode_sessions_child_id_child_profiles_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."child_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_privacy_settings" ADD CONSTRAINT "child_privacy_settings_child_id_child_profiles_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."child_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_profiles" ADD CONSTRAINT "child_profiles_parent_user_id_users_id_fk" FOREIGN KEY ("parent_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quest_progress" ADD CONSTRAINT "quest_progress_child_id_child_profiles_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."child_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quest_progress" ADD CONSTRAINT "quest_progress_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quest_builder_sessions" ADD CONSTRAINT "quest_builder_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quest_builder_sessions" ADD CONSTRAINT "quest_builder_sessions_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "track_items" ADD CONSTRAINT "track_items_track_id_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."tracks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "track_items" ADD CONSTRAINT "track_items_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_tracks" ADD CONSTRAINT "user_tracks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_tracks" ADD CONSTRAINT "user_tracks_child_id_child_profiles_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."child_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_tracks" ADD CONSTRAINT "user_tracks_track_id_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."tracks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "child_mode_sessions_child_idx" ON "child_mode_sessions" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "child_profiles_parent_idx" ON "child_profiles" USING btree ("parent_user_id");--> statement-breakpoint
CREATE INDEX "quest_progress_scenario_idx" ON "quest_progress" USING btree ("scenario_id");--> statement-breakpoint
CREATE INDEX "quest_builder_sessions_user_idx" ON "quest_builder_sessions" USING btree ("user_id","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "track_items_track_scenario_idx" ON "track_items" USING btree ("track_id","scenario_id");--> statement-breakpoint
CREATE UNIQUE INDEX "track_items_track_position_idx" ON "track_items" USING btree ("track_id","phase","position");--> statement-breakpoint
CREATE INDEX "track_items_scenario_idx" ON "track_items" USING btree ("scenario_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_tracks_user_idx" ON "user_tracks" USING btree ("user_id","track_id") WHERE "user_tracks"."user_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "user_tracks_child_idx" ON "user_tracks" USING btree ("child_id","track_id") WHERE "user_tracks"."child_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "user_tracks_track_idx" ON "user_tracks" USING btree ("track_id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_mode" CHECK ("users"."mode" IN ('educational', 'therapeutic'));