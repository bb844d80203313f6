import type { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { assertSpendingDate, spendingDateWindow } from '../../domain/budget/spending-dates';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { findPlanRef } from '../plan-rows/parents';
import { loadPlanPeriod } from '../plans/plan-period';
import { loadAccountMappings } from './account-mappings';
import type { spendingEntryBody } from './spending.schema';
import { toSpendingOut } from './spending-output';

/** Books one expense by hand; without a category, the account's mapping decides. */
export async function createSpendingEntry(
  db: Db,
  actor: Actor,
  input: { plan: string; body: z.infer<typeof spendingEntryBody> },
) {
  const plan = await findPlanRef(db, input.plan);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  const body = input.body;
  assertSpendingDate(body.date, spendingDateWindow(await loadPlanPeriod(db, plan.planId)));
  return withAudit(db, actor, { name: 'createSpendingEntry', planId: plan.planId }, async (tx) => {
    let category = body.category;
    let lineDescription = body.lineDescription ?? null;
    if (!category) {
      const mapping = body.account
        ? (await loadAccountMappings(tx, plan.planId)).find((m) => m.account === body.account)
        : undefined;
      if (!mapping) {
        throw new AppError('VALIDATION_FAILED', {}, [
          {
            field: body.account ? 'account' : 'category',
            message: body.account
              ? `Kontoen ${body.account} er ikke knyttet til en budgetpost; angiv en budgetpost`
              : 'Angiv en budgetpost eller en kendt konto',
          },
        ]);
      }
      category = mapping.category;
      lineDescription ??= mapping.lineDescription;
    }
    const [row] = await tx
      .insert(t.spendingEntries)
      .values({
        planId: plan.planId,
        date: body.date,
        account: body.account ?? null,
        category,
        lineDescription,
        description: body.description ?? null,
        amountOre: body.amountOre,
        origin: 'manual',
      })
      .returning();
    if (!row) throw new Error('entry was not created');
    return toSpendingOut(row);
  });
}
