import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import * as t from '../../db/schema/index';
import { loadLines } from './budget-store';
import { insertLines } from './insert-lines';

/** Copies every line (and financing) of one version into another. */
export async function copyLines(tx: Tx, fromVersionId: string, to: { id: string; planId: string }) {
  const lines = await loadLines(tx, fromVersionId);
  // The stored source, not the text a reader sees, so a copy keeps citing the same documents.
  const stored = new Map(
    (
      await tx
        .select({ id: t.budgetLines.id, documentSource: t.budgetLines.documentSource })
        .from(t.budgetLines)
        .where(eq(t.budgetLines.versionId, fromVersionId))
    ).map((l) => [l.id, l.documentSource]),
  );
  await insertLines(
    tx,
    to,
    lines.map((l) => ({
      scope: l.scope,
      year: l.year,
      category: l.category,
      description: l.description,
      activityId: l.activityId,
      focusAreaId: l.focusAreaId,
      amountOre: l.amountOre,
      documentSource: stored.get(l.id) ?? null,
      financings: l.financings.map(({ id: _id, departmentName: _d, ...f }) => f),
    })),
  );
}
