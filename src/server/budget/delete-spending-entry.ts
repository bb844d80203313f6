import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';

/** Removes one booking (a manual mistake, or an imported row booked twice). */
export async function deleteSpendingEntry(db: Db, actor: Actor, input: { id: string }): Promise<void> {
  const [row] = await db
    .select({ planId: t.spendingEntries.planId })
    .from(t.spendingEntries)
    .where(eq(t.spendingEntries.id, input.id));
  if (!row) throw new AppError('SPENDING_ENTRY_NOT_FOUND');
  await withAudit(db, actor, { name: 'deleteSpendingEntry', planId: row.planId }, async (tx) => {
    await tx.delete(t.spendingEntries).where(eq(t.spendingEntries.id, input.id));
  });
}
