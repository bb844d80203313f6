import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { countIndicatorYears } from './count-indicator-years';
import { indicatorProgress, loadIndicators } from './indicator-figures';
import { type PlanFacts, type Privacy, privacyOut, yearsOrFail } from './privacy';
import type { PlanProgressOut } from './progress.schema';

/**
 * Every indicator of a plan per year and cumulated against its targets, in a constant number of
 * queries (plan, indicators with targets and measurements, focus areas, two counting queries).
 */
export async function getPlanProgress(
  db: Executor,
  input: { plan: PlanFacts; privacy: Privacy; today?: string },
): Promise<PlanProgressOut> {
  const { plan, privacy } = input;
  const years = yearsOrFail(plan);
  const [loaded, counts, focusAreas] = await Promise.all([
    loadIndicators(db, { planId: plan.planId }),
    countIndicatorYears(db, plan.planId, years),
    db
      .select({ id: t.focusAreas.id, code: t.focusAreas.code, name: t.focusAreas.name })
      .from(t.focusAreas)
      .where(eq(t.focusAreas.fundingPeriodId, plan.fundingPeriodId))
      .orderBy(asc(t.focusAreas.position)),
  ]);
  const targetsOf = groupBy(loaded.targets);
  const measurementsOf = groupBy(loaded.measurements);
  return {
    planId: plan.planId,
    years: years.map((y) => ({ index: y.index, label: y.label, start: y.start, end: y.end })),
    ...privacyOut(privacy),
    focusAreas,
    indicators: loaded.rows.map((indicator) =>
      indicatorProgress({
        indicator,
        years,
        counts,
        targets: targetsOf.get(indicator.id) ?? [],
        measurements: measurementsOf.get(indicator.id) ?? [],
        privacy,
        today: input.today,
      }),
    ),
  };
}

export function groupBy<T extends { indicatorId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.indicatorId);
    if (list) list.push(r);
    else map.set(r.indicatorId, [r]);
  }
  return map;
}
