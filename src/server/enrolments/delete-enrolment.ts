import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';

export async function deleteEnrolment(db: Db, actor: Actor, input: { id: string }): Promise<void> {
  const [existing] = await db
    .select({ planId: t.enrolments.planId })
    .from(t.enrolments)
    .where(eq(t.enrolments.id, input.id));
  if (!existing) throw new AppError('ENROLMENT_NOT_FOUND');
  await withAudit(db, actor, { name: 'deleteEnrolment', planId: existing.planId }, async (tx) => {
    await tx.delete(t.enrolments).where(eq(t.enrolments.id, input.id));
  });
}
