CREATE TABLE "participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"code" text NOT NULL,
	"age_band" text,
	"gender" text,
	"department_id" uuid,
	"erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participants_plan_code" UNIQUE("plan_id","code"),
	CONSTRAINT "participants_age_band" CHECK (age_band is null or age_band in ('0-5', '6-12', '13-17', '18-24', '25-29', '30-49', '50-64', '65+')),
	CONSTRAINT "participants_gender" CHECK (gender is null or gender in ('female', 'male', 'other')),
	CONSTRAINT "participants_erased_clean" CHECK ("participants"."erased_at" is null or ("participants"."age_band" is null and "participants"."gender" is null and "participants"."department_id" is null))
);
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "participant_retention_months" integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participants_plan" ON "participants" USING btree ("plan_id");