import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import type { IndicatorOut, IndicatorScope } from './indicators.schema';

type IndicatorRow = typeof t.indicators.$inferSelect;

export function scopeOf(row: { activityId: string | null; focusAreaId: string | null }): IndicatorScope {
  return row.activityId ? 'activity' : row.focusAreaId ? 'focusArea' : 'plan';
}

/** Indicators with their targets and measurements: one query per child table, whatever the count. */
export async function withTargets(db: Executor, rows: readonly IndicatorRow[]): Promise<IndicatorOut[]> {
  const ids = rows.map((r) => r.id);
  const [targets, measurements] = ids.length
    ? await Promise.all([
        db
          .select()
          .from(t.indicatorTargets)
          .where(inArray(t.indicatorTargets.indicatorId, ids))
          .orderBy(asc(t.indicatorTargets.yearIndex)),
        db
          .select()
          .from(t.indicatorMeasurements)
          .where(inArray(t.indicatorMeasurements.indicatorId, ids))
          .orderBy(asc(t.indicatorMeasurements.yearIndex)),
      ])
    : [[], []];
  return rows.map((r) => ({
    id: r.id,
    planId: r.planId,
    scope: scopeOf(r),
    activityId: r.activityId,
    focusAreaId: r.focusAreaId,
    name: r.name,
    description: r.description,
    kind: r.kind,
    unit: r.unit,
    direction: r.direction,
    basis: r.basis,
    outcome: r.outcome,
    measurement: r.measurement,
    baseline: r.baseline,
    baselineNote: r.baselineNote,
    periodTarget: r.periodTarget,
    position: r.position,
    targets: targets
      .filter((x) => x.indicatorId === r.id)
      .map((x) => ({ yearIndex: x.yearIndex, target: x.target })),
    measurements: measurements
      .filter((x) => x.indicatorId === r.id)
      .map((x) => ({ yearIndex: x.yearIndex, value: x.value, note: x.note })),
  }));
}
