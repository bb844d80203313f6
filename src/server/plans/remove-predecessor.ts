import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { findPlanRef, type PlanScope } from '../plan-rows/parents';

export async function removePredecessor(
  db: Db,
  actor: Actor,
  input: { plan: PlanScope; predecessor: string },
): Promise<void> {
  const { planId } = input.plan;
  await withAudit(db, actor, { name: 'removePredecessor', planId }, async (tx) => {
    const predecessor = await findPlanRef(tx, input.predecessor);
    if (!predecessor) throw new AppError('PLAN_NOT_FOUND');
    const removed = await tx
      .delete(t.planPredecessors)
      .where(
        and(
          eq(t.planPredecessors.planId, planId),
          eq(t.planPredecessors.predecessorPlanId, predecessor.planId),
        ),
      )
      .returning({ id: t.planPredecessors.predecessorPlanId });
    if (removed.length === 0) throw new AppError('PLAN_NOT_FOUND');
  });
}
