import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import type { PlanScope } from '../plan-rows/parents';
import { findDepartmentByKey } from './find-by-key';
import { listPlanDepartments } from './list-plan-departments';
import type { PlanDepartment } from './plan-links.schema';

/** Adds an afdeling of the plan's municipality to the plan, or changes its coverage note. */
export async function setPlanDepartment(
  db: Db,
  actor: Actor,
  input: { plan: PlanScope; department: string; coverageNote?: string | null },
): Promise<PlanDepartment> {
  const { planId } = input.plan;
  return withAudit(db, actor, { name: 'setPlanDepartment', planId }, async (tx) => {
    const department = await findDepartmentByKey(tx, input.department);
    if (!department) throw new AppError('DEPARTMENT_NOT_FOUND');
    if (department.municipalityId !== input.plan.municipalityId) {
      throw new AppError('DEPARTMENT_NOT_IN_MUNICIPALITY', {}, [
        { field: 'departmentId', message: 'Afdelingen ligger ikke i planens kommune' },
      ]);
    }
    const coverageNote = input.coverageNote ?? null;
    await tx
      .insert(t.planDepartments)
      .values({ planId, departmentId: department.id, coverageNote })
      .onConflictDoUpdate({
        target: [t.planDepartments.planId, t.planDepartments.departmentId],
        set: { coverageNote },
      });
    const all = await listPlanDepartments(tx, { planId });
    return all.find((d) => d.id === department.id) as PlanDepartment;
  });
}
