import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { assertDraft, findVersion, versionOutput, versionTotals } from './budget-store';

/** Marks a draft version approved (by whom, when) and freezes it. */
export async function approveBudgetVersion(db: Db, actor: Actor, input: { versionId: string }) {
  const existing = await findVersion(db, input.versionId);
  return withAudit(db, actor, { name: 'approveBudgetVersion', planId: existing.planId }, async (tx) => {
    assertDraft(await findVersion(tx, input.versionId));
    const [row] = await tx
      .update(t.budgetVersions)
      .set({ status: 'approved', approvedAt: new Date(), approvedBy: actor.label, updatedAt: new Date() })
      .where(eq(t.budgetVersions.id, input.versionId))
      .returning();
    if (!row) throw new AppError('BUDGET_VERSION_NOT_FOUND');
    const totals = await versionTotals(tx, [row.id]);
    return versionOutput(row, totals.get(row.id) ?? 0);
  });
}
