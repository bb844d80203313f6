import { eq, max } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import * as t from '../../db/schema/index';
import type { BudgetCategory } from '../../domain/budget/budget-kinds';
import type { FinancingScope } from '../../domain/financing/financing-kinds';
import type { ResolvedFinancing } from './resolve-line';

export interface LineToInsert {
  scope: FinancingScope;
  year: number | null;
  category: BudgetCategory;
  description: string;
  activityId: string | null;
  focusAreaId: string | null;
  amountOre: number;
  documentSource?: string | null;
  financings: readonly ResolvedFinancing[];
}

/** Inserts lines at the end of a version, each with its financings; returns the new ids. */
export async function insertLines(
  tx: Tx,
  version: { id: string; planId: string },
  lines: readonly LineToInsert[],
): Promise<string[]> {
  if (lines.length === 0) return [];
  const [last] = await tx
    .select({ position: max(t.budgetLines.position) })
    .from(t.budgetLines)
    .where(eq(t.budgetLines.versionId, version.id));
  const start = Number(last?.position ?? -1) + 1;
  const inserted = await tx
    .insert(t.budgetLines)
    .values(
      lines.map((l, i) => ({
        planId: version.planId,
        versionId: version.id,
        scope: l.scope,
        year: l.year,
        category: l.category,
        description: l.description,
        activityId: l.activityId,
        focusAreaId: l.focusAreaId,
        amountOre: l.amountOre,
        documentSource: l.documentSource ?? null,
        position: start + i,
      })),
    )
    .returning({ id: t.budgetLines.id });
  const financings = inserted.flatMap((row, i) =>
    (lines[i]?.financings ?? []).map((f, position) => ({
      ...f,
      planId: version.planId,
      lineId: row.id,
      position,
    })),
  );
  if (financings.length > 0) await tx.insert(t.budgetLineFinancings).values(financings);
  return inserted.map((r) => r.id);
}
