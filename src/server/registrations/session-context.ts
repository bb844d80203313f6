import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { monitoringPeriod } from '../../domain/monitoring/monitoring-period';
import { danishDate } from '../../domain/plans/period';
import { planPeriodColumns } from '../plans/plan-period';

/** What registering on an activity needs to know: its period, and its plan's period and slug. */
export interface ActivityContext {
  activityId: string;
  activityName: string;
  planId: string;
  planSlug: string;
  activityStart: string | null;
  activityEnd: string | null;
  /** The plan's monitoring period when known (dates, or the calendar years a source names). */
  planPeriod: { start: string; end: string } | null;
}

export async function loadActivityContext(db: Executor, activityId: string): Promise<ActivityContext> {
  const [row] = await db
    .select({
      activityId: t.activities.id,
      activityName: t.activities.name,
      planId: t.activities.planId,
      activityStart: t.activities.startDate,
      activityEnd: t.activities.endDate,
      planSlug: t.plans.slug,
      ...planPeriodColumns,
    })
    .from(t.activities)
    .innerJoin(t.plans, eq(t.plans.id, t.activities.planId))
    .where(eq(t.activities.id, activityId));
  if (!row) throw new AppError('ACTIVITY_NOT_FOUND');
  return {
    activityId: row.activityId,
    activityName: row.activityName,
    planId: row.planId,
    planSlug: row.planSlug,
    activityStart: row.activityStart,
    activityEnd: row.activityEnd,
    planPeriod: monitoringPeriod(row),
  };
}

/** Why a date cannot carry a registration of the activity, or null when it can. */
export function dateProblem(
  context: Pick<ActivityContext, 'activityStart' | 'activityEnd' | 'planPeriod'>,
  date: string,
): { code: 'SESSION_OUTSIDE_ACTIVITY_PERIOD' | 'SESSION_OUTSIDE_PLAN_PERIOD'; message: string } | null {
  const { activityStart: start, activityEnd: end, planPeriod } = context;
  if ((start && date < start) || (end && date > end)) {
    return {
      code: 'SESSION_OUTSIDE_ACTIVITY_PERIOD',
      message: `${danishDate(date)} ligger uden for indsatsens periode (${start ? danishDate(start) : '…'}–${end ? danishDate(end) : '…'}).`,
    };
  }
  if (planPeriod && (date < planPeriod.start || date > planPeriod.end)) {
    return {
      code: 'SESSION_OUTSIDE_PLAN_PERIOD',
      message: `${danishDate(date)} ligger uden for planens periode (${danishDate(planPeriod.start)}–${danishDate(planPeriod.end)}).`,
    };
  }
  return null;
}
