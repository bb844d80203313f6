CREATE TABLE "indicator_measurements" (
	"indicator_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"year_index" integer NOT NULL,
	"value" numeric(14, 2) NOT NULL,
	"note" text,
	"source" text,
	CONSTRAINT "indicator_measurements_indicator_id_year_index_pk" PRIMARY KEY("indicator_id","year_index"),
	CONSTRAINT "indicator_measurements_year" CHECK ("indicator_measurements"."year_index" between 0 and 20)
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"indicator_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"year_index" integer NOT NULL,
	"target" numeric(14, 2) NOT NULL,
	CONSTRAINT "indicator_targets_indicator_id_year_index_pk" PRIMARY KEY("indicator_id","year_index"),
	CONSTRAINT "indicator_targets_year" CHECK ("indicator_targets"."year_index" between 0 and 20),
	CONSTRAINT "indicator_targets_target" CHECK ("indicator_targets"."target" >= 0)
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"activity_id" uuid,
	"focus_area_id" uuid,
	"name" text NOT NULL,
	"description" text,
	"kind" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text DEFAULT 'increase' NOT NULL,
	"basis" text NOT NULL,
	"outcome" text,
	"measurement" text NOT NULL,
	"baseline" numeric(14, 2),
	"baseline_note" text,
	"period_target" numeric(14, 2),
	"position" integer DEFAULT 0 NOT NULL,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_kind" CHECK (kind in ('output', 'outcome')),
	CONSTRAINT "indicators_unit" CHECK (unit in ('persons', 'attendances', 'sessions', 'hours', 'share', 'count')),
	CONSTRAINT "indicators_direction" CHECK (direction in ('increase', 'decrease')),
	CONSTRAINT "indicators_basis" CHECK (basis in ('uniqueParticipants', 'attendances', 'sessions', 'volunteerHours', 'enrolments', 'enrolmentOutcome', 'outcomeShare', 'manual')),
	CONSTRAINT "indicators_outcome" CHECK (outcome is null or outcome in ('startedEducation', 'completedEducation', 'gotJob', 'gotLeisureJob', 'completed', 'left', 'other')),
	CONSTRAINT "indicators_measurement" CHECK (measurement in ('registration', 'survey', 'statistics')),
	CONSTRAINT "indicators_outcome_needed" CHECK (("indicators"."basis" in ('enrolmentOutcome', 'outcomeShare')) = ("indicators"."outcome" is not null)),
	CONSTRAINT "indicators_manual_measured" CHECK (("indicators"."basis" = 'manual') = ("indicators"."measurement" <> 'registration')),
	CONSTRAINT "indicators_period_target" CHECK ("indicators"."period_target" is null or "indicators"."period_target" >= 0)
);
--> statement-breakpoint
CREATE TABLE "activity_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"date" date NOT NULL,
	"department_id" uuid,
	"place" text,
	"open_count" integer,
	"open_female" integer,
	"open_male" integer,
	"note" text,
	"import_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_sessions_date" CHECK ("activity_sessions"."date" between '1990-01-01' and '2100-12-31'),
	CONSTRAINT "activity_sessions_open_counts" CHECK (("activity_sessions"."open_count" is null and "activity_sessions"."open_female" is null and "activity_sessions"."open_male" is null) or
          ("activity_sessions"."open_count" >= 0 and coalesce("activity_sessions"."open_female", 0) >= 0 and coalesce("activity_sessions"."open_male", 0) >= 0
           and coalesce("activity_sessions"."open_female", 0) + coalesce("activity_sessions"."open_male", 0) <= "activity_sessions"."open_count"))
);
--> statement-breakpoint
CREATE TABLE "attendances" (
	"session_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	CONSTRAINT "attendances_session_id_participant_id_pk" PRIMARY KEY("session_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"outcome" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrolments_once" UNIQUE("activity_id","participant_id","start_date"),
	CONSTRAINT "enrolments_period" CHECK ("enrolments"."end_date" is null or "enrolments"."end_date" >= "enrolments"."start_date"),
	CONSTRAINT "enrolments_outcome" CHECK (outcome is null or outcome in ('startedEducation', 'completedEducation', 'gotJob', 'gotLeisureJob', 'completed', 'left', 'other')),
	CONSTRAINT "enrolments_outcome_dated" CHECK ("enrolments"."outcome" is null or "enrolments"."end_date" is not null)
);
--> statement-breakpoint
CREATE TABLE "session_staff" (
	"session_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	CONSTRAINT "session_staff_session_id_staff_id_pk" PRIMARY KEY("session_id","staff_id")
);
--> statement-breakpoint
CREATE TABLE "session_volunteers" (
	"session_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"hours" numeric(5, 2) NOT NULL,
	CONSTRAINT "session_volunteers_session_id_volunteer_id_pk" PRIMARY KEY("session_id","volunteer_id"),
	CONSTRAINT "session_volunteers_hours" CHECK ("session_volunteers"."hours" > 0 and "session_volunteers"."hours" <= 24)
);
--> statement-breakpoint
CREATE TABLE "volunteers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text,
	"consent_date" date,
	"active" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteers_plan_code" UNIQUE("plan_id","code"),
	CONSTRAINT "volunteers_name_consent" CHECK ("volunteers"."name" is null or "volunteers"."consent_date" is not null),
	CONSTRAINT "volunteers_active" CHECK ("volunteers"."active" in (0, 1))
);
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "first_year" integer;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "last_year" integer;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "suppression_threshold" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_measurements" ADD CONSTRAINT "indicator_measurements_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_measurements" ADD CONSTRAINT "indicator_measurements_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_sessions" ADD CONSTRAINT "activity_sessions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_sessions" ADD CONSTRAINT "activity_sessions_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_sessions" ADD CONSTRAINT "activity_sessions_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_session_id_activity_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."activity_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_staff" ADD CONSTRAINT "session_staff_session_id_activity_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."activity_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_staff" ADD CONSTRAINT "session_staff_staff_id_plan_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."plan_staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_staff" ADD CONSTRAINT "session_staff_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_volunteers" ADD CONSTRAINT "session_volunteers_session_id_activity_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."activity_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_volunteers" ADD CONSTRAINT "session_volunteers_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_volunteers" ADD CONSTRAINT "session_volunteers_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicators_plan" ON "indicators" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "indicators_activity" ON "indicators" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "activity_sessions_plan_date" ON "activity_sessions" USING btree ("plan_id","date");--> statement-breakpoint
CREATE INDEX "activity_sessions_activity_date" ON "activity_sessions" USING btree ("activity_id","date");--> statement-breakpoint
CREATE INDEX "attendances_participant" ON "attendances" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "enrolments_plan" ON "enrolments" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "enrolments_activity" ON "enrolments" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "session_volunteers_volunteer" ON "session_volunteers" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "volunteers_plan" ON "volunteers" USING btree ("plan_id");--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_years" CHECK (("plans"."first_year" is null) = ("plans"."last_year" is null) and ("plans"."last_year" is null or ("plans"."last_year" >= "plans"."first_year" and "plans"."first_year" between 1990 and 2100 and "plans"."last_year" <= 2100)));--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_suppression_threshold" CHECK ("plans"."suppression_threshold" between 2 and 50);--> statement-breakpoint
-- Monitoring tables are content: every write is audited, and refused outside withAudit (decision 008).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['indicators', 'indicator_targets', 'indicator_measurements', 'activity_sessions',
                           'attendances', 'session_staff', 'volunteers', 'session_volunteers', 'enrolments']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION helhedsplan_audit_row()',
                   t || '_audit', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- A volunteer's name (held only with consent) is never copied into the trail, like participants'
-- attributes: withdrawing consent must really remove it.
CREATE OR REPLACE FUNCTION helhedsplan_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_id bigint := nullif(current_setting('helhedsplan.audit_event', true), '')::bigint;
  old_row jsonb;
  new_row jsonb;
  changed jsonb;
  row_plan text;
BEGIN
  IF event_id IS NULL THEN
    RAISE EXCEPTION 'write to % outside an audited transaction', TG_TABLE_NAME
      USING ERRCODE = 'HPA01', HINT = 'Run the write through withAudit().';
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN old_row := to_jsonb(OLD) - 'password_hash'; END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN new_row := to_jsonb(NEW) - 'password_hash'; END IF;
  IF TG_TABLE_NAME = 'participants' THEN
    old_row := old_row - ARRAY['code', 'age_band', 'gender', 'department_id'];
    new_row := new_row - ARRAY['code', 'age_band', 'gender', 'department_id'];
  ELSIF TG_TABLE_NAME = 'volunteers' THEN
    old_row := old_row - 'name';
    new_row := new_row - 'name';
  END IF;
  IF TG_OP = 'UPDATE' THEN
    SELECT coalesce(jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)), '{}'::jsonb)
      INTO changed
      FROM jsonb_each(new_row) n JOIN jsonb_each(old_row) o USING (key)
     WHERE n.value IS DISTINCT FROM o.value AND n.key <> 'updated_at';
    -- A new password is recorded as a change, never with the hash itself.
    IF TG_TABLE_NAME = 'users' AND (to_jsonb(OLD) ->> 'password_hash') IS DISTINCT FROM (to_jsonb(NEW) ->> 'password_hash') THEN
      changed := changed || jsonb_build_object('password_hash', jsonb_build_array('***', '***'));
    END IF;
    -- Likewise a volunteer's name: that it changed, not what it was.
    IF TG_TABLE_NAME = 'volunteers' AND (to_jsonb(OLD) ->> 'name') IS DISTINCT FROM (to_jsonb(NEW) ->> 'name') THEN
      changed := changed || jsonb_build_object('name', jsonb_build_array('***', '***'));
    END IF;
    IF changed = '{}'::jsonb THEN RETURN NEW; END IF; -- a no-op update changes nothing worth recording
  END IF;
  row_plan := CASE WHEN TG_TABLE_NAME = 'plans' THEN coalesce(new_row, old_row) ->> 'id'
                   ELSE coalesce(new_row, old_row) ->> 'plan_id' END;
  INSERT INTO audit_changes (event_id, table_name, row_id, operation, before, after, diff, plan_id)
  VALUES (event_id, TG_TABLE_NAME, coalesce(new_row, old_row) ->> 'id', lower(TG_OP), old_row, new_row, changed,
          nullif(row_plan, '')::uuid);
  RETURN coalesce(NEW, OLD);
END $$;
