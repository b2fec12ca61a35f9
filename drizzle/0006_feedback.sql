CREATE TABLE "feedback_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"attempt_id" uuid NOT NULL,
	"learner_id" uuid NOT NULL,
	"purpose" text DEFAULT 'learner' NOT NULL,
	"calibrates" uuid,
	"note" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"claimed_by" uuid,
	"claimed_until" timestamp with time zone,
	"run_id" uuid,
	"answered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "feedback_requests_status" CHECK ("feedback_requests"."status" IN ('open', 'claimed', 'answered', 'withdrawn')),
	CONSTRAINT "feedback_requests_purpose" CHECK ("feedback_requests"."purpose" IN ('learner', 'calibration')),
	CONSTRAINT "feedback_requests_answered" CHECK (("feedback_requests"."status" = 'answered') = ("feedback_requests"."answered_at" IS NOT NULL)),
	CONSTRAINT "feedback_requests_claim" CHECK ("feedback_requests"."status" <> 'claimed' OR ("feedback_requests"."claimed_by" IS NOT NULL AND "feedback_requests"."claimed_until" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "turn_comments" (
	"run_id" uuid NOT NULL,
	"turn_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "turn_comments_run_id_turn_id_pk" PRIMARY KEY("run_id","turn_id")
);
--> statement-breakpoint
ALTER TABLE "evaluation_runs" ADD COLUMN "scored_by" uuid;--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_attempt_id_scenario_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."scenario_attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_learner_id_users_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_run_id_evaluation_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."evaluation_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "turn_comments" ADD CONSTRAINT "turn_comments_run_id_evaluation_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."evaluation_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "turn_comments" ADD CONSTRAINT "turn_comments_turn_id_attempt_turns_id_fk" FOREIGN KEY ("turn_id") REFERENCES "public"."attempt_turns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_requests_one_waiting" ON "feedback_requests" USING btree ("attempt_id","purpose") WHERE "feedback_requests"."status" IN ('open', 'claimed');--> statement-breakpoint
CREATE INDEX "feedback_requests_waiting_idx" ON "feedback_requests" USING btree ("created_at") WHERE "feedback_requests"."status" IN ('open', 'claimed');--> statement-breakpoint
CREATE INDEX "feedback_requests_attempt_idx" ON "feedback_requests" USING btree ("attempt_id");--> statement-breakpoint
ALTER TABLE "evaluation_runs" ADD CONSTRAINT "evaluation_runs_scored_by_users_id_fk" FOREIGN KEY ("scored_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;