import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { suppressUpwards } from '../../domain/monitoring/hierarchy-suppression';
import { isAdditive } from '../../domain/monitoring/indicator-kinds';
import type { PlanYear } from '../../domain/monitoring/plan-years';
import { progressFromCounts, type YearlyCounts } from '../../domain/monitoring/progress';
import { scopeOf } from '../indicators/indicator-output';
import { type PlanCounts, shareParts, yearlyCounts } from './count-indicator-years';
import { hideShare, hideYearly, type Privacy } from './privacy';
import type { IndicatorProgressOut } from './progress.schema';

export type IndicatorRow = typeof t.indicators.$inferSelect & { activityFocusAreaId: string | null };

/** Indicators of a plan (or one), with the focus area of their activity, targets and measurements. */
export async function loadIndicators(
  db: Executor,
  where: { planId: string } | { indicatorId: string },
): Promise<{
  rows: IndicatorRow[];
  targets: (typeof t.indicatorTargets.$inferSelect)[];
  measurements: (typeof t.indicatorMeasurements.$inferSelect)[];
}> {
  const byPlan = 'planId' in where;
  const [rows, targets, measurements] = await Promise.all([
    db
      .select({ indicator: t.indicators, activityFocusAreaId: t.activities.focusAreaId })
      .from(t.indicators)
      .leftJoin(t.activities, eq(t.activities.id, t.indicators.activityId))
      .where(byPlan ? eq(t.indicators.planId, where.planId) : eq(t.indicators.id, where.indicatorId))
      .orderBy(asc(t.indicators.position), asc(t.indicators.name), asc(t.indicators.id)),
    db
      .select()
      .from(t.indicatorTargets)
      .where(
        byPlan
          ? eq(t.indicatorTargets.planId, where.planId)
          : inArray(t.indicatorTargets.indicatorId, [where.indicatorId]),
      ),
    db
      .select()
      .from(t.indicatorMeasurements)
      .where(
        byPlan
          ? eq(t.indicatorMeasurements.planId, where.planId)
          : inArray(t.indicatorMeasurements.indicatorId, [where.indicatorId]),
      ),
  ]);
  return {
    rows: rows.map((r) => ({ ...r.indicator, activityFocusAreaId: r.activityFocusAreaId })),
    targets,
    measurements,
  };
}

/** Survey/statistics values: each year's measurement; cumulatively the latest one so far. */
function measuredCounts(
  years: readonly PlanYear[],
  values: readonly { yearIndex: number; value: number }[],
): YearlyCounts {
  const actual = years.map((y) => values.find((m) => m.yearIndex === y.index)?.value ?? null);
  let latest: number | null = null;
  const cumulativeActual = actual.map((v) => {
    if (v !== null) latest = v;
    return latest;
  });
  return { actual, cumulativeActual, outsidePeriod: 0 };
}

/** One indicator's progress, exact or suppressed: O(years) on the plan's aggregates. */
export function indicatorProgress(input: {
  indicator: IndicatorRow;
  years: readonly PlanYear[];
  counts: PlanCounts;
  targets: readonly { yearIndex: number; target: number }[];
  measurements: readonly { yearIndex: number; value: number }[];
  privacy: Privacy;
  today?: string;
}): IndicatorProgressOut {
  const { indicator: ind, years, counts, privacy } = input;
  const scope = { activityId: ind.activityId, focusAreaId: ind.focusAreaId };
  const manual = ind.basis === 'manual';
  const yearly = manual
    ? measuredCounts(years, input.measurements)
    : yearlyCounts(counts, scope, ind.basis as Exclude<typeof ind.basis, 'manual'>, ind.outcome);
  const level = manual || ind.basis === 'outcomeShare';
  const progress = progressFromCounts({
    years,
    counts: yearly,
    targets: input.targets,
    periodTarget: ind.periodTarget,
    baseline: ind.baseline,
    direction: ind.direction,
    unit: ind.unit,
    targetsAddUp: !level,
    today: input.today,
  });

  // What the caller may see: survey/statistics values are published figures, not registrations.
  let actual = progress.years.map((y) => y.actual);
  let cumulative = progress.years.map((y) => y.cumulativeActual);
  let total = progress.total.actual;
  let outsidePeriod: number | null = yearly.outsidePeriod;
  if (privacy.suppressed && !manual) {
    if (ind.basis === 'outcomeShare') {
      const parts = shareParts(counts, scope, ind.outcome);
      actual = actual.map((v, i) => hideShare(privacy, v, parts.part[i] ?? 0, parts.whole[i] ?? 0));
      cumulative = cumulative.map((v, i) =>
        hideShare(privacy, v, parts.cumulativePart[i] ?? 0, parts.cumulativeWhole[i] ?? 0),
      );
      total = cumulative.at(-1) ?? null;
    } else {
      const hidden = hideYearly(privacy, {
        actual: actual.map((v) => v ?? 0),
        cumulative: cumulative.map((v) => v ?? 0),
        additive: isAdditive(ind.basis),
      });
      actual = hidden.actual;
      cumulative = hidden.cumulative;
      total = hidden.total;
    }
    outsidePeriod = hideYearly(privacy, {
      actual: [outsidePeriod],
      cumulative: [outsidePeriod],
      additive: false,
    }).total;
  }
  const atLeast =
    (ind.basis === 'uniqueParticipants' || ind.basis === 'attendances') &&
    (counts.series
      .get(
        `openFacts|${ind.activityId ? `a:${ind.activityId}` : ind.focusAreaId ? `f:${ind.focusAreaId}` : 'p'}`,
      )
      ?.perYear.some((n) => n > 0) ??
      false);
  return {
    indicatorId: ind.id,
    name: ind.name,
    scope: scopeOf(ind),
    activityId: ind.activityId,
    focusAreaId: ind.focusAreaId ?? ind.activityFocusAreaId,
    kind: ind.kind,
    unit: ind.unit,
    direction: ind.direction,
    basis: ind.basis,
    outcome: ind.outcome,
    measurement: ind.measurement,
    baseline: ind.baseline,
    years: progress.years.map((y, i) => ({
      index: y.year.index,
      label: y.year.label,
      start: y.year.start,
      end: y.year.end,
      actual: actual[i] ?? null,
      target: y.target,
      cumulativeActual: cumulative[i] ?? null,
      cumulativeTarget: y.cumulativeTarget,
    })),
    total: { actual: total, target: progress.total.target },
    // A share of target times the target would give the hidden total away.
    shareOfTarget: total === null ? null : progress.shareOfTarget,
    status: progress.status,
    outsidePeriod,
    atLeast,
  };
}

/**
 * Several indicators of one plan as the caller may see them: each on its own (indicatorProgress),
 * then — when suppressed — hidden cells carried up from activities to focus areas to the plan
 * (suppressUpwards), so a hidden cell cannot be found by subtracting one indicator from another.
 * THE one place progress of more than one indicator is put together; a single indicator's page
 * goes through it too, with all of its plan's indicators.
 */
export function indicatorsProgress(input: {
  indicators: readonly IndicatorRow[];
  years: readonly PlanYear[];
  counts: PlanCounts;
  targets: readonly { indicatorId: string; yearIndex: number; target: number }[];
  measurements: readonly { indicatorId: string; yearIndex: number; value: number }[];
  privacy: Privacy;
  today?: string;
}): IndicatorProgressOut[] {
  const targetsOf = groupBy(input.targets);
  const measurementsOf = groupBy(input.measurements);
  const each = input.indicators.map((indicator) =>
    indicatorProgress({
      indicator,
      years: input.years,
      counts: input.counts,
      targets: targetsOf.get(indicator.id) ?? [],
      measurements: measurementsOf.get(indicator.id) ?? [],
      privacy: input.privacy,
      today: input.today,
    }),
  );
  if (!input.privacy.suppressed) return each;
  const n = input.years.length;
  const lifted = suppressUpwards(
    each.map((p) => ({
      basis: p.basis,
      scope: p.scope,
      focusAreaId: p.focusAreaId,
      cells: [
        ...p.years.map((y) => y.actual),
        ...p.years.map((y) => y.cumulativeActual),
        p.total.actual,
        p.outsidePeriod,
      ],
    })),
  );
  return each.map((p, k) => {
    const cells = lifted[k]?.cells ?? [];
    const total = cells[2 * n] ?? null;
    return {
      ...p,
      years: p.years.map((y, i) => ({
        ...y,
        actual: cells[i] ?? null,
        cumulativeActual: cells[n + i] ?? null,
      })),
      total: { ...p.total, actual: total },
      shareOfTarget: total === null ? null : p.shareOfTarget,
      outsidePeriod: cells[2 * n + 1] ?? null,
    };
  });
}

function groupBy<T extends { indicatorId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.indicatorId);
    if (list) list.push(r);
    else map.set(r.indicatorId, [r]);
  }
  return map;
}
