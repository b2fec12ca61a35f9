CREATE TABLE "skill_pools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skill_pools_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"scenario_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"min_level" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_min_level" CHECK ("assignments"."min_level" IS NULL OR "assignments"."min_level" BETWEEN 1 AND 4)
);
--> statement-breakpoint
CREATE TABLE "cohort_members" (
	"cohort_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"consent_at" timestamp with time zone,
	"consent_version" integer,
	"consent_withdrawn_at" timestamp with time zone,
	CONSTRAINT "cohort_members_cohort_id_user_id_pk" PRIMARY KEY("cohort_id","user_id"),
	CONSTRAINT "cohort_members_role" CHECK ("cohort_members"."role" IN ('coordinator', 'trainee')),
	CONSTRAINT "cohort_members_consent_pair" CHECK (("cohort_members"."consent_at" IS NULL) = ("cohort_members"."consent_version" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "cohorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"created_by" uuid,
	"invite_code_hash" text,
	"invite_expires_at" timestamp with time zone,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohorts_name_not_blank" CHECK (length(trim("cohorts"."name")) > 0),
	CONSTRAINT "cohorts_dates" CHECK ("cohorts"."ends_on" IS NULL OR "cohorts"."starts_on" IS NULL OR "cohorts"."ends_on" >= "cohorts"."starts_on"),
	CONSTRAINT "cohorts_invite_pair" CHECK (("cohorts"."invite_code_hash" IS NULL) = ("cohorts"."invite_expires_at" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "token_calibrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"skill_pool_id" uuid NOT NULL,
	"tokens_per_hour" double precision DEFAULT 1 NOT NULL,
	"effective_date" date NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "token_calibrations_rate" CHECK ("token_calibrations"."tokens_per_hour" > 0 AND "token_calibrations"."tokens_per_hour" <= 100)
);
--> statement-breakpoint
CREATE TABLE "token_demands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"skill_pool_id" uuid NOT NULL,
	"tokens_p50" double precision NOT NULL,
	"tokens_p90" double precision,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "token_demands_range" CHECK ("token_demands"."tokens_p50" >= 0 AND "token_demands"."tokens_p50" <= 1000),
	CONSTRAINT "token_demands_p90" CHECK ("token_demands"."tokens_p90" IS NULL OR ("token_demands"."tokens_p90" >= "token_demands"."tokens_p50" AND "token_demands"."tokens_p90" <= 1000))
);
--> statement-breakpoint
CREATE TABLE "token_supplies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"skill_pool_id" uuid NOT NULL,
	"tokens" double precision NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "token_supplies_positive" CHECK ("token_supplies"."tokens" > 0 AND "token_supplies"."tokens" <= 1000)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "is_coordinator" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "skills" ADD COLUMN "pool_id" uuid;--> statement-breakpoint
ALTER TABLE "scenarios" ADD COLUMN "planning_mode" text DEFAULT 'legacy' NOT NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_members" ADD CONSTRAINT "cohort_members_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_members" ADD CONSTRAINT "cohort_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "token_calibrations" ADD CONSTRAINT "token_calibrations_skill_pool_id_skill_pools_id_fk" FOREIGN KEY ("skill_pool_id") REFERENCES "public"."skill_pools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "token_demands" ADD CONSTRAINT "token_demands_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "token_demands" ADD CONSTRAINT "token_demands_skill_pool_id_skill_pools_id_fk" FOREIGN KEY ("skill_pool_id") REFERENCES "public"."skill_pools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "token_supplies" ADD CONSTRAINT "token_supplies_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "token_supplies" ADD CONSTRAINT "token_supplies_skill_pool_id_skill_pools_id_fk" FOREIGN KEY ("skill_pool_id") REFERENCES "public"."skill_pools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "skill_pools_active_idx" ON "skill_pools" USING btree ("is_active");--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_cohort_scenario_idx" ON "assignments" USING btree ("cohort_id","scenario_id");--> statement-breakpoint
CREATE INDEX "assignments_scenario_idx" ON "assignments" USING btree ("scenario_id");--> statement-breakpoint
CREATE INDEX "cohort_members_user_idx" ON "cohort_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cohorts_invite_code_idx" ON "cohorts" USING btree ("invite_code_hash") WHERE "cohorts"."invite_code_hash" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "token_calibrations_pair_idx" ON "token_calibrations" USING btree ("skill_pool_id","effective_date");--> statement-breakpoint
CREATE UNIQUE INDEX "token_demands_pair_idx" ON "token_demands" USING btree ("cohort_id","skill_pool_id");--> statement-breakpoint
CREATE INDEX "token_demands_pool_idx" ON "token_demands" USING btree ("skill_pool_id");--> statement-breakpoint
CREATE UNIQUE INDEX "token_supplies_pair_idx" ON "token_supplies" USING btree ("scenario_id","skill_pool_id");--> statement-breakpoint
CREATE INDEX "token_supplies_pool_idx" ON "token_supplies" USING btree ("skill_pool_id");--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_pool_id_skill_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."skill_pools"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "skills_pool_idx" ON "skills" USING btree ("pool_id");--> statement-breakpoint
CREATE INDEX "scenarios_planning_mode_idx" ON "scenarios" USING btree ("planning_mode");--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_planning_mode" CHECK ("scenarios"."planning_mode" IN ('legacy', 'token'));