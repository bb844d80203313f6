import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import type { createPlanBody } from './plan-write.schema';

/** A new plan starts as an idea in its municipality; its afdelinger must be in that municipality. */
export async function createPlan(
  db: Db,
  actor: Actor,
  input: z.infer<typeof createPlanBody>,
): Promise<string> {
  if (input.startDate && input.endDate && input.endDate < input.startDate) {
    throw new AppError('PERIOD_INVALID', {}, [
      { field: 'endDate', message: 'Slutdatoen ligger før startdatoen' },
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
    for (const [i, departmentId] of departmentIds.entries()) {
      const [dep] = await tx.select().from(t.departments).where(eq(t.departments.id, departmentId));
      if (!dep || dep.municipalityId !== input.municipalityId) {
        throw new AppError('DEPARTMENT_NOT_FOUND', {}, [
          { field: `departmentIds.${i}`, message: 'Afdelingen findes ikke i kommunen' },
        ]);
      }
      await tx.insert(t.planDepartments).values({ planId, departmentId });
    }
    return planId;
  });
}
