import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { findPlanRef } from '../plan-rows/parents';

export async function loadAccountMappings(db: Executor, planId: string) {
  const rows = await db
    .select({
      account: t.accountMappings.account,
      category: t.accountMappings.category,
      lineDescription: t.accountMappings.lineDescription,
      label: t.accountMappings.label,
    })
    .from(t.accountMappings)
    .where(eq(t.accountMappings.planId, planId))
    .orderBy(asc(t.accountMappings.position), asc(t.accountMappings.account));
  return rows;
}

/** The plan's accounting accounts and the budget post each one books to. */
export async function listAccountMappings(db: Executor, input: { plan: string }) {
  const plan = await findPlanRef(db, input.plan);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  return { items: await loadAccountMappings(db, plan.planId) };
}
