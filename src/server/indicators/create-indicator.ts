import { eq, max } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { type Actor, withAudit } from '../audit/with-audit';
import type { PlanScope } from '../plan-rows/parents';
import { withTargets } from './indicator-output';
import { checkIndicator, unitOf } from './indicator-rules';
import { replaceTargets } from './indicator-targets';
import type { IndicatorInput, IndicatorOut } from './indicators.schema';

/** Adds an indicator with its yearly targets to the end of the plan's list. */
export async function createIndicator(
  db: Db,
  actor: Actor,
  input: { plan: PlanScope; indicator: IndicatorInput },
): Promise<IndicatorOut> {
  const { planId } = input.plan;
  const { targets, ...fields } = input.indicator;
  return withAudit(db, actor, { name: 'create:indicators', planId }, async (tx) => {
    await checkIndicator(tx, planId, input.indicator);
    const [last] = await tx
      .select({ position: max(t.indicators.position) })
      .from(t.indicators)
      .where(eq(t.indicators.planId, planId));
    const [row] = await tx
      .insert(t.indicators)
      .values({
        ...fields,
        planId,
        unit: unitOf(input.indicator),
        position: (last?.position ?? -1) + 1,
      })
      .returning();
    if (!row) throw new Error('indicator was not created');
    await replaceTargets(tx, row, targets);
    const [created] = await withTargets(tx, [row]);
    return created as IndicatorOut;
  });
}
