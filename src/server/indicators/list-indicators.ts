import { and, asc, eq, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { withTargets } from './indicator-output';
import type { IndicatorOut, ListIndicatorsQuery } from './indicators.schema';

/** A plan's indicators in their order; a focus-area filter includes its activities' indicators. */
export async function listIndicators(
  db: Executor,
  input: { planId: string; query: ListIndicatorsQuery },
): Promise<{ items: IndicatorOut[] }> {
  const filters: (SQL | undefined)[] = [eq(t.indicators.planId, input.planId)];
  if (input.query.activityId) filters.push(eq(t.indicators.activityId, input.query.activityId));
  if (input.query.focusAreaId) {
    filters.push(
      or(
        eq(t.indicators.focusAreaId, input.query.focusAreaId),
        eq(t.activities.focusAreaId, input.query.focusAreaId),
      ),
    );
  }
  const rows = await db
    .select({ indicator: t.indicators })
    .from(t.indicators)
    .leftJoin(t.activities, eq(t.activities.id, t.indicators.activityId))
    .where(and(...filters))
    .orderBy(asc(t.indicators.position), asc(t.indicators.name), asc(t.indicators.id));
  return {
    items: await withTargets(
      db,
      rows.map((r) => r.indicator),
    ),
  };
}
