import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { assertPeriod } from '../../domain/plans/period';
import { type Actor, withAudit } from '../audit/with-audit';
import type { createPlanBody } from './plan-write.schema';

/** A new plan starts as an idea in its municipality; its afdelinger must be in that municipality. */
export async function createPlan(
  db: Db,
  actor: Actor,
  input: z.infer<typeof createPlanBody>,
): Promise<string> {
  assertPeriod(input.startDate, input.endDate);
  const { firstYear = null, lastYear = null } = input;
  if (
    (firstYear === null) !== (lastYear === null) ||
    (firstYear !== null && lastYear !== null && lastYear < firstYear)
  ) {
    throw new AppError('PERIOD_INVALID', {}, [
      { field: 'lastYear', message: 'Angiv både første og sidste år, og sidste år må ikke ligge før første' },
    ]);
  }
  return withAudit(db, actor, { name: 'createPlan', municipalityId: input.municipalityId }, async (tx) => {
    const [period] = await tx
      .select()
      .from(t.fundingPeriods)
      .where(eq(t.fundingPeriods.id, input.fundingPeriodId));
    if (!period)
      throw new AppError('FUNDING_PERIOD_NOT_FOUND', {}, [
        { field: 'fundingPeriodId', message: 'Ukendt bevillingsperiode' },
      ]);
    const [taken] = await tx.select({ id: t.plans.id }).from(t.plans).where(eq(t.plans.slug, input.slug));
    if (taken)
      throw new AppError('SLUG_TAKEN', {}, [{ field: 'slug', message: 'Kortnavnet er allerede i brug' }]);
    const { departmentIds, ...fields } = input;
    const [plan] = await tx
      .insert(t.plans)
      .values({ ...fields, status: 'idea' })
      .returning({ id: t.plans.id });
    const planId = plan?.id as string;
    // One query for all the afdelinger, one insert for all the links.
    const found = departmentIds.length
      ? await tx
          .select({ id: t.departments.id, municipalityId: t.departments.municipalityId })
          .from(t.departments)
          .where(inArray(t.departments.id, departmentIds))
      : [];
    const municipalityOf = new Map(found.map((d) => [d.id, d.municipalityId]));
    for (const [i, id] of departmentIds.entries()) {
      const field = `departmentIds.${i}`;
      if (!municipalityOf.has(id)) {
        throw new AppError('DEPARTMENT_NOT_FOUND', {}, [{ field, message: 'Afdelingen findes ikke' }]);
      }
      if (municipalityOf.get(id) !== input.municipalityId) {
        throw new AppError('DEPARTMENT_NOT_IN_MUNICIPALITY', {}, [
          { field, message: 'Afdelingen ligger ikke i planens kommune' },
        ]);
      }
    }
    if (departmentIds.length) {
      await tx
        .insert(t.planDepartments)
        .values([...new Set(departmentIds)].map((departmentId) => ({ planId, departmentId })));
    }
    return planId;
  });
}
