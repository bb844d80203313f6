import type { Tx } from '../../db/client';
import { loadLines } from './budget-store';
import { insertLines } from './insert-lines';

/** Copies every line (and financing) of one version into another. */
export async function copyLines(tx: Tx, fromVersionId: string, to: { id: string; planId: string }) {
  const lines = await loadLines(tx, fromVersionId);
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
      documentSource: l.documentSource,
      financings: l.financings.map(({ id: _id, departmentName: _d, ...f }) => f),
    })),
  );
}
