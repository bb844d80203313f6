import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { UUID } from '../plan-rows/parents';

/** Deletes an indicator with its targets and measurements. */
export async function deleteIndicator(db: Db, actor: Actor, input: { id: string }): Promise<void> {
  if (!UUID.test(input.id)) throw new AppError('INDICATOR_NOT_FOUND');
  const [current] = await db
    .select({ planId: t.indicators.planId })
    .from(t.indicators)
    .where(eq(t.indicators.id, input.id));
  if (!current) throw new AppError('INDICATOR_NOT_FOUND');
  await withAudit(db, actor, { name: 'delete:indicators', planId: current.planId }, async (tx) => {
    await tx.delete(t.indicators).where(eq(t.indicators.id, input.id));
  });
}
