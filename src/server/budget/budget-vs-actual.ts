import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import type { BudgetCategory } from '../../domain/budget/budget-kinds';
import { forecastSpending } from '../../domain/budget/forecast';
import { AppError } from '../../domain/errors/app-error';
import { exactOre } from '../../domain/money/money';
import { findPlanRef } from '../plan-rows/parents';
import { findVersion } from './budget-store';

/** The version to follow: the one asked for, else the latest approved, else the newest. */
async function versionToFollow(db: Executor, planId: string, versionId?: string) {
  if (versionId) {
    const v = await findVersion(db, versionId);
    if (v.planId !== planId) throw new AppError('BUDGET_VERSION_NOT_FOUND');
    return v;
  }
  const [v] = await db
    .select()
    .from(t.budgetVersions)
    .where(eq(t.budgetVersions.planId, planId))
    .orderBy(
      sql`${t.budgetVersions.status} = 'approved' desc`,
      sql`${t.budgetVersions.approvedAt} desc nulls last`,
      desc(t.budgetVersions.createdAt),
    )
    .limit(1);
  return v ?? null;
}

/** Budget against actual spending per year and post, with the run-rate forecast (decision 011). */
export async function getBudgetVsActual(
  db: Executor,
  input: { plan: string; version?: string; asOf?: string },
) {
  const plan = await findPlanRef(db, input.plan);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  const asOf = input.asOf ?? new Date().toISOString().slice(0, 10);
  const version = await versionToFollow(db, plan.planId, input.version);
  const [period] = await db
    .select({ startDate: t.plans.startDate, endDate: t.plans.endDate })
    .from(t.plans)
    .where(eq(t.plans.id, plan.planId));
  const budgetRows = version
    ? await db
        .select({
          year: t.budgetLines.year,
          category: t.budgetLines.category,
          amountOre: sql<string>`sum(${t.budgetLines.amountOre})::text`,
        })
        .from(t.budgetLines)
        .where(and(eq(t.budgetLines.versionId, version.id), eq(t.budgetLines.scope, 'plan')))
        .groupBy(t.budgetLines.year, t.budgetLines.category)
    : [];
  // Summed exactly in SQL (bigint → numeric, sent as text), one row per day and post.
  const spending = (
    await db
      .select({
        date: t.spendingEntries.date,
        category: t.spendingEntries.category,
        amountOre: sql<string>`sum(${t.spendingEntries.amountOre})::text`,
      })
      .from(t.spendingEntries)
      .where(eq(t.spendingEntries.planId, plan.planId))
      .groupBy(t.spendingEntries.date, t.spendingEntries.category)
  ).map((s) => ({ ...s, amountOre: exactOre(s.amountOre) }));
  const firstYear = version?.firstYear ?? null;
  const lastYear = version?.lastYear ?? null;
  const inYears = (date: string) =>
    firstYear !== null &&
    lastYear !== null &&
    Number(date.slice(0, 4)) >= firstYear &&
    Number(date.slice(0, 4)) <= lastYear;
  const budgetByYear = new Map<number, number>();
  let wholePeriod = 0;
  const byCategory = new Map<BudgetCategory, { budgetOre: number; actualOre: number }>();
  for (const r of budgetRows) {
    const amount = exactOre(r.amountOre);
    if (r.year === null) wholePeriod += amount;
    else budgetByYear.set(r.year, (budgetByYear.get(r.year) ?? 0) + amount);
    const c = byCategory.get(r.category) ?? { budgetOre: 0, actualOre: 0 };
    c.budgetOre += amount;
    byCategory.set(r.category, c);
  }
  let outsidePeriodOre = 0;
  for (const s of spending) {
    if (!inYears(s.date) || s.date > asOf) {
      if (!inYears(s.date)) outsidePeriodOre += s.amountOre;
      continue;
    }
    const c = byCategory.get(s.category) ?? { budgetOre: 0, actualOre: 0 };
    c.actualOre += s.amountOre;
    byCategory.set(s.category, c);
  }
  const forecast =
    firstYear !== null && lastYear !== null
      ? forecastSpending({
          firstYear,
          lastYear,
          budgetByYear,
          budgetWholePeriodOre: wholePeriod,
          periodStart: period?.startDate ?? null,
          periodEnd: period?.endDate ?? null,
          spending: spending
            .filter((s) => inYears(s.date))
            .map((s) => ({ date: s.date, amountOre: s.amountOre })),
          asOf,
        })
      : {
          years: [],
          months: [],
          budgetTotalOre: 0,
          actualTotalOre: 0,
          forecastTotalOre: 0,
          runRatePerMonthOre: null,
          monthsElapsed: 0,
          monthsLeft: 0,
        };
  return {
    versionId: version?.id ?? null,
    versionName: version?.name ?? null,
    asOf,
    firstYear,
    lastYear,
    ...forecast,
    byCategory: [...byCategory.entries()].map(([category, c]) => ({ category, ...c })),
    outsidePeriodOre,
  };
}
