import type { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { findPlanRef } from '../plan-rows/parents';
import type { budgetRuleSettingsBody } from './budget.schema';
import { loadRuleSettings } from './rule-settings';

/** Sets how the plan's budget rules apply where the sources leave them open (decision 011). */
export async function updateBudgetRuleSettings(
  db: Db,
  actor: Actor,
  input: { plan: string; body: z.infer<typeof budgetRuleSettingsBody> },
) {
  const plan = await findPlanRef(db, input.plan);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  return withAudit(db, actor, { name: 'updateBudgetRuleSettings', planId: plan.planId }, async (tx) => {
    const values = { ...input.body, note: input.body.note ?? null };
    await tx
      .insert(t.budgetRuleSettings)
      .values({ ...values, planId: plan.planId })
      .onConflictDoUpdate({ target: t.budgetRuleSettings.planId, set: { ...values, updatedAt: new Date() } });
    return loadRuleSettings(tx, plan.planId);
  });
}
