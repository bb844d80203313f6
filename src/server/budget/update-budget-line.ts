import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import type { FinancingIn, updateBudgetLineBody } from './budget.schema';
import { assertDraft, findVersion, loadLines } from './budget-store';
import { checkLineFacts, resolveFinancings } from './resolve-line';

async function findLine(db: Db | Parameters<Parameters<Db['transaction']>[0]>[0], id: string) {
  const [line] = await db.select().from(t.budgetLines).where(eq(t.budgetLines.id, id));
  if (!line) throw new AppError('BUDGET_LINE_NOT_FOUND');
  return line;
}

/** Changes a line of a draft version; `financings`, when given, replaces all of them. */
export async function updateBudgetLine(
  db: Db,
  actor: Actor,
  input: { lineId: string; changes: z.infer<typeof updateBudgetLineBody> },
) {
  const existing = await findLine(db, input.lineId);
  return withAudit(db, actor, { name: 'updateBudgetLine', planId: existing.planId }, async (tx) => {
    const line = await findLine(tx, input.lineId);
    const version = await findVersion(tx, line.versionId);
    assertDraft(version);
    const { financings: newFinancings, ...fields } = input.changes;
    const current = (await loadLines(tx, version.id)).find((l) => l.id === line.id);
    const financingsIn: FinancingIn[] =
      newFinancings ??
      (current?.financings ?? []).map(
        ({ id: _id, departmentName: _d, shareBp, amountOre, ...f }): FinancingIn =>
          // Shares are re-derived from a changed line amount; plain amounts stay as they are.
          shareBp != null ? { ...f, shareBp } : { ...f, amountOre },
      );
    const amountIn = fields.amountOre ?? (newFinancings ? undefined : Number(line.amountOre));
    const resolved = resolveFinancings(
      amountIn ?? (financingsIn.some((f) => f.shareBp != null) ? Number(line.amountOre) : undefined),
      financingsIn,
    );
    const merged = {
      year: fields.year !== undefined ? fields.year : line.year,
      activityId: fields.activityId !== undefined ? fields.activityId : line.activityId,
      focusAreaId: fields.focusAreaId !== undefined ? fields.focusAreaId : line.focusAreaId,
    };
    await checkLineFacts(tx, version, { ...merged, financings: resolved.financings });
    await tx
      .update(t.budgetLines)
      .set({ ...fields, ...merged, amountOre: resolved.amountOre, updatedAt: new Date() })
      .where(eq(t.budgetLines.id, line.id));
    if (newFinancings || fields.amountOre !== undefined) {
      await tx.delete(t.budgetLineFinancings).where(eq(t.budgetLineFinancings.lineId, line.id));
      if (resolved.financings.length > 0) {
        await tx.insert(t.budgetLineFinancings).values(
          resolved.financings.map((f, position) => ({
            ...f,
            planId: line.planId,
            lineId: line.id,
            position,
          })),
        );
      }
    }
    const lines = await loadLines(tx, version.id);
    return lines.find((l) => l.id === line.id) as (typeof lines)[number];
  });
}

export { findLine };
