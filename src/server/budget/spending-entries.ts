import { and, asc, count, eq, gte, lte } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { findPlanRef } from '../plan-rows/parents';
import { loadAccountMappings } from './account-mappings';
import type { listSpendingQuery, spendingEntryBody } from './spending.schema';

type Row = typeof t.spendingEntries.$inferSelect;
export const toSpendingOut = (r: Row) => ({
  id: r.id,
  planId: r.planId,
  date: r.date,
  account: r.account,
  category: r.category,
  lineDescription: r.lineDescription,
  description: r.description,
  amountOre: Number(r.amountOre),
  origin: r.origin,
  importId: r.importId,
  fileRow: r.fileRow,
});

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

/** Books one expense by hand; without a category, the account's mapping decides. */
export async function createSpendingEntry(
  db: Db,
  actor: Actor,
  input: { plan: string; body: z.infer<typeof spendingEntryBody> },
) {
  const plan = await findPlanRef(db, input.plan);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  const body = input.body;
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

export async function deleteSpendingEntry(db: Db, actor: Actor, input: { id: string }): Promise<void> {
  const [row] = await db
    .select({ planId: t.spendingEntries.planId })
    .from(t.spendingEntries)
    .where(eq(t.spendingEntries.id, input.id));
  if (!row) throw new AppError('SPENDING_ENTRY_NOT_FOUND');
  await withAudit(db, actor, { name: 'deleteSpendingEntry', planId: row.planId }, async (tx) => {
    await tx.delete(t.spendingEntries).where(eq(t.spendingEntries.id, input.id));
  });
}
