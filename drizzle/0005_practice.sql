CREATE TABLE "attempt_turns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"attempt_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"step_id" text NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"choice_index" integer,
	"state_after" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"hints" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attempt_turns_kind" CHECK ("attempt_turns"."kind" IN ('persona', 'response', 'choice')),
	CONSTRAINT "attempt_turns_seq_positive" CHECK ("attempt_turns"."seq" >= 1)
);
--> statement-breakpoint
CREATE TABLE "evaluation_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"attempt_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"rubric_key" text NOT NULL,
	"status" text NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "evaluation_runs_kind" CHECK ("evaluation_runs"."kind" IN ('automatic', 'self', 'coach', 'supervisor')),
	CONSTRAINT "evaluation_runs_status" CHECK ("evaluation_runs"."status" IN ('queued', 'running', 'succeeded', 'failed')),
	CONSTRAINT "evaluation_runs_finished" CHECK (("evaluation_runs"."status" IN ('succeeded', 'failed')) = ("evaluation_runs"."finished_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "rubric_criteria" (
	"rubric_key" text NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"levels" jsonb NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"hint_weights" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rubric_criteria_rubric_key_key_pk" PRIMARY KEY("rubric_key","key")
);
--> statement-breakpoint
CREATE TABLE "rubric_scores" (
	"run_id" uuid NOT NULL,
	"criterion_key" text NOT NULL,
	"score" integer NOT NULL,
	"rationale" text,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "rubric_scores_run_id_criterion_key_pk" PRIMARY KEY("run_id","criterion_key"),
	CONSTRAINT "rubric_scores_range" CHECK ("rubric_scores"."score" BETWEEN 1 AND 4)
);
--> statement-breakpoint
CREATE TABLE "rubrics" (
	"key" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"audience" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "scenarios" ADD COLUMN "state_variables" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "scenarios" ADD COLUMN "rubric_key" text;--> statement-breakpoint
ALTER TABLE "scenario_attempts" ADD COLUMN "state" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "attempt_turns" ADD CONSTRAINT "attempt_turns_attempt_id_scenario_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."scenario_attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_runs" ADD CONSTRAINT "evaluation_runs_attempt_id_scenario_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."scenario_attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rubric_criteria" ADD CONSTRAINT "rubric_criteria_rubric_key_rubrics_key_fk" FOREIGN KEY ("rubric_key") REFERENCES "public"."rubrics"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rubric_scores" ADD CONSTRAINT "rubric_scores_run_id_evaluation_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."evaluation_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attempt_turns_seq" ON "attempt_turns" USING btree ("attempt_id","seq");--> statement-breakpoint
CREATE INDEX "evaluation_runs_attempt_idx" ON "evaluation_runs" USING btree ("attempt_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_runs_one_per_kind" ON "evaluation_runs" USING btree ("attempt_id","kind") WHERE "evaluation_runs"."kind" <> 'supervisor';