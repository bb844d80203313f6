import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { decide } from '../../domain/access/permissions';
import type { Principal } from '../../domain/access/roles';
import { AppError } from '../../domain/errors/app-error';
import { canChangePlanStatus } from '../../domain/plans/plan-status';
import { type Actor, withAudit } from '../audit/with-audit';
import type { updatePlanBody } from './plan-write.schema';

/** Edits a plan. Changing its status is an approval: only the plan leader (or above) may. */
export async function updatePlan(
  db: Db,
  actor: Actor,
  principal: Principal,
  planId: string,
  input: z.infer<typeof updatePlanBody>,
): Promise<void> {
  await withAudit(
    db,
    actor,
    { name: input.status ? 'changePlanStatus' : 'updatePlan', planId },
    async (tx) => {
      const [plan] = await tx.select().from(t.plans).where(eq(t.plans.id, planId));
      if (!plan) throw new AppError('PLAN_NOT_FOUND');
      if (input.status && input.status !== plan.status) {
        if (decide(principal, 'plan:approve', { planId, municipalityId: plan.municipalityId }) !== 'allow') {
          throw new AppError('FORBIDDEN', {}, [
            { field: 'status', message: 'Kun projektlederen kan ændre planens status' },
          ]);
        }
        if (!canChangePlanStatus(plan.status, input.status)) {
          throw new AppError('PLAN_STATUS_TRANSITION_INVALID', {}, [
            { field: 'status', message: `Status kan ikke gå fra ${plan.status} til ${input.status}` },
          ]);
        }
      }
      const startDate = input.startDate === undefined ? plan.startDate : input.startDate;
      const endDate = input.endDate === undefined ? plan.endDate : input.endDate;
      if (startDate && endDate && endDate < startDate) {
        throw new AppError('PERIOD_INVALID', {}, [
          { field: 'endDate', message: 'Slutdatoen ligger før startdatoen' },
        ]);
      }
      const firstYear = input.firstYear === undefined ? plan.firstYear : input.firstYear;
      const lastYear = input.lastYear === undefined ? plan.lastYear : input.lastYear;
      if (
        (firstYear === null) !== (lastYear === null) ||
        (firstYear !== null && lastYear !== null && lastYear < firstYear)
      ) {
        throw new AppError('PERIOD_INVALID', {}, [
          {
            field: 'lastYear',
            message: 'Angiv både første og sidste år, og sidste år må ikke ligge før første',
          },
        ]);
      }
      await tx
        .update(t.plans)
        .set({ ...input, updatedAt: new Date() })
        .where(eq(t.plans.id, planId));
    },
  );
}
