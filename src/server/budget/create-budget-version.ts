import type { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { findPlanRef } from '../plan-rows/parents';
import type { budgetVersionBody } from './budget.schema';
import { assertYearsInPlan, findVersion, versionOutput, versionTotals } from './budget-store';
import { copyLines } from './copy-lines';

/** A new budget version of a plan: empty, or a copy of another of the plan's versions. */
export async function createBudgetVersion(
  db: Db,
  actor: Actor,
  input: { plan: string; body: z.infer<typeof budgetVersionBody> },
) {
  const plan = await findPlanRef(db, input.plan);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  const { copyFromVersionId, ...fields } = input.body;
  return withAudit(db, actor, { name: 'createBudgetVersion', planId: plan.planId }, async (tx) => {
    await assertYearsInPlan(tx, plan.planId, fields.firstYear, fields.lastYear);
    if (copyFromVersionId) {
      const from = await findVersion(tx, copyFromVersionId).catch(() => null);
      if (!from || from.planId !== plan.planId) {
        throw new AppError('VALIDATION_FAILED', {}, [
          { field: 'copyFromVersionId', message: 'Versionen findes ikke i denne plan' },
        ]);
      }
    }
    const [row] = await tx
      .insert(t.budgetVersions)
      .values({
        ...fields,
        note: fields.note ?? null,
        planId: plan.planId,
        basedOnVersionId: copyFromVersionId ?? null,
      })
      .returning();
    if (!row) throw new Error('version was not created');
    if (copyFromVersionId) await copyLines(tx, copyFromVersionId, row);
    const totals = await versionTotals(tx, [row.id]);
    return versionOutput(row, totals.get(row.id) ?? 0);
  });
}
