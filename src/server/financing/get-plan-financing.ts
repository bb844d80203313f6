import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { findPlanRef } from '../plan-rows/parents';
import type { FinancingSummary } from '../plans/plan-detail.schema';
import { financingSummaryOf, statementOf, toFinancingLine } from './financing-summary';

/** The plan's financing: each funder as stated, the total with its kind, exact in øre. */
export async function getPlanFinancing(db: Executor, input: { plan: string }): Promise<FinancingSummary> {
  const plan = await findPlanRef(db, input.plan);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  const [row] = await db.select().from(t.plans).where(eq(t.plans.id, plan.planId));
  if (!row) throw new AppError('PLAN_NOT_FOUND');
  const rows = await db
    .select({ line: t.financingLines, departmentName: t.departments.name })
    .from(t.financingLines)
    .leftJoin(t.departments, eq(t.financingLines.departmentId, t.departments.id))
    .where(eq(t.financingLines.planId, plan.planId))
    .orderBy(asc(t.financingLines.position), asc(t.financingLines.createdAt));
  return financingSummaryOf(
    rows.map((r) => toFinancingLine(r.line, r.departmentName)),
    statementOf(row),
  );
}
