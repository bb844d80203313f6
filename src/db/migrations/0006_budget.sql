CREATE TABLE "account_mappings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"account" text NOT NULL,
	"category" text NOT NULL,
	"line_description" text,
	"label" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_mappings_plan_account" UNIQUE("plan_id","account"),
	CONSTRAINT "account_mappings_category" CHECK (category in ('salaries', 'premises', 'activities', 'administration', 'evaluation', 'other')),
	CONSTRAINT "account_mappings_account" CHECK (length(trim("account_mappings"."account")) > 0)
);
--> statement-breakpoint
CREATE TABLE "budget_line_financings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"line_id" uuid NOT NULL,
	"source" text NOT NULL,
	"source_name" text NOT NULL,
	"organisation_id" uuid,
	"department_id" uuid,
	"kind" text NOT NULL,
	"amount_ore" bigint NOT NULL,
	"hours" numeric(12, 2),
	"hourly_rate_ore" bigint,
	"share_bp" integer,
	"purpose" text,
	"is_approximate" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_line_financings_source" CHECK (source in ('lbf', 'municipality', 'housingOrganisation', 'department', 'externalFoundation', 'other')),
	CONSTRAINT "budget_line_financings_kind" CHECK (kind in ('cash', 'inKindHours', 'inKindPremises', 'unspecified')),
	CONSTRAINT "budget_line_financings_purpose" CHECK ("budget_line_financings"."purpose" is null or purpose in ('secondmentAndActivities', 'coordination')),
	CONSTRAINT "budget_line_financings_amount_nonneg" CHECK ("budget_line_financings"."amount_ore" >= 0),
	CONSTRAINT "budget_line_financings_share" CHECK ("budget_line_financings"."share_bp" is null or "budget_line_financings"."share_bp" between 0 and 10000),
	CONSTRAINT "budget_line_financings_hours" CHECK (("budget_line_financings"."hours" is null and "budget_line_financings"."hourly_rate_ore" is null) or ("budget_line_financings"."kind" = 'inKindHours' and "budget_line_financings"."hours" >= 0 and "budget_line_financings"."hourly_rate_ore" >= 0 and "budget_line_financings"."amount_ore" = round("budget_line_financings"."hours" * "budget_line_financings"."hourly_rate_ore")))
);
--> statement-breakpoint
CREATE TABLE "budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"scope" text DEFAULT 'plan' NOT NULL,
	"year" integer,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"activity_id" uuid,
	"focus_area_id" uuid,
	"amount_ore" bigint NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"document_source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_lines_scope" CHECK (scope in ('plan', 'departmentCoFinancing')),
	CONSTRAINT "budget_lines_category" CHECK (category in ('salaries', 'premises', 'activities', 'administration', 'evaluation', 'other')),
	CONSTRAINT "budget_lines_amount_nonneg" CHECK ("budget_lines"."amount_ore" >= 0),
	CONSTRAINT "budget_lines_year" CHECK ("budget_lines"."year" is null or "budget_lines"."year" between 1990 and 2100)
);
--> statement-breakpoint
CREATE TABLE "budget_rule_settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"minimum_local_share_bp" integer DEFAULT 2500 NOT NULL,
	"municipality_share_tolerance_bp" integer DEFAULT 10 NOT NULL,
	"count_in_kind_hours" boolean DEFAULT true NOT NULL,
	"count_in_kind_premises" boolean DEFAULT true NOT NULL,
	"lbf_ceiling_ore" bigint,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_rule_settings_planId_unique" UNIQUE("plan_id"),
	CONSTRAINT "budget_rule_settings_shares" CHECK ("budget_rule_settings"."minimum_local_share_bp" between 0 and 10000 and "budget_rule_settings"."municipality_share_tolerance_bp" between 0 and 10000),
	CONSTRAINT "budget_rule_settings_ceiling" CHECK ("budget_rule_settings"."lbf_ceiling_ore" is null or "budget_rule_settings"."lbf_ceiling_ore" >= 0)
);
--> statement-breakpoint
CREATE TABLE "budget_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"name" text NOT NULL,
	"first_year" integer NOT NULL,
	"last_year" integer NOT NULL,
	"based_on_version_id" uuid,
	"note" text,
	"approved_at" timestamp with time zone,
	"approved_by" text,
	"document_source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_versions_kind" CHECK (kind in ('applied', 'approved', 'revision')),
	CONSTRAINT "budget_versions_status" CHECK (status in ('draft', 'approved')),
	CONSTRAINT "budget_versions_years" CHECK ("budget_versions"."last_year" >= "budget_versions"."first_year" and "budget_versions"."first_year" between 1990 and 2100 and "budget_versions"."last_year" <= 2100),
	CONSTRAINT "budget_versions_approved" CHECK ("budget_versions"."status" <> 'approved' or "budget_versions"."approved_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "spending_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"date" date NOT NULL,
	"account" text,
	"category" text NOT NULL,
	"line_description" text,
	"description" text,
	"amount_ore" bigint NOT NULL,
	"origin" text DEFAULT 'manual' NOT NULL,
	"import_id" uuid,
	"file_row" integer,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "spending_entries_category" CHECK (category in ('salaries', 'premises', 'activities', 'administration', 'evaluation', 'other')),
	CONSTRAINT "spending_entries_origin" CHECK (origin in ('manual', 'import')),
	CONSTRAINT "spending_entries_date" CHECK ("spending_entries"."date" between '1990-01-01' and '2100-12-31')
);
--> statement-breakpoint
ALTER TABLE "account_mappings" ADD CONSTRAINT "account_mappings_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_line_financings" ADD CONSTRAINT "budget_line_financings_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_line_financings" ADD CONSTRAINT "budget_line_financings_line_id_budget_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."budget_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_line_financings" ADD CONSTRAINT "budget_line_financings_organisation_id_housing_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."housing_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_line_financings" ADD CONSTRAINT "budget_line_financings_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_version_id_budget_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."budget_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_rule_settings" ADD CONSTRAINT "budget_rule_settings_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_versions" ADD CONSTRAINT "budget_versions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_versions" ADD CONSTRAINT "budget_versions_based_on_version_id_budget_versions_id_fk" FOREIGN KEY ("based_on_version_id") REFERENCES "public"."budget_versions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_entries" ADD CONSTRAINT "spending_entries_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_line_financings_line" ON "budget_line_financings" USING btree ("line_id");--> statement-breakpoint
CREATE INDEX "budget_lines_version" ON "budget_lines" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "budget_versions_plan" ON "budget_versions" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "spending_entries_plan_date" ON "spending_entries" USING btree ("plan_id","date");--> statement-breakpoint
-- Budget tables are content: every write is audited, and refused outside withAudit (decision 008).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['budget_versions', 'budget_lines', 'budget_line_financings', 'budget_rule_settings',
                           'account_mappings', 'spending_entries']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION helhedsplan_audit_row()',
                   t || '_audit', t);
  END LOOP;
END $$;
