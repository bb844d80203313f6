import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import type { PlanDepartment } from './plan-links.schema';

/** The afdelinger a plan covers, with what part of each it covers. */
export async function listPlanDepartments(
  db: Executor,
  input: { planId: string },
): Promise<PlanDepartment[]> {
  return db
    .select({
      id: t.departments.id,
      slug: t.departments.slug,
      name: t.departments.name,
      kind: t.departments.kind,
      municipalityId: t.departments.municipalityId,
      organisationId: t.departments.organisationId,
      units: t.departments.units,
      residents: t.departments.residents,
      coverageNote: t.planDepartments.coverageNote,
    })
    .from(t.planDepartments)
    .innerJoin(t.departments, eq(t.planDepartments.departmentId, t.departments.id))
    .where(eq(t.planDepartments.planId, input.planId))
    .orderBy(asc(t.departments.name));
}
