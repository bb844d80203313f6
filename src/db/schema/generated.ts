import { bigint, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A generated (fictitious) dataset in this database, e.g. `helhedsplan generate --national`
 * (decision 014). Its presence is what lets the generator and the national bench tell a
 * generated database from one with real or demo plans.
 */
export const generatedDatasets = pgTable('generated_datasets', {
  id: uuid().primaryKey().defaultRandom(),
  kind: text({ enum: ['national'] }).notNull(),
  seed: bigint({ mode: 'number' }).notNull(),
  scale: numeric({ precision: 6, scale: 4, mode: 'number' }).notNull(),
  /** Rows written per table, and a content checksum (same seed and scale → same checksum). */
  counts: jsonb().$type<Record<string, number>>().notNull(),
  checksum: text().notNull(),
  /** The one audit event the generation was recorded as. */
  auditEventId: bigint({ mode: 'number' }).notNull(),
  durationMs: integer().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
