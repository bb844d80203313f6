import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * One row per write (a use case run): who did what, when. The row-level changes it caused are in
 * audit_changes, written by database triggers in the same transaction (decision 008), so no
 * write can escape the trail. Both tables are append-only (enforced by triggers).
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid(),
    /** The actor as shown in the trail: a user's e-mail, or "system:seed", "system:migrate". */
    actorLabel: text().notNull(),
    action: text().notNull(),
    planId: uuid(),
    municipalityId: uuid(),
    requestId: text(),
  },
  (t) => [index('audit_events_plan').on(t.planId, t.occurredAt)],
);

export const auditChanges = pgTable(
  'audit_changes',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    eventId: bigint({ mode: 'number' })
      .notNull()
      .references(() => auditEvents.id),
    tableName: text().notNull(),
    rowId: text(),
    operation: text({ enum: ['insert', 'update', 'delete'] }).notNull(),
    before: jsonb(),
    after: jsonb(),
    /** For updates: { column: [old, new] } of the columns that changed. */
    diff: jsonb(),
    planId: uuid(),
  },
  (t) => [index('audit_changes_event').on(t.eventId), index('audit_changes_plan').on(t.planId)],
);
