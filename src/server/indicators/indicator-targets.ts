import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import * as t from '../../db/schema/index';

/** Replaces an indicator's yearly targets as a set. */
export async function replaceTargets(
  tx: Tx,
  indicator: { id: string; planId: string },
  targets: readonly { yearIndex: number; target: number }[],
): Promise<void> {
  await tx.delete(t.indicatorTargets).where(eq(t.indicatorTargets.indicatorId, indicator.id));
  if (targets.length) {
    await tx
      .insert(t.indicatorTargets)
      .values(targets.map((x) => ({ indicatorId: indicator.id, planId: indicator.planId, ...x })));
  }
}
