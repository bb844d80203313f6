import { type PlanYear, planYears } from './plan-years';

/** What a plan row says about its period: dates, or only the years a source names. */
export interface PlanPeriodFacts {
  startDate: string | null;
  endDate: string | null;
  firstYear: number | null;
  lastYear: number | null;
}

/**
 * The period progress is counted over: the plan's dates when known, otherwise the calendar years
 * the source names (Holbæk's pixi gives "2024–2027", no dates). Null when neither is known — the
 * caller then says so (PLAN_PERIOD_UNKNOWN) rather than guessing.
 */
export function monitoringPeriod(plan: PlanPeriodFacts): { start: string; end: string } | null {
  if (plan.startDate && plan.endDate) return { start: plan.startDate, end: plan.endDate };
  if (plan.firstYear !== null && plan.lastYear !== null) {
    return { start: `${plan.firstYear}-01-01`, end: `${plan.lastYear}-12-31` };
  }
  return null;
}

export function monitoringYears(plan: PlanPeriodFacts): PlanYear[] | null {
  const period = monitoringPeriod(plan);
  return period ? planYears(period.start, period.end) : null;
}
