CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"focus_area_id" uuid NOT NULL,
	"name" text NOT NULL,
	"purpose" text,
	"target_groups" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"start_date" date,
	"end_date" date,
	"position" integer DEFAULT 0 NOT NULL,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_status" CHECK (status in ('planned', 'active', 'paused', 'completed')),
	CONSTRAINT "activities_period" CHECK ("activities"."end_date" is null or "activities"."start_date" is null or "activities"."end_date" >= "activities"."start_date")
);
--> statement-breakpoint
CREATE TABLE "activity_departments" (
	"activity_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	CONSTRAINT "activity_departments_activity_id_department_id_pk" PRIMARY KEY("activity_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "activity_partners" (
	"activity_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	CONSTRAINT "activity_partners_activity_id_partner_id_pk" PRIMARY KEY("activity_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"contribution_inside_plan" text,
	"contribution_outside_plan" text,
	"position" integer DEFAULT 0 NOT NULL,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partners_type" CHECK (type in ('municipalDepartment', 'school', 'daycare', 'club', 'ngo', 'association', 'cultureInstitution', 'business', 'police', 'foundation', 'other'))
);
--> statement-breakpoint
CREATE TABLE "financing_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"scope" text DEFAULT 'plan' NOT NULL,
	"source" text NOT NULL,
	"source_name" text NOT NULL,
	"organisation_id" uuid,
	"department_id" uuid,
	"kind" text NOT NULL,
	"description" text,
	"amount_ore" bigint NOT NULL,
	"is_approximate" boolean DEFAULT false NOT NULL,
	"year" integer,
	"period_start" date,
	"period_end" date,
	"position" integer DEFAULT 0 NOT NULL,
	"document_source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "financing_lines_scope" CHECK (scope in ('plan', 'departmentCoFinancing')),
	CONSTRAINT "financing_lines_source" CHECK (source in ('lbf', 'municipality', 'housingOrganisation', 'department', 'externalFoundation', 'other')),
	CONSTRAINT "financing_lines_kind" CHECK (kind in ('cash', 'inKindHours', 'inKindPremises', 'unspecified')),
	CONSTRAINT "financing_lines_amount_nonneg" CHECK ("financing_lines"."amount_ore" >= 0),
	CONSTRAINT "financing_lines_period" CHECK ("financing_lines"."period_end" is null or "financing_lines"."period_start" is null or "financing_lines"."period_end" >= "financing_lines"."period_start")
);
--> statement-breakpoint
CREATE TABLE "bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid,
	"municipality_id" uuid,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"purpose" text,
	"has_decision_authority" boolean NOT NULL,
	"meetings_per_year_min" integer,
	"meetings_per_year_max" integer,
	"position" integer DEFAULT 0 NOT NULL,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bodies_kind" CHECK (kind in ('board', 'forum', 'workingGroup', 'steeringGroup', 'districtForum')),
	CONSTRAINT "bodies_owner" CHECK (("bodies"."plan_id" is not null) <> ("bodies"."municipality_id" is not null)),
	CONSTRAINT "bodies_meetings" CHECK (("bodies"."meetings_per_year_min" is null or "bodies"."meetings_per_year_min" >= 0) and ("bodies"."meetings_per_year_max" is null or "bodies"."meetings_per_year_min" is null or "bodies"."meetings_per_year_max" >= "bodies"."meetings_per_year_min"))
);
--> statement-breakpoint
CREATE TABLE "body_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"name" text,
	"role" text NOT NULL,
	"organisation" text,
	"party" text,
	"seats" integer DEFAULT 1 NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_members_seats" CHECK ("body_members"."seats" >= 1)
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid,
	"body_id" uuid,
	"network_id" uuid,
	"name" text NOT NULL,
	"title" text,
	"phone" text,
	"email" text,
	"position" integer DEFAULT 0 NOT NULL,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contacts_owner" CHECK (num_nonnulls("contacts"."plan_id", "contacts"."body_id", "contacts"."network_id") >= 1)
);
--> statement-breakpoint
CREATE TABLE "network_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"group_id" uuid,
	"name" text NOT NULL,
	"description" text,
	"position" integer DEFAULT 0 NOT NULL,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"status" text DEFAULT 'current' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_groups_status" CHECK (status in ('current', 'past'))
);
--> statement-breakpoint
CREATE TABLE "networks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid,
	"municipality_id" uuid,
	"name" text NOT NULL,
	"purpose" text,
	"how_to_join" text,
	"position" integer DEFAULT 0 NOT NULL,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'department' NOT NULL,
	"municipality_id" uuid NOT NULL,
	"organisation_id" uuid,
	"units" integer,
	"residents" integer,
	"description" text,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "departments_slug_unique" UNIQUE("slug"),
	CONSTRAINT "departments_kind" CHECK (kind in ('department', 'estate')),
	CONSTRAINT "departments_units_nonneg" CHECK ("departments"."units" is null or "departments"."units" >= 0),
	CONSTRAINT "departments_residents_nonneg" CHECK ("departments"."residents" is null or "departments"."residents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "housing_organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "housing_organisations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"region" text,
	"population" integer,
	"reported_plan_count" integer,
	"district_forum_count" integer,
	"description" text,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipalities_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "municipality_co_financing_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"description" text NOT NULL,
	"payer" text,
	"total_share_bp" integer NOT NULL,
	"secondment_and_activities_share_bp" integer,
	"coordination_share_bp" integer,
	"source" text,
	CONSTRAINT "co_financing_share_range" CHECK ("municipality_co_financing_models"."total_share_bp" between 0 and 10000),
	CONSTRAINT "co_financing_parts_within_total" CHECK (coalesce("municipality_co_financing_models"."secondment_and_activities_share_bp", 0) + coalesce("municipality_co_financing_models"."coordination_share_bp", 0) <= "municipality_co_financing_models"."total_share_bp")
);
--> statement-breakpoint
CREATE TABLE "plan_departments" (
	"plan_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"coverage_note" text,
	CONSTRAINT "plan_departments_plan_id_department_id_pk" PRIMARY KEY("plan_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "plan_organisations" (
	"plan_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text DEFAULT 'participant' NOT NULL,
	CONSTRAINT "plan_organisations_plan_id_organisation_id_pk" PRIMARY KEY("plan_id","organisation_id"),
	CONSTRAINT "plan_organisations_role" CHECK (role in ('applicant', 'participant'))
);
--> statement-breakpoint
CREATE TABLE "plan_predecessors" (
	"plan_id" uuid NOT NULL,
	"predecessor_plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "plan_predecessors_plan_id_predecessor_plan_id_pk" PRIMARY KEY("plan_id","predecessor_plan_id"),
	CONSTRAINT "plan_predecessors_kind" CHECK (kind in ('replaces', 'mergedFrom')),
	CONSTRAINT "plan_predecessors_not_self" CHECK ("plan_predecessors"."plan_id" <> "plan_predecessors"."predecessor_plan_id")
);
--> statement-breakpoint
CREATE TABLE "plan_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"role" text NOT NULL,
	"title" text NOT NULL,
	"name" text,
	"weekly_hours" numeric(5, 2),
	"employer_organisation_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_staff_role" CHECK (role in ('projectLeader', 'socialWorker', 'coordinator', 'other')),
	CONSTRAINT "plan_staff_hours" CHECK ("plan_staff"."weekly_hours" is null or "plan_staff"."weekly_hours" between 0 and 168)
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"municipality_id" uuid NOT NULL,
	"funding_period_id" text NOT NULL,
	"start_date" date,
	"end_date" date,
	"status" text DEFAULT 'idea' NOT NULL,
	"summary" text,
	"vision" text,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_slug_unique" UNIQUE("slug"),
	CONSTRAINT "plans_status" CHECK (status in ('idea', 'prequalification', 'application', 'approved', 'active', 'completed')),
	CONSTRAINT "plans_period" CHECK ("plans"."end_date" is null or "plans"."start_date" is null or "plans"."end_date" >= "plans"."start_date")
);
--> statement-breakpoint
CREATE TABLE "focus_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"funding_period_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"goal" text,
	"position" integer NOT NULL,
	CONSTRAINT "focus_areas_period_code" UNIQUE("funding_period_id","code")
);
--> statement-breakpoint
CREATE TABLE "funding_periods" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"annual_frame_ore" bigint,
	"source" text,
	CONSTRAINT "funding_periods_years" CHECK ("funding_periods"."end_year" >= "funding_periods"."start_year")
);
--> statement-breakpoint
CREATE TABLE "area_statistics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" text NOT NULL,
	"department_id" uuid,
	"plan_id" uuid,
	"municipality_id" uuid,
	"indicator" text NOT NULL,
	"year" integer NOT NULL,
	"value" numeric(14, 3) NOT NULL,
	"value_max" numeric(14, 3),
	"is_approximate" boolean DEFAULT false NOT NULL,
	"reference_period" text,
	"note" text,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "area_statistics_scope" CHECK (scope in ('department', 'planAreas', 'municipality', 'country')),
	CONSTRAINT "area_statistics_indicator" CHECK (indicator in ('residents', 'units', 'shareOutsideWorkOrEducation18to64', 'shareOnlyPrimarySchool30to59', 'shareNonWesternImmigrantsDescendants', 'shareChildrenSingleProvider', 'householdIncomePerPerson', 'shareUnder30ImmigrantsDescendants', 'shareConvicted18plus', 'shareIncomeBelow150k')),
	CONSTRAINT "area_statistics_subject" CHECK ((scope = 'department' and department_id is not null and plan_id is null and municipality_id is null)
       or (scope = 'planAreas' and plan_id is not null and department_id is null and municipality_id is null)
       or (scope = 'municipality' and municipality_id is not null and department_id is null and plan_id is null)
       or (scope = 'country' and department_id is null and plan_id is null and municipality_id is null)),
	CONSTRAINT "area_statistics_range" CHECK ("area_statistics"."value_max" is null or "area_statistics"."value_max" >= "area_statistics"."value"),
	CONSTRAINT "area_statistics_share_range" CHECK (indicator not like 'share%' or (value between 0 and 100 and (value_max is null or value_max <= 100))),
	CONSTRAINT "area_statistics_nonneg" CHECK ("area_statistics"."value" >= 0),
	CONSTRAINT "area_statistics_year" CHECK ("area_statistics"."year" between 1900 and 2200)
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_departments" ADD CONSTRAINT "activity_departments_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_departments" ADD CONSTRAINT "activity_departments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_partners" ADD CONSTRAINT "activity_partners_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_partners" ADD CONSTRAINT "activity_partners_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_lines" ADD CONSTRAINT "financing_lines_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_lines" ADD CONSTRAINT "financing_lines_organisation_id_housing_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."housing_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_lines" ADD CONSTRAINT "financing_lines_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_members" ADD CONSTRAINT "body_members_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_activities" ADD CONSTRAINT "network_activities_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_activities" ADD CONSTRAINT "network_activities_group_id_network_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."network_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_groups" ADD CONSTRAINT "network_groups_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_organisation_id_housing_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."housing_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_co_financing_models" ADD CONSTRAINT "municipality_co_financing_models_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_departments" ADD CONSTRAINT "plan_departments_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_departments" ADD CONSTRAINT "plan_departments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_organisations" ADD CONSTRAINT "plan_organisations_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_organisations" ADD CONSTRAINT "plan_organisations_organisation_id_housing_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."housing_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_predecessors" ADD CONSTRAINT "plan_predecessors_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_predecessors" ADD CONSTRAINT "plan_predecessors_predecessor_plan_id_plans_id_fk" FOREIGN KEY ("predecessor_plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_staff" ADD CONSTRAINT "plan_staff_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_staff" ADD CONSTRAINT "plan_staff_employer_organisation_id_housing_organisations_id_fk" FOREIGN KEY ("employer_organisation_id") REFERENCES "public"."housing_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_funding_period_id_funding_periods_id_fk" FOREIGN KEY ("funding_period_id") REFERENCES "public"."funding_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_areas" ADD CONSTRAINT "focus_areas_funding_period_id_funding_periods_id_fk" FOREIGN KEY ("funding_period_id") REFERENCES "public"."funding_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_statistics" ADD CONSTRAINT "area_statistics_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_statistics" ADD CONSTRAINT "area_statistics_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_statistics" ADD CONSTRAINT "area_statistics_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_plan" ON "activities" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "activities_focus_area" ON "activities" USING btree ("focus_area_id");--> statement-breakpoint
CREATE INDEX "activity_partners_partner" ON "activity_partners" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "partners_plan" ON "partners" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "financing_lines_plan" ON "financing_lines" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "bodies_plan" ON "bodies" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "body_members_body" ON "body_members" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "contacts_plan" ON "contacts" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "networks_plan" ON "networks" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "departments_municipality" ON "departments" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "plan_departments_department" ON "plan_departments" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "plan_staff_plan" ON "plan_staff" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plans_municipality" ON "plans" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "area_statistics_department" ON "area_statistics" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "area_statistics_plan" ON "area_statistics" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "area_statistics_municipality" ON "area_statistics" USING btree ("municipality_id");