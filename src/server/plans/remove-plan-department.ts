import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import type { PlanScope } from '../plan-rows/parents';
import { findDepartmentByKey } from './find-by-key';

/**
 * Takes an afdeling out of the plan — refused while the plan's activities or financing lines
 * name it, since they may only name the plan's own afdelinger.
 */
export async function removePlanDepartment(
  db: Db,
  actor: Actor,
  input: { plan: PlanScope; department: string },
): Promise<void> {
  const { planId } = input.plan;
  await withAudit(db, actor, { name: 'removePlanDepartment', planId }, async (tx) => {
    const department = await findDepartmentByKey(tx, input.department);
    if (!department) throw new AppError('DEPARTMENT_NOT_FOUND');
    const [activity, line] = await Promise.all([
      tx
        .select({ id: t.activities.id })
        .from(t.activityDepartments)
        .innerJoin(t.activities, eq(t.activityDepartments.activityId, t.activities.id))
        .where(and(eq(t.activities.planId, planId), eq(t.activityDepartments.departmentId, department.id)))
        .limit(1),
      tx
        .select({ id: t.financingLines.id })
        .from(t.financingLines)
        .where(and(eq(t.financingLines.planId, planId), eq(t.financingLines.departmentId, department.id)))
        .limit(1),
    ]);
    if (activity.length || line.length) throw new AppError('DEPARTMENT_IN_USE');
    const removed = await tx
      .delete(t.planDepartments)
      .where(and(eq(t.planDepartments.planId, planId), eq(t.planDepartments.departmentId, department.id)))
      .returning({ id: t.planDepartments.departmentId });
    if (removed.length === 0) throw new AppError('DEPARTMENT_NOT_FOUND');
  });
}
