ALTER TABLE "plans" ADD COLUMN "financing_stated_total_ore" bigint;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "financing_stated_total_source" text;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "financing_all_funders_known" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "financing_all_funders_known_source" text;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_financing_stated_total" CHECK ("plans"."financing_stated_total_ore" is null or "plans"."financing_stated_total_ore" >= 0);