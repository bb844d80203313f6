import { randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { participants, planDepartments, plans } from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { generateParticipantCode } from '../../domain/participants/participant';
import { type Actor, withAudit } from '../audit/with-audit';
import { toParticipant } from './list-participants';
import type { createParticipantsBody, Participant } from './participants.schema';

/** Registers a group of new participants in one go, each with a fresh pseudonymous code. */
export async function createParticipants(
  db: Db,
  actor: Actor,
  planId: string,
  input: z.infer<typeof createParticipantsBody>,
): Promise<Participant[]> {
  return withAudit(db, actor, { name: 'createParticipants', planId }, async (tx) => {
    const [plan] = await tx.select({ slug: plans.slug }).from(plans).where(eq(plans.id, planId));
    if (!plan) throw new AppError('PLAN_NOT_FOUND');
    const departmentIds = [
      ...new Set(input.participants.map((p) => p.departmentId).filter((d): d is string => !!d)),
    ];
    if (departmentIds.length) {
      const inPlan = await tx
        .select({ id: planDepartments.departmentId })
        .from(planDepartments)
        .where(and(eq(planDepartments.planId, planId), inArray(planDepartments.departmentId, departmentIds)));
      const known = new Set(inPlan.map((r) => r.id));
      const errors = input.participants.flatMap((p, i) =>
        p.departmentId && !known.has(p.departmentId)
          ? [{ field: `participants.${i}.departmentId`, message: 'Afdelingen er ikke med i helhedsplanen' }]
          : [],
      );
      if (errors.length) throw new AppError('DEPARTMENT_NOT_IN_PLAN', {}, errors);
    }
    const rows = await tx
      .insert(participants)
      .values(
        input.participants.map((p) => ({
          planId,
          code: generateParticipantCode(plan.slug, randomBytes),
          ageBand: p.ageBand ?? null,
          gender: p.gender ?? null,
          departmentId: p.departmentId ?? null,
        })),
      )
      .returning();
    return rows.map(toParticipant);
  });
}
