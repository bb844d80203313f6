-- The audit trail records that a password was changed (without the hash).
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
    IF changed = '{}'::jsonb THEN RETURN NEW; END IF; -- a no-op update changes nothing worth recording
  END IF;
  row_plan := CASE WHEN TG_TABLE_NAME = 'plans' THEN coalesce(new_row, old_row) ->> 'id'
                   ELSE coalesce(new_row, old_row) ->> 'plan_id' END;
  INSERT INTO audit_changes (event_id, table_name, row_id, operation, before, after, diff, plan_id)
  VALUES (event_id, TG_TABLE_NAME, coalesce(new_row, old_row) ->> 'id', lower(TG_OP), old_row, new_row, changed,
          nullif(row_plan, '')::uuid);
  RETURN coalesce(NEW, OLD);
END $$;
