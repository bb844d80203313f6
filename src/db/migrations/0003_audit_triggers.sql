-- Audit trail by triggers (decision 008): every insert/update/delete on a content table is recorded
-- in audit_changes, attached to the audit event the transaction opened with withAudit(). A write
-- outside such a transaction is refused from migration 0004 on (once every writer uses withAudit).
-- Participants' pseudonymous attributes are never copied into the trail (GDPR erasure stays possible).
CREATE OR REPLACE FUNCTION helhedsplan_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_id bigint := nullif(current_setting('helhedsplan.audit_event', true), '')::bigint;
  old_row jsonb;
  new_row jsonb;
  changed jsonb;
  row_plan text;
BEGIN
  IF event_id IS NULL THEN
    RETURN coalesce(NEW, OLD); -- not yet enforced; see the next migration
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN old_row := to_jsonb(OLD) - 'password_hash'; END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN new_row := to_jsonb(NEW) - 'password_hash'; END IF;
  IF TG_TABLE_NAME = 'participants' THEN
    old_row := old_row - ARRAY['code', 'age_band', 'gender', 'department_id'];
    new_row := new_row - ARRAY['code', 'age_band', 'gender', 'department_id'];
  END IF;
  IF TG_OP = 'UPDATE' THEN
    SELECT coalesce(jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)), '{}'::jsonb)
      INTO changed
      FROM jsonb_each(new_row) n JOIN jsonb_each(old_row) o USING (key)
     WHERE n.value IS DISTINCT FROM o.value AND n.key <> 'updated_at';
    IF changed = '{}'::jsonb THEN RETURN NEW; END IF; -- a no-op update changes nothing worth recording
  END IF;
  row_plan := CASE WHEN TG_TABLE_NAME = 'plans' THEN coalesce(new_row, old_row) ->> 'id'
                   ELSE coalesce(new_row, old_row) ->> 'plan_id' END;
  INSERT INTO audit_changes (event_id, table_name, row_id, operation, before, after, diff, plan_id)
  VALUES (event_id, TG_TABLE_NAME, coalesce(new_row, old_row) ->> 'id', lower(TG_OP), old_row, new_row, changed,
          nullif(row_plan, '')::uuid);
  RETURN coalesce(NEW, OLD);
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION helhedsplan_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail cannot be changed (% on %)', TG_OP, TG_TABLE_NAME USING ERRCODE = 'HPA02';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION helhedsplan_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_changes_append_only BEFORE UPDATE OR DELETE ON audit_changes
  FOR EACH ROW EXECUTE FUNCTION helhedsplan_audit_append_only();
--> statement-breakpoint
-- Every content table gets the row trigger; reference data owned by code, sessions and sign-in
-- counters are not content. test/db/audit-coverage.test.ts fails if a new table is left out.
DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT table_name FROM information_schema.tables
            WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
              AND table_name NOT IN ('audit_events', 'audit_changes', 'funding_periods', 'focus_areas',
                                     'sessions', 'sign_in_throttle')
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION helhedsplan_audit_row()',
                   t || '_audit', t);
  END LOOP;
END $$;
