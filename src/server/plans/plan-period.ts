import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { monitoringPeriod } from '../../domain/monitoring/monitoring-period';

/** The columns `monitoringPeriod` reads: dates, or the years a source names. Spread into a select. */
export const planPeriodColumns = {
  startDate: t.plans.startDate,
  endDate: t.plans.endDate,
  firstYear: t.plans.firstYear,
  lastYear: t.plans.lastYear,
};

/** A plan's period (null when neither dates nor years are known); PLAN_NOT_FOUND when there is no plan. */
export async function loadPlanPeriod(
  db: Executor,
  planId: string,
): Promise<{ start: string; end: string } | null> {
  const [plan] = await db.select(planPeriodColumns).from(t.plans).where(eq(t.plans.id, planId));
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  return monitoringPeriod(plan);
}
