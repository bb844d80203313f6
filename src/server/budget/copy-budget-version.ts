import type { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { type Actor, withAudit } from '../audit/with-audit';
import type { copyBudgetVersionBody } from './budget.schema';
import { findVersion, versionOutput, versionTotals } from './budget-store';
import { copyLines } from './copy-lines';

/** A revision: a draft copy of a version (typically the approved one) to change and approve. */
export async function copyBudgetVersion(
  db: Db,
  actor: Actor,
  input: { versionId: string; body: z.infer<typeof copyBudgetVersionBody> },
) {
  const from = await findVersion(db, input.versionId);
  return withAudit(db, actor, { name: 'copyBudgetVersion', planId: from.planId }, async (tx) => {
    const [row] = await tx
      .insert(t.budgetVersions)
      .values({
        planId: from.planId,
        kind: input.body.kind,
        name: input.body.name,
        note: input.body.note ?? null,
        firstYear: from.firstYear,
        lastYear: from.lastYear,
        basedOnVersionId: from.id,
      })
      .returning();
    if (!row) throw new Error('version was not created');
    await copyLines(tx, from.id, row);
    const totals = await versionTotals(tx, [row.id]);
    return versionOutput(row, totals.get(row.id) ?? 0);
  });
}
