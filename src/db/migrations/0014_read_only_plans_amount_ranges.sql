ALTER TABLE "budget_line_financings" DROP CONSTRAINT "budget_line_financings_amount_nonneg";--> statement-breakpoint
ALTER TABLE "budget_lines" DROP CONSTRAINT "budget_lines_amount_nonneg";--> statement-breakpoint
ALTER TABLE "budget_rule_settings" DROP CONSTRAINT "budget_rule_settings_ceiling";--> statement-breakpoint
ALTER TABLE "financing_lines" DROP CONSTRAINT "financing_lines_amount_nonneg";--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "reopened_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "reopen_reason" text;--> statement-breakpoint
ALTER TABLE "budget_line_financings" ADD CONSTRAINT "budget_line_financings_amount_range" CHECK ("budget_line_financings"."amount_ore" between 0 and 1000000000000);--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_amount_range" CHECK ("budget_lines"."amount_ore" between 0 and 1000000000000);--> statement-breakpoint
ALTER TABLE "budget_rule_settings" ADD CONSTRAINT "budget_rule_settings_ceiling" CHECK ("budget_rule_settings"."lbf_ceiling_ore" is null or "budget_rule_settings"."lbf_ceiling_ore" between 0 and 1000000000000);--> statement-breakpoint
ALTER TABLE "spending_entries" ADD CONSTRAINT "spending_entries_amount_range" CHECK ("spending_entries"."amount_ore" between -1000000000000 and 1000000000000);--> statement-breakpoint
ALTER TABLE "financing_lines" ADD CONSTRAINT "financing_lines_amount_range" CHECK ("financing_lines"."amount_ore" between 0 and 1000000000000);--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_reopened" CHECK (("plans"."reopened_at" is null) = ("plans"."reopen_reason" is null));