import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import type { BudgetLineData } from '../../domain/budget/budget';
import { AppError } from '../../domain/errors/app-error';
import { sourceText, toCitationOrNull } from '../reference/citation';
import type { BudgetLineOut } from './budget.schema';

export type VersionRow = typeof t.budgetVersions.$inferSelect;

/** A version by id, or BUDGET_VERSION_NOT_FOUND. */
export async function findVersion(db: Executor, id: string): Promise<VersionRow> {
  const [row] = await db.select().from(t.budgetVersions).where(eq(t.budgetVersions.id, id));
  if (!row) throw new AppError('BUDGET_VERSION_NOT_FOUND');
  return row;
}

/** An approved version is frozen: a change is a new revision (decision 011). */
export function assertDraft(version: VersionRow): void {
  if (version.status === 'approved') throw new AppError('BUDGET_VERSION_LOCKED', { versionId: version.id });
}

export async function versionTotals(
  db: Executor,
  versionIds: readonly string[],
): Promise<Map<string, number>> {
  if (versionIds.length === 0) return new Map();
  const rows = await db
    .select({
      versionId: t.budgetLines.versionId,
      total: sql<string>`coalesce(sum(${t.budgetLines.amountOre}), 0)`,
    })
    .from(t.budgetLines)
    .where(and(inArray(t.budgetLines.versionId, [...versionIds]), eq(t.budgetLines.scope, 'plan')))
    .groupBy(t.budgetLines.versionId);
  return new Map(rows.map((r) => [r.versionId, Number(r.total)]));
}

export function versionOutput(row: VersionRow, totalOre: number) {
  return {
    id: row.id,
    planId: row.planId,
    kind: row.kind,
    status: row.status,
    name: row.name,
    firstYear: row.firstYear,
    lastYear: row.lastYear,
    basedOnVersionId: row.basedOnVersionId,
    note: row.note,
    approvedAt: row.approvedAt ? row.approvedAt.toISOString() : null,
    approvedBy: row.approvedBy,
    approvalNote: row.approvalNote,
    documentSource: sourceText(row.documentSource),
    documentCitation: toCitationOrNull(row.documentSource),
    createdAt: row.createdAt.toISOString(),
    totalOre,
  };
}

/** The lines of a version with their financings and the names they refer to — two queries. */
export async function loadLines(db: Executor, versionId: string): Promise<BudgetLineOut[]> {
  const lines = await db
    .select({ line: t.budgetLines, activityName: t.activities.name, focusAreaName: t.focusAreas.name })
    .from(t.budgetLines)
    .leftJoin(t.activities, eq(t.activities.id, t.budgetLines.activityId))
    .leftJoin(t.focusAreas, eq(t.focusAreas.id, t.budgetLines.focusAreaId))
    .where(eq(t.budgetLines.versionId, versionId))
    .orderBy(asc(t.budgetLines.position), asc(t.budgetLines.createdAt), asc(t.budgetLines.id));
  const ids = lines.map((l) => l.line.id);
  const financings =
    ids.length === 0
      ? []
      : await db
          .select({ f: t.budgetLineFinancings, departmentName: t.departments.name })
          .from(t.budgetLineFinancings)
          .leftJoin(t.departments, eq(t.departments.id, t.budgetLineFinancings.departmentId))
          .where(inArray(t.budgetLineFinancings.lineId, ids))
          .orderBy(asc(t.budgetLineFinancings.position), asc(t.budgetLineFinancings.id));
  const byLine = new Map<string, BudgetLineOut['financings']>();
  for (const { f, departmentName } of financings) {
    const list = byLine.get(f.lineId) ?? [];
    list.push({
      id: f.id,
      source: f.source,
      sourceName: f.sourceName,
      organisationId: f.organisationId,
      departmentId: f.departmentId,
      departmentName,
      kind: f.kind,
      amountOre: Number(f.amountOre),
      shareBp: f.shareBp,
      hours: f.hours === null ? null : Number(f.hours),
      hourlyRateOre: f.hourlyRateOre === null ? null : Number(f.hourlyRateOre),
      purpose: f.purpose,
      isApproximate: f.isApproximate,
    });
    byLine.set(f.lineId, list);
  }
  return lines.map(({ line, activityName, focusAreaName }) => ({
    id: line.id,
    versionId: line.versionId,
    scope: line.scope,
    year: line.year,
    category: line.category,
    description: line.description,
    activityId: line.activityId,
    activityName,
    focusAreaId: line.focusAreaId,
    focusAreaName,
    amountOre: Number(line.amountOre),
    documentSource: sourceText(line.documentSource),
    documentCitation: toCitationOrNull(line.documentSource),
    financings: byLine.get(line.id) ?? [],
  }));
}

export function toDomainLines(lines: readonly BudgetLineOut[]): BudgetLineData[] {
  return lines.map((l) => ({
    id: l.id,
    scope: l.scope,
    year: l.year,
    category: l.category,
    description: l.description,
    activityId: l.activityId,
    focusAreaId: l.focusAreaId,
    focusAreaName: l.focusAreaName,
    amountOre: l.amountOre,
    financings: l.financings,
  }));
}

/** The plan's years as far as its dates give them (null where a date is unknown). */
export async function planYears(db: Executor, planId: string) {
  const [plan] = await db
    .select({
      startDate: t.plans.startDate,
      endDate: t.plans.endDate,
      fundingPeriodId: t.plans.fundingPeriodId,
    })
    .from(t.plans)
    .where(eq(t.plans.id, planId));
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  return {
    firstYear: plan.startDate ? Number(plan.startDate.slice(0, 4)) : null,
    lastYear: plan.endDate ? Number(plan.endDate.slice(0, 4)) : null,
    fundingPeriodId: plan.fundingPeriodId,
  };
}

/** A version's years lie within the plan's period where the plan's dates are known. */
export async function assertYearsInPlan(db: Executor, planId: string, firstYear: number, lastYear: number) {
  if (lastYear < firstYear) {
    throw new AppError('PERIOD_INVALID', {}, [
      { field: 'lastYear', message: 'Sidste år ligger før første år' },
    ]);
  }
  const plan = await planYears(db, planId);
  const errors = [];
  if (plan.firstYear !== null && firstYear < plan.firstYear)
    errors.push({ field: 'firstYear', message: `Planen begynder i ${plan.firstYear}` });
  if (plan.lastYear !== null && lastYear > plan.lastYear)
    errors.push({ field: 'lastYear', message: `Planen slutter i ${plan.lastYear}` });
  if (errors.length > 0) throw new AppError('BUDGET_YEARS_OUTSIDE_PLAN', {}, errors);
}
