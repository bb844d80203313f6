import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { canReopen } from '../../domain/plans/plan-write-state';
import { type Actor, withAudit } from '../audit/with-audit';
import { loadPlanWriteInfo } from './plan-write-guard';
import type { PlanWriteStateOut } from './plan-write-state.schema';
import { toPlanWriteStateOut } from './plan-write-state-output';

/**
 * An administrator reopens a completed or superseded plan for corrections (decision 016). The
 * reason is required; the audit event and the row change record who, when and why.
 */
export async function reopenPlan(
  db: Db,
  actor: Actor,
  input: { planId: string; reason: string },
): Promise<PlanWriteStateOut> {
  return withAudit(
    db,
    actor,
    { name: 'reopenPlan', planId: input.planId, onReadOnlyPlan: 'reopening' },
    async (tx) => {
      // FOR UPDATE: waits for writes in flight, and they wait for this.
      const info = await loadPlanWriteInfo(tx, input.planId, { lock: 'update' });
      if (!info) throw new AppError('PLAN_NOT_FOUND');
      if (!canReopen(info.state)) throw new AppError('PLAN_NOT_READ_ONLY');
      await tx
        .update(t.plans)
        .set({ reopenedAt: new Date(), reopenReason: input.reason, updatedAt: new Date() })
        .where(eq(t.plans.id, input.planId));
      const after = await loadPlanWriteInfo(tx, input.planId);
      return toPlanWriteStateOut(after ?? info);
    },
  );
}
