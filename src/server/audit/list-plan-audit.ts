import { and, count, desc, eq, exists, inArray, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditChanges, auditEvents } from '../../db/schema/index';
import type { AuditEvent } from './audit.schema';

/** The plan's audit trail, newest first: events that name the plan or changed one of its rows. */
export async function listPlanAudit(
  db: Executor,
  planId: string,
  query: { limit: number; offset: number; table?: string },
) {
  const touchesPlan = exists(
    db
      .select({ one: auditChanges.id })
      .from(auditChanges)
      .where(
        and(
          eq(auditChanges.eventId, auditEvents.id),
          eq(auditChanges.planId, planId),
          query.table ? eq(auditChanges.tableName, query.table) : undefined,
        ),
      ),
  );
  const where = query.table ? touchesPlan : or(eq(auditEvents.planId, planId), touchesPlan);
  const [total] = await db.select({ n: count() }).from(auditEvents).where(where);
  const events = await db
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.id))
    .limit(query.limit)
    .offset(query.offset);
  const changes = events.length
    ? await db
        .select()
        .from(auditChanges)
        .where(
          inArray(
            auditChanges.eventId,
            events.map((e) => e.id),
          ),
        )
        .orderBy(auditChanges.id)
    : [];
  const items: AuditEvent[] = events.map((e) => ({
    id: e.id,
    occurredAt: e.occurredAt.toISOString(),
    actorLabel: e.actorLabel,
    action: e.action,
    // Only this plan's rows: one event (a seed, a user's roles) can touch several plans. Rows
    // without a plan column (members of a body …) belong to the event's plan.
    changes: changes
      .filter(
        (c) => c.eventId === e.id && (c.planId === planId || (c.planId === null && e.planId === planId)),
      )
      .map((c) => ({
        tableName: c.tableName,
        rowId: c.rowId,
        operation: c.operation,
        before: (c.before as Record<string, unknown> | null) ?? null,
        after: (c.after as Record<string, unknown> | null) ?? null,
        diff: (c.diff as Record<string, [unknown, unknown]> | null) ?? null,
      })),
  }));
  return { items, total: total?.n ?? 0, limit: query.limit, offset: query.offset };
}
