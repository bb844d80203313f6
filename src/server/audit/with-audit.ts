import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { auditEvents } from '../../db/schema/index';
import { assertPlanSumsInRange, assertPlanWritable } from '../plans/plan-write-guard';

/** Who is writing, as the audit trail records it. */
export interface Actor {
  userId: string | null;
  /** E-mail of a user, or "system:seed" / "system:cli" for machine writes. */
  label: string;
  requestId?: string;
}

export const SYSTEM_SEED: Actor = { userId: null, label: 'system:seed' };
export const SYSTEM_CLI: Actor = { userId: null, label: 'system:cli' };

export interface AuditedAction {
  /** The use case, e.g. "createActivity". */
  name: string;
  planId?: string | null;
  municipalityId?: string | null;
  /**
   * A write that names a plan is refused (409 PLAN_READ_ONLY) when the plan is completed or
   * superseded (decision 016) — except the writes that exist for exactly that case: reopening
   * and closing it again, and erasing a participant on request (GDPR art. 17 has no exception
   * for closed plans).
   */
  onReadOnlyPlan?: 'reopening' | 'erasure';
}

/**
 * Runs a write in one transaction that first records an audit event. Database triggers attach
 * every row the transaction inserts, updates or deletes to that event (before/after/diff) — and
 * refuse any write that is not inside such a transaction (migration 0002, decision 008). A write
 * to a plan first checks that the plan is not read-only, and last that its money sums stay in
 * range (decision 016).
 */
export async function withAudit<T>(
  db: Db,
  actor: Actor,
  action: AuditedAction,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    if (action.planId && !action.onReadOnlyPlan) {
      await assertPlanWritable(tx, action.planId, { lock: 'keyShare' });
    }
    const [event] = await tx
      .insert(auditEvents)
      .values({
        actorUserId: actor.userId,
        actorLabel: actor.label,
        action: action.name,
        planId: action.planId ?? null,
        municipalityId: action.municipalityId ?? null,
        requestId: actor.requestId ?? null,
      })
      .returning({ id: auditEvents.id });
    if (!event) throw new Error('audit event was not created');
    await tx.execute(sql`select set_config('helhedsplan.audit_event', ${String(event.id)}, true)`);
    const result = await fn(tx);
    if (action.planId) await assertPlanSumsInRange(tx, action.planId);
    return result;
  });
}
