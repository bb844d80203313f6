import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { type Actor, withAudit } from '../audit/with-audit';
import { assertDraft, findVersion } from './budget-store';

/** Deletes a draft version with its lines; an approved one stays (it is the record of a decision). */
export async function deleteBudgetVersion(db: Db, actor: Actor, input: { versionId: string }): Promise<void> {
  const existing = await findVersion(db, input.versionId);
  await withAudit(db, actor, { name: 'deleteBudgetVersion', planId: existing.planId }, async (tx) => {
    assertDraft(await findVersion(tx, input.versionId));
    await tx.delete(t.budgetVersions).where(eq(t.budgetVersions.id, input.versionId));
  });
}
