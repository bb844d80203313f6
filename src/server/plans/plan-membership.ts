import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';

/** Index of the first id not in `known`, or -1. */
function firstMissing(ids: readonly string[], known: ReadonlySet<string>): number {
  return ids.findIndex((id) => !known.has(id));
}

/** Every afdeling is one of the plan's, or DEPARTMENT_NOT_IN_PLAN names the first that is not. */
export async function departmentsInPlan(
  db: Executor,
  planId: string,
  ids: readonly string[],
  field: (index: number) => string,
): Promise<void> {
  if (ids.length === 0) return;
  const rows = await db
    .select({ id: t.planDepartments.departmentId })
    .from(t.planDepartments)
    .where(and(eq(t.planDepartments.planId, planId), inArray(t.planDepartments.departmentId, [...ids])));
  const missing = firstMissing(ids, new Set(rows.map((r) => r.id)));
  if (missing >= 0) {
    throw new AppError('DEPARTMENT_NOT_IN_PLAN', {}, [
      { field: field(missing), message: 'Afdelingen er ikke med i helhedsplanen' },
    ]);
  }
}

/** Every partner is one of the plan's, or PARTNER_NOT_IN_PLAN names the first that is not. */
export async function partnersInPlan(
  db: Executor,
  planId: string,
  ids: readonly string[],
  field: (index: number) => string,
): Promise<void> {
  if (ids.length === 0) return;
  const rows = await db
    .select({ id: t.partners.id })
    .from(t.partners)
    .where(and(eq(t.partners.planId, planId), inArray(t.partners.id, [...ids])));
  const missing = firstMissing(ids, new Set(rows.map((r) => r.id)));
  if (missing >= 0) {
    throw new AppError('PARTNER_NOT_IN_PLAN', {}, [
      { field: field(missing), message: 'Samarbejdspartneren hører ikke til helhedsplanen' },
    ]);
  }
}
