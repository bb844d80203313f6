import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { BASIS_UNIT } from '../../domain/monitoring/indicator-kinds';
import { type Actor, withAudit } from '../audit/with-audit';
import { UUID } from '../plan-rows/parents';
import { withTargets } from './indicator-output';
import { checkIndicator, unitOf } from './indicator-rules';
import { replaceTargets } from './indicator-targets';
import type { IndicatorOut, IndicatorUpdate } from './indicators.schema';

/**
 * Edits an indicator; the rules are checked against the indicator as it will be after the edit.
 * Targets, when given, replace the stored set. A changed basis without a unit takes the basis's.
 */
export async function updateIndicator(
  db: Db,
  actor: Actor,
  input: { id: string; changes: IndicatorUpdate },
): Promise<IndicatorOut> {
  if (!UUID.test(input.id)) throw new AppError('INDICATOR_NOT_FOUND');
  const [current] = await db.select().from(t.indicators).where(eq(t.indicators.id, input.id));
  if (!current) throw new AppError('INDICATOR_NOT_FOUND');
  const { targets, ...fields } = input.changes;
  return withAudit(db, actor, { name: 'update:indicators', planId: current.planId }, async (tx) => {
    const [before] = await withTargets(tx, [current]);
    if (!before) throw new AppError('INDICATOR_NOT_FOUND');
    const basisChanged = fields.basis !== undefined && fields.basis !== current.basis;
    const unit =
      fields.unit ??
      (basisChanged && fields.basis !== 'manual' && fields.basis ? BASIS_UNIT[fields.basis] : current.unit);
    const after = { ...before, ...fields, unit, targets: targets ?? before.targets };
    await checkIndicator(tx, current.planId, after);
    const [row] = await tx
      .update(t.indicators)
      .set({ ...fields, unit: unitOf(after), updatedAt: new Date() })
      .where(eq(t.indicators.id, input.id))
      .returning();
    if (!row) throw new AppError('INDICATOR_NOT_FOUND');
    if (targets) await replaceTargets(tx, row, targets);
    const [updated] = await withTargets(tx, [row]);
    return updated as IndicatorOut;
  });
}
