import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { assertPeriod } from '../../domain/plans/period';
import { departmentsInPlan, partnersInPlan } from '../plans/plan-membership';

export interface ActivityFacts {
  focusAreaId: string;
  startDate?: string | null;
  endDate?: string | null;
  departmentIds?: readonly string[];
  partnerIds?: readonly string[];
}

/**
 * An activity sits in a focus area of its plan's funding period (the areas change between
 * periods, facts.md §1), reaches only the plan's afdelinger, works with the plan's partners,
 * and does not end before it starts.
 */
export async function checkActivity(db: Executor, planId: string, a: ActivityFacts): Promise<void> {
  assertPeriod(a.startDate, a.endDate);
  const [row] = await db
    .select({ planPeriod: t.plans.fundingPeriodId, areaPeriod: t.focusAreas.fundingPeriodId })
    .from(t.plans)
    .leftJoin(t.focusAreas, eq(t.focusAreas.id, a.focusAreaId))
    .where(eq(t.plans.id, planId));
  if (!row) throw new AppError('PLAN_NOT_FOUND');
  if (row.areaPeriod !== row.planPeriod) {
    throw new AppError('FOCUS_AREA_NOT_IN_FUNDING_PERIOD', { fundingPeriodId: row.planPeriod }, [
      {
        field: 'focusAreaId',
        message: `Indsatsområdet hører ikke til planens bevillingsperiode (${row.planPeriod})`,
      },
    ]);
  }
  await departmentsInPlan(db, planId, a.departmentIds ?? [], (i) => `departmentIds.${i}`);
  await partnersInPlan(db, planId, a.partnerIds ?? [], (i) => `partnerIds.${i}`);
}
