import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { countIndicatorYears } from './count-indicator-years';
import { indicatorsProgress, loadIndicators } from './indicator-figures';
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
  return {
    planId: plan.planId,
    years: years.map((y) => ({ index: y.index, label: y.label, start: y.start, end: y.end })),
    ...privacyOut(privacy),
    focusAreas,
    indicators: indicatorsProgress({
      indicators: loaded.rows,
      years,
      counts,
      targets: loaded.targets,
      measurements: loaded.measurements,
      privacy,
      today: input.today,
    }),
  };
}
