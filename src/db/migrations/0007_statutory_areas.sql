CREATE TABLE "statutory_area_departments" (
	"area_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	CONSTRAINT "statutory_area_departments_area_id_department_id_pk" PRIMARY KEY("area_id","department_id"),
	CONSTRAINT "statutory_area_department_once" UNIQUE("department_id")
);
--> statement-breakpoint
CREATE TABLE "statutory_area_listings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"list_year" integer NOT NULL,
	"category" text NOT NULL,
	"listed" boolean NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statutory_area_listing_once" UNIQUE("area_id","list_year","category"),
	CONSTRAINT "statutory_area_listings_category" CHECK (category in ('vulnerable', 'parallelSociety', 'transformation', 'prevention')),
	CONSTRAINT "statutory_area_listings_year" CHECK ("statutory_area_listings"."list_year" between 2010 and 2200)
);
--> statement-breakpoint
CREATE TABLE "statutory_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"municipality_id" uuid NOT NULL,
	"residents" integer,
	"description" text,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statutory_areas_slug_unique" UNIQUE("slug"),
	CONSTRAINT "statutory_areas_residents" CHECK ("statutory_areas"."residents" is null or "statutory_areas"."residents" >= 1000)
);
--> statement-breakpoint
ALTER TABLE "area_statistics" DROP CONSTRAINT "area_statistics_scope";--> statement-breakpoint
ALTER TABLE "area_statistics" DROP CONSTRAINT "area_statistics_indicator";--> statement-breakpoint
ALTER TABLE "area_statistics" DROP CONSTRAINT "area_statistics_subject";--> statement-breakpoint
ALTER TABLE "area_statistics" ADD COLUMN "statutory_area_id" uuid;--> statement-breakpoint
ALTER TABLE "area_statistics" ADD COLUMN "region" text;--> statement-breakpoint
ALTER TABLE "statutory_area_departments" ADD CONSTRAINT "statutory_area_departments_area_id_statutory_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."statutory_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statutory_area_departments" ADD CONSTRAINT "statutory_area_departments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statutory_area_listings" ADD CONSTRAINT "statutory_area_listings_area_id_statutory_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."statutory_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statutory_areas" ADD CONSTRAINT "statutory_areas_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statutory_areas_municipality" ON "statutory_areas" USING btree ("municipality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "statutory_areas_name_ci" ON "statutory_areas" USING btree (lower("name"));--> statement-breakpoint
ALTER TABLE "area_statistics" ADD CONSTRAINT "area_statistics_statutory_area_id_statutory_areas_id_fk" FOREIGN KEY ("statutory_area_id") REFERENCES "public"."statutory_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "area_statistics_statutory_area" ON "area_statistics" USING btree ("statutory_area_id","indicator","year");--> statement-breakpoint
ALTER TABLE "area_statistics" ADD CONSTRAINT "area_statistics_scope" CHECK (scope in ('department', 'planAreas', 'municipality', 'country', 'statutoryArea', 'region'));--> statement-breakpoint
ALTER TABLE "area_statistics" ADD CONSTRAINT "area_statistics_indicator" CHECK (indicator in ('residents', 'units', 'shareOutsideWorkOrEducation18to64', 'shareOnlyPrimarySchool30to59', 'shareNonWesternImmigrantsDescendants', 'shareChildrenSingleProvider', 'householdIncomePerPerson', 'shareUnder30ImmigrantsDescendants', 'shareConvicted18plus', 'shareIncomeBelow150k', 'averageIncome15to64', 'shareOnlyPrimarySchoolOrUnknown30to59', 'population18to64', 'population30to59', 'population18plus', 'shareConvicted18plusNational', 'averageIncome15to64Region'));--> statement-breakpoint
ALTER TABLE "area_statistics" ADD CONSTRAINT "area_statistics_subject" CHECK (num_nonnulls(department_id, plan_id, municipality_id, statutory_area_id, region) = case when scope = 'country' then 0 else 1 end
       and (scope <> 'department' or department_id is not null)
       and (scope <> 'planAreas' or plan_id is not null)
       and (scope <> 'municipality' or municipality_id is not null)
       and (scope <> 'statutoryArea' or statutory_area_id is not null)
       and (scope <> 'region' or region is not null));--> statement-breakpoint
-- New content tables get the audit row trigger (decision 008).
CREATE TRIGGER statutory_areas_audit AFTER INSERT OR UPDATE OR DELETE ON statutory_areas FOR EACH ROW EXECUTE FUNCTION helhedsplan_audit_row();--> statement-breakpoint
CREATE TRIGGER statutory_area_departments_audit AFTER INSERT OR UPDATE OR DELETE ON statutory_area_departments FOR EACH ROW EXECUTE FUNCTION helhedsplan_audit_row();--> statement-breakpoint
CREATE TRIGGER statutory_area_listings_audit AFTER INSERT OR UPDATE OR DELETE ON statutory_area_listings FOR EACH ROW EXECUTE FUNCTION helhedsplan_audit_row();
