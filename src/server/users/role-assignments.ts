import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { roleAssignments } from '../../db/schema/index';
import { scopeOf } from '../../domain/access/roles';
import { AppError, type FieldError } from '../../domain/errors/app-error';
import type { roleAssignmentSchema } from '../auth/auth.schema';

type AssignmentInput = z.infer<typeof roleAssignmentSchema>;

/** Each role needs exactly its own scope: a plan for staff, a kommune for a coordinator … */
export function checkAssignments(assignments: readonly AssignmentInput[]): void {
  const errors: FieldError[] = [];
  assignments.forEach((a, i) => {
    const scope = scopeOf(a.role);
    const need = {
      municipalityId: scope === 'municipality',
      planId: scope === 'plan' || scope === 'partner',
      partnerId: scope === 'partner',
    };
    for (const key of ['municipalityId', 'planId', 'partnerId'] as const) {
      if (need[key] && !a[key])
        errors.push({ field: `assignments.${i}.${key}`, message: 'Skal udfyldes for denne rolle' });
      if (!need[key] && a[key])
        errors.push({ field: `assignments.${i}.${key}`, message: 'Bruges ikke for denne rolle' });
    }
  });
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', {}, errors);
}

export async function replaceAssignments(
  tx: Executor,
  userId: string,
  assignments: readonly AssignmentInput[],
) {
  checkAssignments(assignments);
  await tx.delete(roleAssignments).where(eq(roleAssignments.userId, userId));
  if (assignments.length === 0) return;
  await tx.insert(roleAssignments).values(
    assignments.map((a) => ({
      userId,
      role: a.role,
      municipalityId: a.municipalityId ?? null,
      planId: a.planId ?? null,
      partnerId: a.partnerId ?? null,
    })),
  );
}
