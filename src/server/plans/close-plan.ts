import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { canCloseAgain } from '../../domain/plans/plan-write-state';
import { type Actor, withAudit } from '../audit/with-audit';
import { loadPlanWriteInfo } from './plan-write-guard';
import type { PlanWriteStateOut } from './plan-write-state.schema';
import { toPlanWriteStateOut } from './plan-write-state-output';

/**
 * An administrator closes a reopened plan again (decision 016): it is read-only from the moment
 * this commits. The audit trail keeps the reopening's reason (this row change's "before").
 */
export async function closePlan(db: Db, actor: Actor, input: { planId: string }): Promise<PlanWriteStateOut> {
  return withAudit(
    db,
    actor,
    { name: 'closePlan', planId: input.planId, onReadOnlyPlan: 'reopening' },
    async (tx) => {
      const info = await loadPlanWriteInfo(tx, input.planId, { lock: 'update' });
      if (!info) throw new AppError('PLAN_NOT_FOUND');
      if (!canCloseAgain(info.state)) throw new AppError('PLAN_NOT_REOPENED');
      await tx
        .update(t.plans)
        .set({
          reopenedAt: null,
          reopenReason: null,
          updatedAt: new Date(),
        })
        .where(eq(t.plans.id, input.planId));
      const after = await loadPlanWriteInfo(tx, input.planId);
      return toPlanWriteStateOut(after ?? info);
    },
  );
}
