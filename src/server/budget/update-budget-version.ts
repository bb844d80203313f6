import { and, eq, gt, isNotNull, lt, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import type { updateBudgetVersionBody } from './budget.schema';
import { assertDraft, assertYearsInPlan, findVersion, versionOutput, versionTotals } from './budget-store';

/** Renames a draft version or changes its years (never so that a line falls outside them). */
export async function updateBudgetVersion(
  db: Db,
  actor: Actor,
  input: { versionId: string; changes: z.infer<typeof updateBudgetVersionBody> },
) {
  const existing = await findVersion(db, input.versionId);
  return withAudit(db, actor, { name: 'updateBudgetVersion', planId: existing.planId }, async (tx) => {
    const version = await findVersion(tx, input.versionId);
    assertDraft(version);
    const firstYear = input.changes.firstYear ?? version.firstYear;
    const lastYear = input.changes.lastYear ?? version.lastYear;
    await assertYearsInPlan(tx, version.planId, firstYear, lastYear);
    const [outside] = await tx
      .select({ year: t.budgetLines.year })
      .from(t.budgetLines)
      .where(
        and(
          eq(t.budgetLines.versionId, version.id),
          isNotNull(t.budgetLines.year),
          or(lt(t.budgetLines.year, firstYear), gt(t.budgetLines.year, lastYear)),
        ),
      )
      .limit(1);
    if (outside) {
      throw new AppError('BUDGET_LINE_OUTSIDE_PERIOD', {}, [
        {
          field: (outside.year as number) < firstYear ? 'firstYear' : 'lastYear',
          message: `Budgettet har linjer i ${outside.year}, uden for ${firstYear}–${lastYear}`,
        },
      ]);
    }
    const [row] = await tx
      .update(t.budgetVersions)
      .set({ ...input.changes, updatedAt: new Date() })
      .where(eq(t.budgetVersions.id, version.id))
      .returning();
    if (!row) throw new AppError('BUDGET_VERSION_NOT_FOUND');
    const totals = await versionTotals(tx, [row.id]);
    return versionOutput(row, totals.get(row.id) ?? 0);
  });
}
