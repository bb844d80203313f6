import { and, asc, count, eq, gte, lte } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { findPlanRef } from '../plan-rows/parents';
import type { listSpendingQuery } from './spending.schema';
import { toSpendingOut } from './spending-output';

/** A plan's spending, by date, optionally of one year. */
export async function listSpending(
  db: Executor,
  input: { plan: string; query: z.infer<typeof listSpendingQuery> },
) {
  const plan = await findPlanRef(db, input.plan);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  const { year, limit, offset } = input.query;
  const where = and(
    eq(t.spendingEntries.planId, plan.planId),
    year ? gte(t.spendingEntries.date, `${year}-01-01`) : undefined,
    year ? lte(t.spendingEntries.date, `${year}-12-31`) : undefined,
  );
  const [total] = await db.select({ n: count() }).from(t.spendingEntries).where(where);
  const rows = await db
    .select()
    .from(t.spendingEntries)
    .where(where)
    .orderBy(asc(t.spendingEntries.date), asc(t.spendingEntries.position), asc(t.spendingEntries.id))
    .limit(limit)
    .offset(offset);
  return { items: rows.map(toSpendingOut), total: total?.n ?? 0, limit, offset };
}
