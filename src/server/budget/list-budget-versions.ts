import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { findPlanRef } from '../plan-rows/parents';
import { versionOutput, versionTotals } from './budget-store';

/** A plan's budget versions, oldest first, each with its total. */
export async function listBudgetVersions(db: Executor, input: { plan: string }) {
  const plan = await findPlanRef(db, input.plan);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  const rows = await db
    .select()
    .from(t.budgetVersions)
    .where(eq(t.budgetVersions.planId, plan.planId))
    .orderBy(asc(t.budgetVersions.createdAt), asc(t.budgetVersions.id));
  const totals = await versionTotals(
    db,
    rows.map((r) => r.id),
  );
  const items = rows.map((r) => versionOutput(r, totals.get(r.id) ?? 0));
  return { items, total: items.length, limit: items.length, offset: 0 };
}
