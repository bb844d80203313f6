CREATE TABLE "generated_datasets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"seed" bigint NOT NULL,
	"scale" numeric(6, 4) NOT NULL,
	"counts" jsonb NOT NULL,
	"checksum" text NOT NULL,
	"audit_event_id" bigint NOT NULL,
	"duration_ms" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Content like any other: its one row is written inside the generation's audited transaction.
CREATE TRIGGER generated_datasets_audit AFTER INSERT OR UPDATE OR DELETE ON generated_datasets
  FOR EACH ROW EXECUTE FUNCTION helhedsplan_audit_row();
