import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { loadActivityContext } from '../registrations/session-context';
import { checkEnrolment } from './enrolment-rules';
import type { EnrolmentOut, EnrolmentUpdate } from './enrolments.schema';
import { getEnrolment } from './list-enrolments';

/** Ends a forløb with its outcome, or corrects its dates; the result is checked as a whole. */
export async function updateEnrolment(
  db: Db,
  actor: Actor,
  input: { id: string; body: EnrolmentUpdate },
): Promise<EnrolmentOut> {
  const [existing] = await db.select().from(t.enrolments).where(eq(t.enrolments.id, input.id));
  if (!existing) throw new AppError('ENROLMENT_NOT_FOUND');
  const context = await loadActivityContext(db, existing.activityId);
  const b = input.body;
  const next = {
    startDate: b.startDate ?? existing.startDate,
    endDate: b.endDate === undefined ? existing.endDate : b.endDate,
    outcome: b.outcome === undefined ? existing.outcome : b.outcome,
  };
  checkEnrolment(next, context.planPeriod);
  return withAudit(db, actor, { name: 'updateEnrolment', planId: existing.planId }, async (tx) => {
    await tx
      .update(t.enrolments)
      .set({ ...next, updatedAt: new Date() })
      .where(eq(t.enrolments.id, input.id));
    return getEnrolment(tx, input.id);
  });
}
