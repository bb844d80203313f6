import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { type Actor, withAudit } from '../audit/with-audit';
import { assertDraft, findVersion } from './budget-store';
import { findLine } from './update-budget-line';

export async function deleteBudgetLine(db: Db, actor: Actor, input: { lineId: string }): Promise<void> {
  const existing = await findLine(db, input.lineId);
  await withAudit(db, actor, { name: 'deleteBudgetLine', planId: existing.planId }, async (tx) => {
    const line = await findLine(tx, input.lineId);
    assertDraft(await findVersion(tx, line.versionId));
    await tx.delete(t.budgetLines).where(eq(t.budgetLines.id, line.id));
  });
}
